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

    private static string MessageOf(Action call)
    {
        var e = Assert.ThrowsAny<ArgumentException>(call);
        return e.Message;
    }

    [Fact]
    public void A_model_built_with_no_settings_has_the_documented_defaults()
    {
        var model = ScoringModel.CreateBuilder().Build();

        Assert.Equal((60.0, 40.0), (model.FitCap, model.EngagementCap));
        Assert.Equal((70, 40), (model.HotThreshold, model.WarmThreshold));
        Assert.Equal((75, 50, 25), (model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold));
        Assert.Empty(model.RuleNames);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(5e8, 5e8)]
    public void Caps_at_their_edges_are_accepted(double fit, double engagement)
    {
        var model = ScoringModel.CreateBuilder().WithCaps(fit, engagement).Build();

        Assert.Equal((fit, engagement), (model.FitCap, model.EngagementCap));
    }

    [Theory]
    [InlineData(5e8, 5.000001e8)]
    [InlineData(-0.5, 10)]
    [InlineData(10, -0.5)]
    [InlineData(0, 0)]
    [InlineData(double.NaN, 1)]
    [InlineData(1, double.NaN)]
    public void Caps_outside_their_range_are_refused_word_for_word(double fit, double engagement)
    {
        var e = Assert.Throws<ArgumentException>(() => ScoringModel.CreateBuilder().WithCaps(fit, engagement));

        Assert.Equal("fit", e.ParamName);
        Assert.StartsWith($"Caps must be 0 or more, not both 0, and add up to at most 1000000000; they were fit {fit}, engagement {engagement}.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 0, true)]
    [InlineData(1, 0, true)]
    [InlineData(50, 50, false)]
    [InlineData(101, 40, false)]
    [InlineData(70, -1, false)]
    [InlineData(40, 70, false)]
    public void Rating_thresholds_need_0_at_most_warm_below_hot_at_most_100(int hot, int warm, bool valid)
    {
        var builder = ScoringModel.CreateBuilder().WithRatingThresholds(hot, warm);

        if (valid)
        {
            Assert.Equal((hot, warm), (builder.Build().HotThreshold, builder.Build().WarmThreshold));
        }
        else
        {
            Assert.Equal([$"rating thresholds must satisfy 0 <= warm < hot <= 100; they are hot {hot}, warm {warm}"], Assert.Throws<InvalidScoringModelException>(builder.Build).Problems);
        }
    }

    [Theory]
    [InlineData(100, 1, 0, true)]
    [InlineData(2, 1, 0, true)]
    [InlineData(101, 50, 25, false)]
    [InlineData(75, 50, -1, false)]
    [InlineData(75, 50, 50, false)]
    [InlineData(50, 50, 25, false)]
    public void Grade_thresholds_need_0_at_most_C_below_B_below_A_at_most_100(int a, int b, int c, bool valid)
    {
        var builder = ScoringModel.CreateBuilder().WithGradeThresholds(a, b, c);

        if (valid)
        {
            var model = builder.Build();
            Assert.Equal((a, b, c), (model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold));
        }
        else
        {
            Assert.Equal([$"grade thresholds must satisfy 0 <= C < B < A <= 100; they are A {a}, B {b}, C {c}"], Assert.Throws<InvalidScoringModelException>(builder.Build).Problems);
        }
    }

    [Fact]
    public void Two_rules_on_one_activity_type_and_a_name_used_twice_are_named()
    {
        var builder = ScoringModel.CreateBuilder()
            .ForActivity("calls", ActivityType.Call, 1, Duration.FromDays(1), null)
            .ForActivity("more calls", ActivityType.Call, 1, Duration.FromDays(1), null)
            .ForActivity("visits", ActivityType.WebVisit, 1, Duration.FromDays(1), null)
            .WhenPresent("visits", LeadPresenceField.Email, 1);

        Assert.Equal(
            ["the rule name 'visits' is used twice", $"activity type {ActivityType.Call} has 2 rules (calls, more calls); give it one"],
            Assert.Throws<InvalidScoringModelException>(builder.Build).Problems);
    }

    [Fact]
    public void Range_rules_are_refused_word_for_word()
    {
        var b = ScoringModel.CreateBuilder();

        var noBound = Assert.Throws<ArgumentException>(() => b.WhenInRange("size", LeadNumberField.Budget, null, null, 1));
        Assert.Equal(("min", "Rule 'size' needs a lower or an upper bound. (Parameter 'min')"), (noBound.ParamName, noBound.Message));
        var upsideDown = Assert.Throws<ArgumentException>(() => b.WhenInRange("size", LeadNumberField.Budget, 10, 9.5m, 1));
        Assert.Equal(("min", "Rule 'size' has min 10 above max 9.5. (Parameter 'min')"), (upsideDown.ParamName, upsideDown.Message));
        var currency = Assert.Throws<ArgumentException>(() => b.WhenInRange("size", LeadNumberField.NumberOfEmployees, 1, 2, 1, "EUR"));
        Assert.Equal(("currency", "Rule 'size' gives a currency for the number of employees. (Parameter 'currency')"), (currency.ParamName, currency.Message));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenInRange("size", LeadNumberField.Budget, 1, 2, 1, "euro"));

        b.WhenInRange("equal", LeadNumberField.Budget, 10, 10, 1, "EUR").WhenInRange("open", LeadNumberField.NumberOfEmployees, null, 5, 1).WhenInRange("open2", LeadNumberField.AnnualRevenue, 5, null, 1);
        Assert.Equal(["equal", "open", "open2"], b.Build().RuleNames);
    }

    [Fact]
    public void Points_names_fields_values_and_enumerations_are_refused_word_for_word()
    {
        var b = ScoringModel.CreateBuilder();

        Assert.Equal($"Points must be a finite number; they were {double.PositiveInfinity}. (Parameter 'points')", MessageOf(() => b.WhenPresent("x", LeadPresenceField.Phone, double.PositiveInfinity)));
        Assert.Equal("99 is not a LeadPresenceField. (Parameter 'value')", MessageOf(() => b.WhenPresent("x", (LeadPresenceField)99, 1)));
        Assert.Equal("99 is not a LeadTextField. (Parameter 'value')", MessageOf(() => b.WhenContainsAny("x", (LeadTextField)99, ["a"], 1)));
        Assert.Equal("99 is not a LeadNumberField. (Parameter 'value')", MessageOf(() => b.WhenInRange("x", (LeadNumberField)99, 1, 2, 1)));
        Assert.Equal("Give at least one value, and no empty one (nor one made only of ignored marks such as tatweel). (Parameter 'values')", MessageOf(() => b.WhenOneOf("x", LeadTextField.Industry, ["a", " "], 1)));
        Assert.Equal("Give at least one value, and no empty one (nor one made only of ignored marks such as tatweel). (Parameter 'terms')", MessageOf(() => b.WhenContainsAny("x", LeadTextField.Industry, ["ـ"], 1)));
        Assert.Equal("Give at least one value, and no empty one (nor one made only of ignored marks such as tatweel). (Parameter 'terms')", MessageOf(() => b.WhenContainsAny("x", LeadTextField.Industry, [], 1)));
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => b.WhenContainsAny("x", LeadTextField.Industry, null!, 1)).ParamName);
        Assert.Equal("Give at least one LeadSource, all defined. (Parameter 'sources')", MessageOf(() => b.WhenSource("x", [], 1)));
        Assert.Equal("Give at least one LeadSource, all defined. (Parameter 'sources')", MessageOf(() => b.WhenSource("x", [LeadSource.Web, (LeadSource)0], 1)));
        Assert.Equal("Give at least one PurchaseTimeframe, all defined. (Parameter 'timeframes')", MessageOf(() => b.WhenTimeframe("x", [(PurchaseTimeframe)6], 1)));
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => b.WhenSource("x", null!, 1)).ParamName);
        Assert.Equal("customField", Assert.ThrowsAny<ArgumentException>(() => b.WhenCustomFlag("x", " ", 1)).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => b.WhenDecisionMaker(" ", 1)).ParamName);
        Assert.Empty(b.Build().RuleNames); // nothing refused was added
    }

    [Fact]
    public void Names_and_custom_fields_are_trimmed_and_repeated_enumerations_count_once()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(100, 0)
            .WhenCustomFlag("  vip flag ", " vip ", 10)
            .WhenSource("web", [LeadSource.Web, LeadSource.Web], 20)
            .WhenTimeframe("soon", [PurchaseTimeframe.Immediate, PurchaseTimeframe.Immediate], 5)
            .WhenDecisionMaker("no", 7, isDecisionMaker: false)
            .Build();
        var custom = System.Collections.Immutable.ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal)
            .Add("vip", CustomFieldValue.FromBoolean(true));

        Assert.Equal(["vip flag", "web", "soon", "no"], model.RuleNames);
        Assert.Equal(10, model.Score(new LeadDetails { CustomFields = custom }, [], TestLeads.Start).Fit);
        Assert.Equal(20, model.Score(new LeadDetails { Source = LeadSource.Web }, [], TestLeads.Start).Fit);
        Assert.Equal(5, model.Score(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.Immediate }, [], TestLeads.Start).Fit);
        Assert.Equal(7, model.Score(new LeadDetails { IsDecisionMaker = false }, [], TestLeads.Start).Fit);
        Assert.Equal(0, model.Score(new LeadDetails { IsDecisionMaker = true }, [], TestLeads.Start).Fit);
    }

    [Fact]
    public void Activity_rules_are_refused_word_for_word_and_accepted_at_their_edges()
    {
        var b = ScoringModel.CreateBuilder();
        var day = Duration.FromDays(1);

        Assert.Equal("The default ActivityType is not a type; use a well-known one or ActivityType.Define. (Parameter 'type')", MessageOf(() => b.ForActivity("x", default, 1, day, null)));
        Assert.Equal($"Rule 'x' needs a window between one tick (100 ns) and 100 years; it was {Duration.Zero}. (Parameter 'window')", MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, Duration.Zero, null)));
        Assert.Equal($"Rule 'x' needs a half-life between one tick (100 ns) and 100 years; it was {Duration.Zero}. (Parameter 'halfLife')", MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, day, Duration.Zero)));
        Assert.Equal(
            $"Rule 'x' has a cap of 5 points per {day + Duration.FromTicks(1)}; the points must be positive and finite, and the period between one tick and the window ({day}). (Parameter 'cap')",
            MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, day, null, new ActivityCap(5, day + Duration.FromTicks(1)))));
        Assert.Contains("has a cap of 0 points", MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, day, null, new ActivityCap(0, day))), StringComparison.Ordinal);
        Assert.Contains($"has a cap of {double.PositiveInfinity} points", MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, day, null, new ActivityCap(double.PositiveInfinity, day))), StringComparison.Ordinal);
        Assert.Contains($"has a cap of {double.NaN} points", MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, day, null, new ActivityCap(double.NaN, day))), StringComparison.Ordinal);
        Assert.Contains("has a cap of 1 points", MessageOf(() => b.ForActivity("x", ActivityType.Call, 1, day, null, new ActivityCap(1, Duration.Zero))), StringComparison.Ordinal);

        b.ForActivity("tick", ActivityType.Call, 1, Duration.FromTicks(1), Duration.FromTicks(1), new ActivityCap(double.Epsilon, Duration.FromTicks(1)))
            .ForActivity("whole window", ActivityType.Meeting, 1, day, null, new ActivityCap(1, day));
        Assert.Equal(["tick", "whole window"], b.Build().RuleNames);
    }

    [Fact]
    public void A_name_or_value_with_half_a_surrogate_pair_is_refused_word_for_word()
    {
        var b = ScoringModel.CreateBuilder();

        Assert.Equal(
            "The rule name 'a\ud800' has 2 characters and half of a surrogate pair; give a name of at most 100 characters, well-formed text. (Parameter 'name')",
            MessageOf(() => b.WhenPresent("a\ud800", LeadPresenceField.Email, 1)));
        Assert.Equal(
            "The rule name '" + new string('n', 101)[..100],
            MessageOf(() => b.WhenPresent(new string('n', 101), LeadPresenceField.Email, 1))[..115]);
        Assert.DoesNotContain("surrogate", MessageOf(() => b.WhenPresent(new string('n', 101), LeadPresenceField.Email, 1)), StringComparison.Ordinal);
        Assert.Equal(
            "The value 'a\ud800' has 2 characters or half of a surrogate pair; no lead text is longer than 2000 characters, so give shorter, well-formed values. (Parameter 'values')",
            MessageOf(() => b.WhenOneOf("x", LeadTextField.Industry, ["a\ud800"], 1)));
    }
}
