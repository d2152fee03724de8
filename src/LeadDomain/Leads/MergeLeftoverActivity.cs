namespace LeadDomain.Leads;

/// <summary>An activity of a merged lead that the master did not take because its log was full (<see cref="LeadLifecycle.MaxActivities"/>).</summary>
/// <param name="From">The lead whose log holds it.</param>
/// <param name="Activity">The activity.</param>
public readonly record struct MergeLeftoverActivity(LeadId From, LeadActivity Activity);
