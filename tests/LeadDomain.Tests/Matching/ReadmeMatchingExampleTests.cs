using LeadDomain.Lifecycle;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>The README's "Matching and duplicates" example, kept compiling and checked against its comments.</summary>
public sealed class ReadmeMatchingExampleTests
{
    [Fact]
    public void The_readme_example_compiles_and_gives_what_its_comments_say()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.None);
        var lead = TestLeads.NewLead(lifecycle);                          // Sara Lima, Contoso Ltda, sara@contoso.example
        var otherLeads = new[] { TestLeads.NewLead(lifecycle, TestLeads.Persian) };
        var allLeads = otherLeads.Append(lead).ToArray();

        // From README.md, verbatim:
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

        // The comments' claims:
        Assert.Equal("کیمیا گستر", company);
        Assert.Equal(MatchKeys.CompanyName("شرکت کیمیا گستر"), company);
        Assert.Equal("9123456789", phone);
        Assert.Equal(MatchKeys.Phone("+98 912 345 6789"), phone);
        Assert.Equal(
            ["Contact con-1 (100: Email 'sara@contoso.example', CompanyName 'CONTOSO', PersonName 'SARA LIMA')", "Account acc-1 (50: CompanyName 'CONTOSO')"],
            matcher.Find(lead).Select(c => c.ToString()));
        Assert.Empty(pairs);
    }
}
