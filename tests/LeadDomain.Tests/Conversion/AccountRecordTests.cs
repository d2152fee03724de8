using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>
/// AccountRecord.cs: an attached account comes back with every field it had, field by field (each reader and each
/// line of the record's making), and a field is blank to the merge only when it has no value.
/// </summary>
public sealed class AccountRecordTests : RecordEqualityTests<AccountRecord>
{
    private static readonly ConversionMap NoRules = ConversionMap.CreateBuilder().Build();

    internal static AccountRecord Full => new()
    {
        Id = "a-1",
        Name = "Kimia Group",
        Industry = "Retail",
        AnnualRevenue = new Money(1_000_000, "EUR"),
        NumberOfEmployees = 42,
        Phone = "021 1111 0000",
        Fax = "021 1111 0001",
        Email = "info@kimia.example",
        Website = "https://kimia.example",
        Address = new PostalAddress("Valiasr 1", City: "Tehran", Country: "Iran"),
        Source = LeadSource.Partner,
        Owner = "reza",
        Description = "Key account",
        DoNotEmail = true,
        DoNotBulkEmail = true,
        DoNotPhone = true,
        DoNotFax = true,
        DoNotPostalMail = true,
        CustomFields = new Dictionary<string, CustomFieldValue> { ["tier"] = CustomFieldValue.FromText("gold") },
    };

    private static AccountRecord Attached(AccountRecord existing, ConversionMap? map = null, LeadDetails? details = null) =>
        (map ?? NoRules).Preview(
            TestLeads.NewLead(details: details),
            new ConversionOptions { ExistingAccount = existing, CreateContact = false, CreateOpportunity = false }).Account!;

    public static TheoryData<string> FieldNames =>
        [.. typeof(AccountRecord).GetProperties().Select(p => p.Name).Where(n => n is not (nameof(AccountRecord.Id) or nameof(AccountRecord.IsNew) or nameof(AccountRecord.OriginatingLeadId) or nameof(AccountRecord.CustomFields)))];

    [Fact]
    public void An_attached_account_with_every_field_set_comes_back_unchanged()
    {
        var existing = Full;

        var account = Attached(existing);

        Assert.Equal(existing with { CustomFields = account.CustomFields }, account);
        Assert.Equal(existing.CustomFields, account.CustomFields);
    }

    [Fact]
    public void An_attached_account_with_no_field_set_comes_back_blank_with_its_flags_unset()
    {
        var existing = new AccountRecord { Id = "a-2" };

        var account = Attached(existing);

        Assert.Equal(existing with { CustomFields = account.CustomFields }, account);
        Assert.Empty(account.CustomFields);
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void Each_field_alone_comes_back_and_the_others_stay_blank(string name)
    {
        var property = typeof(AccountRecord).GetProperty(name)!;
        var existing = new AccountRecord { Id = "a-3" };
        property.SetValue(existing, property.GetValue(Full));

        var account = Attached(existing);

        Assert.Equal(existing with { CustomFields = account.CustomFields }, account);
    }

    [Fact]
    public void A_set_flag_is_a_value_to_the_merge_and_an_unset_flag_is_a_blank_it_fills()
    {
        var map = ConversionMap.CreateBuilder().Map(LeadField.DoNotEmail, AccountFields.DoNotEmail).Build();
        var lead = TestLeads.Qualifiable with { DoNotEmail = true };

        var same = map.Preview(TestLeads.NewLead(details: lead), new ConversionOptions { ExistingAccount = Full, CreateContact = false, CreateOpportunity = false });
        var filled = map.Preview(TestLeads.NewLead(details: lead), new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a-4" }, CreateContact = false, CreateOpportunity = false });

        Assert.Empty(same.MergedFields);
        Assert.Equal([new FieldMerge(AccountFields.DoNotEmail, FieldMergeAction.Filled, null, true)], filled.MergedFields);
        Assert.True(filled.Account!.DoNotEmail);
    }

    protected override AccountRecord EqualitySample => Full;
}
