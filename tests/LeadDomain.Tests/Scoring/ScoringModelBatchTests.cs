using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary><c>ScoringModel.Batch.cs</c>: scoring a prepared batch on all cores is one span, tagged with the number of leads.</summary>
public sealed class ScoringModelBatchTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);

    [Fact]
    public void Parallel_scoring_of_a_batch_is_one_span_tagged_with_the_number_of_leads()
    {
        using var spans = new SpanRecorder();
        var model = ScoringModel.CreateBuilder().ForActivity("visits", ActivityType.WebVisit, 2, Duration.FromDays(30), Duration.FromDays(7)).Build();
        var batch = LeadBatch.From(Enumerable.Range(0, 1_013).Select(_ => TestLeads.NewLead()));

        model.ScoreParallel(batch, new LeadScore[batch.Count], Now, 2);

        Assert.Contains(("LeadDomain.ScoreParallel", (object?)1_013), spans.Spans);
    }
}
