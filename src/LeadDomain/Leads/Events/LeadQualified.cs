using NodaTime;

namespace LeadDomain.Leads;

/// <summary>An open lead was qualified.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
public sealed record LeadQualified(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
