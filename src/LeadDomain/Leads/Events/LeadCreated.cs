using NodaTime;

namespace LeadDomain.Leads;

/// <summary>A lead was created.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
/// <param name="Details">The lead's details as created.</param>
public sealed record LeadCreated(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, LeadDetails Details)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
