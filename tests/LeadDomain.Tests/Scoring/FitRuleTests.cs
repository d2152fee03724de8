using System.Collections.Immutable;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary>Each fit rule on its own: what it matches, at its edges, with and without the lead's folded text.</summary>
public sealed class FitRuleTests
{
    public static TheoryData<LeadPresenceField, LeadDetails> Presence => new()
    {
        { LeadPresenceField.Phone, new LeadDetails { BusinessPhone = "+44 20 7946 0000" } },
        { LeadPresenceField.Email, new LeadDetails { Emails = ["a@b.example"] } },
        { LeadPresenceField.CompanyName, new LeadDetails { CompanyName = "Contoso" } },
        { LeadPresenceField.JobTitle, new LeadDetails { JobTitle = "Buyer" } },
        { LeadPresenceField.Budget, new LeadDetails { Budget = new Money(1, "USD") } },
        { LeadPresenceField.StatedNeed, new LeadDetails { StatedNeed = "A CRM" } },
        { LeadPresenceField.PurchaseTimeframe, new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.ThisYear } },
    };

    [Theory]
    [MemberData(nameof(Presence))]
    public void A_presence_rule_matches_its_own_field_only(LeadPresenceField field, LeadDetails having)
    {
        var rule = new PresenceRule("r", 1, field);

        Assert.True(rule.Matches(having));
        Assert.False(rule.Matches(new LeadDetails()));
        foreach (var other in Presence.Select(row => ((LeadPresenceField)row[0], (LeadDetails)row[1])).Where(o => o.Item1 != field))
        {
            Assert.False(rule.Matches(other.Item2), $"{field} matched a lead with only {other.Item1}");
        }

        Assert.False(new PresenceRule("r", 1, (LeadPresenceField)99).Matches(having));
    }

    [Fact]
    public void Source_and_timeframe_rules_match_the_listed_values_only()
    {
        var source = new SourceRule("s", 1, [LeadSource.Advertisement, LeadSource.Other]);
        Assert.True(source.Matches(new LeadDetails { Source = LeadSource.Advertisement }));
        Assert.True(source.Matches(new LeadDetails { Source = LeadSource.Other }));
        Assert.False(source.Matches(new LeadDetails { Source = LeadSource.Web }));
        Assert.False(source.Matches(new LeadDetails()));

        var timeframe = new TimeframeRule("t", 1, [PurchaseTimeframe.Immediate, PurchaseTimeframe.Unknown]);
        Assert.True(timeframe.Matches(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.Immediate }));
        Assert.True(timeframe.Matches(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.Unknown }));
        Assert.False(timeframe.Matches(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.ThisYear }));
        Assert.False(timeframe.Matches(new LeadDetails()));
    }

    [Fact]
    public void A_decision_maker_rule_matches_the_stated_answer_only()
    {
        Assert.True(new DecisionMakerRule("d", 1, true).Matches(new LeadDetails { IsDecisionMaker = true }));
        Assert.False(new DecisionMakerRule("d", 1, true).Matches(new LeadDetails { IsDecisionMaker = false }));
        Assert.False(new DecisionMakerRule("d", 1, true).Matches(new LeadDetails()));
        Assert.True(new DecisionMakerRule("d", 1, false).Matches(new LeadDetails { IsDecisionMaker = false }));
        Assert.False(new DecisionMakerRule("d", 1, false).Matches(new LeadDetails()));
    }

    [Fact]
    public void A_custom_flag_rule_matches_a_set_flag_of_its_name_only()
    {
        static LeadDetails With(string name, CustomFieldValue value) =>
            new() { CustomFields = ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal).Add(name, value) };
        var rule = new CustomFlagRule("c", 1, "vip");

        Assert.True(rule.Matches(With("vip", CustomFieldValue.FromBoolean(true))));
        Assert.False(rule.Matches(With("vip", CustomFieldValue.FromBoolean(false))));
        Assert.False(rule.Matches(With("vip", CustomFieldValue.FromText("true"))));
        Assert.False(rule.Matches(With("other", CustomFieldValue.FromBoolean(true))));
        Assert.False(rule.Matches(new LeadDetails()));
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void An_employee_range_includes_its_bounds(int employees, bool matches)
    {
        var rule = new NumberRangeRule("n", 1, LeadNumberField.NumberOfEmployees, 10, 20, null);

        Assert.Equal(matches, rule.Matches(new LeadDetails { NumberOfEmployees = employees }));
        Assert.Equal(matches, rule.MatchesCount(employees));
        Assert.False(rule.Matches(new LeadDetails { Budget = new Money(employees, "USD") }));
    }

    [Theory]
    [InlineData(9.5, 20.5, 9, false)]
    [InlineData(9.5, 20.5, 10, true)]
    [InlineData(9.5, 20.5, 20, true)]
    [InlineData(9.5, 20.5, 21, false)]
    [InlineData(-1e28, 1e28, int.MaxValue, true)]
    [InlineData(-1e28, 1e28, int.MinValue, true)]
    public void Fractional_or_huge_employee_bounds_compare_as_numbers(double min, double max, int employees, bool matches) =>
        Assert.Equal(matches, new NumberRangeRule("n", 1, LeadNumberField.NumberOfEmployees, (decimal)min, (decimal)max, null).MatchesCount(employees));

    [Fact]
    public void Open_ended_ranges_and_currencies()
    {
        var atLeast = new NumberRangeRule("n", 1, LeadNumberField.AnnualRevenue, 100, null, null);
        Assert.True(atLeast.Matches(new LeadDetails { AnnualRevenue = new Money(100, "EUR") }));
        Assert.True(atLeast.Matches(new LeadDetails { AnnualRevenue = new Money(decimal.MaxValue, "EUR") }));
        Assert.False(atLeast.Matches(new LeadDetails { AnnualRevenue = new Money(99.99m, "EUR") }));
        Assert.False(atLeast.Matches(new LeadDetails { Budget = new Money(1000, "EUR") }));
        Assert.True(new NumberRangeRule("n", 1, LeadNumberField.NumberOfEmployees, 5, null, null).MatchesCount(int.MaxValue));
        Assert.True(new NumberRangeRule("n", 1, LeadNumberField.NumberOfEmployees, null, 5, null).MatchesCount(int.MinValue));
        Assert.False(new NumberRangeRule("n", 1, LeadNumberField.NumberOfEmployees, null, 5, null).MatchesCount(6));

        var atMost = new NumberRangeRule("n", 1, LeadNumberField.Budget, null, 100, "USD");
        Assert.True(atMost.Matches(new LeadDetails { Budget = new Money(100, "USD") }));
        Assert.True(atMost.Matches(new LeadDetails { Budget = new Money(decimal.MinValue, "USD") }));
        Assert.False(atMost.Matches(new LeadDetails { Budget = new Money(100.01m, "USD") }));
        Assert.False(atMost.Matches(new LeadDetails { Budget = new Money(50, "EUR") }));
        Assert.False(atMost.Matches(new LeadDetails { AnnualRevenue = new Money(50, "USD") }));
        Assert.False(new NumberRangeRule("n", 1, (LeadNumberField)99, null, null, null).Matches(new LeadDetails { NumberOfEmployees = 1 }));
    }

    public static TheoryData<LeadTextField, LeadDetails> Texts => new()
    {
        { LeadTextField.Topic, new LeadDetails { Topic = "نرم افزار" } },
        { LeadTextField.FirstName, new LeadDetails { FirstName = "نرم افزار" } },
        { LeadTextField.LastName, new LeadDetails { LastName = "نرم افزار" } },
        { LeadTextField.CompanyName, new LeadDetails { CompanyName = "نرم افزار" } },
        { LeadTextField.JobTitle, new LeadDetails { JobTitle = "نرم افزار" } },
        { LeadTextField.Industry, new LeadDetails { Industry = "نرم افزار" } },
        { LeadTextField.Owner, new LeadDetails { Owner = "نرم افزار" } },
        { LeadTextField.StatedNeed, new LeadDetails { StatedNeed = "نرم افزار" } },
        { LeadTextField.Description, new LeadDetails { Description = "نرم افزار" } },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_rule_reads_its_own_field_with_or_without_the_folded_text(LeadTextField field, LeadDetails having)
    {
        // Arabic kaf and yeh in the pattern, Persian in the lead: equal once folded.
        var equal = new TextOneOfRule("t", 1, field, ["نرم افزار"]);
        var contains = new TextContainsAnyRule("t", 1, field, ["افزار"]);
        // Stated need and description are not folded ahead: a lead whose topic needs folding still has none for them.
        var folded = FoldedLeadText.For(field == LeadTextField.Topic ? having : having with { Topic = "ي" }, null);

        Assert.NotNull(folded);
        Assert.True(equal.Matches(having));
        Assert.True(equal.Matches(having, folded));
        Assert.True(contains.Matches(having));
        Assert.True(contains.Matches(having, folded));
        Assert.False(new TextOneOfRule("t", 1, field, ["افزار"]).Matches(having, folded));
        Assert.False(new TextContainsAnyRule("t", 1, field, ["سخت"]).Matches(having, folded));
        foreach (var other in Texts.Select(row => ((LeadTextField)row[0], (LeadDetails)row[1])).Where(o => o.Item1 != field))
        {
            Assert.False(equal.Matches(other.Item2, FoldedLeadText.For(other.Item2, null)), $"{field} matched a lead with only {other.Item1}");
            Assert.False(equal.Matches(other.Item2), $"{field} matched a lead with only {other.Item1}");
        }
    }

    [Fact]
    public void The_folded_text_of_each_field()
    {
        var details = new LeadDetails
        {
            Topic = "ي1", FirstName = "ي2", LastName = "ي3", CompanyName = "ي4", JobTitle = "ي5", Industry = "ي6", Owner = "ي7",
            StatedNeed = "ي8", Description = "ي9",
        };
        var folded = FoldedLeadText.For(details, null)!;

        Assert.Equal(
            new[] { "ی1", "ی2", "ی3", "ی4", "ی5", "ی6", null, null, "ی7", null },
            Enum.GetValues<LeadTextField>().Select(f => FitRule.FoldedText(folded, f)));
    }

    [Fact]
    public void An_empty_text_matches_nothing_and_an_e_mail_domain_rule_reads_every_address()
    {
        Assert.False(new TextContainsAnyRule("t", 1, LeadTextField.Industry, ["a"]).Matches(new LeadDetails()));
        Assert.False(new TextOneOfRule("t", 1, LeadTextField.Industry, ["a"]).MatchesValue(""));
        Assert.True(new TextOneOfRule("t", 1, LeadTextField.Industry, ["a"]).MatchesValue("A"));

        var domain = new TextOneOfRule("t", 1, LeadTextField.EmailDomain, ["gmail.com"]);
        Assert.True(domain.Matches(new LeadDetails { Emails = ["a@contoso.example", "b@GMAIL.com"] }));
        Assert.False(domain.Matches(new LeadDetails { Emails = ["a@contoso.example", "gmail.com@x.example"] }));
        Assert.False(domain.Matches(new LeadDetails()));
        Assert.True(domain.MatchesValue("gmail.com"));
        Assert.False(domain.MatchesValue("mail.com"));
        Assert.True(new TextContainsAnyRule("t", 1, LeadTextField.EmailDomain, ["mail"]).Matches(new LeadDetails { Emails = ["a@x.example", "b@gmail.com"] }));
    }

    [Fact]
    public void A_rule_keeps_its_name_points_and_values()
    {
        var rule = new TextOneOfRule("Industry", 12.5, LeadTextField.Industry, ["a", "b"]);
        Assert.Equal(("Industry", 12.5, LeadTextField.Industry), (rule.Name, rule.Points, rule.Field));
        Assert.Equal(new[] { "a", "b" }, rule.Values);
        Assert.Equal(new[] { "c" }, new TextContainsAnyRule("x", 1, LeadTextField.Topic, ["c"]).Terms);
        var range = new NumberRangeRule("r", 1, LeadNumberField.Budget, 1, 2, "USD");
        Assert.Equal((LeadNumberField.Budget, 1m, 2m, "USD"), (range.Field, range.Min, range.Max, range.Currency));
    }
}
