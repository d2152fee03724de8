using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// Every refusal of <see cref="LeadBatch"/> and of scoring a batch, word for word with its parameter name, at and one past
/// each edge, and that a refused write leaves the batch as it was.
/// </summary>
public sealed class LeadBatchArgumentTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);

    private static readonly ScoringModel Model = ScoringModel.CreateBuilder()
        .WhenPresent("phone", LeadPresenceField.Phone, 5)
        .ForActivity("visits", ActivityType.WebVisit, 3, Duration.FromDays(30), Duration.FromDays(7))
        .Build();

    private static LeadSnapshot SnapshotWith(int activities) => TestLeads.NewLead().ToSnapshot() with
    {
        Activities = [.. Enumerable.Range(0, activities).Select(i => new LeadActivity(ActivityType.WebVisit, Now - Duration.FromMinutes(i)))],
    };

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_capacity_is_refused(int capacity)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LeadBatch(capacity));

        Assert.Equal("capacity", e.ParamName);
        Assert.Equal(capacity, e.ActualValue);
        Assert.StartsWith("The capacity must be 0 or more: give how many leads to make room for.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_batch_of_any_capacity_starts_empty_and_takes_more_leads_than_its_capacity(int capacity)
    {
        var batch = new LeadBatch(capacity);
        Assert.Equal(0, batch.Count);

        var leads = Enumerable.Range(0, 5).Select(_ => TestLeads.NewLead()).ToArray();
        foreach (var (lead, i) in leads.Select((l, i) => (l, i)))
        {
            Assert.Equal(i, batch.Add(lead));
        }

        Assert.Equal(5, batch.Count);
        Assert.Equal(leads.Select(l => l.Id), Enumerable.Range(0, 5).Select(batch.IdAt));
        var scores = new LeadScore[5];
        Model.Score(batch, scores, Now);
        Assert.Equal(leads.Select(l => Model.Score(l, Now)), scores);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(int.MinValue)]
    public void An_index_outside_the_batch_is_refused_by_IdAt_and_Update(int index)
    {
        var batch = LeadBatch.From([TestLeads.NewLead(), TestLeads.NewLead()]);
        var expected = $"The batch holds leads 0 to 1; there is no lead {index}. (Parameter 'index')";

        var byId = Assert.Throws<ArgumentOutOfRangeException>(() => batch.IdAt(index));
        var byUpdate = Assert.Throws<ArgumentOutOfRangeException>(() => batch.Update(index, TestLeads.NewLead()));
        var bySnapshot = Assert.Throws<ArgumentOutOfRangeException>(() => batch.Update(index, TestLeads.NewLead().ToSnapshot()));

        foreach (var e in new[] { byId, byUpdate, bySnapshot })
        {
            Assert.Equal("index", e.ParamName);
            Assert.Equal(index, e.ActualValue);
            Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_batch_has_no_lead_0()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LeadBatch().IdAt(0));

        Assert.StartsWith("The batch holds leads 0 to -1; there is no lead 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_lead_is_refused_with_the_parameter_of_each_call()
    {
        var batch = LeadBatch.From([TestLeads.NewLead()]);
        const string Lead = "The lead is null; a batch holds leads only.";

        Assert.Equal($"{Lead} (Parameter 'lead')", Assert.Throws<ArgumentException>(() => batch.Add((Lead)null!)).Message);
        Assert.Equal($"{Lead} (Parameter 'lead')", Assert.Throws<ArgumentException>(() => batch.Update(0, (Lead)null!)).Message);
        Assert.Equal($"{Lead} (Parameter 'leads')", Assert.Throws<ArgumentException>(() => LeadBatch.From(new Lead[] { TestLeads.NewLead(), null! })).Message);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => LeadBatch.From((IEnumerable<Lead>)null!)).ParamName);
        Assert.Equal("snapshots", Assert.Throws<ArgumentNullException>(() => LeadBatch.From((IEnumerable<LeadSnapshot>)null!)).ParamName);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void A_null_or_incomplete_snapshot_is_refused_with_what_to_do()
    {
        var batch = LeadBatch.From([TestLeads.NewLead()]);
        var snapshot = TestLeads.NewLead().ToSnapshot();
        const string Incomplete = "The snapshot has no details or no activity list; give it both (an empty list for no activities). (Parameter 'snapshot')";

        Assert.Equal("The snapshot is null; a batch holds leads only. (Parameter 'snapshot')", Assert.Throws<ArgumentException>(() => batch.Add((LeadSnapshot)null!)).Message);
        Assert.Equal("The snapshot is null; a batch holds leads only. (Parameter 'snapshot')", Assert.Throws<ArgumentException>(() => batch.Update(0, (LeadSnapshot)null!)).Message);
        Assert.Equal(Incomplete, Assert.Throws<ArgumentException>(() => batch.Add(snapshot with { Details = null! })).Message);
        Assert.Equal(Incomplete, Assert.Throws<ArgumentException>(() => batch.Add(snapshot with { Activities = null! })).Message);
        Assert.Equal(Incomplete, Assert.Throws<ArgumentException>(() => batch.Update(0, snapshot with { Activities = null! })).Message);
        Assert.Equal(
            "The snapshot has no details or no activity list; give it both (an empty list for no activities). (Parameter 'snapshots')",
            Assert.Throws<ArgumentException>(() => LeadBatch.From([snapshot, snapshot with { Details = null! }])).Message);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void A_lead_of_65535_activities_is_taken_and_one_more_is_refused()
    {
        var batch = new LeadBatch();
        var most = SnapshotWith(65_535);

        Assert.Equal(0, batch.Add(most));
        var scores = new LeadScore[1];
        Model.Score(batch, scores, Now);
        Assert.Equal(Model.Score(most.Details, [.. most.Activities], Now), scores[0]);

        const string TooMany = "The lead has 65536 activities; a lead in a batch may have at most 65535. Score it alone with ScoringModel.Score(lead, at). (Parameter 'snapshot')";
        var tooMany = SnapshotWith(65_536);
        Assert.Equal(TooMany, Assert.Throws<ArgumentException>(() => batch.Add(tooMany)).Message);
        Assert.Equal(TooMany, Assert.Throws<ArgumentException>(() => batch.Update(0, tooMany)).Message);
        Assert.Equal(TooMany.Replace("'snapshot'", "'snapshots'", StringComparison.Ordinal), Assert.Throws<ArgumentException>(() => LeadBatch.From([tooMany])).Message);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void A_lead_of_a_lifecycle_that_allows_more_than_65535_activities_is_refused_by_the_batch()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, MaxActivities = 70_000 });
        var lead = lifecycle.Restore(SnapshotWith(65_536) with { Version = 65_537 });
        var batch = LeadBatch.From([TestLeads.NewLead()]);

        const string TooMany = "The lead has 65536 activities; a lead in a batch may have at most 65535. Score it alone with ScoringModel.Score(lead, at). (Parameter 'lead')";
        Assert.Equal(TooMany, Assert.Throws<ArgumentException>(() => batch.Add(lead)).Message);
        Assert.Equal(TooMany, Assert.Throws<ArgumentException>(() => batch.Update(0, lead)).Message);
        Assert.Equal(TooMany.Replace("'lead'", "'leads'", StringComparison.Ordinal), Assert.Throws<ArgumentException>(() => LeadBatch.From([lead])).Message);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void A_destination_as_long_as_the_batch_is_taken_and_one_shorter_is_refused()
    {
        var batch = LeadBatch.From([TestLeads.NewLead(), TestLeads.NewLead()]);

        Model.Score(batch, new LeadScore[2], Now);
        Model.ScoreParallel(batch, new LeadScore[2], Now);
        const string Short = "The destination holds 1 scores but there are 2 leads. (Parameter 'destination')";
        Assert.Equal(Short, Assert.Throws<ArgumentException>(() => Model.Score(batch, new LeadScore[1], Now)).Message);
        Assert.Equal(Short, Assert.Throws<ArgumentException>(() => Model.ScoreParallel(batch, new LeadScore[1], Now)).Message);
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => Model.Score((LeadBatch)null!, new LeadScore[1], Now)).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => Model.ScoreParallel((LeadBatch)null!, new LeadScore[1], Now)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => Model.ScoreParallel(batch, null!, Now)).ParamName);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    public void Any_degree_of_parallelism_gives_the_scores_of_one_thread(int threads)
    {
        var leads = Enumerable.Range(0, 40).Select(i =>
        {
            var lead = TestLeads.NewLead();
            lead.LogActivity(ActivityType.WebVisit, Now - Duration.FromHours(i), "ali");
            return lead;
        }).ToArray();
        var batch = LeadBatch.From(leads);
        var expected = new LeadScore[40];
        Model.Score(batch, expected, Now);

        var actual = new LeadScore[41];
        Model.ScoreParallel(batch, actual, Now, threads);

        Assert.Equal(expected, actual[..40]);
        Assert.Equal(default, actual[40]);
    }

    [Fact]
    public void Every_write_is_refused_while_the_batch_is_scored_and_changes_nothing()
    {
        var lead = TestLeads.NewLead();
        var batch = LeadBatch.From([lead]);
        Interlocked.Increment(ref batch.Readers);
        const string Busy = "The batch is being scored right now: add or update leads between scorings, not during one (a batch takes one writer and no reader while it writes).";

        Assert.Equal(Busy, Assert.Throws<InvalidOperationException>(() => batch.Add(TestLeads.NewLead())).Message);
        Assert.Equal(Busy, Assert.Throws<InvalidOperationException>(() => batch.Add(TestLeads.NewLead().ToSnapshot())).Message);
        Assert.Equal(Busy, Assert.Throws<InvalidOperationException>(() => batch.Update(0, TestLeads.NewLead())).Message);
        Assert.Equal(Busy, Assert.Throws<InvalidOperationException>(() => batch.Update(0, TestLeads.NewLead().ToSnapshot())).Message);
        Assert.Equal(1, batch.Count);
        Assert.Equal(lead.Id, batch.IdAt(0));

        Interlocked.Decrement(ref batch.Readers);
        Assert.Equal(1, batch.Add(TestLeads.NewLead()));
    }
}
