using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>
/// How <c>PairComparer.Contacts.cs</c> scores e-mail addresses, phone numbers and postal addresses, through a
/// comparison of two leads: the closest pair, each similarity rule at its edges (issue 13).
/// </summary>
public sealed class PairComparerContactsScoringTests
{
    private static readonly DuplicateFinder Finder = new();
    private static readonly LeadDetails Ana = new() { FirstName = "Ana", LastName = "Lopes" };

    private static (double Similarity, int Points) Field(LeadDetails a, LeadDetails b, MatchField field) =>
        Assert.Single(Finder.Compare(a, b).Reasons, r => r.Field == field) is var r ? (r.Similarity, r.Points) : default;

    private static (double Similarity, int Points) Email(string x, string y) => Field(Ana with { Emails = [x] }, Ana with { Emails = [y] }, MatchField.Email);

    [Theory]
    [InlineData("nuno.carvalho@gmail.com", "nuno.carvalo@gmail.com", 0.9231, 40)] // one letter in 13: 1 - 1/13
    [InlineData("abcde@gmail.com", "abcdf@gmail.com", 0.9, 38)] // 0.8 reaches agreement, then counts as 0.9
    [InlineData("abcd@gmail.com", "abce@gmail.com", 0.75, 0)] // one letter in four: below agreement, not against
    [InlineData("abcd@gmail.com", "wxyz@gmail.com", 0, -15)] // more than two edits
    [InlineData("abc@gmail.com", "abd@gmail.com", 0, -15)] // names shorter than four letters are not compared
    [InlineData("nuno@contoso.com", "nuno@contoso.co", 0.9, 38)] // a typo in the domain
    [InlineData("nuno@contoso.com", "nuno@kontozo.com", 0, -15)] // two typos in the domain
    [InlineData("nuno@pars438.com", "nuno@pars838.com", 0, -15)] // the domains' numbers differ
    [InlineData("ana@contoso.com", "ana@contoso.co", 0, -15)] // a name shorter than four letters at another domain
    [InlineData("nuno@contoso.com", "nuna@contoso.co", 0, -15)] // another name at another domain
    public void An_address_agrees_by_the_edit_distance_of_its_name_or_a_typo_in_its_domain(string x, string y, double similarity, int points)
    {
        Assert.Equal((similarity, points), Email(x, y));
        Assert.Equal((similarity, points), Email(y, x));
    }

    [Fact]
    public void The_closest_pair_of_addresses_is_scored_and_named()
    {
        var comparison = Finder.Compare(
            Ana with { Emails = ["zz@fabrikam.example", "nuno.carvalho@gmail.com", "nuno.carvalo@gmail.com"] },
            Ana with { Emails = ["nuno.carvalho@gmail.com"] });
        var typo = Finder.Compare(
            Ana with { Emails = ["zz@gmail.com", "nuno.carvalo@gmail.com"] },
            Ana with { Emails = ["qq@gmail.com", "nuno.carvalho@gmail.com"] });

        Assert.Equal(new MatchReason(MatchField.Email, 1, 50, "nuno.carvalho@gmail.com", "nuno.carvalho@gmail.com"), Assert.Single(comparison.Reasons, r => r.Field == MatchField.Email));
        Assert.Equal(new MatchReason(MatchField.Email, 0.9231, 40, "nuno.carvalo@gmail.com", "nuno.carvalho@gmail.com"), Assert.Single(typo.Reasons, r => r.Field == MatchField.Email));
    }

    [Theory]
    [InlineData("+1 303 644 7359", 1, 35)]
    [InlineData("+1 303 644 7358", 0.9, 26)] // one digit wrong: 35 × 0.75 = 26.25
    [InlineData("+1 303 644 7395", 0.9, 26)] // two swapped
    [InlineData("+1 303 644 7368", 0.8, 18)] // two wrong: half, 17.5 rounded away from zero
    [InlineData("+1 303 644 7468", 0, -30)] // three wrong: two personal lines that differ
    public void Two_personal_lines_agree_by_their_digits(string other, double similarity, int points)
    {
        Assert.Equal((similarity, points), Field(Ana with { MobilePhone = "+1 303 644 7359" }, Ana with { MobilePhone = other }, MatchField.Phone));
        Assert.Equal((similarity, points), Field(Ana with { MobilePhone = other }, Ana with { MobilePhone = "+1 303 644 7359" }, MatchField.Phone));
    }

    [Fact]
    public void A_personal_line_that_agrees_with_a_typo_is_preferred_to_a_switchboard_that_agrees_exactly()
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 555 0100", MobilePhone = "+1 303 644 7359" },
            new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 555 0100", MobilePhone = "+1 303 644 7358" });

