using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>Engagement without decay, and with HubSpot's per-period cap.</summary>
public sealed class ActivityCapTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 1, 12, 0);

    private static LeadScore Score(ScoringModel model, params double[] hoursAgo) =>
        model.Score(new LeadDetails { LastName = "Lima" }, hoursAgo.Select(h => new LeadActivity(ActivityType.WebVisit, At - Duration.FromHours(h))).ToArray(), At);

    [Fact]
    public void A_rule_without_a_half_life_does_not_decay()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(0, 100).ForActivity("visit", ActivityType.WebVisit, 5, Duration.FromDays(30), halfLife: null).Build();

        Assert.Equal(5, Score(model, 0).Engagement);
        Assert.Equal(5, Score(model, 29 * 24).Engagement);
        Assert.Equal(0, Score(model, 31 * 24).Engagement);
    }

    [Fact]
    public void A_capped_rule_gives_at_most_the_cap_per_period_counted_back_from_the_scoring_instant()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(0, 100)
            .ForActivity("visit", ActivityType.WebVisit, 5, Duration.FromDays(30), halfLife: null, new ActivityCap(8, Duration.FromDays(1)))
            .Build();

        Assert.Equal(8, Score(model, 1, 2, 3).Engagement);          // 15 in the last day, capped at 8
        Assert.Equal(8 + 5, Score(model, 1, 2, 3, 25).Engagement);  // and 5 the day before
        Assert.Equal(5, Score(model, 23).Engagement);
    }

    [Fact]
    public void A_capped_penalty_is_floored_at_minus_the_cap()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(0, 100)
            .ForActivity("bounce", ActivityType.WebVisit, -5, Duration.FromDays(30), halfLife: null, new ActivityCap(6, Duration.FromDays(1)))
            .ForActivity("call", ActivityType.Call, 50, Duration.FromDays(30), halfLife: null)
            .Build();
        var activities = new[]
        {
            new LeadActivity(ActivityType.Call, At),
            new LeadActivity(ActivityType.WebVisit, At), new LeadActivity(ActivityType.WebVisit, At), new LeadActivity(ActivityType.WebVisit, At),
        };

        Assert.Equal(50 - 6, model.Score(new LeadDetails { LastName = "Lima" }, activities, At).Engagement);
    }

    [Fact]
    public void Explain_reports_the_capped_points()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(0, 100)
            .ForActivity("visit", ActivityType.WebVisit, 5, Duration.FromDays(30), Duration.FromDays(7), new ActivityCap(8, Duration.FromDays(1)))
            .Build();
        var lead = TestLeads.NewLead();
        for (var i = 0; i < 3; i++)
        {
            lead.LogActivity(ActivityType.WebVisit, TestLeads.Start, "ali");
        }

        var why = model.Explain(lead, TestLeads.Start);

        Assert.Equal(8, Assert.Single(why.Reasons).Points);
        Assert.Equal(why.Score, model.Score(lead, TestLeads.Start));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(double.PositiveInfinity, 1)]
    [InlineData(5, 0)]
    [InlineData(5, 31 * 24)]
    public void A_cap_must_be_positive_and_its_period_within_the_window(double points, int periodHours) =>
        Assert.Throws<ArgumentException>(() => ScoringModel.CreateBuilder()
            .ForActivity("visit", ActivityType.WebVisit, 5, Duration.FromDays(30), null, new ActivityCap(points, Duration.FromHours(periodHours))));

    [Fact]
    public void Windows_and_half_lives_beyond_a_hundred_years_are_refused_before_they_can_overflow()
    {
        var huge = Duration.FromDays(11_000_000);

        Assert.Throws<ArgumentException>(() => ScoringModel.CreateBuilder().ForActivity("v", ActivityType.WebVisit, 5, huge, Duration.FromDays(1)));
        Assert.Throws<ArgumentException>(() => ScoringModel.CreateBuilder().ForActivity("v", ActivityType.WebVisit, 5, Duration.FromDays(1), huge));
        Assert.Throws<ArgumentException>(() => ScoringModel.CreateBuilder().ForActivity("v", default, 5, Duration.FromDays(1), null));
    }
}
