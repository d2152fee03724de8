using NodaTime;

namespace LeadDomain.Leads;

/// <summary>An activity was added to a lead's activity log.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it was logged.</param>
/// <param name="ActingUser">Who logged it.</param>
/// <param name="Activity">The activity.</param>
public sealed record LeadActivityLogged(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, LeadActivity Activity)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
