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
    public void The_size_counts_twelve_bytes_an_activity()
    {
        // One lead with one e-mail opened, or with three: the batches differ only in two activities of the exact
        // columns (8 bytes of ticks, 2 of type id and 2 of log position each).
        static long SizeOf(int activities) => LeadBatch.From([new LeadSnapshot
        {
            Id = LeadId.New(),
            Details = new LeadDetails { LastName = "Lima" },
            Activities = [.. Enumerable.Range(0, activities).Select(d => new LeadActivity(ActivityType.EmailOpened, Now - Duration.FromDays(d)))],
        }]).SizeInBytes();

        Assert.Equal(SizeOf(1) + (2 * 12), SizeOf(3));
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

    [Fact]
    public void Instants_and_codes_at_the_edges_of_the_packed_sort_keep_their_values()
    {
        // The packed sort takes codes below 64 and ticks from 0 to 2^58 − 1; 2^58 ticks (in 2883), a tick before
        // 1970 and code 64 go to the other sort, and each activity keeps its instant and type either way.
        var code63 = ActivityType.Define(63, "Code 63");
        var code64 = ActivityType.Define(64, "Code 64");
        var edge = Instant.FromUnixTimeTicks(1L << 58);
        var tick = Duration.FromTicks(1);
        LeadActivity[][] logs =
        [
            [new(code63, edge - tick), new(ActivityType.WebVisit, edge - tick), new(code63, edge - (2 * tick))],
            [new(code63, edge), new(ActivityType.WebVisit, edge - tick), new(code63, edge - tick)],
            [new(code64, edge - tick), new(code63, edge - tick), new(ActivityType.WebVisit, edge - tick)],
            [new(ActivityType.WebVisit, Instant.FromUnixTimeTicks(0)), new(code63, Instant.FromUnixTimeTicks(-1)), new(ActivityType.WebVisit, Instant.FromUnixTimeTicks(-1))],

            // Every activity outside the packed range: past 2^58 ticks, or of codes 64 and up (128 would pack as 0).
            [new(code63, edge + tick), new(ActivityType.WebVisit, edge)],
            [new(ActivityType.Define(128, "Code 128"), edge - tick), new(ActivityType.Define(100, "Code 100"), edge - tick), new(code64, edge - (2 * tick))],
        ];
        var snapshots = logs.Select(log => new LeadSnapshot { Id = LeadId.New(), Details = new LeadDetails { LastName = "Lima" }, Activities = log }).ToArray();
        var model = ScoringModel.CreateBuilder()
            .WithCaps(0, 100)
            .ForActivity("visits", ActivityType.WebVisit, 1, Duration.FromDays(30), halfLife: null)
            .ForActivity("63", code63, 2, Duration.FromDays(30), halfLife: null)
            .ForActivity("64", code64, 4, Duration.FromDays(30), halfLife: null)
            .Build();
        var batch = LeadBatch.From(snapshots);

        for (var i = 0; i < logs.Length; i++)
        {
            Assert.Equal(logs[i], batch.LoggedActivities(i, new LeadActivity[logs[i].Length]).ToArray());
            var expected = logs[i].Select((a, position) => (a.Type.Code, a.At, position)).OrderBy(k => k.Code).ThenBy(k => k.At).ThenBy(k => k.position).Select(k => (k.Code, k.At)).ToArray();
            Assert.Equal(expected, Enumerable.Range(batch.Starts[i], batch.Counts[i]).Select(j => (batch.TypeAt(batch.TypeIds[j]).Code, Instant.FromUnixTimeTicks(batch.Ticks[j]))).ToArray());
        }

        foreach (var at in new[] { edge, edge - tick, Instant.FromUnixTimeTicks(0) })
        {
            var scores = new LeadScore[logs.Length];
            model.Score(batch, scores, at);
            Assert.Equal(logs.Select(log => model.Score(new LeadDetails { LastName = "Lima" }, log, at)), scores);
        }

        var atEdge = new LeadScore[logs.Length];
        model.Score(batch, atEdge, edge);
        Assert.Equal([5.0, 5, 7, 0, 1, 4], atEdge.Select(s => s.Engagement));
    }

    [Fact]
    public void A_batch_takes_65534_activity_types_and_refuses_one_more()
    {
        // Codes 9 and up, two leads of 32,767 types each; a third lead with one more type is refused and not added.
        var types = Enumerable.Range(9, 65_535).Select(code => ActivityType.Define(code, "T")).ToArray();
        LeadSnapshot SnapshotOf(IEnumerable<ActivityType> of) => new()
        {
            Id = LeadId.New(), Details = new LeadDetails { LastName = "Lima" }, Activities = [.. of.Select(t => new LeadActivity(t, Now))],
        };
        var batch = LeadBatch.From([SnapshotOf(types[..32_767]), SnapshotOf(types[32_767..65_534])]);

        var refused = Assert.Throws<ArgumentException>(() => batch.Add(SnapshotOf([types[0], types[65_534]])));

        Assert.Equal("The batch already holds 65,534 different activity types; split the leads over several batches.", refused.Message);
        Assert.Equal(2, batch.Count);
        Assert.Equal(65_534, batch.TypeCount);
        Assert.Equal(2, batch.Add(SnapshotOf([types[0], types[65_533]])));
    }

    [Fact]
    public void Lists_of_any_kind_are_read_as_arrays_are()
    {
        // A list that keeps its items in one array is read in place; any other is copied (activities) or read through the
        // list (e-mails).
        var random = new Random(3);
        var model = LeadBatchProperties.RandomModel(random);
        var leads = Enumerable.Range(0, 60).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        var asArrays = leads.Select(l => l.ToSnapshot()).ToArray();
        var asOtherLists = asArrays.Select((s, i) => s with
        {
            Activities = i % 3 == 0 ? s.Activities.ToList() : i % 3 == 1 ? new System.Collections.ObjectModel.ReadOnlyCollection<LeadActivity>([.. s.Activities]) : System.Collections.Immutable.ImmutableList.CreateRange(s.Activities),
            Details = s.Details with { Emails = i % 2 == 0 ? new System.Collections.ObjectModel.ReadOnlyCollection<string>([.. s.Details.Emails]) : s.Details.Emails.ToList() },
        }).ToArray();
        var expected = new LeadScore[leads.Length];
        var built = new LeadScore[leads.Length];
        var added = new LeadScore[leads.Length];
        var batch = new LeadBatch();
        foreach (var snapshot in asOtherLists)
        {
            batch.Add(snapshot);
        }

        model.Score(LeadBatch.From(asArrays), expected, Now);
        model.Score(LeadBatch.From(asOtherLists), built, Now);
        model.Score(batch, added, Now);

        Assert.Equal(expected, built);
        Assert.Equal(expected, added);
        for (var i = 0; i < leads.Length; i++)
        {
            Assert.Equal(leads[i].Activities, batch.LoggedActivities(i, new LeadActivity[leads[i].Activities.Count]).ToArray());
        }
    }

    [Fact]
    public void Compacted_activities_keep_each_lead_s_log_order()
    {
        // 10 leads of 150 activities each, replaced three times: 4,500 dead activities, more than half, so compacted.
        var random = new Random(29);
        var leads = Enumerable.Range(0, 10).Select(_ => LeadBatchProperties.RandomLead(random, maxActivities: 1)).ToArray();
        foreach (var lead in leads)
        {
            for (var a = 0; a < 150; a++)
            {
                lead.LogActivity(ActivityType.WellKnown[random.Next(8)], Now - Duration.FromMinutes(random.Next(0, 10_000)), "ali");
            }
        }

        var batch = LeadBatch.From(leads);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < leads.Length; i++)
            {
                batch.Update(i, leads[i]);
            }
        }

        Assert.True(batch.ActivityEnd < 4 * 1_500);
        for (var i = 0; i < leads.Length; i++)
        {
            Assert.Equal(leads[i].Activities, batch.LoggedActivities(i, new LeadActivity[leads[i].Activities.Count]).ToArray());
        }
    }
}
