using NodaTime;

namespace LeadDomain.Leads;

/// <summary>
/// The lead was merged into a master: it is Disqualified (Canceled), points at the master (<see cref="Lead.MasterId"/>),
/// and never changes again.
/// </summary>
/// <param name="LeadId">The merged lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who merged.</param>
/// <param name="MasterId">The lead it was merged into.</param>
public sealed record LeadMergedInto(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, LeadId MasterId)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
