using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// <c>BatchScorer.cs</c>: the batch's scores against the one-lead path (<see cref="ScoringModel.Score(Lead, Instant)"/>,
/// the batch's contract) where a slip would show: every total from 0 to 100 and so every rating and grade edge, points
/// clamped at 0 and at the caps, totals on the rounding edge, scored from the runs a model keeps (up to 8 activity rules)
/// and by the walk (more rules), on one thread and on several.
/// </summary>
public sealed class BatchScorerTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly LeadLifecycle Lifecycle = LeadBatchProperties.NewLifecycle();

    public static TheoryData<int> RuleCounts => [1, 8, 10];

    /// <summary>
    /// A model whose total is the number of web visits plus 50 for a lead with a head count: caps of 50 and 50 make one
    /// point one unit of the total. <paramref name="rules"/> activity rules in all (visits and other types at 1 point).
    /// </summary>
    private static ScoringModel UnitModel(int rules, double visitPoints = 1, double fitCap = 50, double engagementCap = 50) =>
        LeadBatchProperties.BuildWithFillers(
            ScoringModel.CreateBuilder()
                .WithCaps(fitCap, engagementCap)
                .WhenInRange("staff", LeadNumberField.NumberOfEmployees, 1, null, 50)
                .ForActivity("visits", ActivityType.WebVisit, visitPoints, Duration.FromDays(60), halfLife: null),
            rules,
            Duration.FromDays(60),
            ActivityType.WebVisit);

    private static Lead LeadWith(int visits, bool staff, ActivityType? type = null)
    {
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima", NumberOfEmployees = staff ? 20 : null }, "ali");
        for (var v = 0; v < visits; v++)
        {
            lead.LogActivity(type ?? ActivityType.WebVisit, Now - Duration.FromHours(v + 1), "ali");
        }

        return lead;
    }

    /// <summary>Scores the leads as a batch on one thread, by the walk, and on four threads, and checks each against the one-lead path.</summary>
    private static LeadScore[] ScoreEveryWay(ScoringModel model, Lead[] leads, Instant at)
    {
        var batch = LeadBatch.From(leads);
        var scores = new LeadScore[leads.Length];
        var walked = new LeadScore[leads.Length];
        var parallel = new LeadScore[leads.Length];
        model.Score(batch, scores, at);
        BatchScorer.Score(model, batch, walked, at.ToUnixTimeTicks(), walk: true);
        model.ScoreParallel(batch, parallel, at, 4);
        for (var i = 0; i < leads.Length; i++)
        {
            var expected = model.Score(leads[i], at);
            Assert.Null(LeadBatchProperties.Differs(model, leads[i], at, expected, scores[i]));
            Assert.Null(LeadBatchProperties.Differs(model, leads[i], at, expected, walked[i]));
            Assert.Equal(scores[i], parallel[i]);
        }

        return scores;
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void Every_total_from_0_to_100_has_the_one_lead_path_s_total_rating_and_grade(int rules)
    {
        // Default thresholds: Warm 40, Hot 70; C 25, B 50, A 75; each total at, one below and one above each edge.
        var model = UnitModel(rules);
        var leads = Enumerable.Range(0, 51).Select(v => LeadWith(v, staff: false))
            .Concat(Enumerable.Range(1, 50).Select(v => LeadWith(v, staff: true)))
            .ToArray();

        var scores = ScoreEveryWay(model, leads, Now);

        Assert.Equal(Enumerable.Range(0, 101), scores.Select(s => s.Total));
        Assert.Equal(LeadRating.Cold, scores[39].Rating);
        Assert.Equal(LeadRating.Warm, scores[40].Rating);
        Assert.Equal(LeadRating.Warm, scores[69].Rating);
        Assert.Equal(LeadRating.Hot, scores[70].Rating);
        Assert.Equal([LeadGrade.D, LeadGrade.C, LeadGrade.C, LeadGrade.B, LeadGrade.B, LeadGrade.A], new[] { 24, 25, 49, 50, 74, 75 }.Select(t => scores[t].Grade));
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void Thresholds_of_the_model_are_read_at_each_edge(int rules)
    {
        var model = LeadBatchProperties.BuildWithFillers(
                ScoringModel.CreateBuilder()
                    .WithCaps(50, 50)
                    .WithRatingThresholds(hot: 12, warm: 5)
                    .WithGradeThresholds(a: 30, b: 20, c: 3)
                    .ForActivity("visits", ActivityType.WebVisit, 1, Duration.FromDays(60), halfLife: null),
            rules,
            Duration.FromDays(60),
            ActivityType.WebVisit);
        var leads = Enumerable.Range(0, 35).Select(v => LeadWith(v, staff: false)).ToArray();

        var scores = ScoreEveryWay(model, leads, Now);

        Assert.Equal(
            [LeadRating.Cold, LeadRating.Warm, LeadRating.Warm, LeadRating.Hot],
            new[] { 4, 5, 11, 12 }.Select(t => scores[t].Rating));
        Assert.Equal(
            [LeadGrade.D, LeadGrade.C, LeadGrade.C, LeadGrade.B, LeadGrade.B, LeadGrade.A, LeadGrade.A],
            new[] { 2, 3, 19, 20, 29, 30, 34 }.Select(t => scores[t].Grade));
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void Points_are_clamped_at_0_and_at_each_cap_as_the_one_lead_path_clamps_them(int rules)
    {
        // A penalty per visit: engagement below 0 is 0; 30 visits of 2 points over a cap of 40 are 40; a fit of 50 over
        // a cap of 20 is 20.
        var penalty = UnitModel(rules, visitPoints: -2, fitCap: 20, engagementCap: 40);
        var reward = UnitModel(rules, visitPoints: 2, fitCap: 20, engagementCap: 40);
        var leads = new[] { LeadWith(0, staff: false), LeadWith(3, staff: false), LeadWith(3, staff: true), LeadWith(30, staff: true), LeadWith(19, staff: false), LeadWith(20, staff: false), LeadWith(21, staff: false) };

        var penalised = ScoreEveryWay(penalty, leads, Now);
        var rewarded = ScoreEveryWay(reward, leads, Now);

        Assert.Equal([0.0, 0, 0, 0, 0, 0, 0], penalised.Select(s => s.Engagement));
        Assert.Equal([0.0, 0, 20, 20, 0, 0, 0], penalised.Select(s => s.Fit));
        Assert.Equal([0, 0, 33, 33, 0, 0, 0], penalised.Select(s => s.Total));
        Assert.Equal([0.0, 6, 6, 40, 38, 40, 40], rewarded.Select(s => s.Engagement));
        Assert.Equal([0, 10, 43, 100, 63, 67, 67], rewarded.Select(s => s.Total));
    }

    public static TheoryData<int, bool> RuleCountsCapped => new() { { 1, false }, { 8, false }, { 10, false }, { 1, true }, { 10, true } };

    [Theory]
    [MemberData(nameof(RuleCountsCapped))]
    public void A_total_on_the_rounding_edge_is_summed_as_the_one_lead_path_sums_it(int rules, bool capped)
    {
        // Ten undecayed visits of 0.15 points: summed one by one they make 1.4999999999999998 (total 1), while
        // 0.15 × 10 is 1.5 (total 2); with a fit of 50, 51.5 either way. A cap far above the points changes nothing.
        var model = LeadBatchProperties.BuildWithFillers(
                ScoringModel.CreateBuilder()
                    .WithCaps(50, 50)
                    .WhenInRange("staff", LeadNumberField.NumberOfEmployees, 1, null, 50)
                    .ForActivity("visits", ActivityType.WebVisit, 0.15, Duration.FromDays(60), halfLife: null, capped ? new ActivityCap(40, Duration.FromDays(60)) : null),
            rules,
            Duration.FromDays(60),
            ActivityType.WebVisit);
        var leads = new[] { LeadWith(10, staff: false), LeadWith(10, staff: true), LeadWith(9, staff: false), LeadWith(11, staff: true) };

        var scores = ScoreEveryWay(model, leads, Now);

        Assert.Equal([1, 52, 1, 52], scores.Select(s => s.Total));
        Assert.Equal(model.Score(leads[0], Now).Engagement, scores[0].Engagement);
        Assert.Equal(model.Score(leads[1], Now).Engagement, scores[1].Engagement);
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void Only_the_activities_in_the_window_and_not_after_the_instant_count(int rules)
    {
        // Visits 1 to 5 hours before the instant, one at it, and two after it; a window of 3 hours from the instant.
        var model = LeadBatchProperties.BuildWithFillers(
                ScoringModel.CreateBuilder()
                    .WithCaps(50, 50)
                    .ForActivity("visits", ActivityType.WebVisit, 1, Duration.FromHours(3), halfLife: null),
            rules,
            Duration.FromHours(3),
            ActivityType.WebVisit);
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        foreach (var hours in new[] { 5, 4, 3, 2, 1, 0, -1, -2 })
        {
            lead.LogActivity(ActivityType.WebVisit, Now - Duration.FromHours(hours), "ali");
        }

        // At the instant: 3, 2, 1 and 0 hours before (the window's start is in it); at later and earlier instants the
        // window slides over the same run.
        var counts = new[] { Now, Now - Duration.FromHours(2), Now + Duration.FromHours(1), Now + Duration.FromHours(5), Now - Duration.FromHours(6) }
            .Select(at => ScoreEveryWay(model, [lead], at)[0].Engagement)
            .ToArray();

        Assert.Equal([4.0, 4, 4, 1, 0], counts);
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void A_total_on_the_rounding_edge_of_a_model_of_five_units_a_point_is_the_one_lead_path_s(int rules)
    {
        // Caps of 0 and 20: a point is five units of the total. Ten visits of 0.15 are 1.4999999999999998 one by one
        // (7.499999999999999, total 7) and 1.5 per run (7.5, total 8).
        var model = LeadBatchProperties.BuildWithFillers(
                ScoringModel.CreateBuilder()
                    .WithCaps(0, 20)
                    .ForActivity("visits", ActivityType.WebVisit, 0.15, Duration.FromDays(60), halfLife: null),
            rules,
            Duration.FromDays(60),
            ActivityType.WebVisit);

        var score = ScoreEveryWay(model, [LeadWith(10, staff: false)], Now)[0];

        Assert.Equal(7, score.Total);
        Assert.Equal(1.4999999999999998, score.Engagement);
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void Short_runs_of_two_types_on_the_rounding_edge_are_summed_as_the_one_lead_path_sums_them(int rules)
    {
        // Three visits of 0.02 then four calls of 0.11, logged in that order: one by one they make 0.49999999999999994
        // (total 0); per run, 0.02 × 3 + 0.11 × 4 is 0.5 (total 1). Runs of four or fewer activities are searched
        // with one vector comparison.
        var model = LeadBatchProperties.BuildWithFillers(
                ScoringModel.CreateBuilder()
                    .WithCaps(50, 50)
                    .ForActivity("visits", ActivityType.WebVisit, 0.02, Duration.FromDays(60), halfLife: null)
                    .ForActivity("calls", ActivityType.Call, 0.11, Duration.FromDays(60), halfLife: null),
            rules,
            Duration.FromDays(60),
            ActivityType.WebVisit, ActivityType.Call);
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        for (var v = 0; v < 7; v++)
        {
            lead.LogActivity(v < 3 ? ActivityType.WebVisit : ActivityType.Call, Now - Duration.FromHours(10 - v), "ali");
        }

        var score = ScoreEveryWay(model, [lead], Now)[0];

        Assert.Equal(0, score.Total);
        Assert.Equal(0.49999999999999994, score.Engagement);
    }

    [Fact]
    public void Every_scoring_lets_the_batch_be_written_again_once_it_ends()
    {
        var model = UnitModel(1);
        var batch = LeadBatch.From([LeadWith(3, staff: true)]);
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();

        model.Score(batch, new LeadScore[1], Now);
        Assert.Equal(1, batch.Add(LeadWith(1, staff: false)));
        model.ScoreParallel(batch, new LeadScore[2], Now, 2);
        Assert.Equal(2, batch.Add(LeadWith(2, staff: false)));
        Assert.Throws<OperationCanceledException>(() => model.ScoreParallel(batch, new LeadScore[3], Now, 2, canceled.Token));
        Assert.Equal(3, batch.Add(LeadWith(2, staff: false)));
        Assert.Equal(0, batch.Readers);
    }

    [Fact]
    public async Task A_scoring_that_starts_while_a_lead_is_being_written_is_refused_and_the_write_ends()
    {
        var model = UnitModel(1);
        var batch = LeadBatch.From([LeadWith(3, staff: true)]);
        using var emails = new BlockingList("a@b.example");
        var snapshot = new LeadSnapshot { Id = LeadId.New(), Details = new LeadDetails { LastName = "Lima", Emails = emails } };

        // The write stops inside the batch, while it reads the snapshot's e-mails; a scoring starts meanwhile.
        var writer = Task.Run(() => batch.Add(snapshot));
        Assert.True(emails.Entered.Wait(TimeSpan.FromSeconds(30)));
        var refused = Assert.Throws<InvalidOperationException>(() => model.Score(batch, new LeadScore[2], Now));
        var refusedParallel = Assert.Throws<InvalidOperationException>(() => model.ScoreParallel(batch, new LeadScore[2], Now, 2));
        emails.Release.Set();

        Assert.Equal(1, await writer);
        const string Changed = "The batch was changed while it was being scored, so the scores may mix old and new leads: add or update leads between scorings, not during one.";
        Assert.Equal(Changed, refused.Message);
        Assert.Equal(Changed, refusedParallel.Message);
        Assert.Equal(0, batch.Readers);
        Assert.Equal(2, batch.Add(LeadWith(1, staff: false)));
        var scores = new LeadScore[3];
        model.Score(batch, scores, Now);
        Assert.Equal([53, 0, 1], scores.Select(s => s.Total));
    }

    /// <summary>A list of one item whose first read blocks until <see cref="Release"/> is set, telling <see cref="Entered"/> it is there.</summary>
    private sealed class BlockingList(string item) : IReadOnlyList<string>, IDisposable
    {
        private int _reads;

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public int Count
        {
            get
            {
                Block();
                return 1;
            }
        }

        public string this[int index]
        {
            get
            {
                Block();
                return index == 0 ? item : throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            Block();
            yield return item;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }

        private void Block()
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }
        }
    }
}
