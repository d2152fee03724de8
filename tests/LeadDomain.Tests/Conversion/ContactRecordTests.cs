using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>
/// ContactRecord.cs: an attached contact comes back with every field it had, field by field (each reader and each
/// line of the record's making), and a field is blank to the merge only when it has no value (an empty list, an
/// unset flag).
/// </summary>
public sealed class ContactRecordTests : RecordEqualityTests<ContactRecord>
{
    private static readonly ConversionMap NoRules = ConversionMap.CreateBuilder().Build();

    private static ContactRecord Full => new()
    {
        Id = "c-1",
        AccountId = "a-1",
        Salutation = "Dr.",
        FirstName = "Sara",
        MiddleName = "M.",
        LastName = "Lima",
        JobTitle = "CTO",
        Emails = ["sara@kimia.example", "s.lima@kimia.example"],
        BusinessPhone = "021 1111 0000",
        MobilePhone = "0912 345 6789",
        HomePhone = "021 2222 0000",
        OtherPhone = "021 3333 0000",
        Fax = "021 1111 0001",
        Address = new PostalAddress("Valiasr 1", City: "Tehran", Country: "Iran"),
        PreferredContactMethod = PreferredContactMethod.Email,
        Source = LeadSource.Partner,
        Owner = "reza",
        Description = "Champion",
        DoNotEmail = true,
        DoNotBulkEmail = true,
        DoNotPhone = true,
        DoNotFax = true,
        DoNotPostalMail = true,
        CustomFields = new Dictionary<string, CustomFieldValue> { ["score"] = CustomFieldValue.FromNumber(7) },
    };

    public static TheoryData<string> FieldNames =>
        [.. typeof(ContactRecord).GetProperties().Select(p => p.Name).Where(n => n is not (nameof(ContactRecord.Id) or nameof(ContactRecord.IsNew) or nameof(ContactRecord.AccountId) or nameof(ContactRecord.OriginatingLeadId) or nameof(ContactRecord.CustomFields)))];

    private static ConversionResult Attach(ContactRecord existing, ConversionMap? map = null, LeadDetails? details = null) =>
        (map ?? NoRules).Preview(
            TestLeads.NewLead(details: details),
            new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a-1" }, ExistingContact = existing, CreateOpportunity = false });

    [Fact]
    public void An_attached_contact_with_every_field_set_comes_back_unchanged()
    {
        var existing = Full;

        var contact = Attach(existing).Contact!;

        Assert.Equal(existing with { CustomFields = contact.CustomFields }, contact);
        Assert.Equal(existing.CustomFields, contact.CustomFields);
    }

    [Fact]
    public void An_attached_contact_with_no_field_set_comes_back_blank_with_no_e_mail_and_its_flags_unset()
    {
        var existing = new ContactRecord { Id = "c-2", AccountId = "a-1" };

        var contact = Attach(existing).Contact!;

        Assert.Empty(contact.Emails);
        Assert.Equal(existing with { Emails = contact.Emails, CustomFields = contact.CustomFields }, contact);
        Assert.Empty(contact.CustomFields);
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void Each_field_alone_comes_back_and_the_others_stay_blank(string name)
    {
        var property = typeof(ContactRecord).GetProperty(name)!;
        var existing = new ContactRecord { Id = "c-3", AccountId = "a-1" };
        property.SetValue(existing, property.GetValue(Full));

        var contact = Attach(existing).Contact!;

        Assert.Equal(existing with { Emails = contact.Emails, CustomFields = contact.CustomFields }, contact);
        Assert.Equal(existing.Emails, contact.Emails);
    }

    [Fact]
    public void An_empty_e_mail_list_is_a_blank_the_lead_fills_and_an_equal_list_is_no_merge()
    {
        var map = ConversionMap.CreateBuilder().Map(LeadField.Emails, ContactFields.Emails).Build();
        var details = TestLeads.Qualifiable with { Emails = ["sara@kimia.example", "s.lima@kimia.example"] };

        var filled = Attach(new ContactRecord { Id = "c-4", AccountId = "a-1", Emails = [] }, map, details);
        var same = Attach(Full with { Emails = ["sara@kimia.example", "s.lima@kimia.example"] }, map, details);

        Assert.Equal(FieldMergeAction.Filled, Assert.Single(filled.MergedFields).Action);
        Assert.Equal(details.Emails, filled.Contact!.Emails);
        Assert.Empty(same.MergedFields);
    }

    [Fact]
    public void A_set_flag_is_a_value_to_the_merge_and_an_unset_flag_is_a_blank_it_fills()
    {
        var map = ConversionMap.CreateBuilder().Map(LeadField.DoNotPhone, ContactFields.DoNotPhone).Build();
        var details = TestLeads.Qualifiable with { DoNotPhone = true };

        var same = Attach(Full, map, details);
        var filled = Attach(new ContactRecord { Id = "c-5", AccountId = "a-1" }, map, details);

        Assert.Empty(same.MergedFields);
        Assert.Equal([new FieldMerge(ContactFields.DoNotPhone, FieldMergeAction.Filled, null, true)], filled.MergedFields);
        Assert.True(filled.Contact!.DoNotPhone);
    }

    protected override ContactRecord EqualitySample => Full;
}
