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
        var lead = TestLeads.NewLead(lifecycle);                          // Sara Lima, Contoso Ltda, sara@contoso.example
        var otherLeads = new[] { TestLeads.NewLead(lifecycle, TestLeads.Persian) };
        var allLeads = otherLeads.Append(lead).ToArray();

        // README: matching
        string? company = MatchKeys.CompanyName("كيميا گستر سهامی خاص"); // "کیمیا گستر", as for "شرکت کیمیا گستر"
        string? phone = MatchKeys.Phone("۰۹۱۲ ۳۴۵ ۶۷۸۹");               // "9123456789", as for "+98 912 345 6789"

        var matcher = new RecordMatcher(                                 // built once (hash indexes), queried many times
            accounts: [new ExistingAccount("acc-1", "Contoso Ltd.") { Phones = ["+1 425 555 0100"] }],
            contacts: [new ExistingContact("con-1", "Sara", "Lima") { AccountId = "acc-1", Emails = ["sara@contoso.example"] }],
            leads: otherLeads,                                           // optional: find duplicate leads too
            options: MatchOptions.Default with { DefaultCountryCode = "1" });

        foreach (MatchCandidate candidate in matcher.Find(lead))        // accounts, contacts, leads; best score first
        {
            Console.WriteLine(candidate);                                // "Contact con-1 (100: Email 'sara@contoso.example', ...)"
        }

        IReadOnlyList<DuplicateLeadPair> pairs = DuplicateLeads.Find(allLeads); // indexed by key, never all pairs

        // Convert onto what already exists instead of creating duplicates: load the matched records from your store.
        string? accountId = matcher.FindAccounts(lead.Details) is [var account, ..] ? account.RecordId : null; // "acc-1"
        string? contactId = matcher.FindContacts(lead.Details) is [var contact, ..] ? contact.RecordId : null; // "con-1"
        ConversionResult result = ConversionMap.Default.Convert(lead, "ali", new ConversionOptions
        {
            ExistingAccount = accountId is null ? null : new AccountRecord { Id = accountId, Name = "Contoso Ltd." },
            ExistingContact = contactId is null ? null : new ContactRecord { Id = contactId, AccountId = accountId, LastName = "Lima" },
            QualifyOpenLead = true,
        });
        // README: end

        Assert.Equal("کیمیا گستر", company);
        Assert.Equal(MatchKeys.CompanyName("شرکت کیمیا گستر"), company);
        Assert.Equal("9123456789", phone);
        Assert.Equal(MatchKeys.Phone("+98 912 345 6789"), phone);
        Assert.Equal(
            ["Contact con-1 (100: Email 'sara@contoso.example', CompanyName 'CONTOSO', PersonName 'SARA LIMA')", "Account acc-1 (50: CompanyName 'CONTOSO')"],
            matcher.Find(lead).Select(c => c.ToString()));
        Assert.Empty(pairs);
        Assert.Equal(("acc-1", false, "con-1", false), (result.Account!.Id, result.Account.IsNew, result.Contact!.Id, result.Contact.IsNew));
        Assert.Equal(new LeadDomain.Leads.LeadConversion("acc-1", "con-1", result.Opportunity!.Id), lead.Conversion);
    }
}
