using NodaTime;

namespace LeadDomain.Leads;

/// <summary>An open lead's details were changed.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
/// <param name="Details">The details after the change.</param>
public sealed record LeadUpdated(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, LeadDetails Details)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
