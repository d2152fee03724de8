using System.Reflection;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

/// <summary>The fields of a lead: each standard field reads and writes its own property of <see cref="LeadDetails"/>.</summary>
public sealed class LeadFieldTests
{
    private static readonly LeadDetails Full = new()
    {
        Topic = "Fleet renewal",
        Salutation = "Ms",
        FirstName = "Sara",
        MiddleName = "Maria",
        LastName = "Lima",
        CompanyName = "Contoso Ltda",
        JobTitle = "Buyer",
        Emails = ["sara@contoso.example", "s.lima@contoso.example"],
        BusinessPhone = "021 555 0100",
        MobilePhone = "0912 345 6789",
        HomePhone = "021 555 0101",
        OtherPhone = "021 555 0102",
        Fax = "021 555 0103",
        Website = "https://contoso.example",
        Address = new PostalAddress(City: "Recife"),
        PreferredContactMethod = PreferredContactMethod.Phone,
        Source = LeadSource.TradeShow,
        Campaign = "Spring",
        Industry = "Logistics",
        AnnualRevenue = new Money(1_000_000m, "BRL"),
        Budget = new Money(50_000m, "BRL"),
        NumberOfEmployees = 120,
        PurchaseTimeframe = PurchaseTimeframe.ThisQuarter,
        IsDecisionMaker = false,
        StatedNeed = "Twenty vans",
        Rating = LeadRating.Warm,
        Owner = "ali",
        Description = "Met at the fair",
        DoNotEmail = true,
        DoNotBulkEmail = true,
        DoNotPhone = true,
        DoNotFax = true,
        DoNotPostalMail = true,
    };

    public static TheoryData<string> StandardNames => [.. LeadField.Standard.Select(f => f.Name)];

    [Fact]
    public void The_standard_fields_are_every_property_of_the_details_but_the_custom_fields_once()
    {
        var properties = typeof(LeadDetails).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(LeadDetails.CustomFields))
            .Select(p => p.Name);

        Assert.Equal(properties.Order(), LeadField.Standard.Select(f => f.Name).Order());
        Assert.Equal(33, LeadField.Standard.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(StandardNames))]
    public void Each_standard_field_reads_and_writes_its_own_property(string name)
    {
        var field = LeadField.Standard.Single(f => f.Name == name);
        var property = typeof(LeadDetails).GetProperty(name)!;
        var value = property.GetValue(Full);

        Assert.Equal(value, field.Read(Full));
        Assert.Null(field.Read(new LeadDetails()));
        Assert.False(field.IsCustom);
        Assert.Null(field.CustomKind);
        Assert.Equal(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, field.ValueType);
        Assert.Equal(name, field.ToString());

        var written = field.With(new LeadDetails(), value);
        Assert.Equal(value, field.Read(written));
        Assert.Equal([field], LeadField.WithValues(written));
        Assert.Null(field.Read(field.With(Full, null)));
        Assert.Equal(LeadField.Standard.Count - 1, LeadField.WithValues(field.With(Full, null)).Count());
    }

    [Fact]
    public void A_consent_flag_reads_as_true_or_nothing_and_an_empty_e_mail_list_as_nothing()
    {
        Assert.Equal(true, LeadField.DoNotPhone.Read(new LeadDetails { DoNotPhone = true }));
        Assert.Null(LeadField.DoNotPhone.Read(new LeadDetails { DoNotPhone = false }));
        Assert.Null(LeadField.Emails.Read(new LeadDetails { Emails = [] }));
        Assert.Equal(false, LeadField.IsDecisionMaker.Read(new LeadDetails { IsDecisionMaker = false }));
        Assert.Empty(LeadField.Emails.With(Full, null).Emails);
    }

    [Fact]
    public void A_custom_field_reads_its_value_only_when_it_holds_that_kind()
    {
        var details = new LeadDetails
        {
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["Region"] = CustomFieldValue.FromText("Norte"),
                ["Seats"] = CustomFieldValue.FromNumber(20m),
                ["Vip"] = CustomFieldValue.FromBoolean(false),
                ["Since"] = CustomFieldValue.FromDate(new LocalDate(2020, 1, 2)),
                ["Deposit"] = CustomFieldValue.FromMoney(new Money(5m, "EUR")),
            },
        };

        Assert.Equal("Norte", LeadField.Custom("Region", CustomFieldKind.Text).Read(details));
        Assert.Equal(20m, LeadField.Custom("Seats", CustomFieldKind.Number).Read(details));
        Assert.Equal(false, LeadField.Custom("Vip", CustomFieldKind.Boolean).Read(details));
        Assert.Equal(new LocalDate(2020, 1, 2), LeadField.Custom("Since", CustomFieldKind.Date).Read(details));
        Assert.Equal(new Money(5m, "EUR"), LeadField.Custom("Deposit", CustomFieldKind.Money).Read(details));
        Assert.Null(LeadField.Custom("Region", CustomFieldKind.Number).Read(details));
        Assert.Null(LeadField.Custom("Topic", CustomFieldKind.Text).Read(Full));
        Assert.Equal(
            [
                LeadField.Custom("Region", CustomFieldKind.Text), LeadField.Custom("Seats", CustomFieldKind.Number),
                LeadField.Custom("Vip", CustomFieldKind.Boolean), LeadField.Custom("Since", CustomFieldKind.Date),
                LeadField.Custom("Deposit", CustomFieldKind.Money),
            ],
            LeadField.WithValues(details).OrderBy(f => f.CustomKind));
    }

    [Theory]
    [InlineData(CustomFieldKind.Text, typeof(string))]
    [InlineData(CustomFieldKind.Number, typeof(decimal))]
    [InlineData(CustomFieldKind.Boolean, typeof(bool))]
    [InlineData(CustomFieldKind.Date, typeof(LocalDate))]
    [InlineData(CustomFieldKind.Money, typeof(Money))]
    public void A_custom_field_has_the_type_of_its_kind(CustomFieldKind kind, Type type)
    {
        var field = LeadField.Custom("Region", kind);

        Assert.Equal((type, (CustomFieldKind?)kind, true), (field.ValueType, field.CustomKind, field.IsCustom));
        Assert.Equal($"custom field 'Region' ({kind})", field.ToString());
        Assert.True(field.IsKnown);
    }

    [Fact]
    public void A_custom_field_needs_a_name_and_a_defined_kind()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => LeadField.Custom(null!, CustomFieldKind.Text)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => LeadField.Custom(" ", CustomFieldKind.Text)).ParamName);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => LeadField.Custom("Region", (CustomFieldKind)0)).ParamName);
    }

    [Fact]
    public void The_default_value_is_no_field()
    {
        Assert.False(default(LeadField).IsKnown);
        Assert.Equal("(unknown lead field)", default(LeadField).ToString());
        Assert.True(LeadField.Topic.IsKnown);
    }

    [Fact]
    public void Only_a_standard_field_is_written()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LeadField.Custom("Region", CustomFieldKind.Text).With(Full, "x"));

        Assert.Equal("custom field 'Region' (Text) is not a standard field.", error.Message);
    }
}
