using System.Diagnostics;
using System.Diagnostics.Metrics;
using LeadDomain.Analytics;
using LeadDomain.Bulk;
using LeadDomain.Diagnostics;
using LeadDomain.Leads;
using LeadDomain.Matching;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Tests.Prediction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace LeadDomain.Tests.Diagnostics;

public sealed class LeadDomainMetricsTests
{
    [Fact]
    public void Counts_transitions_by_trigger_and_outcome_conversions_and_refusals()
    {
        using var metrics = new LeadDomainMetrics();
        using var transitions = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.transitions");
        using var refusals = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.refusals");
        var lifecycle = Lifecycle(metrics);
        var lead = TestLeads.NewLead(lifecycle);

        lead.MarkContacted("ali");
        lead.Qualify("ali");
        Assert.Throws<InvalidLeadTransitionException>(() => lead.Qualify("ali"));

        var taken = transitions.GetMeasurementSnapshot();
        Assert.Equal(3, taken.Count);
        Assert.Equal(1, taken.Count(m => Tag(m, "leaddomain.trigger") == "MarkContacted" && Tag(m, "leaddomain.outcome") == "applied"));
        Assert.Equal(1, taken.Count(m => Tag(m, "leaddomain.trigger") == "Qualify" && Tag(m, "leaddomain.outcome") == "applied"));
        Assert.Equal(1, taken.Count(m => Tag(m, "leaddomain.trigger") == "Qualify" && Tag(m, "leaddomain.outcome") == "refused"));
        var refusal = Assert.Single(refusals.GetMeasurementSnapshot());
        Assert.Equal(nameof(InvalidLeadTransitionException), Tag(refusal, "leaddomain.refusal"));
    }

