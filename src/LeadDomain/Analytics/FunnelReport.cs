using LeadDomain.Leads;

namespace LeadDomain.Analytics;

/// <summary>
/// What a manager watches: how many leads are where, how they move through the funnel and where they drop out, how
/// long they wait, and what the funnel is expected to yield. Made by <see cref="FunnelAnalyzer"/>.
/// </summary>
public sealed class FunnelReport
{
    internal FunnelReport(FunnelAnalyzer analyzer, IReadOnlyList<StageRate> stages, IReadOnlyList<DropOut> dropOuts,
        IReadOnlyDictionary<FunnelStage, DurationSummary> timeInStage, DurationSummary timeToFirstContact,
        IReadOnlyList<PeriodCounts> periods, Forecast forecast)
    {
        Options = analyzer.Options;
        Total = analyzer.Total;
        ByState = analyzer.ByState;
        ByStatusReason = analyzer.ByStatusReason;
        BySource = analyzer.BySource;
        ByOwner = analyzer.ByOwner;
        ByRating = analyzer.ByRating;
        Stages = stages;
        DropOuts = dropOuts;
        TimeInStage = timeInStage;
        TimeToFirstContact = timeToFirstContact;
        Periods = periods;
        Forecast = forecast;
    }

    /// <summary>Gets the zone, calendar and period length the report was made with.</summary>
    public FunnelOptions Options { get; }

    /// <summary>Gets the number of leads.</summary>
    public long Total { get; }

    /// <summary>Gets the leads by state (each lead in exactly one).</summary>
    public Breakdown<LeadState> ByState { get; }

    /// <summary>Gets the leads by status reason (each lead in exactly one).</summary>
    public Breakdown<LeadStatusReason> ByStatusReason { get; }

    /// <summary>Gets the leads by source.</summary>
    public Breakdown<LeadSource> BySource { get; }

    /// <summary>Gets the leads by owner (ordinal).</summary>
    public Breakdown<string> ByOwner { get; }

    /// <summary>Gets the leads by rating.</summary>
    public Breakdown<LeadRating> ByRating { get; }

    /// <summary>Gets the stage-to-stage rates: New to Contacted, Contacted to Qualified, Qualified to Converted.</summary>
    public IReadOnlyList<StageRate> Stages { get; }

    /// <summary>Gets where leads were disqualified, and why, ordered by stage then reason.</summary>
    public IReadOnlyList<DropOut> DropOuts { get; }

    /// <summary>
    /// Gets how long leads stayed in New, Contacted and Qualified: each completed stay, from entering the stage to
    /// leaving it (a stay still going on is not counted).
    /// </summary>
    public IReadOnlyDictionary<FunnelStage, DurationSummary> TimeInStage { get; }

    /// <summary>
    /// Gets the time from a lead's creation to its first contact: the first of being marked contacted and a logged
    /// call, sent e-mail or meeting. Leads never contacted are not counted.
    /// </summary>
    public DurationSummary TimeToFirstContact { get; }

    /// <summary>Gets what happened in each period, in order; periods where nothing happened are left out.</summary>
    public IReadOnlyList<PeriodCounts> Periods { get; }

    /// <summary>Gets the expected conversions from the leads in the funnel now.</summary>
    public Forecast Forecast { get; }
}
