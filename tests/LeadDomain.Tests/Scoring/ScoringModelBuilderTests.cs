using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>ScoringModelBuilder.cs: spans that would overflow ticks are refused where they are given, not when the model is built.</summary>
public sealed class ScoringModelBuilderTests
{
    [Theory]
    [InlineData(11_000_000, 7)]        // issue 13: a window past ~10.6 million days made Build() throw OverflowException
    [InlineData(30, 11_000_000)]       // the same for a half-life
    [InlineData(36_526, 7)]            // one day past 100 years
    [InlineData(30, 36_526)]
    [InlineData(16_000_000, 16_000_000)]
    public void A_window_or_half_life_above_100_years_is_refused_by_ForActivity(int windowDays, int halfLifeDays)
    {
        var builder = ScoringModel.CreateBuilder();

        var refused = Assert.Throws<ArgumentException>(() =>
            builder.ForActivity("visits", ActivityType.WebVisit, 3, Duration.FromDays(windowDays), Duration.FromDays(halfLifeDays)));

        Assert.Contains("100 years", refused.Message, StringComparison.Ordinal);
        Assert.Equal(windowDays > 36_525 ? "window" : "halfLife", refused.ParamName);
    }

    [Fact]
    public void A_window_and_half_life_of_exactly_100_years_build_and_score()
    {
        var model = ScoringModel.CreateBuilder()
            .ForActivity("visits", ActivityType.WebVisit, 3, Duration.FromDays(36_525), Duration.FromDays(36_525))
            .Build();
        var lead = TestLeads.NewLead();
        lead.LogActivity(ActivityType.WebVisit, TestLeads.Start - Duration.FromDays(36_000), "ali");

        var score = model.Score(lead, TestLeads.Start);

        Assert.InRange(score.Engagement, 1, 3);
    }
}
