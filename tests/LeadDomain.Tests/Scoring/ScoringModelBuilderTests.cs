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

    [Fact]
    public void A_rule_name_of_more_than_100_characters_is_refused_and_echoed_cut()
    {
        var builder = ScoringModel.CreateBuilder();
        var name = new string('n', 20_000);

        var refused = Assert.Throws<ArgumentException>(() => builder.WhenPresent(name, LeadPresenceField.Email, 5));
        builder.WhenPresent(new string('n', 100), LeadPresenceField.Email, 5);   // exactly 100: accepted

        Assert.InRange(refused.Message.Length, 1, 400);
        Assert.Contains("at most 100 characters", refused.Message, StringComparison.Ordinal);
        Assert.Equal("name", refused.ParamName);
    }

    [Fact]
    public void A_value_longer_than_any_lead_text_or_with_half_a_surrogate_pair_is_refused()
    {
        var builder = ScoringModel.CreateBuilder();

        var tooLong = Assert.Throws<ArgumentException>(() => builder.WhenContainsAny("need", LeadTextField.Description, [new string('x', 2_001)], 5));
        var broken = Assert.Throws<ArgumentException>(() => builder.WhenOneOf("industry", LeadTextField.Industry, ["Soft\ud800ware"], 5));
        builder.WhenContainsAny("need", LeadTextField.Description, [new string('x', 2_000)], 5);

        Assert.InRange(tooLong.Message.Length, 1, 400);
        Assert.Equal("terms", tooLong.ParamName);
        Assert.Equal("values", broken.ParamName);
    }

    [Fact]
    public void A_model_file_with_a_huge_rule_name_is_refused_with_a_bounded_message()
    {
        var json = ScoringModelJson.Write(ScoringModel.CreateBuilder().WhenPresent("email", LeadPresenceField.Email, 5).Build())
            .Replace("\"email\"", "\"" + new string('e', 50_000) + "\"", StringComparison.Ordinal);

        var refused = Assert.Throws<InvalidScoringModelException>(() => ScoringModelJson.Parse(json));

        Assert.InRange(refused.Message.Length, 1, 1_000);
    }
}
