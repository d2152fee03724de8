using LeadDomain.Conversion;

namespace LeadDomain.Tests.Conversion;

/// <summary>ConversionOptions.cs: equality by value, every member taking part and the field policies compared by content.</summary>
public sealed class ConversionOptionsTests : RecordEqualityTests<ConversionOptions>
{
    private static ConversionOptions Full => new()
    {
        CreateOpportunity = false,
        ExistingAccount = new AccountRecord { Id = "a-1" },
        ExistingContact = new ContactRecord { Id = "c-1", Emails = ["sara@kimia.example"] },
        FieldPolicies = new Dictionary<TargetField, FieldMergePolicy> { [ContactFields.FirstName] = FieldMergePolicy.Overwrite },
        NewAccountId = "a-2",
        Owner = "reza",
    };

    protected override ConversionOptions EqualitySample => Full;

    [Fact]
    public void Options_holding_equal_existing_records_built_apart_are_equal()
    {
        ConversionOptions Make() => Full with { ExistingContact = new ContactRecord { Id = "c-1", Emails = ["sara@kimia.example"] } };

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
    }
}
