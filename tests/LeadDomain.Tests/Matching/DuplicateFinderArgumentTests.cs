using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary><see cref="DuplicateFinder"/>'s refusals word for word, its overloads' guards and the order of its pairs.</summary>
public sealed class DuplicateFinderArgumentTests
{
    private static readonly DuplicateFinder Finder = new();

    private static readonly LeadDetails Sara = new() { FirstName = "Sara", LastName = "Lima", Emails = ["sara.lima@contoso.example"] };

    private static KeyValuePair<string, LeadDetails> Row(string id, LeadDetails details) => KeyValuePair.Create(id, details);

    [Fact]
    public void A_null_record_is_refused_with_its_position()
    {
        var leads = Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row("a", Sara), default]));
        var contacts = Assert.Throws<ArgumentException>(() => Finder.FindContacts([new ExistingContact("c1"), null!]));
        var accounts = Assert.Throws<ArgumentException>(() => Finder.FindAccounts([null!]));

        Assert.Equal("Item 1 of leads has an empty id: give every record its id. (Parameter 'leads')", leads.Message);
        Assert.Equal("Item 1 of contacts is null: remove it. (Parameter 'contacts')", contacts.Message);
        Assert.Equal("Item 0 of accounts is null: remove it. (Parameter 'accounts')", accounts.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void An_empty_id_is_refused_with_its_position(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row("a", Sara), Row("b", Sara), Row(id, Sara)]));

        Assert.Equal("Item 2 of leads has an empty id: give every record its id. (Parameter 'leads')", e.Message);
    }

    [Fact]
    public void Null_details_are_refused_with_the_leads_position_and_id()
    {
        var e = Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row("a", Sara), Row("lead-7", null!)]));

        Assert.Equal("leads", e.ParamName);
        Assert.Equal("The details of lead 1 ('lead-7') are null: give every lead its details. (Parameter 'leads')", e.Message);
    }

    [Fact]
    public void An_id_given_twice_is_refused_with_the_id()
    {
        var leads = Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row("a", Sara), Row("b", Sara), Row("a", Sara)]));
        var contacts = Assert.Throws<ArgumentException>(() => Finder.FindContacts([new ExistingContact("c1"), new ExistingContact("c1")]));
        var accounts = Assert.Throws<ArgumentException>(() => Finder.FindAccounts([new ExistingAccount("a1"), new ExistingAccount("a1")]));

        Assert.Equal("Two items of leads have the id 'a': give each record once. (Parameter 'leads')", leads.Message);
        Assert.Equal("Two items of contacts have the id 'c1': give each record once. (Parameter 'contacts')", contacts.Message);
        Assert.Equal("Two items of accounts have the id 'a1': give each record once. (Parameter 'accounts')", accounts.Message);
    }

    [Fact]
    public void Null_sets_and_null_records_to_compare_are_refused_by_name()
    {
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => Finder.FindLeadDetails(null!)).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentNullException>(() => Finder.FindContacts(null!)).ParamName);
        Assert.Equal("accounts", Assert.Throws<ArgumentNullException>(() => Finder.FindAccounts(null!)).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => Finder.Compare(null!, Sara)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => Finder.Compare(Sara, (LeadDetails)null!)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => Finder.Compare(null!, new ExistingContact("c1"))).ParamName);
        Assert.Equal("contact", Assert.Throws<ArgumentNullException>(() => Finder.Compare(Sara, (ExistingContact)null!)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => Finder.Compare(null!, new ExistingAccount("a1"))).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => Finder.Compare(Sara, (ExistingAccount)null!)).ParamName);
    }

    [Fact]
    public void The_options_are_the_defaults_unless_given_and_are_checked()
    {
        var strict = MatchOptions.Default with { DuplicateScore = 80 };

        Assert.Same(MatchOptions.Default, new DuplicateFinder().Options);
        Assert.Same(MatchOptions.Default, new DuplicateFinder(null).Options);
        Assert.Same(strict, new DuplicateFinder(strict).Options);
        var e = Assert.Throws<ArgumentException>(() => new DuplicateFinder(MatchOptions.Default with { PossibleDuplicateScore = 51 }));
        Assert.Equal("options", e.ParamName);
    }

    [Fact]
    public void The_default_country_reads_numbers_without_a_calling_code()
    {
        // "1 425 555 0100" is a US number only when the country is known (NANP's national prefix 1); unknown, it is
        // read as 11 digits, one more than "+1 425 555 0100"'s national number: a typo, not the same number.
        var us = new DuplicateFinder(MatchOptions.Default with { DefaultCountry = "US" });
        var national = new LeadDetails { FirstName = "Ali", LastName = "Rezaei", MobilePhone = "1 425 555 0100" };
        var international = new LeadDetails { FirstName = "Ali", LastName = "Rezaei", MobilePhone = "+1 425 555 0100" };
        static double Phone(MatchComparison c) => Assert.Single(c.Reasons, r => r.Field == MatchField.Phone).Similarity;
        static double PhoneOf(IReadOnlyList<DuplicatePair> pairs) => Phone(Assert.Single(pairs).Comparison);

        Assert.Equal(1.0, Phone(us.Compare(national, international)));
        Assert.Equal(0.9, Phone(Finder.Compare(national, international)));
        Assert.Equal(1.0, Phone(us.Compare(national, new ExistingContact("c1", "Ali", "Rezaei") { Phones = ["+1 425 555 0100"] })));
        Assert.Equal(0.9, Phone(Finder.Compare(national, new ExistingContact("c1", "Ali", "Rezaei") { Phones = ["+1 425 555 0100"] })));
        Assert.Equal(1.0, Phone(us.Compare(national with { CompanyName = "Kimia" }, new ExistingAccount("a1", "Kimia") { Phones = ["+1 425 555 0100"] })));
        Assert.Equal(0.9, Phone(Finder.Compare(national with { CompanyName = "Kimia" }, new ExistingAccount("a1", "Kimia") { Phones = ["+1 425 555 0100"] })));
        Assert.Equal(1.0, PhoneOf(us.FindLeadDetails([Row("a", national), Row("b", international)])));
        Assert.Equal(1.0, PhoneOf(us.FindContacts([new ExistingContact("c1", "Ali", "Rezaei") { Phones = ["1 425 555 0100"] }, new ExistingContact("c2", "Ali", "Rezaei") { Phones = ["+1 425 555 0100"] }])));
        Assert.Equal(1.0, PhoneOf(us.FindAccounts([new ExistingAccount("a1", "Kimia") { Phones = ["1 425 555 0100"] }, new ExistingAccount("a2", "Kimia") { Phones = ["+1 425 555 0100"] }])));
        Assert.Equal(0.9, PhoneOf(Finder.FindAccounts([new ExistingAccount("a1", "Kimia") { Phones = ["1 425 555 0100"] }, new ExistingAccount("a2", "Kimia") { Phones = ["+1 425 555 0100"] }])));
    }

    [Fact]
    public void Pairs_come_duplicates_first_then_by_score_then_by_ids_each_with_the_lower_id_first()
    {
        // x: names and company, nothing against (a duplicate at 60); y: a first name against, so a possible duplicate
        // however high its score (85); z: three identical records (a duplicate at 90 each).
        var x = new LeadDetails { FirstName = "Stephen", LastName = "Thomas", CompanyName = "Harbor Consulting Corp." };
        var y1 = new LeadDetails { FirstName = "Sara", LastName = "Lima", Emails = ["slima@fabrikam.example"], MobilePhone = "+1 206 555 0101" };
        var y2 = y1 with { FirstName = "Helen" };
        var z = new LeadDetails { FirstName = "Ali", LastName = "Rezaei", Emails = ["ali@kimia.example"] };

        var pairs = Finder.FindLeadDetails(
            [Row("y2", y2), Row("x2", x with { BusinessPhone = "+1 303 644 7359" }), Row("zc", z), Row("x1", x), Row("zb", z), Row("y1", y1), Row("za", z)]);

        Assert.Equal(
            [("za", "zb"), ("za", "zc"), ("zb", "zc"), ("x1", "x2"), ("y1", "y2")],
            pairs.Select(p => (p.First, p.Second)));
        Assert.Equal([90, 90, 90, 60, 85], pairs.Select(p => p.Comparison.Score));
        Assert.Equal(MatchTier.PossibleDuplicate, pairs[^1].Comparison.Tier);
        Assert.Equal(("SARA", "HELEN"), pairs[^1].Comparison.Reasons.Single(r => r.Field == MatchField.FirstName) is var f ? (f.First, f.Second) : default);
        Assert.Equal($"za ~ zb: {pairs[0].Comparison}", pairs[0].ToString());
    }
}
