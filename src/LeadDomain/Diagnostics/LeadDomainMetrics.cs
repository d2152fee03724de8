using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LeadDomain.Diagnostics;

/// <summary>
/// LeadDomain's metrics, on a <see cref="Meter"/> named <see cref="MeterName"/>: lifecycle transitions by trigger and
/// outcome, conversions, refusals by kind, scores, and the leads that bulk operations went through. Give it to a
/// lifecycle (<c>LeadLifecycleOptions.Metrics</c>); the leads of that lifecycle, their scores and bulk runs over them
/// then report here. <c>services.AddLeadDomain()</c> (LeadDomain.Hosting) makes one from the host's
/// <see cref="IMeterFactory"/>. Export them with any listener, such as OpenTelemetry's <c>AddMeter(LeadDomainMetrics.MeterName)</c>.
/// </summary>
/// <remarks>
/// Recording costs a check of <see cref="Instrument.Enabled"/> when nothing listens. Thread-safe. Spans (training, bulk
/// scoring, matching, funnel analysis, import) come from an <see cref="ActivitySource"/> named
/// <see cref="ActivitySourceName"/>, which needs no instance.
/// </remarks>
public sealed class LeadDomainMetrics : IDisposable
{
    /// <summary>The name of the meter and of the activity source: <c>LeadDomain</c>.</summary>
    public const string MeterName = "LeadDomain";

    /// <summary>The name of the activity source of LeadDomain's spans: <c>LeadDomain</c>.</summary>
    public const string ActivitySourceName = "LeadDomain";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _transitions;
    private readonly Counter<long> _conversions;
    private readonly Counter<long> _refusals;
    private readonly Histogram<int> _scores;
    private readonly Counter<long> _bulkLeads;

    /// <summary>Creates the metrics on a meter from <paramref name="meterFactory"/>, or on a meter of their own (disposed with them) when it is null.</summary>
    /// <param name="meterFactory">The host's meter factory, or null.</param>
    public LeadDomainMetrics(IMeterFactory? meterFactory = null)
    {
        var options = new MeterOptions(MeterName) { Version = typeof(LeadDomainMetrics).Assembly.GetName().Version?.ToString() };
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(options) ?? new Meter(options);
        _transitions = _meter.CreateCounter<long>("leaddomain.lead.transitions", "{transition}", "Lifecycle transitions fired, by trigger and outcome (applied or refused).");
        _conversions = _meter.CreateCounter<long>("leaddomain.lead.conversions", "{lead}", "Leads converted.");
        _refusals = _meter.CreateCounter<long>("leaddomain.lead.refusals", "{refusal}", "Business refusals of a transition, by trigger and kind (the exception's type).");
        _scores = _meter.CreateHistogram<int>(
            "leaddomain.lead.score",
            "{point}",
            "Scores given to leads by a scoring model.",
            tags: null,
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 150, 200] });
        _bulkLeads = _meter.CreateCounter<long>("leaddomain.bulk.leads", "{lead}", "Leads a bulk operation went through, by operation and outcome (changed or refused).");
    }

    /// <summary>Gets the meter the instruments are on.</summary>
    public Meter Meter => _meter;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    internal void Transition(string trigger)
    {
        if (_transitions.Enabled)
        {
            _transitions.Add(1, new("leaddomain.trigger", trigger), new("leaddomain.outcome", "applied"));
        }
    }

    /// <summary>Records a refused transition; returns false, for an exception filter.</summary>
    internal bool Refused(string trigger, Exception refusal)
    {
        if (_transitions.Enabled)
        {
            _transitions.Add(1, new("leaddomain.trigger", trigger), new("leaddomain.outcome", "refused"));
        }

        if (_refusals.Enabled)
        {
            _refusals.Add(1, new("leaddomain.trigger", trigger), new("leaddomain.refusal", refusal.GetType().Name));
        }

        return false;
    }

    internal void Converted()
    {
        if (_conversions.Enabled)
        {
            _conversions.Add(1);
        }
    }

    internal void Scored(int score)
    {
        if (_scores.Enabled)
        {
            _scores.Record(score);
        }
    }

    internal void Bulk(string operation, bool changed)
    {
        if (_bulkLeads.Enabled)
        {
            _bulkLeads.Add(1, new("leaddomain.operation", operation), new("leaddomain.outcome", changed ? "changed" : "refused"));
        }
    }
}
