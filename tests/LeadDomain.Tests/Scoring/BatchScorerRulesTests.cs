using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// <c>BatchScorer.Rules.cs</c>: one rule's points over one run of a lead's activities, in each of its three modes (summed
/// from kept weights, capped per period, activity by activity for a window of many half-lives), at the edges of the
/// window, of the instant and of each cap period, against the one-lead path, by the runs a model keeps and by the walk.
/// </summary>
public sealed class BatchScorerRulesTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly LeadLifecycle Lifecycle = LeadBatchProperties.NewLifecycle();

    public static TheoryData<int> RuleCounts => [1, 10];

    /// <summary>A model of the visits rule alone (its runs kept) or with nine more rules (walked); only engagement counts, 5 units of the total per point.</summary>
    private static ScoringModel Model(int rules, double points, Duration window, Duration? halfLife, ActivityCap? cap) =>
        LeadBatchProperties.BuildWithFillers(
            ScoringModel.CreateBuilder().WithCaps(0, 20).ForActivity("visits", ActivityType.WebVisit, points, window, halfLife, cap), rules, window, ActivityType.WebVisit);

    private static Lead VisitsAt(params Instant[] instants)
    {
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        foreach (var at in instants)
        {
            lead.LogActivity(ActivityType.WebVisit, at, "ali");
        }

        return lead;
    }

    /// <summary>The batch's scores of <paramref name="leads"/> at <paramref name="at"/>, by runs and by walk, each checked against the one-lead path.</summary>
    private static LeadScore[] Scores(ScoringModel model, Instant at, params Lead[] leads)
    {
        var batch = LeadBatch.From(leads);
        var scores = new LeadScore[leads.Length];
        var walked = new LeadScore[leads.Length];
        model.Score(batch, scores, at);
        BatchScorer.Score(model, batch, walked, at.ToUnixTimeTicks(), walk: true);
        for (var i = 0; i < leads.Length; i++)
        {
            var expected = model.Score(leads[i], at);
            Assert.Null(LeadBatchProperties.Differs(model, leads[i], at, expected, scores[i]));
            Assert.Null(LeadBatchProperties.Differs(model, leads[i], at, expected, walked[i]));
        }

        return scores;
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void A_capped_rule_groups_activities_into_periods_counted_back_from_the_instant(int rules)
    {
        // Two points a visit, at most three a day. Period 0 holds (at − 1 day, at], period 1 (at − 2 days, at − 1 day].
        var day = Duration.FromDays(1);
        var tick = Duration.FromTicks(1);
        var model = Model(rules, 2, Duration.FromDays(10), halfLife: null, new ActivityCap(3, day));
        var leads = new[]
        {
            VisitsAt(Now, Now - day),                            // one visit in each period: 2 + 2
            VisitsAt(Now, Now - day + tick),                     // both in period 0: min(4, 3)
            VisitsAt(Now - day, Now - day - tick),               // both in period 1: min(4, 3)
            VisitsAt(Now - day + tick, Now - day, Now - (2 * day)), // one in each of periods 0, 1 and 2: 2 + 2 + 2
            VisitsAt(Now, Now - tick, Now - (2 * tick), Now - day - tick, Now - day - (2 * tick)), // 3 + 3
            VisitsAt(Now + tick, Now - Duration.FromDays(10), Now - Duration.FromDays(10) - tick), // after the instant, at the window's start, before it
        };

        var scores = Scores(model, Now, leads);

        Assert.Equal([4.0, 3, 3, 6, 6, 2], scores.Select(s => s.Engagement));
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void A_capped_decayed_rule_clamps_each_period_s_decayed_sum(int rules)
    {
        // Four points a visit, halved each day, at most five a day: two visits a period apart are 4 and 2, two in one
        // period clamp to 5.
        var day = Duration.FromDays(1);
        var model = Model(rules, 4, Duration.FromDays(10), day, new ActivityCap(5, day));
        var two = VisitsAt(Now, Now - Duration.FromHours(1));
        var apart = VisitsAt(Now, Now - day);
        var lone = VisitsAt(Now - Duration.FromHours(36));

        var scores = Scores(model, Now, two, apart, lone);

        Assert.Equal(5.0, scores[0].Engagement);
        Assert.Equal(6.0, scores[1].Engagement, 12);
        Assert.Equal(4 * Math.Pow(2, -1.5), scores[2].Engagement, 12);
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void A_window_of_thousands_of_half_lives_is_summed_activity_by_activity_per_period(int rules)
    {
        // A half-life of one minute in a window of 30 days: the window spans 43,200 half-lives, so the points are summed
        // activity by activity, as the one-lead path sums them; with a cap of 1.5 points a minute, each minute clamped.
        var minute = Duration.FromMinutes(1);
        var direct = Model(rules, 2, Duration.FromDays(30), minute, cap: null);
        var capped = Model(rules, 2, Duration.FromDays(30), minute, new ActivityCap(1.5, minute));
        var leads = new[]
        {
            VisitsAt(Now),
            VisitsAt(Now, Now - Duration.FromSeconds(30)),
            VisitsAt(Now, Now - minute),
            VisitsAt(Now - minute, Now - minute - Duration.FromTicks(1), Now - Duration.FromSeconds(90)),
            VisitsAt(Now + minute, Now - Duration.FromDays(30), Now - Duration.FromDays(31)),
            VisitsAt(),
            VisitsAt(Now, Now - minute, Now - (2 * minute)), // one visit in each of three periods: every period's clamp counts
        };

        var sums = Scores(direct, Now, leads).Select(s => s.Engagement).ToArray();
        var clamped = Scores(capped, Now, leads).Select(s => s.Engagement).ToArray();

        Assert.Equal(2.0, sums[0]);
        Assert.Equal(2 + Math.Sqrt(2), sums[1], 12);
        Assert.Equal(3.0, sums[2], 12);
        Assert.Equal(0.0, sums[5]);
        Assert.Equal(1.5, clamped[0]);
        Assert.Equal(1.5, clamped[1]);
        Assert.Equal(2.5, clamped[2], 12);
        Assert.Equal(1.5, clamped[3]);
        Assert.Equal(0.0, clamped[5]);
        Assert.Equal(3.5, sums[6], 12);
        Assert.Equal(1.5 + 1 + 0.5, clamped[6], 12);
        Assert.True(sums[4] < 1e-9);
    }

    [Theory]
    [MemberData(nameof(RuleCounts))]
    public void Runs_longer_than_four_are_searched_for_the_window_s_edges(int rules)
    {
        // Forty visits an hour apart; windows and instants that cut the run at each place, exactly at an activity and
        // between two.
        var model = Model(rules, 0.25, Duration.FromHours(10), halfLife: null, cap: null);
        var lead = VisitsAt([.. Enumerable.Range(0, 40).Select(h => Now - Duration.FromHours(h))]);
        var counts = new List<double>();
        foreach (var shift in new[] { -45, -39, -30, -20, -10, -5, -4, -3, -1, 0, 1, 5 })
        {
            foreach (var minutes in new[] { 0, 30 })
            {
                var at = Now + Duration.FromHours(shift) + Duration.FromMinutes(minutes);
                counts.Add(Scores(model, at, lead)[0].Engagement * 4);
            }
        }

        // At Now − 45 h nothing; at Now − 39 h the first visit; from 10 h after the first up to Now, 11 (10 at half past);
        // after Now the window leaves the run.
        Assert.Equal([0.0, 0, 1, 1, 10, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 10, 9, 6, 5], counts);
    }
}
