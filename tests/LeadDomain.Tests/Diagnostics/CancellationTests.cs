using LeadDomain.Analytics;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Tests.Prediction;

namespace LeadDomain.Tests.Diagnostics;

/// <summary>The long operations stop when their token is cancelled.</summary>
public sealed class CancellationTests
{
    [Fact]
    public void A_token_not_cancelled_changes_nothing()
    {
        // Leads that score differently, more than one slice of 4,096 per thread: a slice written to the wrong place shows.
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 10_000).Select(i => lifecycle.Create(TestLeads.Qualifiable with
        {
            Source = i % 3 == 0 ? LeadSource.TradeShow : LeadSource.Web,
            IsDecisionMaker = i % 5 == 0,
        }, "ali")).ToArray();
        var model = ScoringModelJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "Examples", "scoring-model.json")));
        var (plain, withToken, batch) = (new LeadScore[leads.Length], new LeadScore[leads.Length], new LeadScore[leads.Length]);
        using var live = new CancellationTokenSource();

        model.ScoreParallel(leads, plain, TestLeads.Start, 2);
        model.ScoreParallel(leads, withToken, TestLeads.Start, 2, live.Token);
        model.ScoreParallel(LeadBatch.From(leads), batch, TestLeads.Start, 2, live.Token);

        Assert.True(plain.Select(s => s.Total).Distinct().Count() > 1);
        Assert.Equal(plain, withToken);
        Assert.Equal(plain, batch);
    }

    [Theory]
    [InlineData(PredictionAlgorithm.NaiveBayes)]
    [InlineData(PredictionAlgorithm.LogisticRegression)]
    public void Training_tells_its_progress_rising_from_a_tenth_to_one(PredictionAlgorithm algorithm)
    {
        var reports = new List<double>();

        var training = PredictionTrainer.Train(PredictionData.SourceTable, PredictionData.Tiny with { Algorithm = algorithm }, new SyncProgress(reports));

        Assert.NotNull(training.Model);
        Assert.Equal([0.1, 0.4], reports.Take(2));
        Assert.Equal(1, reports[^1]);
        Assert.Equal(reports.Order(), reports);
        Assert.True(algorithm == PredictionAlgorithm.NaiveBayes ? reports.Count == 3 : reports.Count > 3);
    }

    [Fact]
    public void Training_parallel_scoring_and_funnel_analysis_stop_on_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var leads = Enumerable.Range(0, 10).Select(_ => TestLeads.NewLead()).ToArray();

        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(PredictionData.SourceTable, PredictionData.Tiny, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(
            PredictionData.SourceTable, PredictionData.Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression }, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ScoringModel.CreateBuilder().Build().ScoreParallel(leads, new LeadScore[10], TestLeads.Start, 1, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ScoringModel.CreateBuilder().Build().ScoreParallel(leads, new LeadScore[10], TestLeads.Start, 4, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ScoringModel.CreateBuilder().Build().ScoreParallel(LeadBatch.From(leads), new LeadScore[10], TestLeads.Start, 1, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ScoringModel.CreateBuilder().Build().ScoreParallel(LeadBatch.From(leads), new LeadScore[10], TestLeads.Start, 4, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => FunnelAnalyzer.Analyze(leads, FunnelOptions.Default, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => FunnelAnalyzer.Analyze(leads.Select(l => l.ToSnapshot()), FunnelOptions.Default, cancelled.Token));
    }

    private sealed class SyncProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
