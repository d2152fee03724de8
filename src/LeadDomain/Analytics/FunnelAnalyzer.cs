using Ardalis.GuardClauses;
using LeadDomain.Diagnostics;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Analytics;

/// <summary>
/// Builds a <see cref="FunnelReport"/> in one pass over leads or their snapshots, in memory that grows with the
/// number of distinct owners, sources and periods, never with the number of leads: add leads one by one (or stream
/// them), then ask for the report. Not thread-safe: one analyzer per pass.
/// </summary>
public sealed class FunnelAnalyzer
{
    private const int Stages = 4;

    // Per stage (index = FunnelStage - 1): leads that reached it or a later one, and leads sitting in it undecided.
    private readonly long[] _reached = new long[Stages];
    private readonly long[] _undecided = new long[Stages];
    private readonly long[] _open = new long[Stages];
    private readonly Dictionary<(FunnelStage, string), decimal> _budgets = [];
    private readonly Dictionary<(FunnelStage, DisqualificationReason), long> _dropOuts = [];
    private readonly DurationQuantiles[] _timeInStage = [new(), new(), new()];
    private readonly DurationQuantiles _timeToFirstContact = new();
    private readonly Dictionary<LocalDate, long[]> _periods = [];

    /// <summary>Initializes an analyzer.</summary>
    /// <param name="options">The zone, calendar and period length; <see cref="FunnelOptions.Default"/> when null.</param>
    public FunnelAnalyzer(FunnelOptions? options = null) => Options = options ?? FunnelOptions.Default;

    /// <summary>Gets the zone, calendar and period length.</summary>
    public FunnelOptions Options { get; }

    /// <summary>Gets the number of leads added.</summary>
    public long Total { get; private set; }

    internal Breakdown<LeadState> ByState { get; } = new();

    internal Breakdown<LeadStatusReason> ByStatusReason { get; } = new();

    internal Breakdown<LeadSource> BySource { get; } = new();

    internal Breakdown<string> ByOwner { get; } = new(StringComparer.Ordinal);

    internal Breakdown<LeadRating> ByRating { get; } = new();

    /// <summary>Reads every lead of <paramref name="leads"/> and makes the report.</summary>
    /// <param name="leads">The leads, read once.</param>
    /// <param name="options">The zone, calendar and period length (<see cref="FunnelOptions.Default"/>: months in UTC).</param>
    /// <returns>The report.</returns>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/>, one of its items or <paramref name="options"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first parameter's type (leads or snapshots), so no call is ambiguous.")]
    public static FunnelReport Analyze(IEnumerable<Lead> leads, FunnelOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(leads);
        Guard.Against.Null(options);
        using var activity = LeadDomainActivities.Start("LeadDomain.AnalyzeFunnel");
        var analyzer = new FunnelAnalyzer(options);
        foreach (var lead in leads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analyzer.Add(lead);
        }

        return analyzer.ToReport();
    }

    /// <summary>Reads every snapshot of <paramref name="snapshots"/> and makes the report.</summary>
    /// <param name="snapshots">The snapshots, read once (for example straight from a database cursor).</param>
    /// <param name="options">The zone, calendar and period length (<see cref="FunnelOptions.Default"/>: months in UTC).</param>
    /// <returns>The report.</returns>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/>, one of its items or <paramref name="options"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first parameter's type (leads or snapshots), so no call is ambiguous.")]
    public static FunnelReport Analyze(IEnumerable<LeadSnapshot> snapshots, FunnelOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(snapshots);
        Guard.Against.Null(options);
        using var activity = LeadDomainActivities.Start("LeadDomain.AnalyzeFunnel");
        var analyzer = new FunnelAnalyzer(options);
        foreach (var snapshot in snapshots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analyzer.Add(snapshot);
        }

        return analyzer.ToReport();
    }

    /// <summary>Reads every snapshot of an asynchronous stream and makes the report.</summary>
    /// <param name="snapshots">The snapshots, read once.</param>
    /// <param name="options">The zone, calendar and period length (<see cref="FunnelOptions.Default"/>: months in UTC).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async Task<FunnelReport> AnalyzeAsync(
        IAsyncEnumerable<LeadSnapshot> snapshots, FunnelOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(snapshots);
        Guard.Against.Null(options);
        using var activity = LeadDomainActivities.Start("LeadDomain.AnalyzeFunnel");
        var analyzer = new FunnelAnalyzer(options);
        await foreach (var snapshot in snapshots.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            analyzer.Add(snapshot);
        }

