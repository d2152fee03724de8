using FsCheck;
using FsCheck.Xunit;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

public sealed class LeadDetailsTests
{
    [Fact]
    public void An_empty_topic_is_composed_from_company_name_and_source()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable);

        Assert.Equal("Contoso Ltda - Sara Lima (Trade Show)", lead.Topic);
    }

    [Theory]
    [InlineData(null, "Sara", "Lima", null, "Sara Lima")]
    [InlineData(null, null, "Lima", LeadSource.WordOfMouth, "Lima (Word of Mouth)")]
    [InlineData("Fabrikam", null, null, LeadSource.Web, "Fabrikam (Web)")]
    [InlineData("Fabrikam", "Sara", null, null, "Fabrikam - Sara")]
    public void The_composed_topic_uses_whatever_is_there(string? company, string? first, string? last, LeadSource? source, string expected)
    {
        var lead = TestLeads.NewLead(details: new LeadDetails { CompanyName = company, FirstName = first, LastName = last, Source = source });

        Assert.Equal(expected, lead.Topic);
    }

    [Fact]
    public void A_given_topic_is_kept()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Topic = "  50 licences for Q3  " });

        Assert.Equal("50 licences for Q3", lead.Topic);
    }

    [Fact]
    public void Clearing_the_topic_on_edit_composes_it_again_from_the_current_fields()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Topic = "Old" });

        lead.Edit(lead.Details with { Topic = null, CompanyName = "Northwind" }, "ali");

        Assert.Equal("Northwind - Sara Lima (Trade Show)", lead.Topic);
    }

    [Fact]
    public void A_lead_with_nothing_to_call_it_by_is_rejected()
    {
        var lifecycle = TestLeads.NewLifecycle();

        var error = Assert.Throws<MissingRequiredFieldsException>(() => lifecycle.Create(new LeadDetails { Emails = ["a@b.example"] }, "ali"));

        Assert.Equal(["Topic"], error.MissingFields);
    }

    [Fact]
    public void Persian_names_company_and_phone_digits_are_ordinary_input_kept_as_written()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Persian);

        Assert.Equal("علی", lead.Details.FirstName);
        Assert.Equal("۰۹۱۲ ۳۴۵ ۶۷۸۹", lead.Details.BusinessPhone);
        Assert.Equal("شرکت نمونه - علی رضایی (Web)", lead.Topic);
        lead.Qualify("ali");
    }

    [Theory]
    [InlineData("۰۹۱۲۳۴۵۶۷۸۹")]
    [InlineData("٠٩١٢٣٤٥٦٧٨٩")]
    [InlineData("+98 (21) 8888-0000")]
    [InlineData("+55 11 9.8765.4321")]
    public void Phones_in_any_digit_script_are_accepted(string phone)
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { MobilePhone = phone });

        Assert.Equal(phone, lead.Details.MobilePhone);
    }

    [Fact]
    public void Arabic_script_company_names_are_kept_exactly()
    {
        var lead = TestLeads.NewLead(details: new LeadDetails { CompanyName = "شركة الكويت", Emails = ["info@kw.example"] });

        Assert.Equal("شركة الكويت", lead.Details.CompanyName);
    }

    public static TheoryData<LeadDetails, string> InvalidDetails => new()
    {
        { TestLeads.Qualifiable with { Emails = ["not-an-email"] }, "Emails" },
        { TestLeads.Qualifiable with { Emails = ["a@b.example", "A@B.example"] }, "twice" },
        { TestLeads.Qualifiable with { Emails = [" "] }, "empty entry" },
        { TestLeads.Qualifiable with { Emails = null! }, "not null" },
        { TestLeads.Qualifiable with { BusinessPhone = "call me" }, "BusinessPhone" },
        { TestLeads.Qualifiable with { MobilePhone = "12" }, "MobilePhone" },
        { TestLeads.Qualifiable with { NumberOfEmployees = -1 }, "NumberOfEmployees" },
        { TestLeads.Qualifiable with { Budget = new Money(-5m, "EUR") }, "Budget" },
        { TestLeads.Qualifiable with { AnnualRevenue = default(Money) }, "AnnualRevenue" },
        { TestLeads.Qualifiable with { Source = (LeadSource)99 }, "Source" },
        { TestLeads.Qualifiable with { Rating = (LeadRating)0 }, "Rating" },
        { TestLeads.Qualifiable with { CustomFields = new Dictionary<string, CustomFieldValue> { [" x"] = CustomFieldValue.FromNumber(1) } }, "custom field name" },
        { TestLeads.Qualifiable with { CustomFields = new Dictionary<string, CustomFieldValue> { ["x"] = default } }, "malformed" },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void Invalid_details_are_rejected_with_a_message_naming_the_problem(LeadDetails details, string named)
    {
        var lifecycle = TestLeads.NewLifecycle();

        var error = Assert.ThrowsAny<ArgumentException>(() => lifecycle.Create(details, "ali"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void An_invalid_edit_changes_nothing(LeadDetails details, string named)
    {
        var lead = TestLeads.NewLead();
        var before = lead.ToSnapshot();

        var error = Assert.ThrowsAny<ArgumentException>(() => lead.Edit(details, "ali"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, lead.ToSnapshot());
        Assert.Single(lead.PendingEvents);
    }

    [Fact]
    public void Editing_to_equal_details_is_no_change()
    {
        var lead = TestLeads.NewLead();

        var changed = lead.Edit(lead.Details with { FirstName = " Sara ", Emails = ["sara@contoso.example"] }, "ali");

        Assert.False(changed);
        Assert.Equal(1, lead.Version);
        Assert.Single(lead.PendingEvents);
    }

    [Fact]
    public void An_edit_stores_the_details_and_raises_the_updated_event()
    {
        var lead = TestLeads.NewLead();
        var clockedBefore = lead.ModifiedAt;

        var changed = lead.Edit(lead.Details with
        {
            JobTitle = "مدیر خرید",
            Budget = new Money(1_200_000_000m, "IRR"),
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["contract_end"] = CustomFieldValue.FromDate(new LocalDate(1405, 6, 31, CalendarSystem.PersianSimple)),
                ["seats"] = CustomFieldValue.FromNumber(40),
            },
        }, "sara");

        Assert.True(changed);
        Assert.Equal("مدیر خرید", lead.Details.JobTitle);
        Assert.Equal(2, lead.Details.CustomFields.Count);
        Assert.Equal(2, lead.Version);
        Assert.True(lead.ModifiedAt > clockedBefore);
        Assert.Equal(lead.Details, Assert.IsType<LeadUpdated>(lead.PendingEvents[^1]).Details);
        Assert.Single(lead.History);
    }

    [Fact]
    public void The_lead_keeps_its_own_copy_of_the_lists_it_was_given()
    {
        var emails = new List<string> { "sara@contoso.example" };
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Emails = emails });

        emails.Add("other@contoso.example");

        Assert.Single(lead.Details.Emails);
    }

    [Fact]
    public void Details_compare_by_value_lists_and_custom_fields_included()
    {
        var a = TestLeads.Qualifiable with { BusinessPhone = "123 456", CustomFields = new Dictionary<string, CustomFieldValue> { ["k"] = CustomFieldValue.FromText("v") } };
        var b = TestLeads.Qualifiable with { BusinessPhone = new string("123 456".ToCharArray()), CustomFields = new Dictionary<string, CustomFieldValue> { ["k"] = CustomFieldValue.FromText("v") } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { BusinessPhone = "123 457" });
        Assert.NotEqual(a, b with { CustomFields = new Dictionary<string, CustomFieldValue> { ["k"] = CustomFieldValue.FromText("w") } });
    }

    public static TheoryData<string> DetailProperties =>
        [.. typeof(LeadDetails).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(DetailProperties))]
    public void Details_that_differ_in_one_field_alone_are_not_equal_either_way(string name)
    {
        var property = typeof(LeadDetails).GetProperty(name)!;
        var full = TestLeads.Persian with
        {
            Emails = ["a@kimia.example"],
            CustomFields = new Dictionary<string, CustomFieldValue> { ["k"] = CustomFieldValue.FromText("v") },
        };
        var changed = full with { };
        property.SetValue(changed, RecordEquality.Other(property.PropertyType, property.GetValue(full)));

        Assert.NotEqual(full, changed);
        Assert.NotEqual(changed, full);
        Assert.Equal(full, full with { });
        Assert.Equal(full.GetHashCode(), (full with { }).GetHashCode());
    }

    [Property(MaxTest = 200)]
    public void Equal_details_built_apart_are_equal_with_equal_hashes(string? topic, string? phone, bool flag, NonNegativeInt employees, string[]? emails)
    {
        LeadDetails Make() => new()
        {
            Topic = topic is null ? null : new string(topic.ToCharArray()),
            BusinessPhone = phone is null ? null : new string(phone.ToCharArray()),
            DoNotFax = flag,
            NumberOfEmployees = employees.Get,
            Emails = [.. emails?.Where(e => e is not null) ?? []],
            CustomFields = new Dictionary<string, CustomFieldValue> { ["k"] = CustomFieldValue.FromNumber(employees.Get) },
        };

        var (a, b) = (Make(), Make());

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { NumberOfEmployees = employees.Get + 1 });
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("")]
    public void Money_requires_an_ISO_currency_code(string currency)
    {
        Assert.Throws<ArgumentException>(() => new Money(1m, currency));
    }

    [Fact]
    public void LeadId_parses_what_it_writes_and_refuses_the_empty_guid()
    {
        var id = LeadId.New();

        Assert.Equal(id, LeadId.Parse(id.ToString()));
        Assert.Throws<FormatException>(() => LeadId.Parse(Guid.Empty.ToString()));
        Assert.Throws<ArgumentException>(() => TestLeads.NewLifecycle().Create(TestLeads.Qualifiable, "ali", new LeadId(Guid.Empty)));
    }

    [Fact]
    public void LeadConversion_needs_at_least_one_record()
    {
        Assert.Throws<ArgumentException>(() => new LeadConversion(null, null, null));
        Assert.Throws<ArgumentException>(() => new LeadConversion(" ", null, null));
        Assert.Equal("opp-1", new LeadConversion(null, null, "opp-1").OpportunityId);
    }

    [Fact]
    public void Custom_field_values_hold_exactly_their_kind()
    {
        var money = CustomFieldValue.FromMoney(new Money(10m, "BRL"));

        Assert.Equal(CustomFieldKind.Money, money.Kind);
        Assert.Equal("10 BRL", money.ToString());
        Assert.Null(money.Text);
        Assert.Equal("true", CustomFieldValue.FromBoolean(true).ToString());
        Assert.Equal("2026-11-25", CustomFieldValue.FromDate(new LocalDate(2026, 11, 25)).ToString());
        Assert.Throws<ArgumentException>(() => CustomFieldValue.FromMoney(default));
    }

    [Fact]
    public void Phone_numbers_are_listed_business_mobile_home_other_and_the_fax_is_not_a_phone()
    {
        var all = new LeadDetails { BusinessPhone = "1", MobilePhone = "2", HomePhone = "3", OtherPhone = "4", Fax = "5" };

        Assert.Equal(["1", "2", "3", "4"], all.PhoneNumbers);
        Assert.True(all.HasPhone);
        Assert.Empty(new LeadDetails { Fax = "5" }.PhoneNumbers);
        Assert.False(new LeadDetails { Fax = "5" }.HasPhone);
        foreach (var one in new[] { new LeadDetails { BusinessPhone = "x" }, new LeadDetails { MobilePhone = "x" }, new LeadDetails { HomePhone = "x" }, new LeadDetails { OtherPhone = "x" } })
        {
            Assert.Equal(["x"], one.PhoneNumbers);
            Assert.True(one.HasPhone);
        }
    }

    [Fact]
    public void Lists_and_custom_fields_compare_item_by_item_ordinally_and_null_only_equals_null()
    {
        var a = new LeadDetails { Emails = ["a@x.example", "b@x.example"] };

        Assert.False(a.Equals(null));
        Assert.True(a.Equals(a));
        Assert.NotEqual(a, a with { Emails = ["a@x.example"] });
        Assert.NotEqual(a, a with { Emails = ["a@x.example", "B@x.example"] });
        Assert.NotEqual(a, a with { Emails = ["b@x.example", "a@x.example"] });
        Assert.Equal(a with { Emails = null! }, a with { Emails = null! });
        Assert.NotEqual(a with { Emails = null! }, a with { Emails = [] });
        Assert.NotEqual(a with { Emails = [] }, a with { Emails = null! });

        var one = new Dictionary<string, CustomFieldValue> { ["Seats"] = CustomFieldValue.FromNumber(5) };
        var fields = a with { CustomFields = one };
        Assert.NotEqual(fields, a with { CustomFields = new Dictionary<string, CustomFieldValue> { ["Seats"] = CustomFieldValue.FromNumber(6) } });
        Assert.NotEqual(fields, a with { CustomFields = new Dictionary<string, CustomFieldValue> { ["seats"] = CustomFieldValue.FromNumber(5) } });
        Assert.NotEqual(fields, a with { CustomFields = new Dictionary<string, CustomFieldValue> { ["Seats"] = CustomFieldValue.FromNumber(5), ["Desks"] = CustomFieldValue.FromNumber(1) } });
        Assert.Equal(fields, a with { CustomFields = new Dictionary<string, CustomFieldValue>(one) });
        Assert.Equal(a with { CustomFields = null! }, a with { CustomFields = null! });
        Assert.NotEqual(a with { CustomFields = null! }, fields);
        Assert.NotEqual(fields, a with { CustomFields = null! });
        Assert.Equal((a with { Emails = null!, CustomFields = null! }).GetHashCode(), (a with { Emails = null!, CustomFields = null! }).GetHashCode());
    }
}
