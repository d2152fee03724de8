using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>Every problem of a map is found when it is built, and named.</summary>
public sealed class ConversionMapValidationTests
{
    private static IReadOnlyList<string> Problems(Func<ConversionMapBuilder, ConversionMapBuilder> rules) =>
        Assert.Throws<InvalidConversionMapException>(() => rules(ConversionMap.CreateBuilder()).Build()).Problems;

    [Fact]
    public void A_value_of_one_type_cannot_be_mapped_to_a_field_of_another()
    {
        var problem = Assert.Single(Problems(b => b.Map(LeadField.CompanyName, AccountFields.NumberOfEmployees)));

        Assert.Equal("rule 1 (CompanyName -> Account.NumberOfEmployees): a String cannot be written to a Int32 field; use Transform", problem);
    }

    [Fact]
    public void A_custom_field_of_another_kind_is_a_type_mismatch()
    {
        var problem = Assert.Single(Problems(b => b.Map(LeadField.Custom("Seats", CustomFieldKind.Number), TargetField.Custom(ConversionTarget.Opportunity, "Seats", CustomFieldKind.Text))));

        Assert.Contains("a Decimal cannot be written to a String field", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_writing_one_field_are_refused_naming_both()
    {
        var problem = Assert.Single(Problems(b => b.Map(LeadField.CompanyName, AccountFields.Name).Map(LeadField.LastName, AccountFields.Name)));

        Assert.Equal("Account.Name is written by rules 1 and 2; keep one (Remove the others)", problem);
    }

    [Fact]
    public void The_same_custom_field_name_on_two_records_is_not_a_conflict()
    {
        var map = ConversionMap.CreateBuilder()
            .Map(LeadField.Custom("Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Text))
            .Map(LeadField.Custom("Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Contact, "Region", CustomFieldKind.Text))
            .Build();

        Assert.Equal(2, map.Targets.Count);
    }

    [Fact]
    public void Unknown_fields_are_refused()
    {
        var problems = Problems(b => b.Map(default, AccountFields.Name).Map(LeadField.CompanyName, default));

        Assert.Equal(2, problems.Count);
        Assert.Contains("rule 1", problems[0], StringComparison.Ordinal);
        Assert.Contains("unknown lead field", problems[0], StringComparison.Ordinal);
        Assert.Contains("rule 2", problems[1], StringComparison.Ordinal);
        Assert.Contains("unknown target field", problems[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0} {2}", "is not a composite format")]
    [InlineData("{0", "is not a composite format")]
    [InlineData("{0} only", "never uses {1}")]
    public void A_bad_composite_format_is_refused(string format, string message)
    {
        var problem = Assert.Single(Problems(b => b.Compose(AccountFields.Description, format, LeadField.Industry, LeadField.JobTitle)));

        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Composing_into_a_field_that_is_not_text_or_from_nothing_is_refused()
    {
        var problems = Problems(b => b.Compose(AccountFields.NumberOfEmployees, "{0}", LeadField.Industry).Compose(AccountFields.Description, "x"));

        Assert.Contains("composes text, but Account.NumberOfEmployees holds a Int32", problems[0], StringComparison.Ordinal);
        Assert.Contains("rule 2", problems[1], StringComparison.Ordinal);
        Assert.Contains("composes from no lead field", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_function_of_the_wrong_types_is_refused()
    {
        var problems = Problems(b => b.Transform<int, string>(LeadField.CompanyName, AccountFields.NumberOfEmployees, static i => "x"));

        Assert.Equal(2, problems.Count);
        Assert.Contains("the function takes a Int32, but CompanyName holds a String", problems[0], StringComparison.Ordinal);
        Assert.Contains("the function returns a String, but Account.NumberOfEmployees holds a Int32", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_in_the_message()
    {
        var error = Assert.Throws<InvalidConversionMapException>(() => ConversionMap.CreateBuilder()
            .Map(LeadField.CompanyName, AccountFields.NumberOfEmployees)
            .Compose(AccountFields.Description, "{1}", LeadField.Industry)
            .Build());

        Assert.Equal(2, error.Problems.Count);
        Assert.All(error.Problems, p => Assert.Contains(p, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_map_can_be_changed_without_changing_the_default()
    {
        var changed = ConversionMap.Default.ToBuilder().Remove(AccountFields.Phone).Build();

        Assert.DoesNotContain(AccountFields.Phone, changed.Targets);
        Assert.Contains(AccountFields.Phone, ConversionMap.Default.Targets);
    }
}