        return analyzer.ToReport();
    }

    /// <summary>Counts one lead.</summary>
    /// <param name="lead">The lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public void Add(Lead lead)
    {
        Guard.Against.Null(lead);
        Add(lead.Details, lead.State, lead.StatusReason, lead.CreatedAt, lead.History, lead.Activities);
    }

    /// <summary>Counts one lead from its snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public void Add(LeadSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Add(snapshot.Details, snapshot.StatusReason.State, snapshot.StatusReason, snapshot.CreatedAt,
            snapshot.History, snapshot.Activities);
    }

    /// <summary>Makes the report of the leads added so far (the analyzer can go on counting).</summary>
    /// <returns>The report.</returns>
    public FunnelReport ToReport()
    {
        var rates = new StageRate[Stages - 1];
        for (var s = 0; s < rates.Length; s++)
        {
            rates[s] = new StageRate((FunnelStage)(s + 1), (FunnelStage)(s + 2), _reached[s], _undecided[s], _reached[s + 1]);
        }

        // The chance a lead in stage s converts: the product of the rates from s on.
        var probability = new double?[Stages];
        probability[Stages - 1] = 1;
        for (var s = Stages - 2; s >= 0; s--)
        {
            probability[s] = rates[s].Rate * probability[s + 1];
        }

        var forecastStages = new ForecastStage[Stages - 1];
        for (var s = 0; s < forecastStages.Length; s++)
        {
            forecastStages[s] = new ForecastStage((FunnelStage)(s + 1), _open[s], probability[s], _open[s] * (probability[s] ?? 0));
        }

        var value = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var ((stage, currency), budget) in _budgets)
        {
            if (probability[(int)stage - 1] is { } p)
            {
                value[currency] = value.GetValueOrDefault(currency) + Math.Round(budget * (decimal)p, 2);
            }
        }

        var periods = _periods.OrderBy(p => p.Key.ToDateTimeUnspecified())
            .Select(p => new PeriodCounts(p.Key, Options.PeriodEnd(p.Key), p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4]))
            .ToArray();
        var dropOuts = _dropOuts.OrderBy(d => d.Key.Item1).ThenBy(d => d.Key.Item2)
            .Select(d => new DropOut(d.Key.Item1, d.Key.Item2, d.Value)).ToArray();
        var timeInStage = new Dictionary<FunnelStage, DurationSummary>
        {
            [FunnelStage.New] = _timeInStage[0].Summary(),
            [FunnelStage.Contacted] = _timeInStage[1].Summary(),
            [FunnelStage.Qualified] = _timeInStage[2].Summary(),
        };
        return new FunnelReport(this, rates, dropOuts, timeInStage, _timeToFirstContact.Summary(), periods,
            new Forecast(forecastStages, value));
    }

    private void Add(
        LeadDetails details, LeadState state, LeadStatusReason statusReason, Instant createdAt,
        IReadOnlyList<StatusChange> history, IReadOnlyList<LeadActivity> activities)
    {
        Total++;
        ByState.Add(state);
        ByStatusReason.Add(statusReason);
        Count(BySource, details.Source);
        Count(ByRating, details.Rating);
        if (details.Owner is { } owner)
        {
            ByOwner.Add(owner);
        }
        else
        {
            ByOwner.AddUnspecified();
        }

        Period(createdAt)[0]++;

        // Indexers, not foreach: the lists are interfaces, and their enumerators would be allocated per lead.
        var highest = FunnelStage.New;
        Instant? firstTouch = null;
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            var stage = StageOf(change.To);
            if (stage > highest)
            {
                highest = stage.Value;
            }

            if (i > 0)
            {
                var previous = history[i - 1];
                if (StageOf(previous.To) is { } left and not FunnelStage.Converted)
                {
                    _timeInStage[(int)left - 1].Add(change.At - previous.At);
                }

                CountTransition(change);
            }

            if (change.To == LeadStatusReason.Contacted && firstTouch is null)
            {
                firstTouch = change.At;
            }
        }

        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type.Kind == ActivityKind.Touch
                && (firstTouch is null || activity.At < firstTouch))
            {
                firstTouch = activity.At;
            }
        }

        if (firstTouch is { } touch)
        {
            _timeToFirstContact.Add(touch < createdAt ? Duration.Zero : touch - createdAt);
        }

        for (var s = 0; s < (int)highest; s++)
        {
            _reached[s]++;
        }

        if (CurrentStage(state, statusReason) is { } current and not FunnelStage.Converted)
        {
            _open[(int)current - 1]++;
            if (current == highest)
            {
                _undecided[(int)current - 1]++;
            }

            if (details.Budget is { } budget)
            {
                _budgets[(current, budget.Currency)] = _budgets.GetValueOrDefault((current, budget.Currency)) + budget.Amount;
            }
        }
    }

    private void CountTransition(StatusChange change)
    {
        var slot = change.To.State == LeadState.Disqualified ? 4 : StageOf(change.To) switch
        {
            FunnelStage.Contacted => 1,
            FunnelStage.Qualified => 2,
            FunnelStage.Converted => 3,
            _ => -1,
        };
        if (slot < 0)
        {
            return;
        }

        Period(change.At)[slot]++;
        if (slot == 4 && change.From is { } from && StageOf(from) is { } stage)
        {
            var reason = change.To.DisqualificationReason!.Value;
            _dropOuts[(stage, reason)] = _dropOuts.GetValueOrDefault((stage, reason)) + 1;
        }
    }

    private long[] Period(Instant at)
    {
        var start = Options.PeriodStart(at);
        if (!_periods.TryGetValue(start, out var counts))
        {
            counts = new long[5];
            _periods[start] = counts;
        }

        return counts;
    }

    private static void Count<T>(Breakdown<T> breakdown, T? value)
        where T : struct
    {
        if (value is { } v)
        {
            breakdown.Add(v);
        }
        else
        {
            breakdown.AddUnspecified();
        }
    }

    private static FunnelStage? StageOf(LeadStatusReason reason) => reason.State switch
    {
        LeadState.Open => reason == LeadStatusReason.Contacted ? FunnelStage.Contacted : FunnelStage.New,
        LeadState.Qualified => FunnelStage.Qualified,
        LeadState.Converted => FunnelStage.Converted,
        _ => null,
    };

    private static FunnelStage? CurrentStage(LeadState state, LeadStatusReason reason) =>
        state == LeadState.Disqualified ? null : StageOf(reason);
}
