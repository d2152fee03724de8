using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

public sealed class PredictionFieldTests
{
    public static TheoryData<PredictionField, string, PredictionFieldKind> Standard => new()
    {
        { PredictionField.Source, "Source", PredictionFieldKind.Category },
        { PredictionField.Industry, "Industry", PredictionFieldKind.Category },
        { PredictionField.Rating, "Rating", PredictionFieldKind.Category },
        { PredictionField.JobTitle, "JobTitle", PredictionFieldKind.Category },
        { PredictionField.JobLevel, "JobLevel", PredictionFieldKind.Category },
        { PredictionField.PurchaseTimeframe, "PurchaseTimeframe", PredictionFieldKind.Category },
        { PredictionField.IsDecisionMaker, "IsDecisionMaker", PredictionFieldKind.Category },
        { PredictionField.PreferredContactMethod, "PreferredContactMethod", PredictionFieldKind.Category },
        { PredictionField.Owner, "Owner", PredictionFieldKind.Category },
        { PredictionField.NumberOfEmployees, "NumberOfEmployees", PredictionFieldKind.Number },
        { PredictionField.AnnualRevenue, "AnnualRevenue", PredictionFieldKind.Number },
        { PredictionField.Budget, "Budget", PredictionFieldKind.Number },
    };

    [Theory]
    [MemberData(nameof(Standard))]
    public void Each_standard_field_has_its_name_and_kind_and_is_found_by_name(PredictionField field, string name, PredictionFieldKind kind)
    {
        Assert.Equal((name, kind, false), (field.Name, field.Kind, field.IsCustom));
        Assert.Equal($"{name} ({kind})", field.ToString());
        Assert.Equal(field, PredictionField.FromStandardName(name));
        Assert.Equal(field, PredictionField.FromStandardName(name.ToUpperInvariant()));
        Assert.Contains(field, PredictionField.StandardFields);
    }

    [Fact]
    public void The_standard_fields_are_twelve_distinct_ones()
    {
        Assert.Equal(12, PredictionField.StandardFields.Distinct().Count());
        Assert.Null(PredictionField.FromStandardName("Revenue"));
        Assert.Null(PredictionField.FromStandardName(""));
    }

    [Fact]
    public void Custom_fields_are_named_and_told_apart_by_name_and_kind()
    {
        var region = PredictionField.CustomCategory("region");
        var seats = PredictionField.CustomNumber("seats");

        Assert.Equal(("region", PredictionFieldKind.Category, true), (region.Name, region.Kind, region.IsCustom));
        Assert.Equal(("seats", PredictionFieldKind.Number, true), (seats.Name, seats.Kind, seats.IsCustom));
        Assert.Equal("custom region (Category)", region.ToString());
        Assert.Equal("custom seats (Number)", seats.ToString());
        Assert.Equal(region, PredictionField.CustomCategory("region"));
        Assert.NotEqual(region, PredictionField.CustomNumber("region"));
        Assert.NotEqual(region, PredictionField.CustomCategory("Region"));
        Assert.NotEqual(PredictionField.Source, PredictionField.CustomCategory("Source"));
        Assert.Null(PredictionField.FromStandardName("region"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_custom_field_needs_a_name(string? name)
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => PredictionField.CustomCategory(name!)).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => PredictionField.CustomNumber(name!)).ParamName);
    }
}