        var phone = Assert.Single(comparison.Reasons, r => r.Field == MatchField.Phone);
        Assert.Equal((0.9, 26), (phone.Similarity, phone.Points));
        Assert.Equal((15 + 26, false), (comparison.Score, comparison.IsCapped)); // the person's line: not capped
    }

    [Fact]
    public void A_personal_line_two_digits_off_still_agrees_and_is_preferred_to_a_switchboard_that_agrees_exactly()
    {
        // 0.8 is exactly the agreement threshold: a pair with a personal line agrees (at half its weight) and wins over
        // the switchboard both list, even when the switchboard's pair is read first (one's business line before its other).
        var one = new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 555 0100", OtherPhone = "+1 303 644 7359" };
        var other = new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 555 0100", MobilePhone = "+1 303 644 7368" };

        foreach (var comparison in new[] { Finder.Compare(one, other), Finder.Compare(other, one) })
        {
            var phone = Assert.Single(comparison.Reasons, r => r.Field == MatchField.Phone);
            Assert.Equal((0.8, 18), (phone.Similarity, phone.Points));
            Assert.False(comparison.IsCapped);
        }
    }

    [Fact]
    public void Of_equally_distant_addresses_the_first_pair_in_the_records_order_is_named()
    {
        var comparison = Finder.Compare(Ana with { Emails = ["zz@gmail.com", "qq@gmail.com"] }, Ana with { Emails = ["ww@gmail.com", "vv@gmail.com"] });

        var email = Assert.Single(comparison.Reasons, r => r.Field == MatchField.Email);
        Assert.Equal((0.0, "zz@gmail.com", "ww@gmail.com"), (email.Similarity, email.First, email.Second));
    }

    [Fact]
    public void The_same_number_listed_as_a_personal_line_by_one_record_is_no_switchboard()
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 644 7359" },
            new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 644 7359", MobilePhone = "+1 303 644 7359" });

        Assert.Equal((1.0, 35), Assert.Single(comparison.Reasons, r => r.Field == MatchField.Phone) is var p ? (p.Similarity, p.Points) : default);
        Assert.Equal((MatchTier.Duplicate, 50, false), (comparison.Tier, comparison.Score, comparison.IsCapped));
    }

    [Fact]
    public void Of_two_switchboards_the_closer_one_is_scored()
    {
        var comparison = Finder.Compare(
            Ana with { BusinessPhone = "+1 415 210 8833", OtherPhone = "+1 303 644 7359" },
            Ana with { BusinessPhone = "+1 303 644 7358" });

        Assert.Equal((0.9, 13), Assert.Single(comparison.Reasons, r => r.Field == MatchField.Phone) is var p ? (p.Similarity, p.Points) : default); // 17 × 0.75
    }

    private static (double Similarity, int Points)? Address(PostalAddress x, PostalAddress y) =>
        Finder.Compare(Ana with { Address = x }, Ana with { Address = y }).Reasons.Where(r => r.Field == MatchField.Address).Select(r => ((double, int)?)(r.Similarity, r.Points)).SingleOrDefault();

    [Fact]
    public void Postal_codes_alone_agree_when_equal_are_neutral_one_edit_apart_and_disagree_otherwise()
    {
        Assert.Equal((1.0, 15), Address(new(PostalCode: "80202"), new(PostalCode: "80 202")));
        Assert.Equal((0.8, 0), Address(new(PostalCode: "80202"), new(PostalCode: "80203")));
        Assert.Equal((0.0, -15), Address(new(PostalCode: "80202"), new(PostalCode: "10001")));
    }

    [Fact]
    public void A_city_alone_is_not_compared()
    {
        Assert.Null(Address(new(City: "Denver"), new(City: "Boulder")));
        Assert.Null(Address(new(City: "Denver", PostalCode: "80202"), new(City: "Denver")));
        Assert.Null(Address(new(City: "Denver", Line1: "12 Main St"), new(City: "Denver", PostalCode: "80202")));
    }

    [Fact]
    public void Postal_code_street_and_city_weigh_four_four_and_two()
    {
        var street = PairComparerJw("12 Main St", "12 Maine St");
        var city = Similarity.JaroWinkler("DENVER", "DENVERR");

        Assert.Equal(Math.Round(((0.4 * 1) + (0.4 * street) + (0.2 * city)) / 1.0, 4), Address(
            new("12 Main St", City: "Denver", PostalCode: "80202"),
            new("12 Maine St", City: "Denverr", PostalCode: "80202"))!.Value.Similarity);

        // Without a postal code: street and city, 0.4 and 0.2 of 0.6.
        Assert.Equal(Math.Round(((0.4 * street) + (0.2 * city)) / 0.6, 4), Address(
            new("12 Main St", City: "Denver"),
            new("12 Maine St", City: "Denverr"))!.Value.Similarity);

        // Postal code one edit apart (0.8) and the same city: (0.32 + 0.2) / 0.6.
        Assert.Equal(Math.Round(0.52 / 0.6, 4), Address(new(City: "Denver", PostalCode: "80202"), new(City: "Denver", PostalCode: "80203"))!.Value.Similarity);
    }

    [Fact]
    public void A_street_with_another_house_number_disagrees_and_with_two_digits_swapped_counts_nine_tenths()
    {
        var swapped = PairComparerJw("12 Main St", "21 Main St");

        Assert.Equal((1.0, 15), Address(new("12 Main St"), new("12 Main St")));
        Assert.Equal((0.0, -15), Address(new("12 Main St"), new("13 Main St")));
        Assert.Equal(Math.Round(0.9 * swapped, 4), Address(new("12 Main St"), new("21 Main St"))!.Value.Similarity);
        Assert.Equal(Math.Round(0.9 * PairComparerJw("12 Main St", "2 Main St"), 4), Address(new("12 Main St"), new("2 Main St"))!.Value.Similarity);
    }

    [Fact]
    public void The_shared_email_domain_is_the_first_in_ordinal_order()
    {
        var comparison = Finder.Compare(
            new LeadDetails { CompanyName = "Contoso", Emails = ["qq@fabrikam.example", "qq@contoso.example"] },
            new LeadDetails { CompanyName = "Contoso", Emails = ["zz@contoso.example", "zz@fabrikam.example"] });

        Assert.Equal(("contoso.example", "contoso.example"), Assert.Single(comparison.Reasons, r => r.Field == MatchField.EmailDomain) is var d ? (d.First, d.Second) : default);
    }

    // The street as the profile holds it (folded, abbreviations spelt out), compared by Jaro-Winkler.
    private static double PairComparerJw(string x, string y) =>
        Similarity.JaroWinkler(Abbreviations.StreetLine(x, null, null)!, Abbreviations.StreetLine(y, null, null)!);
}
