using NodaTime;

namespace LeadDomain.Leads;

/// <summary>An open lead was disqualified.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
/// <param name="Reason">Why.</param>
public sealed record LeadDisqualified(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, DisqualificationReason Reason)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
