using LeadDomain.Diagnostics;

namespace LeadDomain.Leads;

/// <summary>
/// How a <see cref="LeadLifecycle"/> behaves: what creating and qualifying a lead require, the host's own
/// disqualification reasons and activity types, and the size limits of a lead. Plain settable properties, checked
/// once, when the lifecycle is built; the lifecycle copies them, so changing the options later has no effect on it.
/// </summary>
/// <remarks>
/// The defaults follow Dynamics 365: a new lead needs a last name (<see cref="LeadCreationPolicy.Dynamics"/>), any open
/// lead can be qualified (<see cref="QualificationPolicy.Default"/>), and only the well-known reasons and types exist.
/// </remarks>
public sealed class LeadLifecycleOptions
{
    /// <summary>Gets or sets what a lead must hold to be created or edited; <see cref="LeadCreationPolicy.Dynamics"/> by default.</summary>
    public LeadCreationPolicy CreationPolicy { get; set; } = LeadCreationPolicy.Dynamics;

    /// <summary>Gets or sets what an open lead must satisfy to be qualified; <see cref="QualificationPolicy.Default"/> (nothing) by default.</summary>
    public QualificationPolicy QualificationPolicy { get; set; } = QualificationPolicy.Default;

    /// <summary>
    /// Gets the host's own disqualification reasons (made with <see cref="DisqualificationReason.Define"/>), beside the
    /// four well-known ones; codes must differ.
    /// </summary>
    public IList<DisqualificationReason> DisqualificationReasons { get; } = [];

    /// <summary>Gets the host's own activity types (made with <see cref="ActivityType.Define"/>), beside the eight well-known ones; codes must differ.</summary>
    public IList<ActivityType> ActivityTypes { get; } = [];

    /// <summary>
    /// Gets or sets how many status changes a lead may have; a transition beyond it is refused, and a snapshot with more is
    /// invalid. 1,000 by default; at least 2.
    /// </summary>
    public int MaxHistoryEntries { get; set; } = 1_000;

    /// <summary>
    /// Gets or sets how many activities a lead's log may hold; logging beyond it is refused, and a snapshot with more is
    /// invalid. 10,000 by default; at least 1.
    /// </summary>
    public int MaxActivities { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets where the lifecycle's leads report transitions, conversions, refusals, scores and bulk runs; none by
    /// default. <c>services.AddLeadDomain()</c> sets one made from the host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>.
    /// </summary>
    public LeadDomainMetrics? Metrics { get; set; }
}
