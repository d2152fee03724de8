using NodaTime;

namespace LeadDomain.Leads;

/// <summary>A disqualified or qualified lead was brought back to Open (New).</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
/// <param name="From">The status reason it was reactivated from.</param>
public sealed record LeadReactivated(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, LeadStatusReason From)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
