using LeadDomain.Conversion;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Matching and duplicates" example, compiled, run and checked against its comments.</summary>
public sealed class MatchingExample
{
    [Fact]
    public void Runs()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var lead = TestLeads.NewLead(lifecycle, new LeadDetails
        {
            FirstName = "علی", LastName = "رضایی", CompanyName = "شرکت کیمیا گستر", MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹",
            Emails = ["ali.rezaei@kimia.example"], Address = new PostalAddress(Country: "ایران"),
        });
        var typed = TestLeads.NewLead(lifecycle, new LeadDetails
        {
            FirstName = "رضايي", LastName = "علي", CompanyName = "كيميا گستر سهامی خاص", MobilePhone = "+98 912 345 6798",
            Emails = ["Ali.Rezaei@Kimia.example"],
        });
        var colleague = TestLeads.NewLead(lifecycle, new LeadDetails
        {
            FirstName = "سارا", LastName = "کریمی", CompanyName = "کیمیا گستر", BusinessPhone = "021 8888 0000",
            Emails = ["sara.karimi@kimia.example"], Address = new PostalAddress(Country: "IR"),
        });
        var allLeads = new[] { lead, typed, colleague };

        // README: matching
        var finder = new DuplicateFinder(MatchOptions.Default with { DefaultCountry = "IR" });
        IReadOnlyList<DuplicatePair> pairs = finder.FindLeads(allLeads); // blocking, comparing, deciding; never all pairs
        foreach (DuplicatePair pair in pairs)
        {
            Console.WriteLine(pair.Comparison);
            // Duplicate 136: Email +50 (1.00: 'ali.rezaei@kimia.example' ~ 'ali.rezaei@kimia.example'),
            //   Phone +26 (0.90: '9123456789' ~ '9123456798'), FirstName +15 (1.00: 'علی' ~ 'علی'),
            //   LastName +25 (1.00: 'رضایی' ~ 'رضایی'), CompanyName +20 (1.00: 'کیمیا گستر' ~ 'کیمیا گستر')
            // (one digit swapped in the phone, first and last name swapped, Arabic ي/ك, another legal form)
        }

        MatchComparison one = finder.Compare(lead.Details, colleague.Details); // one pair, on request
        // None -55 (capped): Email -30 (two mailboxes at one domain), Phone +0 (a mobile against a switchboard: two lines), FirstName -25,
        //   LastName -30, CompanyName +20, EmailDomain +10: a colleague at the same company is not the same person

        // Before converting: which existing accounts and contacts are this lead's? Load them from your store.
        var matcher = new RecordMatcher(
            accounts: [new ExistingAccount("acc-1", "کیمیا گستر") { Website = "https://www.kimia.example" }],
            contacts: [new ExistingContact("con-1", "علي", "رضائي") { AccountId = "acc-1", Emails = ["ali.rezaei@kimia.example"] }],
            leads: allLeads,
            options: finder.Options);
        string? contactId = matcher.FindContacts(lead.Details) is [{ Comparison.Tier: MatchTier.Duplicate } contact, ..] ? contact.RecordId : null;
        ConversionResult result = ConversionMap.Default.Convert(lead, "ali", new ConversionOptions
        {
            ExistingAccount = contactId is null ? null : new AccountRecord { Id = "acc-1", Name = "کیمیا گستر" },
            ExistingContact = contactId is null ? null : new ContactRecord { Id = contactId, AccountId = "acc-1", LastName = "رضائي" },
            QualifyOpenLead = true,
        });
        // README: end

        var only = Assert.Single(pairs);
        Assert.Equal(MatchTier.Duplicate, only.Comparison.Tier);
        Assert.Equal(new HashSet<string> { lead.Id.ToString(), typed.Id.ToString() }, new HashSet<string> { only.First, only.Second });
        Assert.Equal(136, only.Comparison.Score);
        Assert.Contains("Phone +26 (0.90: ", only.Comparison.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            "None -55 (capped): Email -30 (0.00: 'ali.rezaei@kimia.example' ~ 'sara.karimi@kimia.example'), Phone +0 (0.00: '9123456789' ~ '2188880000'), "
            + "FirstName -25 (0.00: 'علی' ~ 'سارا'), LastName -30 (0.73: 'رضایی' ~ 'کریمی'), CompanyName +20 (1.00: 'کیمیا گستر' ~ 'کیمیا گستر'), "
            + "EmailDomain +10 (1.00: 'kimia.example' ~ 'kimia.example')",
            one.ToString());
        Assert.Equal(
            [MatchField.Email, MatchField.Phone, MatchField.FirstName, MatchField.LastName, MatchField.CompanyName],
            only.Comparison.Reasons.Select(r => r.Field));
        Assert.Equal((MatchTier.None, true), (one.Tier, one.IsCapped));
        Assert.Equal("con-1", contactId);
        Assert.Equal("con-1", result.Contact!.Id);
    }
}
