using LeadDomain.Analytics;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Tests.Prediction;

namespace LeadDomain.Tests.Diagnostics;

/// <summary>The long operations stop when their token is cancelled.</summary>
public sealed class CancellationTests
{
    [Fact]
    public void Training_parallel_scoring_and_funnel_analysis_stop_on_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var leads = Enumerable.Range(0, 10).Select(_ => TestLeads.NewLead()).ToArray();

        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(PredictionData.SourceTable, PredictionData.Tiny, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(
            PredictionData.SourceTable, PredictionData.Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression }, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ScoringModel.CreateBuilder().Build().ScoreParallel(leads, new LeadScore[10], TestLeads.Start, 1, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ScoringModel.CreateBuilder().Build().ScoreParallel(leads, new LeadScore[10], TestLeads.Start, 4, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => FunnelAnalyzer.Analyze(leads, FunnelOptions.Default, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => FunnelAnalyzer.Analyze(leads.Select(l => l.ToSnapshot()), FunnelOptions.Default, cancelled.Token));
    }
}
