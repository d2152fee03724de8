using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary><see cref="RecordMatcher"/>'s refusals word for word, its guards, and the order and kinds of its candidates.</summary>
public sealed class RecordMatcherArgumentTests
{
    private static readonly LeadDetails Sara = new() { FirstName = "Sara", LastName = "Lima", Emails = ["sara.lima@contoso.example"] };

    [Fact]
    public void Null_and_repeated_records_are_refused_word_for_word()
    {
        var lead = TestLeads.NewLead(details: Sara with { Topic = "x" });

        var nullContact = Assert.Throws<ArgumentException>(() => new RecordMatcher([], [new ExistingContact("c1"), null!]));
        var nullLead = Assert.Throws<ArgumentException>(() => new RecordMatcher([], [], [lead, null!]));
        var twiceAccount = Assert.Throws<ArgumentException>(() => new RecordMatcher([new ExistingAccount("a1"), new ExistingAccount("a1")], []));
        var twiceLead = Assert.Throws<ArgumentException>(() => new RecordMatcher([], [], [lead, lead]));

        Assert.Equal("Item 1 of contacts is null: remove it. (Parameter 'contacts')", nullContact.Message);
        Assert.Equal("Item 1 of leads is null: remove it. (Parameter 'leads')", nullLead.Message);
        Assert.Equal("Two items of accounts have the id 'a1': give each record once. (Parameter 'accounts')", twiceAccount.Message);
        Assert.Equal($"Two items of leads have the id '{lead.Id}': give each record once. (Parameter 'leads')", twiceLead.Message);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var matcher = new RecordMatcher([], []);

        Assert.Equal("contacts", Assert.Throws<ArgumentNullException>(() => new RecordMatcher([], null!)).ParamName);
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => matcher.FindAccounts(null!)).ParamName);
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => matcher.FindContacts(null!)).ParamName);
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => matcher.FindLeads(null!)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => matcher.Find(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new RecordMatcher([], [], null, MatchOptions.Default with { PossibleDuplicateScore = 51 })).ParamName);
    }

    [Fact]
    public void The_options_and_counts_are_kept()
    {
        var options = MatchOptions.Default with { DuplicateScore = 60 };
        var lead = TestLeads.NewLead(details: Sara with { Topic = "x" });

        var matcher = new RecordMatcher([new ExistingAccount("a1")], [new ExistingContact("c1"), new ExistingContact("c2")], [lead], options);

        Assert.Same(options, matcher.Options);
        Assert.Same(MatchOptions.Default, new RecordMatcher([], []).Options);
        Assert.Equal((1, 2, 1), matcher.Counts);
        Assert.Equal((0, 0, 0), new RecordMatcher([], []).Counts);
    }

    [Fact]
    public void A_record_alone_under_its_key_is_still_found()
    {
        var matcher = new RecordMatcher([], [new ExistingContact("c1", "Sara", "Lima") { Emails = ["sara.lima@contoso.example"] }]);

        var candidate = Assert.Single(matcher.FindContacts(Sara));

        Assert.Equal(("c1", MatchKind.Contact, MatchTier.Duplicate), (candidate.RecordId, candidate.Kind, candidate.Comparison.Tier));
        Assert.Equal($"Contact c1: {candidate.Comparison}", candidate.ToString());
        Assert.Equal(candidate.Comparison.Score, candidate.Comparison.Reasons.Sum(r => r.Points));
    }

    [Fact]
    public void A_contact_without_a_company_takes_its_accounts_name_only_when_the_account_is_known()
    {
        var lead = new LeadDetails { FirstName = "Sara", LastName = "Lima", CompanyName = "Contoso" };
        var accounts = new[] { new ExistingAccount("a1", "Contoso") };

        var matcher = new RecordMatcher(
            accounts,
            [
                new ExistingContact("c-account", "Sara", "Lima") { AccountId = "a1" },
                new ExistingContact("c-unknown", "Sara", "Lima") { AccountId = "a2" },
                new ExistingContact("c-own", "Sara", "Lima") { AccountId = "a1", CompanyName = "Fabrikam" },
            ]);

        var candidates = matcher.FindContacts(lead);

        var byId = candidates.ToDictionary(c => c.RecordId);
        Assert.Equal(1.0, Assert.Single(byId["c-account"].Comparison.Reasons, r => r.Field == MatchField.CompanyName).Similarity);
        Assert.True(!byId.TryGetValue("c-unknown", out var unknown) || unknown.Comparison.Reasons.All(r => r.Field != MatchField.CompanyName));
        Assert.True(!byId.TryGetValue("c-own", out var own) || Assert.Single(own.Comparison.Reasons, r => r.Field == MatchField.CompanyName).Points < 0);
    }

    [Fact]
    public void Candidates_of_one_score_come_by_kind_then_by_id_and_the_lead_itself_is_excluded()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle, Sara with { Topic = "x" });
        var other = TestLeads.NewLead(lifecycle, Sara with { Topic = "y" });
        var contact = new ExistingContact("c-b", "Sara", "Lima") { Emails = ["sara.lima@contoso.example"] };
        var matcher = new RecordMatcher([], [contact with { Id = "c-b" }, contact with { Id = "c-a" }], [lead, other]);

        var all = matcher.Find(lead);
        var excluded = matcher.FindLeads(Sara, lead.Id);
        var notExcluded = matcher.FindLeads(Sara);

        Assert.Equal([(MatchKind.Contact, "c-a"), (MatchKind.Contact, "c-b"), (MatchKind.Lead, other.Id.ToString())], all.Select(c => (c.Kind, c.RecordId)));
        Assert.Equal([other.Id.ToString()], excluded.Select(c => c.RecordId));
        Assert.Equal(2, notExcluded.Count);
        Assert.Equal(["c-a", "c-b"], matcher.FindContacts(Sara).Select(c => c.RecordId));
    }

    [Fact]
    public void Candidates_come_duplicates_first_then_by_score()
    {
        // "Helen Lima" shares the address and the mobile but not the first name: a possible duplicate with a higher
        // score than "Sara Lima"'s duplicate on names and e-mail.
        var home = new PostalAddress("12 Pike St", City: "Seattle", PostalCode: "98101");
        var lead = Sara with { MobilePhone = "+1 206 555 0101", Address = home };
        var matcher = new RecordMatcher(
            [],
            [
                new ExistingContact("c-helen", "Helen", "Lima") { Emails = ["sara.lima@contoso.example"], Phones = ["+1 206 555 0101"], Address = home },
                new ExistingContact("c-sara", "Sara", "Lima") { Emails = ["sara.lima@contoso.example"] },
                new ExistingContact("c-s", "Sara", "Lima") { Phones = ["+1 206 555 0101"] },
            ]);

        var candidates = matcher.FindContacts(lead);

        Assert.Equal(["c-sara", "c-s", "c-helen"], candidates.Select(c => c.RecordId));
        Assert.Equal([MatchTier.Duplicate, MatchTier.Duplicate, MatchTier.PossibleDuplicate], candidates.Select(c => c.Comparison.Tier));
        Assert.True(candidates[0].Comparison.Score > candidates[1].Comparison.Score);
        Assert.True(candidates[2].Comparison.Score > candidates[0].Comparison.Score);
    }
}
