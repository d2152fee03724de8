using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

public sealed class LeadBatchTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly LeadLifecycle Lifecycle = LeadBatchProperties.NewLifecycle();

    [Fact]
    public void A_total_on_the_rounding_edge_is_the_one_lead_paths()
    {
        // Ten undecayed visits of 0.15 points: summed one by one they make 1.4999999999999998 (total 1), while
        // 0.15 × 10 is 1.5 (total 2). The batch must notice it is on the edge and sum as the one-lead path does.
        var model = ScoringModel.CreateBuilder()
            .WithCaps(50, 50)
            .ForActivity("visits", ActivityType.WebVisit, 0.15, Duration.FromDays(30), halfLife: null)
            .Build();
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        for (var i = 0; i < 10; i++)
        {
            lead.LogActivity(ActivityType.WebVisit, Now - Duration.FromHours(i + 1), "ali");
        }

        var scores = new LeadScore[1];
        model.Score(LeadBatch.From([lead]), scores, Now);

        Assert.Equal(1, model.Score(lead, Now).Total);
        Assert.Equal(model.Score(lead, Now), scores[0]);
    }

    [Fact]
    public void Long_logs_are_searched_and_far_instants_rebase_the_weights()
    {
        // One hour of half-life: scoring a year later cannot use weights kept around the first instant.
        var model = ScoringModel.CreateBuilder()
            .WithCaps(10, 1_000)
            .ForActivity("visits", ActivityType.WebVisit, 1, Duration.FromDays(3), Duration.FromHours(1))
            .ForActivity("calls", ActivityType.Call, 2, Duration.FromDays(10), Duration.FromDays(2), new ActivityCap(3, Duration.FromDays(1)))
            .Build();
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        for (var i = 0; i < 2_000; i++)
        {
            lead.LogActivity(i % 3 == 0 ? ActivityType.Call : ActivityType.WebVisit, Now - Duration.FromMinutes(17 * i) + Duration.FromDays(365), "ali");
        }

        var batch = LeadBatch.From([lead]);
        var scores = new LeadScore[1];
        foreach (var at in new[] { Now, Now + Duration.FromDays(365), Now + Duration.FromDays(300), Now + Duration.FromDays(366) })
        {
            model.Score(batch, scores, at);
            Assert.Null(LeadBatchProperties.Differs(model, lead, at, model.Score(lead, at), scores[0]));
        }
    }

    [Fact]
    public void Leads_added_one_by_one_score_as_a_batch_built_at_once()
    {
        var random = new Random(11);
        var model = LeadBatchProperties.RandomModel(random);
        var leads = Enumerable.Range(0, 50).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        var batch = new LeadBatch();
        var scores = new LeadScore[leads.Length];
        foreach (var lead in leads)
        {
            // Scoring in between keeps the model's columns, which every later lead must extend.
            Assert.Equal(batch.Count, batch.Add(lead.ToSnapshot()));
            model.Score(batch, scores, Now);
        }

        var fresh = new LeadScore[leads.Length];
        model.Score(LeadBatch.From(leads), fresh, Now);
        Assert.Equal(fresh, scores);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_what_to_do()
    {
        var model = ScoringModel.CreateBuilder().WhenPresent("phone", LeadPresenceField.Phone, 5).Build();
        var batch = LeadBatch.From([TestLeads.NewLead()]);

        Assert.Contains("no lead 1", Assert.Throws<ArgumentOutOfRangeException>(() => batch.Update(1, TestLeads.NewLead())).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.IdAt(-1));
        Assert.Throws<ArgumentException>(() => batch.Add((Lead)null!));
        Assert.Contains("no details", Assert.Throws<ArgumentException>(() => batch.Add(new LeadSnapshot { Details = null! })).Message, StringComparison.Ordinal);
        Assert.Contains("holds 0 scores", Assert.Throws<ArgumentException>(() => model.Score(batch, Span<LeadScore>.Empty, Now)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => model.ScoreParallel((LeadBatch)null!, [], Now));
        Assert.Contains("0 or more", Assert.Throws<ArgumentOutOfRangeException>(() => new LeadBatch(-1)).Message, StringComparison.Ordinal);
        Assert.Equal(0, new LeadBatch(0).Count);
    }

    [Fact]
    public void A_write_while_the_batch_is_scored_is_refused()
    {
        var batch = LeadBatch.From([TestLeads.NewLead()]);
        Interlocked.Increment(ref batch.Readers);

        var refused = Assert.Throws<InvalidOperationException>(() => batch.Add(TestLeads.NewLead()));

        Assert.Contains("between scorings", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, batch.Count);
    }
}
