using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary><c>BatchModelColumns.cs</c>: what a model keeps with a batch, for every mix of rules a model may have.</summary>
public sealed class BatchModelColumnsTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);

    private static LeadSnapshot Snapshot(LeadDetails details) => new() { Id = LeadId.New(), Details = details };

    [Fact]
    public void A_model_of_flag_rules_and_no_text_rule_scores_a_batch()
    {
        // The flag rules' answers were sized with the text rules', so a model with no text rule failed on its first
        // batch (IndexOutOfRangeException).
        var model = ScoringModel.CreateBuilder().WhenCustomFlag("vip", "vip", 5).Build();
        var snapshots = new[] { true, false }
            .Select(yes => Snapshot(new LeadDetails { LastName = "Lima", CustomFields = new Dictionary<string, CustomFieldValue> { ["vip"] = CustomFieldValue.FromBoolean(yes) } }))
            .ToArray();
        var batch = LeadBatch.From(snapshots);
        var scores = new LeadScore[2];

        model.Score(batch, scores, Now);
        batch.Add(snapshots[0]);
        var more = new LeadScore[3];
        model.Score(batch, more, Now);

        Assert.Equal([5.0, 0], scores.Select(s => s.Fit));
        Assert.Equal([5.0, 0, 5], more.Select(s => s.Fit));
        Assert.Equal(snapshots.Select(s => model.Score(s.Details, [], Now)), scores);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_token_that_is_never_canceled_slices_the_work_and_changes_no_score(int threads)
    {
        // 10,000 leads: two whole slices of 4,096 and a part, on one thread or across three chunks.
        var random = new Random(17);
        var model = LeadBatchProperties.RandomModel(random);
        var leads = Enumerable.Range(0, 100).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        var batch = LeadBatch.From(Enumerable.Range(0, 10_000).Select(i => leads[i % leads.Length]));
        using var live = new CancellationTokenSource();
        var sliced = new LeadScore[batch.Count];
        var whole = new LeadScore[batch.Count];

        model.ScoreParallel(batch, sliced, Now, threads, live.Token);
        model.Score(batch, whole, Now);

        Assert.Equal(whole, sliced);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => model.Score(leads[i % leads.Length], Now).Total), sliced.Select(s => s.Total));
    }

    [Fact]
    public void Columns_computed_in_chunks_on_several_threads_are_those_of_one_thread()
    {
        // The model's first scoring of the batch computes its columns in the parallel scoring's chunks.
        var random = new Random(23);
        var model = LeadBatchProperties.RandomModel(random);
        var leads = Enumerable.Range(0, 9_000).Select(_ => LeadBatchProperties.RandomLead(random, maxActivities: 3)).ToArray();
        using var live = new CancellationTokenSource();
        var parallel = new LeadScore[leads.Length];
        var single = new LeadScore[leads.Length];

        model.ScoreParallel(LeadBatch.From(leads), parallel, Now, 4, live.Token);
        model.Score(LeadBatch.From(leads), single, Now);

        Assert.Equal(single, parallel);
    }
}
