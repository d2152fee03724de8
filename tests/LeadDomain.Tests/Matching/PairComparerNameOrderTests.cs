using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>
/// When <c>PairComparer.Evaluate</c> reads two records' names the other way round (first against last), and when a
/// record giving one name is taken for the only person of that name at the organisation (issue 13).
/// </summary>
public sealed class PairComparerNameOrderTests
{
    private static readonly DuplicateFinder Finder = new();

    [Theory]
    // As many names agree either way (one), and the swapped names are closer by more than 0.2 in all: swapped.
    [InlineData("Ana", "Sayid", "Sayid", "Al Sayed", "ANA", "AL SAYED", "SAYID", "SAYID")]
    // As many agree either way, the swapped ones not closer by more than 0.2 (0.95 against 1): direct.
    [InlineData("Ana", "Lopes", "Ana", "Anna", "ANA", "ANA", "LOPES", "ANNA")]
    [InlineData("Lopes", "Ana", "Anna", "Ana", "LOPES", "ANNA", "ANA", "ANA")]
    // A name exactly at agreement (0.88) counts as agreeing, direct or swapped.
    [InlineData("ABCD", "Lopes", "XBCD", "ABCD", "ABCD", "XBCD", "LOPES", "ABCD")]
    [InlineData("Lopes", "ABCD", "ABCD", "XBCD", "LOPES", "ABCD", "ABCD", "XBCD")]
    // Swapped, the closer pair counts as the last name whichever record comes first.
    [InlineData("ABCD", "Lopes", "Silva", "XBCD", "LOPES", "SILVA", "ABCD", "XBCD")]
    [InlineData("Lopes", "ABCD", "XBCD", "Silva", "LOPES", "SILVA", "ABCD", "XBCD")]
    [InlineData("Silva", "XBCD", "ABCD", "Lopes", "SILVA", "LOPES", "XBCD", "ABCD")]
    public void Names_are_read_the_other_way_round_when_more_agree_or_as_many_and_closer(
        string aFirst, string aLast, string bFirst, string bLast, string first1, string first2, string last1, string last2)
    {
        var comparison = Finder.Compare(new LeadDetails { FirstName = aFirst, LastName = aLast }, new LeadDetails { FirstName = bFirst, LastName = bLast });

        var first = Assert.Single(comparison.Reasons, r => r.Field == MatchField.FirstName);
        var last = Assert.Single(comparison.Reasons, r => r.Field == MatchField.LastName);
        Assert.Equal((first1, first2, last1, last2), (first.First, first.Second, last.First, last.Second));
    }

