using NodaTime;

namespace LeadDomain.Leads;

/// <summary>The person behind an open lead was reached: New became Contacted.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
public sealed record LeadContacted(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
