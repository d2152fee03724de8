using LeadDomain.Conversion;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Conversion;

/// <summary>
/// RecordValues.cs: the values the rules write into a record: custom fields of every kind, an existing record's custom
/// field read only under its own kind, and lists compared item by item.
/// </summary>
public sealed class RecordValuesTests
{
    public static TheoryData<CustomFieldKind, CustomFieldValue> Kinds => new()
    {
        { CustomFieldKind.Text, CustomFieldValue.FromText("north") },
        { CustomFieldKind.Number, CustomFieldValue.FromNumber(12.5m) },
        { CustomFieldKind.Boolean, CustomFieldValue.FromBoolean(true) },
        { CustomFieldKind.Date, CustomFieldValue.FromDate(new LocalDate(2026, 3, 1)) },
        { CustomFieldKind.Money, CustomFieldValue.FromMoney(new Money(99.5m, "EUR")) },
    };

    private static LeadDetails With(CustomFieldValue value) => TestLeads.Qualifiable with
    {
        CustomFields = new Dictionary<string, CustomFieldValue> { ["x"] = value },
    };

    private static ConversionMap Map(CustomFieldKind kind) => ConversionMap.CreateBuilder()
        .Map(LeadField.Custom("x", kind), TargetField.Custom(ConversionTarget.Account, "y", kind)).Build();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_custom_value_of_each_kind_reaches_a_new_record_as_it_is(CustomFieldKind kind, CustomFieldValue value)
    {
        var result = Map(kind).Preview(TestLeads.NewLead(details: With(value)), new ConversionOptions { CreateContact = false, CreateOpportunity = false });

        Assert.Equal(value, Assert.Single(result.Account!.CustomFields).Value);
        Assert.Equal("y", Assert.Single(result.Account.CustomFields).Key);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_existing_custom_value_equal_to_the_lead_s_is_no_merge_and_a_different_one_is_kept(CustomFieldKind kind, CustomFieldValue value)
    {
        var lead = TestLeads.NewLead(details: With(value));
        var options = new ConversionOptions { CreateContact = false, CreateOpportunity = false };
        var other = kind == CustomFieldKind.Text ? CustomFieldValue.FromText("south") : CustomFieldValue.FromText("n/a");

        var same = Map(kind).Preview(lead, options with { ExistingAccount = new AccountRecord { Id = "a", CustomFields = new Dictionary<string, CustomFieldValue> { ["y"] = value } } });
        var otherKind = Map(kind).Preview(lead, options with { ExistingAccount = new AccountRecord { Id = "a", CustomFields = new Dictionary<string, CustomFieldValue> { ["y"] = other } } });

        Assert.Empty(same.MergedFields);
        Assert.Equal(value, same.Account!.CustomFields["y"]);
        var merge = Assert.Single(otherKind.MergedFields);
        if (kind == CustomFieldKind.Text)
        {
            Assert.Equal(FieldMergeAction.Kept, merge.Action);
            Assert.Equal(other, otherKind.Account!.CustomFields["y"]);
        }
        else
        {
            // A custom value of another kind is no value of this field: a blank, which the lead fills.
            Assert.Equal(FieldMergeAction.Filled, merge.Action);
            Assert.Equal(value, otherKind.Account!.CustomFields["y"]);
        }
    }

    [Fact]
    public void Lists_are_the_same_item_by_item_and_other_values_by_value()
    {
        Assert.True(RecordValues.Same(new[] { "a", "b" }, new List<string> { "a", "b" }));
        Assert.False(RecordValues.Same(new[] { "a", "b" }, new[] { "b", "a" }));
        Assert.False(RecordValues.Same(new[] { "a" }, new[] { "A" }));
        Assert.True(RecordValues.Same(new Money(1, "EUR"), new Money(1, "EUR")));
        Assert.False(RecordValues.Same("a", new[] { "a" }));
    }

    [Fact]
    public void A_removed_standard_value_reads_blank_and_other_fields_are_untouched()
    {
        var values = new RecordValues();
        values.Set(AccountFields.Name, "Kimia");
        values.Set(AccountFields.Industry, "Retail");

        values.Remove(AccountFields.Name);

        Assert.Null(values.Read(AccountFields.Name));
        Assert.Equal("Retail", values.Read(AccountFields.Industry));
        Assert.Null(values.Read(TargetField.Custom(ConversionTarget.Account, "Industry", CustomFieldKind.Text)));
        Assert.Empty(values.CustomFields);
    }
}
