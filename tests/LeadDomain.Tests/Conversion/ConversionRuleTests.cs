using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>
/// ConversionRule.cs: nothing a rule reads is lost silently. A composed field writes every value it reads, exactly as
/// the lead holds it, or the map is refused when built; every phone reaches a record or the unmapped report.
/// </summary>
public sealed class ConversionRuleTests
{
    private static readonly ConversionOptions Ids = new() { NewAccountId = "acc-1", NewContactId = "con-1", NewOpportunityId = "opp-1" };

    private static string? Composed(string format, LeadDetails details, params LeadField[] from)
    {
        var map = ConversionMap.CreateBuilder().Compose(OpportunityFields.Description, format, from).Build();
        return map.Preview(TestLeads.NewLead(details: details), Ids).Opportunity!.Description;
    }

    [Theory]
    [InlineData("{{0}} {1}", "never uses {0}")]
    [InlineData("{0} {{1}}", "never uses {1}")]
    [InlineData("{{0}}{{1}}", "never uses {0}")]
    [InlineData("{{{{0}}}} {1}", "never uses {0}")]
    public void A_placeholder_written_as_escaped_braces_is_not_a_use_and_the_map_is_refused(string format, string message)
    {
        var error = Assert.Throws<InvalidConversionMapException>(() => ConversionMap.CreateBuilder()
            .Compose(AccountFields.Description, format, LeadField.Industry, LeadField.JobTitle).Build());

        Assert.Contains(error.Problems, p => p.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Escaped_braces_around_a_placeholder_are_text_and_the_value_is_written()
    {
        var details = TestLeads.Qualifiable with { Industry = "Software", JobTitle = "CTO" };

        Assert.Equal("{Software} CTO", Composed("{{{0}}} {1}", details, LeadField.Industry, LeadField.JobTitle));
        Assert.Equal("Software {x} CTO", Composed("{0} {{x}} {1}", details, LeadField.Industry, LeadField.JobTitle));
    }

    [Theory]
    [InlineData("{0,-10}|{1}", "Software  |CTO")]
    [InlineData("{0,10}|{1}", "  Software|CTO")]
    [InlineData("{1}: {0}", "CTO: Software")]
    [InlineData("{0} {0} {1}", "Software Software CTO")]
    public void Alignment_order_and_repetition_are_those_of_a_composite_format(string format, string expected)
    {
        var details = TestLeads.Qualifiable with { Industry = "Software", JobTitle = "CTO" };

        Assert.Equal(expected, Composed(format, details, LeadField.Industry, LeadField.JobTitle));
    }

    [Fact]
    public void A_value_is_written_exactly_with_its_runs_of_spaces_and_line_breaks()
    {
        var description = "Met at   the expo;\n  wants   50 seats";
        var details = TestLeads.Qualifiable with { Description = description, JobTitle = "Head  of   Sales" };

        Assert.Equal("Head  of   Sales - " + description, Composed("{0} - {1}", details, LeadField.JobTitle, LeadField.Description));
    }

    [Fact]
    public void A_custom_text_value_keeps_its_own_spaces_at_either_end()
    {
        var details = TestLeads.Qualifiable with
        {
            CustomFields = new Dictionary<string, CustomFieldValue> { ["note"] = CustomFieldValue.FromText("  two  spaces  ") },
        };

        Assert.Equal("[  two  spaces  ]", Composed("[{0}]", details, LeadField.Custom("note", CustomFieldKind.Text)));
    }

    [Theory]
    [InlineData(null, "Maria", "Head  of Sales", "Maria Head  of Sales")]
    [InlineData("Dr.", null, "Head  of Sales", "Dr. Head  of Sales")]
    [InlineData("Dr.", "Maria", null, "Dr. Maria")]
    [InlineData(null, null, "Head  of Sales", "Head  of Sales")]
    [InlineData(null, "Maria", null, "Maria")]
    [InlineData("Dr.", "Maria", "Head  of Sales", "Dr. Maria Head  of Sales")]
    public void A_missing_part_leaves_no_doubled_leading_or_trailing_space_of_the_format_and_values_stay_as_they_are(
        string? salutation, string? middleName, string? jobTitle, string expected)
    {
        var details = TestLeads.Qualifiable with { Salutation = salutation, MiddleName = middleName, JobTitle = jobTitle };

        var composed = Composed(" {0}  {1}   {2} ", details, LeadField.Salutation, LeadField.MiddleName, LeadField.JobTitle);

        Assert.Equal(expected, composed);
    }

    [Fact]
    public void Nothing_is_composed_when_no_part_has_a_value()
    {
        Assert.Null(Composed("Industry: {0}", TestLeads.Qualifiable, LeadField.Industry));
    }

    [Fact]
    public void With_the_default_map_and_no_contact_every_phone_reaches_a_record_or_the_unmapped_report()
    {
        var details = TestLeads.Qualifiable with
        {
            BusinessPhone = "021 8888 0000", MobilePhone = "0912 345 6789", HomePhone = "021 7777 0000",
            OtherPhone = "021 6666 0000", Fax = "021 5555 0000",
        };
        var phones = new[]
        {
            (LeadField.BusinessPhone, details.BusinessPhone), (LeadField.MobilePhone, details.MobilePhone),
            (LeadField.HomePhone, details.HomePhone), (LeadField.OtherPhone, details.OtherPhone), (LeadField.Fax, details.Fax),
        };

        foreach (var options in new[]
        {
            new ConversionOptions { CreateContact = false },
            new ConversionOptions { CreateContact = false, CreateOpportunity = false },
            new ConversionOptions { CreateContact = false, ExistingAccount = new AccountRecord { Id = "acc-9" } },
            new ConversionOptions { CreateAccount = false, CreateOpportunity = false, ExistingContact = new ContactRecord { Id = "con-9" } },
            ConversionOptions.Default,
        })
        {
            var result = ConversionMap.Default.Preview(TestLeads.NewLead(details: details), options);
            var written = new List<string?> { result.Account?.Phone, result.Account?.Fax };
            written.AddRange([result.Contact?.BusinessPhone, result.Contact?.MobilePhone, result.Contact?.HomePhone, result.Contact?.OtherPhone, result.Contact?.Fax]);

            foreach (var (field, value) in phones)
            {
                Assert.True(
                    written.Contains(value) || result.UnmappedFields.Contains(field),
                    $"{field} ({value}) reached no record and is not reported as unmapped with {options}");
            }

            Assert.DoesNotContain(LeadField.MobilePhone, result.Contact is null ? [] : result.UnmappedFields);
        }
    }

    [Fact]
    public void Spaces_at_the_end_of_a_value_stay_when_only_the_format_s_spaces_follow()
    {
        var details = TestLeads.Qualifiable with
        {
            CustomFields = new Dictionary<string, CustomFieldValue> { ["note"] = CustomFieldValue.FromText("two  ") },
        };

        Assert.Equal("two  ", Composed("{0}   ", details, LeadField.Custom("note", CustomFieldKind.Text)));
    }

    [Fact]
    public void Yes_no_lists_and_numbers_are_written_as_text_of_the_invariant_culture()
    {
        var details = TestLeads.Qualifiable with { IsDecisionMaker = false, Emails = ["a@kimia.example", "b@kimia.example"], NumberOfEmployees = 1200 };

        Assert.Equal("no | a@kimia.example, b@kimia.example | 1200", Composed("{0} | {1} | {2}", details, LeadField.IsDecisionMaker, LeadField.Emails, LeadField.NumberOfEmployees));
        Assert.Equal("yes", Composed("{0}", details with { IsDecisionMaker = true }, LeadField.IsDecisionMaker));
    }

    [Fact]
    public void A_placeholder_index_of_up_to_six_digits_is_read_and_a_longer_one_is_refused()
    {
        var details = TestLeads.Qualifiable with { Industry = "Software", JobTitle = "CTO" };

        Assert.Equal("CTO Software", Composed("{000001} {0}", details, LeadField.Industry, LeadField.JobTitle));
        Assert.Throws<InvalidConversionMapException>(() => ConversionMap.CreateBuilder()
            .Compose(AccountFields.Description, "{0000001} {0}", LeadField.Industry, LeadField.JobTitle).Build());
    }

    [Fact]
    public void A_function_returning_a_nullable_value_may_write_a_field_of_that_value_type()
    {
        var map = ConversionMap.CreateBuilder()
            .Transform<Money, int?>(LeadField.AnnualRevenue, AccountFields.NumberOfEmployees, m => m.Amount > 0 ? 5 : null)
            .Build();

        var account = map.Preview(TestLeads.NewLead(details: TestLeads.Qualifiable with { AnnualRevenue = new Money(10, "USD") }), Ids).Account!;

        Assert.Equal(5, account.NumberOfEmployees);
    }
}
