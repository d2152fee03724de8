using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using NodaTime;

namespace LeadDomain.Tests.Prediction;

/// <summary>
/// One field's part in a prediction, read from each kind of field: the slot a lead's value falls in, and the weight of
/// that slot, of a missing value or of a value never seen.
/// </summary>
public sealed class FieldModelTests
{
    private const double Missing = -100;

    private static FieldModel Categories(PredictionField field, params string[] values) =>
        FieldModel.LogisticCategories(field, [.. values.Select(v => FieldModel.FoldKey(v)!)], [.. values.Select((_, i) => i + 1.0)], Missing);

    private static LeadDetails Custom(string name, CustomFieldValue value) =>
        new() { CustomFields = ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal).Add(name, value) };

    [Fact]
    public void Each_enumeration_field_reads_its_own_value()
    {
        var source = Categories(PredictionField.Source, "Partner", "Web");
        Assert.Equal(2, source.Contribution(new LeadDetails { Source = LeadSource.Web }));
        Assert.Equal(1, source.Contribution(new LeadDetails { Source = LeadSource.Partner }));
        Assert.Equal(0, source.Contribution(new LeadDetails { Source = LeadSource.Seminar }));      // unseen
        Assert.Equal(0, source.Contribution(new LeadDetails { Source = (LeadSource)99 }));          // outside the enumeration
        Assert.Equal(0, source.Contribution(new LeadDetails { Source = LeadSource.Other + 1 }));    // one past its last value
        Assert.Equal(Missing, source.Contribution(new LeadDetails { Rating = LeadRating.Hot }));

        var rating = Categories(PredictionField.Rating, "Cold", "Hot");
        Assert.Equal(2, rating.Contribution(new LeadDetails { Rating = LeadRating.Hot }));
        Assert.Equal(0, rating.Contribution(new LeadDetails { Rating = LeadRating.Warm }));
        Assert.Equal(Missing, rating.Contribution(new LeadDetails { Source = LeadSource.Web }));

        var timeframe = Categories(PredictionField.PurchaseTimeframe, "Immediate", "ThisYear");
        Assert.Equal(2, timeframe.Contribution(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.ThisYear }));
        Assert.Equal(1, timeframe.Contribution(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.Immediate }));
        Assert.Equal(0, timeframe.Contribution(new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.Unknown }));
        Assert.Equal(Missing, timeframe.Contribution(new LeadDetails()));

        var method = Categories(PredictionField.PreferredContactMethod, "Email", "Mail");
        Assert.Equal(2, method.Contribution(new LeadDetails { PreferredContactMethod = PreferredContactMethod.Mail }));
        Assert.Equal(0, method.Contribution(new LeadDetails { PreferredContactMethod = PreferredContactMethod.Fax }));
        Assert.Equal(Missing, method.Contribution(new LeadDetails()));
    }

    [Fact]
    public void Yes_and_no_fields_read_true_and_false()
    {
        var both = Categories(PredictionField.IsDecisionMaker, "false", "true");
        Assert.Equal(2, both.Contribution(new LeadDetails { IsDecisionMaker = true }));
        Assert.Equal(1, both.Contribution(new LeadDetails { IsDecisionMaker = false }));
        Assert.Equal(Missing, both.Contribution(new LeadDetails()));

        var yesOnly = Categories(PredictionField.IsDecisionMaker, "true");
        Assert.Equal(1, yesOnly.Contribution(new LeadDetails { IsDecisionMaker = true }));
        Assert.Equal(0, yesOnly.Contribution(new LeadDetails { IsDecisionMaker = false }));
        var noOnly = Categories(PredictionField.IsDecisionMaker, "false");
        Assert.Equal(0, noOnly.Contribution(new LeadDetails { IsDecisionMaker = true }));
        Assert.Equal(1, noOnly.Contribution(new LeadDetails { IsDecisionMaker = false }));

        var custom = Categories(PredictionField.CustomCategory("vip"), "false", "true");
        Assert.Equal(2, custom.Contribution(Custom("vip", CustomFieldValue.FromBoolean(true))));
        Assert.Equal(1, custom.Contribution(Custom("vip", CustomFieldValue.FromBoolean(false))));
    }

    [Fact]
    public void Text_fields_are_trimmed_and_folded_and_blank_is_missing()
    {
        foreach (var (field, lead) in new (PredictionField, Func<string?, LeadDetails>)[]
        {
            (PredictionField.Industry, t => new LeadDetails { Industry = t }),
            (PredictionField.JobTitle, t => new LeadDetails { JobTitle = t }),
            (PredictionField.Owner, t => new LeadDetails { Owner = t }),
            (PredictionField.CustomCategory("region"), t => t is null ? new LeadDetails() : Custom("region", CustomFieldValue.FromText(t))),
        })
        {
            var model = Categories(field, "Retail", "نرم‌افزار");
            Assert.Equal(1, model.Contribution(lead("  rETAIL ")));
            Assert.Equal(2, model.Contribution(lead(" نرم‌افزار ")));
            Assert.Equal(2, model.Contribution(lead("نرم افزار".Replace(' ', '\u200C'))));
            Assert.Equal(0, model.Contribution(lead("Banking")));
            Assert.Equal(0, model.Contribution(lead("بانک")));
            Assert.Equal(Missing, model.Contribution(lead(null)));
        }
    }

    [Fact]
    public void Text_of_only_ignorable_characters_is_missing_and_long_text_is_read_whole()
    {
        var model = Categories(PredictionField.Industry, "x");
        Assert.Equal(Missing, model.Contribution(new LeadDetails { Industry = "\u200C\u200C" }));

        var longText = new string('ب', 300);
        var wide = Categories(PredictionField.Industry, longText);
        Assert.Equal(1, wide.Contribution(new LeadDetails { Industry = longText }));
        Assert.Equal(0, wide.Contribution(new LeadDetails { Industry = longText + "ب" }));
        Assert.Equal(1, wide.Contribution(new LeadDetails { Industry = " " + longText.Replace('ب', 'ب') + " " }));
    }

    [Fact]
    public void The_job_level_field_reads_the_level_of_the_title()
    {
        var model = Categories(PredictionField.JobLevel, "Executive", "Staff", "Director", "Manager", "VicePresident");

        Assert.Equal(1, model.Contribution(new LeadDetails { JobTitle = "CEO" }));
        Assert.Equal(2, model.Contribution(new LeadDetails { JobTitle = "Engineer" }));
        Assert.Equal(3, model.Contribution(new LeadDetails { JobTitle = "Sales Director" }));
        Assert.Equal(4, model.Contribution(new LeadDetails { JobTitle = "Account Manager" }));
        Assert.Equal(5, model.Contribution(new LeadDetails { JobTitle = "SVP Sales" }));
        Assert.Equal(Missing, model.Contribution(new LeadDetails { JobTitle = " - " }));
        Assert.Equal(Missing, model.Contribution(new LeadDetails()));
        Assert.Equal(0, Categories(PredictionField.JobLevel, "Staff").Contribution(new LeadDetails { JobTitle = "CEO" }));

        Assert.Equal("Executive", FieldModel.Text(PredictionField.JobLevel, new LeadDetails { JobTitle = "CEO" }));
        Assert.Equal("VicePresident", FieldModel.Text(PredictionField.JobLevel, new LeadDetails { JobTitle = "VP" }));
        Assert.Equal("Director", FieldModel.Text(PredictionField.JobLevel, new LeadDetails { JobTitle = "Head" }));
        Assert.Equal("Manager", FieldModel.Text(PredictionField.JobLevel, new LeadDetails { JobTitle = "Lead" }));
        Assert.Equal("Staff", FieldModel.Text(PredictionField.JobLevel, new LeadDetails { JobTitle = "Clerk" }));
        Assert.Null(FieldModel.Text(PredictionField.JobLevel, new LeadDetails()));
    }

    [Fact]
    public void A_custom_category_reads_numbers_as_text_and_other_kinds_as_missing()
    {
        var model = Categories(PredictionField.CustomCategory("tier"), "2.5", "3");

        Assert.Equal(1, model.Contribution(Custom("tier", CustomFieldValue.FromNumber(2.50m))));
        Assert.Equal(2, model.Contribution(Custom("tier", CustomFieldValue.FromNumber(3m))));
        Assert.Equal(0, model.Contribution(Custom("tier", CustomFieldValue.FromNumber(4m))));
        Assert.Equal(Missing, model.Contribution(Custom("tier", CustomFieldValue.FromDate(new LocalDate(2026, 1, 2)))));
        Assert.Equal(Missing, model.Contribution(Custom("tier", CustomFieldValue.FromMoney(new Money(3m, "EUR")))));
        Assert.Equal(Missing, model.Contribution(Custom("other", CustomFieldValue.FromNumber(3m))));

        Assert.Equal("2.5", FieldModel.Text(PredictionField.CustomCategory("tier"), Custom("tier", CustomFieldValue.FromNumber(2.50m))));
        Assert.Equal("true", FieldModel.Text(PredictionField.CustomCategory("tier"), Custom("tier", CustomFieldValue.FromBoolean(true))));
        Assert.Equal("false", FieldModel.Text(PredictionField.CustomCategory("tier"), Custom("tier", CustomFieldValue.FromBoolean(false))));
        Assert.Null(FieldModel.Text(PredictionField.CustomCategory("tier"), Custom("tier", CustomFieldValue.FromDate(new LocalDate(2026, 1, 2)))));
        Assert.Null(FieldModel.Text(PredictionField.CustomCategory("tier"), Custom("x", CustomFieldValue.FromText("a"))));
    }

    [Fact]
    public void Text_gives_the_value_as_the_lead_holds_it_and_Key_folded()
    {
        Assert.Equal(" rEtail ", FieldModel.Text(PredictionField.Industry, new LeadDetails { Industry = " rEtail " }));
        Assert.Equal("RETAIL", FieldModel.Key(PredictionField.Industry, new LeadDetails { Industry = " rEtail " }));
        Assert.Null(FieldModel.Text(PredictionField.Industry, new LeadDetails { Industry = "   " }));
        Assert.Null(FieldModel.Key(PredictionField.Industry, new LeadDetails { Industry = "   " }));
        Assert.Equal("Web", FieldModel.Text(PredictionField.Source, new LeadDetails { Source = LeadSource.Web }));
        Assert.Equal("Hot", FieldModel.Text(PredictionField.Rating, new LeadDetails { Rating = LeadRating.Hot }));
        Assert.Equal("ThisYear", FieldModel.Text(PredictionField.PurchaseTimeframe, new LeadDetails { PurchaseTimeframe = PurchaseTimeframe.ThisYear }));
        Assert.Equal("Fax", FieldModel.Text(PredictionField.PreferredContactMethod, new LeadDetails { PreferredContactMethod = PreferredContactMethod.Fax }));
        Assert.Equal("true", FieldModel.Text(PredictionField.IsDecisionMaker, new LeadDetails { IsDecisionMaker = true }));
        Assert.Equal("false", FieldModel.Text(PredictionField.IsDecisionMaker, new LeadDetails { IsDecisionMaker = false }));
        Assert.Null(FieldModel.Text(PredictionField.IsDecisionMaker, new LeadDetails()));
        Assert.Equal("Sam", FieldModel.Text(PredictionField.Owner, new LeadDetails { Owner = "Sam" }));
        Assert.Equal("Engineer", FieldModel.Text(PredictionField.JobTitle, new LeadDetails { JobTitle = "Engineer" }));
        Assert.Equal("1234.5", FieldModel.Text(PredictionField.Budget, new LeadDetails { Budget = new Money(1234.5m, "USD") }));
        Assert.Equal("12", FieldModel.Text(PredictionField.NumberOfEmployees, new LeadDetails { NumberOfEmployees = 12 }));
        Assert.Null(FieldModel.Text(PredictionField.NumberOfEmployees, new LeadDetails()));
    }

    [Fact]
    public void Number_fields_read_each_source_of_a_number()
    {
        var seven = new Money(7m, "EUR");
        Assert.True(FieldModel.TryNumber(PredictionField.NumberOfEmployees, new LeadDetails { NumberOfEmployees = 7 }, out var x) && x == 7);
        Assert.True(FieldModel.TryNumber(PredictionField.AnnualRevenue, new LeadDetails { AnnualRevenue = seven }, out x) && x == 7);
        Assert.True(FieldModel.TryNumber(PredictionField.Budget, new LeadDetails { Budget = seven }, out x) && x == 7);
        Assert.True(FieldModel.TryNumber(PredictionField.CustomNumber("seats"), Custom("seats", CustomFieldValue.FromNumber(7.5m)), out x) && x == 7.5);
        Assert.True(FieldModel.TryNumber(PredictionField.CustomNumber("seats"), Custom("seats", CustomFieldValue.FromMoney(seven)), out x) && x == 7);

        Assert.False(FieldModel.TryNumber(PredictionField.AnnualRevenue, new LeadDetails { Budget = seven, NumberOfEmployees = 7 }, out x));
        Assert.Equal(0, x);
        Assert.False(FieldModel.TryNumber(PredictionField.Budget, new LeadDetails { AnnualRevenue = seven }, out _));
        Assert.False(FieldModel.TryNumber(PredictionField.NumberOfEmployees, new LeadDetails { Budget = seven }, out _));
        Assert.False(FieldModel.TryNumber(PredictionField.CustomNumber("seats"), Custom("seats", CustomFieldValue.FromText("7")), out _));
        Assert.False(FieldModel.TryNumber(PredictionField.CustomNumber("seats"), Custom("other", CustomFieldValue.FromNumber(7m)), out _));
    }

    [Fact]
    public void A_linear_number_is_standardised_and_weighted()
    {
        var model = FieldModel.LogisticLinear(PredictionField.NumberOfEmployees, mean: 10, scale: 0.5, weight: 2, missingWeight: Missing);

        Assert.Equal(4, model.Contribution(new LeadDetails { NumberOfEmployees = 14 }));
        Assert.Equal(-2, model.Contribution(new LeadDetails { NumberOfEmployees = 8 }));
        Assert.Equal(Missing, model.Contribution(new LeadDetails()));
        Assert.Equal(FieldEncoding.Linear, model.Encoding);
        Assert.Equal((10, 0.5), (model.Mean, model.Scale));
    }

    [Fact]
    public void Binned_numbers_fall_in_the_bin_whose_lower_edge_they_reach()
    {
        var model = FieldModel.LogisticBins(PredictionField.Budget, [10, 20], [1, 2, 3], Missing);
        LeadDetails Budget(decimal amount) => new() { Budget = new Money(amount, "USD") };

        Assert.Equal(1, model.Contribution(Budget(-5)));
        Assert.Equal(1, model.Contribution(Budget(9.99m)));
        Assert.Equal(2, model.Contribution(Budget(10)));
        Assert.Equal(2, model.Contribution(Budget(19.99m)));
        Assert.Equal(3, model.Contribution(Budget(20)));
        Assert.Equal(Missing, model.Contribution(new LeadDetails()));
        Assert.Equal(3, model.SlotCount);
        Assert.Equal(2, Categories(PredictionField.Source, "a", "b").SlotCount);
    }

    [Property(MaxTest = 300)]
    public Property The_bin_of_a_number_is_the_count_of_edges_at_or_below_it(int[] raw, int at)
    {
        var edges = raw.Select(r => (double)(r % 50)).Distinct().Order().ToArray();
        var x = (double)(at % 60);
        var expected = edges.Count(e => e <= x);
        return (FieldModel.Bin(edges, x) == expected).Label($"edges [{string.Join(", ", edges)}], x {x}");
    }

    [Fact]
    public void Naive_Bayes_weights_as_computed_by_hand()
    {
        // Two values seen, and missing: 3 values with smoothing 1. Converted 4 (A 1, B 2, missing 1), disqualified 5 (A 3, B 0, missing 2).
        var model = FieldModel.NaiveBayes(PredictionField.Industry, ["A", "B"], [], [1, 2], [3, 0], 1, 2, 4, 5, 1);

        Assert.Equal(Math.Log((2.0 / 7) / (4.0 / 8)), model.Weights[0], 1e-12);
        Assert.Equal(Math.Log((3.0 / 7) / (1.0 / 8)), model.Weights[1], 1e-12);
        Assert.Equal(Math.Log((2.0 / 7) / (3.0 / 8)), model.MissingWeight, 1e-12);
        Assert.Equal(Math.Log((1.0 / 7) / (1.0 / 8)), model.UnseenWeight, 1e-12);
        Assert.Equal((1L, 2L), (model.MissingConverted, model.MissingDisqualified));

        // Missing never seen: 2 values, a missing value weighs nothing.
        var never = FieldModel.NaiveBayes(PredictionField.Industry, ["A", "B"], [], [1, 3], [3, 2], 0, 0, 4, 5, 1);
        Assert.Equal(0, never.MissingWeight);
        Assert.Equal(Math.Log((2.0 / 6) / (4.0 / 7)), never.Weights[0], 1e-12);
        Assert.Equal(Math.Log((1.0 / 6) / (1.0 / 7)), never.UnseenWeight, 1e-12);

        // Bins have no unseen value.
        var bins = FieldModel.NaiveBayes(PredictionField.Budget, [], [10], [1, 3], [3, 2], 0, 0, 4, 5, 1);
        Assert.Equal(0, bins.UnseenWeight);
        Assert.Equal(FieldEncoding.Bins, bins.Encoding);
        Assert.Equal(Math.Log((4.0 / 6) / (3.0 / 7)), bins.Weights[1], 1e-12);
    }
}
