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
}
