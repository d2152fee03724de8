using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class RecordMatcherTests
{
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);

    private static readonly ExistingAccount[] Accounts =
    [
        new("acc-kimia", "شرکت کیمیا گستر") { Phones = ["021 8888 0000"], Website = "kimia.ir" },
        new("acc-contoso", "Contoso Ltd.") { Emails = ["info@contoso.example"], Phones = ["+1 425 555 0100"] },
        new("acc-fabrikam", "Fabrikam GmbH"),
    ];

    private static readonly ExistingContact[] Contacts =
    [
        new("con-ali", "علي", "رضايي") { AccountId = "acc-kimia", Phones = ["+98 912 345 6789"], Emails = ["ali@kimia.ir"] },
        new("con-sara", "Sara", "Lima") { AccountId = "acc-contoso", Emails = ["Sara@Contoso.example"] },
        new("con-other-sara", "Sara", "Lima") { AccountId = "acc-fabrikam" },
    ];

    private static LeadDetails PersianLead => new()
    {
        FirstName = "علی",
        LastName = "رضایی",
        CompanyName = "كيميا گستر سهامی خاص",
        MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        Website = "https://www.kimia.ir",
        Address = new PostalAddress(City: "تهران", Country: "ایران"),
    };

    [Fact]
    public void Accounts_are_compared_as_organisations()
    {
        var matcher = new RecordMatcher(Accounts, Contacts);

        var candidate = Assert.Single(matcher.FindAccounts(PersianLead));

        Assert.Equal(("acc-kimia", MatchKind.Account, MatchTier.Duplicate), (candidate.RecordId, candidate.Kind, candidate.Comparison.Tier));
        Assert.Equal(
            [(MatchField.Phone, 0), (MatchField.CompanyName, 40), (MatchField.Website, 30), (MatchField.EmailDomain, 25)],
            candidate.Comparison.Reasons.Select(r => (r.Field, r.Points)));
    }

    [Fact]
    public void Contacts_are_compared_as_people_with_their_account_name_as_company()
    {
        var matcher = new RecordMatcher(Accounts, Contacts);

        var candidate = Assert.Single(matcher.FindContacts(PersianLead));

        Assert.Equal(("con-ali", MatchTier.Duplicate), (candidate.RecordId, candidate.Comparison.Tier));
        Assert.Contains(candidate.Comparison.Reasons, r => r is { Field: MatchField.CompanyName, Points: 20 });
    }

    [Fact]
    public void A_same_named_person_at_another_company_is_not_a_candidate()
    {
        var matcher = new RecordMatcher(Accounts, Contacts);
        var lead = new LeadDetails { FirstName = "sara", LastName = "LIMA", CompanyName = "Contoso, LLC", Emails = ["sara@contoso.example"] };

        var candidates = matcher.FindContacts(lead);

        Assert.Equal(
            [("con-sara", MatchTier.Duplicate)],
            candidates.Select(c => (c.RecordId, c.Comparison.Tier)));
    }

    [Fact]
    public void Find_returns_all_kinds_ordered_and_never_the_lead_itself()
    {
        var lead = TestLeads.NewLead(Lifecycle, PersianLead with { Topic = "x" });
        var twin = TestLeads.NewLead(Lifecycle, PersianLead with { Topic = "x", CompanyName = null });
        var matcher = new RecordMatcher(Accounts, Contacts, [lead, twin]);

        var candidates = matcher.Find(lead);

        Assert.Equal(
            [(MatchKind.Account, "acc-kimia"), (MatchKind.Contact, "con-ali"), (MatchKind.Lead, twin.Id.ToString())],
            candidates.OrderBy(c => c.Kind).Select(c => (c.Kind, c.RecordId)));
        Assert.Equal((3, 3, 2), matcher.Counts);
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Equal("accounts", Assert.Throws<ArgumentNullException>(() => new RecordMatcher(null!, Contacts)).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentException>(() => new RecordMatcher(Accounts, [Contacts[0], Contacts[0]])).ParamName);
        Assert.Equal("accounts", Assert.Throws<ArgumentException>(() => new RecordMatcher([null!], Contacts)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new RecordMatcher(Accounts, Contacts).FindLeads(null!));
    }
}