    [Fact]
    public void Each_instrument_has_its_unit_and_description_and_the_meter_its_version()
    {
        using var metrics = new LeadDomainMetrics();
        var seen = new Dictionary<string, Instrument>();
        using var listener = new MeterListener { InstrumentPublished = (instrument, _) => { if (instrument.Meter == metrics.Meter) { seen[instrument.Name] = instrument; } } };
        listener.Start();

        Assert.Equal(LeadDomainMetrics.MeterName, metrics.Meter.Name);
        Assert.Equal(typeof(LeadDomainMetrics).Assembly.GetName().Version?.ToString(), metrics.Meter.Version);
        Assert.Equal(
            [
                ("leaddomain.bulk.leads", "{lead}", "Leads a bulk operation went through, by operation and outcome (changed or refused)."),
                ("leaddomain.lead.conversions", "{lead}", "Leads converted."),
                ("leaddomain.lead.refusals", "{refusal}", "Business refusals of a transition, by trigger and kind (the exception's type)."),
                ("leaddomain.lead.score", "{point}", "Scores given to leads by a scoring model."),
                ("leaddomain.lead.transitions", "{transition}", "Lifecycle transitions fired, by trigger and outcome (applied or refused)."),
            ],
            seen.Values.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => (i.Name, i.Unit, i.Description)));
        Assert.Equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 150, 200], ((Histogram<int>)seen["leaddomain.lead.score"]).Advice!.HistogramBucketBoundaries);
    }

    [Fact]
    public void An_own_meter_is_disposed_with_the_metrics_and_a_host_meter_is_left_to_the_host()
    {
        var own = new LeadDomainMetrics();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var hosted = new LeadDomainMetrics(services.GetRequiredService<IMeterFactory>());
        var stopped = new List<Instrument>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) => l.EnableMeasurementEvents(instrument),
            MeasurementsCompleted = (instrument, _) => stopped.Add(instrument),
        };
        listener.Start();

        own.Dispose();
        hosted.Dispose();

        Assert.Contains(stopped, i => i.Meter == own.Meter);
        Assert.DoesNotContain(stopped, i => i.Meter == hosted.Meter);
    }

    [Fact]
    public void Records_scores_and_the_leads_a_bulk_operation_went_through()
    {
        using var metrics = new LeadDomainMetrics();
        using var scores = new MetricCollector<int>(metrics.Meter, "leaddomain.lead.score");
        using var bulk = new MetricCollector<long>(metrics.Meter, "leaddomain.bulk.leads");
        var lifecycle = Lifecycle(metrics);
        var leads = new[] { TestLeads.NewLead(lifecycle), TestLeads.NewLead(lifecycle) };
        leads[1].Qualify("ali");
        var model = ScoringModel.CreateBuilder().Build();

        var score = model.Score(leads[0], TestLeads.Start);
        BulkOperation.Qualify("ali").Run(leads);

        Assert.Equal(score.Total, Assert.Single(scores.GetMeasurementSnapshot()).Value);
        var outcomes = bulk.GetMeasurementSnapshot();
        Assert.Equal(1, outcomes.Count(m => Tag(m, "leaddomain.operation") == "Qualify" && Tag(m, "leaddomain.outcome") == "changed"));
        Assert.Equal(1, outcomes.Count(m => Tag(m, "leaddomain.operation") == "Qualify" && Tag(m, "leaddomain.outcome") == "refused"));
    }

    [Fact]
    public void A_lifecycle_without_metrics_records_nothing_and_each_instance_has_its_own_meter()
    {
        using var first = new LeadDomainMetrics();
        using var second = new LeadDomainMetrics();
        using var collected = new MetricCollector<long>(first.Meter, "leaddomain.lead.transitions");

        TestLeads.NewLead().Qualify("ali");
        TestLeads.NewLead(Lifecycle(second)).Qualify("ali");

        Assert.NotSame(first.Meter, second.Meter);
        Assert.Empty(collected.GetMeasurementSnapshot());
    }

    [Fact]
    public void The_host_meter_factory_makes_the_meter_and_the_host_lifecycle_reports_to_it()
    {
        using var provider = new ServiceCollection().AddMetrics().AddLeadDomain().BuildServiceProvider();
        var metrics = provider.GetRequiredService<LeadDomainMetrics>();
        using var conversions = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), LeadDomainMetrics.MeterName, "leaddomain.lead.conversions");
        var lead = provider.GetRequiredService<LeadLifecycle>().Create(TestLeads.Qualifiable, "ali");

        lead.Qualify("ali");
        LeadDomain.Conversion.ConversionMap.Default.Convert(lead, "ali");

        Assert.Same(provider.GetRequiredService<IMeterFactory>(), metrics.Meter.Scope);
        Assert.Equal(1, Assert.Single(conversions.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void Spans_cover_training_bulk_scoring_matching_and_funnel_analysis()
    {
        var started = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadDomainMetrics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => { lock (started) { started.Add(activity.OperationName); } },
        };
        ActivitySource.AddActivityListener(listener);
        var leads = new[] { TestLeads.NewLead(), TestLeads.NewLead() };

        PredictionTrainer.Train(PredictionData.SourceTable, PredictionData.Tiny);
        ScoringModel.CreateBuilder().Build().ScoreParallel(leads, new LeadScore[2], TestLeads.Start);
        new DuplicateFinder().FindLeads(leads);
        FunnelAnalyzer.Analyze(leads, FunnelOptions.Default);

        lock (started)
        {
            Assert.Contains("LeadDomain.TrainPrediction", started);
            Assert.Contains("LeadDomain.ScoreParallel", started);
            Assert.Contains("LeadDomain.FindDuplicates", started);
            Assert.Contains("LeadDomain.AnalyzeFunnel", started);
        }
    }

    private static LeadLifecycle Lifecycle(LeadDomainMetrics metrics) =>
        new(TestLeads.NewClock(), new LeadLifecycleOptions { Metrics = metrics });

    private static string? Tag<T>(CollectedMeasurement<T> measurement, string name)
        where T : struct =>
        measurement.Tags.TryGetValue(name, out var value) ? value as string : null;
}