    [Fact]
    public void Both_names_disagreeing_cap_the_pair_even_with_one_address()
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "Maria", LastName = "Ferreira", Emails = ["ana@contoso.example"] },
            new LeadDetails { FirstName = "Joana", LastName = "Lopes", Emails = ["ana@contoso.example"] });

        Assert.True(comparison.IsCapped);
    }

    [Fact]
    public void A_website_only_one_record_gives_is_not_compared()
    {
        var comparison = Finder.Compare(new LeadDetails { CompanyName = "Contoso", Website = "https://www.contoso.example" }, new LeadDetails { CompanyName = "Contoso" });

        Assert.DoesNotContain(comparison.Reasons, r => r.Field == MatchField.Website);
        Assert.Equal(40, comparison.Score);
    }

    [Fact]
    public void An_address_half_way_between_the_e_mail_thresholds_is_neither_for_nor_against()
    {
        // Two letters of four differ: 0.5, exactly the disagreement threshold, which disagrees only below it.
        var comparison = Finder.Compare(new LeadDetails { FirstName = "Ana", LastName = "Lopes", Emails = ["abcd@gmail.com"] }, new LeadDetails { FirstName = "Ana", LastName = "Lopes", Emails = ["abxy@gmail.com"] });

        Assert.Equal((0.5, 0), Assert.Single(comparison.Reasons, r => r.Field == MatchField.Email) is var e ? (e.Similarity, e.Points) : default);
    }

    [Fact]
    public void Deciding_without_reasons_between_organisations_counts_every_organisation_field_they_could_agree_on()
    {
        // Two organisations: nothing before the organisation's fields, which could add 40 + 30 + 20 + 25 = 115.
        var a = MatchProfile.ForLead("1", new LeadDetails { CompanyName = "Contoso" }, null);
        var b = MatchProfile.ForLead("2", new LeadDetails { CompanyName = "Contoso" }, null);

        Assert.Equal((40, MatchTier.None, false), PairComparer.Evaluate(a, b, MatchOptions.Default with { DuplicateScore = 200, PossibleDuplicateScore = 115 }, null));
        Assert.Equal((0, MatchTier.None, false), PairComparer.Evaluate(a, b, MatchOptions.Default with { DuplicateScore = 200, PossibleDuplicateScore = 116 }, null));
    }

    private static KeyValuePair<string, LeadDetails> Row(string id, LeadDetails details) => KeyValuePair.Create(id, details);

    private static readonly LeadDetails Negar = new() { FirstName = "Negar", LastName = "Nikpour", CompanyName = "Contoso Pharma" };

    [Fact]
    public void The_only_person_of_a_first_name_given_alone_lifts_the_pair_from_the_duplicate_score_on()
    {
        // 15 (first name) + 20 (company) = 35, and half the heavier name's weight (25 / 2 = 12): 47.
        var single = new LeadDetails { FirstName = "Negar", CompanyName = "Contoso Pharma" };
        DuplicatePair Pair(int duplicate) =>
            Assert.Single(new DuplicateFinder(new MatchOptions { DuplicateScore = duplicate, PossibleDuplicateScore = 30 }).FindLeadDetails([Row("a", Negar), Row("b", single)]));

        var at = Pair(47);
        var above = Pair(48);

        // The first name agrees, so the missing last name is inferred: half the last name's 25.
        Assert.Equal(new MatchReason(MatchField.NameAtOrganization, 1, 12, "NEGAR", "NIKPOUR"), Assert.Single(at.Comparison.Reasons, r => r.Field == MatchField.NameAtOrganization));
        Assert.Equal((MatchTier.Duplicate, 47, false), (at.Comparison.Tier, at.Comparison.Score, at.Comparison.IsCapped));
        Assert.DoesNotContain(above.Comparison.Reasons, r => r.Field == MatchField.NameAtOrganization);
        Assert.Equal((MatchTier.PossibleDuplicate, 35, true), (above.Comparison.Tier, above.Comparison.Score, above.Comparison.IsCapped));
    }

    [Fact]
    public void No_name_is_inferred_for_a_pair_that_shares_no_organisation_field()
    {
        // Blocking would not propose this pair: compared with the context of the two records.
        var a = MatchProfile.ForLead("a", Negar, null);
        var b = MatchProfile.ForLead("b", new LeadDetails { LastName = "Nikpour" }, null);
        var reasons = new List<MatchReason>();

        var result = PairComparer.Evaluate(a, b, new MatchOptions { DuplicateScore = 30, PossibleDuplicateScore = 20 }, reasons, NameContext.Build([a, b]));

        Assert.DoesNotContain(reasons, r => r.Field == MatchField.NameAtOrganization);
        Assert.Equal((25, MatchTier.PossibleDuplicate, true), result);
    }

    [Fact]
    public void No_name_is_inferred_for_a_pair_that_is_not_capped()
    {
        var single = new LeadDetails { LastName = "Nikpour", CompanyName = "Contoso Pharma", MobilePhone = "+1 303 644 7359" };

        var pair = Assert.Single(Finder.FindLeadDetails([Row("a", Negar with { MobilePhone = "+1 303 644 7359" }), Row("b", single)]));

        Assert.DoesNotContain(pair.Comparison.Reasons, r => r.Field == MatchField.NameAtOrganization);
        Assert.Equal((MatchTier.Duplicate, 25 + 35 + 20, false), (pair.Comparison.Tier, pair.Comparison.Score, pair.Comparison.IsCapped));
    }

    [Fact]
    public void Two_records_that_each_give_one_name_and_differ_are_neither_for_nor_against_it()
    {
        // Mina and Sadeghi may be the two halves of one name: the same mailbox and mobile decide.
        var a = new LeadDetails { LastName = "Mina", Emails = ["mina.s@contoso.example"], MobilePhone = "+98 912 345 6789" };
        var b = new LeadDetails { LastName = "Sadeghi", Emails = ["mina.s@contoso.example"], MobilePhone = "+98 912 345 6789" };

        foreach (var comparison in new[] { Finder.Compare(a, b), Finder.Compare(b, a) })
        {
            Assert.DoesNotContain(comparison.Reasons, r => r.Field is MatchField.FirstName or MatchField.LastName);
            Assert.Equal((MatchTier.Duplicate, 85, false), (comparison.Tier, comparison.Score, comparison.IsCapped));
        }
    }

    [Fact]
    public void Two_records_that_each_give_one_name_and_agree_count_it()
    {
        var comparison = Finder.Compare(new LeadDetails { LastName = "Lopes" }, new LeadDetails { LastName = "Lopez" });

        Assert.Equal(25, Assert.Single(comparison.Reasons, r => r.Field == MatchField.LastName).Points);
    }

    [Fact]
    public void A_record_that_gives_one_name_is_read_against_the_closer_of_the_others_names()
    {
        // KAROL is far from LOPES (a disagreement, and a cap) but near KARIM (0.81: neither for nor against).
        var lone = new LeadDetails { LastName = "Karol", Emails = ["karol@contoso.example"] };
        var both = new LeadDetails { FirstName = "Karim", LastName = "Lopes", Emails = ["karol@contoso.example"] };

        var forward = Finder.Compare(lone, both);
        var backward = Finder.Compare(both, lone);

        var name = Assert.Single(forward.Reasons, r => r.Field is MatchField.FirstName or MatchField.LastName);
        Assert.Equal((MatchField.FirstName, "KAROL", "KARIM", 0), (name.Field, name.First, name.Second, name.Points));
        Assert.Equal((MatchTier.Duplicate, 50, false), (forward.Tier, forward.Score, forward.IsCapped));
        Assert.Equal((forward.Tier, forward.Score, forward.IsCapped), (backward.Tier, backward.Score, backward.IsCapped));
    }

    [Fact]
    public void A_lone_name_that_agrees_with_the_others_first_name_counts_as_a_first_name_in_either_order()
    {
        var lone = new LeadDetails { LastName = "Maryam" };
        var both = new LeadDetails { FirstName = "Maryam", LastName = "Almasri" };

        foreach (var comparison in new[] { Finder.Compare(lone, both), Finder.Compare(both, lone) })
        {
            var name = Assert.Single(comparison.Reasons, r => r.Field is MatchField.FirstName or MatchField.LastName);
            Assert.Equal((MatchField.FirstName, 15), (name.Field, name.Points));
        }
    }
}
