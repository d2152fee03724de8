using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>The activity columns of a batch (<c>LeadBatch.Activities.cs</c>): sorted runs per lead, exact columns, compaction.</summary>
public sealed class LeadBatchActivitiesTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly LeadLifecycle Lifecycle = LeadBatchProperties.NewLifecycle();

    [Fact]
    public void Logs_in_order_or_not_keep_their_log_order_and_score_as_the_one_lead_path_does()
    {
        var model = ScoringModel.CreateBuilder()
            .ForActivity("visits", ActivityType.WebVisit, 1.25, Duration.FromDays(30), Duration.FromDays(3))
            .ForActivity("calls", ActivityType.Call, 2, Duration.FromDays(30), halfLife: null)
            .Build();
        // The batch's order: by type code (visits 3, calls 5), then time. The first log is in it already; the second is not.
        var inOrder = Lead((ActivityType.WebVisit, 4), (ActivityType.WebVisit, 1), (ActivityType.Call, 9), (ActivityType.Call, 5));
        var shuffled = Lead((ActivityType.WebVisit, 1), (ActivityType.Call, 5), (ActivityType.WebVisit, 4), (ActivityType.Call, 9), (ActivityType.Call, 5));
        var batch = LeadBatch.From([inOrder, shuffled]);
        var scores = new LeadScore[2];

        model.Score(batch, scores, Now);

        Assert.Equal([model.Score(inOrder, Now), model.Score(shuffled, Now)], scores);
        Assert.Equal(inOrder.Activities, batch.LoggedActivities(0, new LeadActivity[4]).ToArray());
        Assert.Equal(shuffled.Activities, batch.LoggedActivities(1, new LeadActivity[5]).ToArray());
        Assert.Equal([4, 1, 9, 5, 4, 1, 9, 5, 5], batch.Ticks.Select(t => (int)((Now.ToUnixTimeTicks() - t) / TimeSpan.TicksPerDay)));
    }

    [Fact]
    public void Every_lead_s_activities_are_kept_by_type_code_then_time_then_log_position()
    {
        // Short logs of low codes take the packed sort; a code of 64 or more (Trial: 100) or a long log the other one.
        var random = new Random(11);
        var leads = Enumerable.Range(0, 400).Select(_ => LeadBatchProperties.RandomLead(random, maxActivities: random.Next(2) == 0 ? 14 : 45)).ToArray();
        var batch = LeadBatch.From(leads);
        for (var i = 0; i < leads.Length; i++)
        {
            var expected = leads[i].Activities
                .Select((activity, position) => (activity.Type.Code, Ticks: activity.At.ToUnixTimeTicks(), Position: position))
                .OrderBy(k => k.Code).ThenBy(k => k.Ticks).ThenBy(k => k.Position)
                .Select(k => (k.Code, k.Ticks))
                .ToArray();
            var start = batch.Starts[i];
            var actual = Enumerable.Range(start, batch.Counts[i]).Select(j => (batch.TypeAt(batch.TypeIds[j]).Code, batch.Ticks[j])).ToArray();
            Assert.Equal(expected, actual);
            Assert.Equal(leads[i].Activities, batch.LoggedActivities(i, new LeadActivity[leads[i].Activities.Count]).ToArray());
        }
    }

    [Fact]
    public void A_stream_of_unknown_length_builds_the_batch_an_array_builds_with_exact_columns()
    {
        var random = new Random(5);
        var model = LeadBatchProperties.RandomModel(random);
        var leads = Enumerable.Range(0, 300).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        var fromArray = LeadBatch.From(leads.Select(l => l.ToSnapshot()).ToArray());
        var fromStream = LeadBatch.From(Stream(leads));
        var (expected, actual) = (new LeadScore[leads.Length], new LeadScore[leads.Length]);

        model.Score(fromArray, expected, Now);
        model.Score(fromStream, actual, Now);

        Assert.Equal(expected, actual);
        Assert.Equal(leads.Sum(l => l.Activities.Count), fromStream.ActivityEnd);
        Assert.Equal(fromStream.ActivityEnd, fromStream.Ticks.Length);
        Assert.Equal(fromArray.ActivityEnd, fromArray.Ticks.Length);
        Assert.Equal(leads.Length, fromStream.Starts.Length);
        Assert.Equal(leads.Select(l => l.Id), Enumerable.Range(0, fromStream.Count).Select(fromStream.IdAt));

        static IEnumerable<LeadSnapshot> Stream(Lead[] leads)
        {
            foreach (var lead in leads)
            {
                yield return lead.ToSnapshot();
            }
        }
    }

    [Theory]
    [InlineData(7, int.MaxValue)]
    [InlineData(8, 3)] // few activity rules: the model keeps each lead's runs, and moves them with the activities
    public void Many_updates_compact_the_activities_and_still_score_as_a_batch_built_anew(int seed, int maxActivityRules)
    {
        var random = new Random(seed);
        var model = LeadBatchProperties.RandomModel(random, maxActivityRules);
        var leads = Enumerable.Range(0, 200).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        var batch = LeadBatch.From(leads);
        var scores = new LeadScore[leads.Length];
        model.Score(batch, scores, Now);
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < leads.Length; i++)
            {
                leads[i] = LeadBatchProperties.RandomLead(random);
                batch.Update(i, leads[i]);
            }
        }

        var fresh = new LeadScore[leads.Length];
        model.Score(batch, scores, Now);
        model.Score(LeadBatch.From(leads), fresh, Now);
        Assert.Equal(fresh, scores);
        Assert.True(maxActivityRules > BatchModelColumns.MaxRunSlots || batch.Holder(model).Columns!.Runs is not null, "the model keeps the runs");
        Assert.Equal(leads.Select(l => l.Id), Enumerable.Range(0, batch.Count).Select(batch.IdAt));
        Assert.True(batch.ActivityEnd <= leads.Sum(l => l.Activities.Count) * 2, "the dead activities were dropped");
    }

    private static Lead Lead(params (ActivityType Type, int DaysAgo)[] log)
    {
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        foreach (var (type, daysAgo) in log)
        {
            lead.LogActivity(type, Now - Duration.FromDays(daysAgo), "ali");
        }

        return lead;
    }
}
