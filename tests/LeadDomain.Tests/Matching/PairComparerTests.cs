using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class PairComparerTests
{
    private static readonly DuplicateFinder Finder = new();

    [Fact]
    public void Names_in_two_scripts_are_no_evidence_either_way()
    {
        // The library does not transliterate: عبدالرحمن and Abdulrahman cannot be compared, so they neither agree nor
        // disagree, and the shared e-mail address alone decides.
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "عبدالرحمن", LastName = "الشمري", Emails = ["a.shammari@example.ae"] },
            new LeadDetails { FirstName = "Abdulrahman", LastName = "Al-Shammari", Emails = ["a.shammari@example.ae"] });

        Assert.Equal([MatchField.Email], comparison.Reasons.Select(r => r.Field));
        Assert.Equal((MatchTier.PossibleDuplicate, 50, false), (comparison.Tier, comparison.Score, comparison.IsCapped));
        Assert.Equal(1, PairComparer.ScriptOf("ALI"));
        Assert.Equal(1, PairComparer.ScriptOf("JOÃO"));
        Assert.Equal(2, PairComparer.ScriptOf("علی"));
        Assert.Equal(3, PairComparer.ScriptOf("ИВАН"));
    }

    [Fact]
    public void A_mailbox_with_other_digits_is_another_address_but_a_digit_typo_is_not()
    {
        var nuno = new LeadDetails { FirstName = "Nuno", LastName = "Carvalho" };

        var otherYear = Finder.Compare(nuno with { Emails = ["nuno.carvalho71@gmail.com"] }, nuno with { Emails = ["nuno.carvalho91@gmail.com"] });
        var swapped = Finder.Compare(nuno with { Emails = ["nuno.carvalho71@gmail.com"] }, nuno with { Emails = ["nuno.carvalho17@gmail.com"] });
        var letterTypo = Finder.Compare(nuno with { Emails = ["nuno.carvalho71@gmail.com"] }, nuno with { Emails = ["nuno.carvalo71@gmail.com"] });

        Assert.Equal((0.0, -10), Assert.Single(otherYear.Reasons, r => r.Field == MatchField.Email) is var o ? (o.Similarity, o.Points) : default);
        Assert.NotEqual(MatchTier.Duplicate, otherYear.Tier);
        Assert.Equal(MatchTier.Duplicate, swapped.Tier);
        Assert.Equal(MatchTier.Duplicate, letterTypo.Tier);
    }

    [Theory]
    [InlineData("carvalho71", "carvalho71", true)]
    [InlineData("carvalho", "carvalo", true)]
    [InlineData("carvalho71", "carvalho17", true)]
    [InlineData("carvalho71", "carvalho7", true)]
    [InlineData("carvalho", "carvalho1", true)]
    [InlineData("carvalho71", "carvalho91", false)]
    [InlineData("a1b2c3", "a1b3c2", true)]
    [InlineData("a1b2c3", "a3b2c1", false)]
    [InlineData("carvalho1971", "carvalho71", false)]
    public void Digits_of_two_mailbox_names_differ_by_a_typo_or_not(string x, string y, bool typo)
    {
        Assert.Equal(typo, PairComparer.DigitsMayAgree(x, y));
        Assert.Equal(typo, PairComparer.DigitsMayAgree(y, x));
    }

    [Fact]
    public void A_name_whose_words_are_within_the_other_is_neither_for_nor_against()
    {
        // Portuguese and Spanish surnames: people drop one of two. Another family may share the word, so no points,
        // but it is no longer a different person.
        var maria = new LeadDetails { FirstName = "Maria", Emails = ["maria.silva@sapo.pt"] };

        var comparison = Finder.Compare(maria with { LastName = "Santos Silva" }, maria with { LastName = "Silva" });
        var another = Finder.Compare(maria with { LastName = "Santos Silva" }, maria with { LastName = "Costa" });

        Assert.Equal((0.85, 0), Assert.Single(comparison.Reasons, r => r.Field == MatchField.LastName) is var l ? (l.Similarity, l.Points) : default);
        Assert.Equal((MatchTier.Duplicate, false), (comparison.Tier, comparison.IsCapped));
        Assert.True(another.IsCapped);
    }
}
