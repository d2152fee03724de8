using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class RecordMatcherTests
{
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);

    private static readonly ExistingAccount[] Accounts =
    [
        new("acc-kimia", "شرکت کیمیا گستر") { Phones = ["021 8888 0000"] },
        new("acc-contoso", "Contoso Ltd.") { Emails = ["info@contoso.example"], Phones = ["+1 425 555 0100"] },
        new("acc-fabrikam", "Fabrikam GmbH"),
    ];

    private static readonly ExistingContact[] Contacts =
    [
        new("con-ali", "علي", "رضايي") { AccountId = "acc-kimia", Phones = ["+98 912 345 6789"] },
        new("con-sara", "Sara", "Lima") { AccountId = "acc-contoso", Emails = ["Sara@Contoso.example"] },
        new("con-other-sara", "Sara", "Lima") { AccountId = "acc-fabrikam" },
        new("con-no-account", "Sara", "Lima") { AccountId = "acc-unknown" },
    ];

    private static LeadDetails PersianLead => new()
    {
        FirstName = "علی",
        LastName = "رضایی",
        CompanyName = "كيميا گستر سهامی خاص",
        BusinessPhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹",
    };

    [Fact]
    public void Accounts_are_found_by_company_name_and_phone()
    {
        var matcher = new RecordMatcher(Accounts, Contacts);

        var candidate = Assert.Single(matcher.FindAccounts(PersianLead with { BusinessPhone = "۰۲۱-۸۸۸۸۰۰۰۰" }));

        Assert.Equal("acc-kimia", candidate.RecordId);
        Assert.Equal(MatchKind.Account, candidate.Kind);
        Assert.Equal(90, candidate.Score); // company 50 + phone 40
        Assert.Equal([new MatchReason(MatchKeyKind.Phone, "2188880000"), new MatchReason(MatchKeyKind.CompanyName, "کیمیا گستر")], candidate.Reasons);
    }

    [Fact]
    public void Contacts_are_found_by_phone_name_and_their_account_name()
    {
        var matcher = new RecordMatcher(Accounts, Contacts);

        var candidate = Assert.Single(matcher.FindContacts(PersianLead));

        Assert.Equal("con-ali", candidate.RecordId);
        Assert.Equal(100, candidate.Score); // phone 40 + company 50 + name 30 = 120, capped
        Assert.Equal(
            [
                new MatchReason(MatchKeyKind.Phone, "9123456789"),
                new MatchReason(MatchKeyKind.CompanyName, "کیمیا گستر"),
                new MatchReason(MatchKeyKind.PersonName, "علی رضایی"),
            ],
            candidate.Reasons);
    }

    [Fact]
    public void Candidates_are_ordered_by_score_then_id_and_a_name_alone_is_too_weak()
    {
        var matcher = new RecordMatcher(Accounts, Contacts);
        var lead = new LeadDetails { FirstName = "sara", LastName = "LIMA", CompanyName = "Contoso, LLC", Emails = ["sara@contoso.example"] };

        var candidates = matcher.FindContacts(lead);

        // con-sara: e-mail 60 + company 50 + name 30; the other two Saras share only the name (30 < 40).
        var only = Assert.Single(candidates);
        Assert.Equal(("con-sara", 100), (only.RecordId, only.Score));

        var weak = new RecordMatcher(Accounts, Contacts, options: MatchOptions.Default with { MinimumScore = 30 });
        Assert.Equal(
            [("con-sara", 100), ("con-no-account", 30), ("con-other-sara", 30)],
            weak.FindContacts(lead).Select(c => (c.RecordId, c.Score)));
    }

    [Fact]
    public void Find_returns_all_kinds_ordered_and_never_the_lead_itself()
    {
        var lead = TestLeads.NewLead(Lifecycle, PersianLead);
        var twin = TestLeads.NewLead(Lifecycle, PersianLead with { CompanyName = null });
        var matcher = new RecordMatcher(Accounts, Contacts, [lead, twin]);

        var candidates = matcher.Find(lead);

        Assert.Equal(
            [(MatchKind.Contact, "con-ali", 100), (MatchKind.Lead, twin.Id.ToString(), 70), (MatchKind.Account, "acc-kimia", 50)],
            candidates.Select(c => (c.Kind, c.RecordId, c.Score)));
        Assert.Equal(3, matcher.Counts.Accounts + matcher.Counts.Leads - 2);
        Assert.Single(matcher.FindLeads(lead.Details, lead.Id));
        Assert.Equal(2, matcher.FindLeads(lead.Details).Count);
    }

    [Fact]
    public void A_key_shared_by_more_records_than_allowed_is_ignored()
    {
        var switchboard = "+1 425 555 0199";
        var contacts = Enumerable.Range(0, 5).Select(i => new ExistingContact($"c{i}") { Phones = [switchboard] }).ToArray();
        var lead = new LeadDetails { BusinessPhone = "(425) 555-0199" };

        Assert.Equal(5, new RecordMatcher([], contacts, options: MatchOptions.Default with { MaxRecordsPerKey = 5 }).FindContacts(lead).Count);
        Assert.Empty(new RecordMatcher([], contacts, options: MatchOptions.Default with { MaxRecordsPerKey = 4 }).FindContacts(lead));
    }

    [Fact]
    public void The_default_country_code_keeps_foreign_numbers_apart()
    {
        var accounts = new[] { new ExistingAccount("uk") { Phones = ["+44 20 7946 0000"] } };
        var lead = new LeadDetails { BusinessPhone = "020 7946 0000" };

        Assert.Single(new RecordMatcher(accounts, []).FindAccounts(lead));
        Assert.Empty(new RecordMatcher(accounts, [], options: MatchOptions.Default with { DefaultCountryCode = "98" }).FindAccounts(lead));
        Assert.Single(new RecordMatcher(accounts, [], options: MatchOptions.Default with { DefaultCountryCode = "+44" }).FindAccounts(lead));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Equal("accounts", Assert.Throws<ArgumentNullException>(() => new RecordMatcher(null!, [])).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentNullException>(() => new RecordMatcher([], null!)).ParamName);
        Assert.Equal("accounts", Assert.Throws<ArgumentException>(() => new RecordMatcher([null!], [])).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentException>(() => new RecordMatcher([], [null!])).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentException>(() => new RecordMatcher([], [], [null!])).ParamName);
        Assert.Equal("accounts", Assert.Throws<ArgumentException>(() => new RecordMatcher([new("a"), new("a")], [])).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentException>(() => new RecordMatcher([], [new("c"), new("c")])).ParamName);
        var lead = TestLeads.NewLead(Lifecycle);
        Assert.Equal("leads", Assert.Throws<ArgumentException>(() => new RecordMatcher([], [], [lead, lead])).ParamName);

        var matcher = new RecordMatcher([], []);
        Assert.Throws<ArgumentNullException>(() => matcher.FindAccounts(null!));
        Assert.Throws<ArgumentNullException>(() => matcher.FindContacts(null!));
        Assert.Throws<ArgumentNullException>(() => matcher.FindLeads(null!));
        Assert.Throws<ArgumentNullException>(() => matcher.Find(null!));
    }

    [Fact]
    public void Existing_records_check_their_id_and_lists()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ExistingAccount(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ExistingAccount(" ")).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => new ExistingAccount("a") with { Id = "" }).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ExistingContact("")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ExistingContact(null!)).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => new ExistingContact("c") with { Id = "\t" }).ParamName);
        Assert.Equal("Emails", Assert.Throws<ArgumentNullException>(() => new ExistingAccount("a") { Emails = null! }).ParamName);
        Assert.Equal("Phones", Assert.Throws<ArgumentException>(() => new ExistingAccount("a") { Phones = [null!] }).ParamName);
        Assert.Equal("Emails", Assert.Throws<ArgumentException>(() => new ExistingContact("c") { Emails = ["x@y.z", null!] }).ParamName);
        Assert.Equal("Phones", Assert.Throws<ArgumentNullException>(() => new ExistingContact("c") { Phones = null! }).ParamName);
    }

    [Fact]
    public void Existing_records_compare_their_lists_item_by_item()
    {
        Assert.Equal(new ExistingAccount("a", "A") { Emails = ["x@y.z"] }, new ExistingAccount("a", "A") { Emails = ["x@y.z"] });
        Assert.NotEqual(new ExistingAccount("a") { Phones = ["1"] }, new ExistingAccount("a") { Phones = ["2"] });
        Assert.Equal(new ExistingContact("c", "S", "L") { Phones = ["1"], AccountId = "a" }, new ExistingContact("c", "S", "L") { Phones = ["1"], AccountId = "a" });
        Assert.NotEqual(new ExistingContact("c") { AccountId = "a" }, new ExistingContact("c") { AccountId = "b" });
        Assert.Empty(new ExistingContact("c").Emails);
    }

    [Fact]
    public void Options_check_their_values()
    {
        Assert.Equal((40, 100, (string?)null), (MatchOptions.Default.MinimumScore, MatchOptions.Default.MaxRecordsPerKey, MatchOptions.Default.DefaultCountryCode));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchOptions.Default with { MinimumScore = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchOptions.Default with { MinimumScore = 101 });
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchOptions.Default with { MaxRecordsPerKey = 1 });
        Assert.Throws<ArgumentException>(() => MatchOptions.Default with { DefaultCountryCode = "0098" });
        Assert.Equal(100, (MatchOptions.Default with { MinimumScore = 100 }).MinimumScore);
        Assert.Equal(2, (MatchOptions.Default with { MaxRecordsPerKey = 2 }).MaxRecordsPerKey);
    }
}
