using System.ComponentModel;
using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>TargetField.cs: a custom field's checks, what it holds, and how a field names itself.</summary>
public sealed class TargetFieldTests
{
    [Fact]
    public void A_custom_field_holds_its_record_name_kind_and_value_type()
    {
        var field = TargetField.Custom(ConversionTarget.Contact, "Seats", CustomFieldKind.Number);

        Assert.Equal((ConversionTarget.Contact, "Seats", CustomFieldKind.Number, typeof(decimal)), (field.Target, field.Name, field.CustomKind, field.ValueType));
        Assert.True(field.IsCustom);
        Assert.True(field.IsKnown);
        Assert.Equal("Contact custom field 'Seats' (Number)", field.ToString());
    }

    [Fact]
    public void A_standard_field_is_not_custom_and_is_named_record_dot_property()
    {
        Assert.False(AccountFields.Name.IsCustom);
        Assert.Null(AccountFields.Name.CustomKind);
        Assert.True(AccountFields.Name.IsKnown);
        Assert.Equal("Account.Name", AccountFields.Name.ToString());
        Assert.Equal("Opportunity.Budget", OpportunityFields.Budget.ToString());
        Assert.Equal(typeof(Money), OpportunityFields.Budget.ValueType);
    }

    [Fact]
    public void The_default_field_and_a_field_of_an_undefined_record_are_unknown()
    {
        Assert.False(default(TargetField).IsKnown);
        Assert.Equal("(unknown target field)", default(TargetField).ToString());

        var undefined = new TargetField((ConversionTarget)99, "Name", typeof(string));
        Assert.False(undefined.IsKnown);
        Assert.Equal("(unknown target field)", undefined.ToString());
    }

    [Fact]
    public void A_custom_field_needs_a_name_and_defined_record_and_kind()
    {
        Assert.Throws<ArgumentNullException>(() => TargetField.Custom(ConversionTarget.Account, null!, CustomFieldKind.Text));
        Assert.Throws<ArgumentException>(() => TargetField.Custom(ConversionTarget.Account, "", CustomFieldKind.Text));
        Assert.Throws<ArgumentException>(() => TargetField.Custom(ConversionTarget.Account, "  ", CustomFieldKind.Text));
        Assert.Throws<InvalidEnumArgumentException>(() => TargetField.Custom((ConversionTarget)99, "Region", CustomFieldKind.Text));
        Assert.Throws<InvalidEnumArgumentException>(() => TargetField.Custom(ConversionTarget.Account, "Region", (CustomFieldKind)99));
    }

    [Fact]
    public void Fields_are_equal_by_record_name_and_kind()
    {
        Assert.Equal(TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Text));
        Assert.NotEqual(TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Contact, "Region", CustomFieldKind.Text));
        Assert.NotEqual(TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Number));
        Assert.NotEqual(TargetField.Custom(ConversionTarget.Account, "Name", CustomFieldKind.Text), AccountFields.Name);
    }
}
