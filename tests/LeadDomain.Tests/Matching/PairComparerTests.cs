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
        // disagree, and the shared e-mail address alone decides (as in Dynamics 365's default rule, "Leads with the same e-mail address").
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "عبدالرحمن", LastName = "الشمري", Emails = ["a.shammari@example.ae"] },
            new LeadDetails { FirstName = "Abdulrahman", LastName = "Al-Shammari", Emails = ["a.shammari@example.ae"] });

        Assert.Equal([MatchField.Email], comparison.Reasons.Select(r => r.Field));
        Assert.Equal((MatchTier.Duplicate, 50, false), (comparison.Tier, comparison.Score, comparison.IsCapped));
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

        Assert.Equal((0.0, -15), Assert.Single(otherYear.Reasons, r => r.Field == MatchField.Email) is var o ? (o.Similarity, o.Points) : default);
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

    [Fact]
    public void Company_words_agree_through_a_typo_in_a_short_word_and_a_typo_in_a_spelt_out_abbreviation()
    {
        // نقش/نهش: one letter in three, where Jaro-Winkler alone falls below agreement.
        Assert.True(PairComparer.CompanySimilarity("یکتا نقش خلیج", ["یکتا", "نقش", "خلیج"], "یکتا نهش خلیج", ["یکتا", "نهش", "خلیج"]) >= 0.88);

        // "Bros" and "Brotehrs" (a typo of Brothers): abbreviations are read as the full word, so the typo still agrees.
        var brothers = Finder.Compare(
            new LeadDetails { FirstName = "Mary", LastName = "Jackson", CompanyName = "Woodgrove Southridge Bros" },
            new LeadDetails { FirstName = "Mary", LastName = "Jackson", CompanyName = "Woodgrove Southridge Brotehrs, Incorporated" });
        Assert.True(Assert.Single(brothers.Reasons, r => r.Field == MatchField.CompanyName).Points > 0);

        // Two words that differ by more than a typo still count nothing: "Horizon Pharma" is not "Horizon Foods".
        Assert.True(PairComparer.CompanySimilarity("HORIZON PHARMA", ["HORIZON", "PHARMA"], "HORIZON FOODS", ["HORIZON", "FOODS"]) < 0.75);
        Assert.True(PairComparer.CompanySimilarity("NOVA SUN", ["NOVA", "SUN"], "NOVA MOON", ["NOVA", "MOON"]) < 0.75);
    }

    [Fact]
    public void A_single_name_given_in_the_other_slot_agrees_with_the_name_it_is()
    {
        // One record gives its only name as the last name: it is the other's first name, not a near miss of its last.
        var maryam = Finder.Compare(
            new LeadDetails { FirstName = "مريم", LastName = "المصري", MobilePhone = "+971 51 504 7664" },
            new LeadDetails { LastName = "مريم", MobilePhone = "+971 51 504 7664" });

        var name = Assert.Single(maryam.Reasons, r => r.Field is MatchField.FirstName or MatchField.LastName);
        Assert.Equal((MatchField.FirstName, 1.0, 15), (name.Field, name.Similarity, name.Points));
        Assert.Equal(MatchTier.Duplicate, maryam.Tier);
    }

    [Fact]
    public void Another_house_number_is_another_address_but_two_swapped_digits_are_a_typo()
    {
        var sara = new LeadDetails { FirstName = "سعاد", LastName = "الشامي", CompanyName = "مؤسسة الدانة الفجر" };
        PostalAddress At(string line) => new(line, City: "الشارقة", Country: "AE");

        var other = Finder.Compare(sara with { Address = At("شارع الرشيد 36") }, sara with { Address = At("شارع الرشيد 71") });
        var near = Finder.Compare(sara with { Address = At("شارع الرشيد 36") }, sara with { Address = At("شارع الرشيد 37") });
        var swapped = Finder.Compare(sara with { Address = At("شارع الرشيد 36") }, sara with { Address = At("شارع الرشيد 63") });
        var dropped = Finder.Compare(sara with { Address = At("شارع الرشيد 136") }, sara with { Address = At("شارع الرشيد 36") });

        Assert.True(Assert.Single(other.Reasons, r => r.Field == MatchField.Address).Points < 0);
        Assert.True(Assert.Single(near.Reasons, r => r.Field == MatchField.Address).Points < 0);
        Assert.True(Assert.Single(swapped.Reasons, r => r.Field == MatchField.Address).Points > 0);
        Assert.True(Assert.Single(dropped.Reasons, r => r.Field == MatchField.Address).Points > 0);
        Assert.True(PairComparer.DigitsSwappedOrDropped("12 MAIN ST", "21 MAIN ST"));
        Assert.True(PairComparer.DigitsSwappedOrDropped("12 MAIN ST", "2 MAIN ST"));
        Assert.False(PairComparer.DigitsSwappedOrDropped("12 MAIN ST", "13 MAIN ST"));
        Assert.False(PairComparer.DigitsSwappedOrDropped("MAIN ST", "MAIN ST"));
    }

    [Fact]
    public void Both_names_and_one_organisation_field_with_nothing_against_are_a_duplicate_but_not_with_a_field_against()
    {
        var steven = new LeadDetails { FirstName = "Stephen", LastName = "Thomas", CompanyName = "Harbor Consulting Corp." };

        var companyOnly = Finder.Compare(steven, steven with { BusinessPhone = "+1 303 644 7359" });
        var mailboxesDiffer = Finder.Compare(steven with { Emails = ["stephen@harborcons.example"] }, steven with { Emails = ["sthomas@harborcons.example"] });

        Assert.Equal((MatchTier.Duplicate, 60), (companyOnly.Tier, companyOnly.Score));
        Assert.Equal(MatchTier.PossibleDuplicate, mailboxesDiffer.Tier);
    }

    [Fact]
    public void A_legal_form_with_a_typo_is_still_a_legal_form_but_a_short_one_is_not_guessed()
    {
        var fatima = new LeadDetails { FirstName = "فاطمة", LastName = "الكعبي" };

        var typos = Finder.Compare(fatima with { CompanyName = "مؤسسة الصحراء الكيمياء المحدودة" }, fatima with { CompanyName = "مثسسة الصحراء الكيمياء اخلمحدودة" });
        var english = Finder.Compare(fatima with { CompanyName = "Contoso Pharma Limited" }, fatima with { CompanyName = "Contoso Pharma Limitd" });
        var shortForm = Finder.Compare(fatima with { CompanyName = "برکت صنعت" }, fatima with { CompanyName = "صنعت" });

        Assert.Equal((1.0, "الصحرا الکیمیا"), Assert.Single(typos.Reasons, r => r.Field == MatchField.CompanyName) is var t ? (t.Similarity, t.First) : default);
        Assert.Equal(1.0, Assert.Single(english.Reasons, r => r.Field == MatchField.CompanyName).Similarity);
        Assert.NotEqual(1.0, Assert.Single(shortForm.Reasons, r => r.Field == MatchField.CompanyName).Similarity); // برکت is no typo of شرکت here
    }

    [Fact]
    public void A_word_of_one_company_name_counts_for_one_word_of_the_other_only()
    {
        // "Yasmin Yasmin" shares one word with "Fajr Yasmin", not two.
        Assert.True(PairComparer.CompanySimilarity("الیاسمین الیاسمین", ["الیاسمین", "الیاسمین"], "الفجر الیاسمین", ["الفجر", "الیاسمین"]) < 0.75);
        Assert.True(PairComparer.CompanySimilarity("TRADE TRADE", ["TRADE", "TRADE"], "DAMAVAND TRADE", ["DAMAVAND", "TRADE"]) < 0.75);
        Assert.Equal(1.0, PairComparer.CompanySimilarity("AL YASMIN", ["YASMIN", "AL"], "YASMIN AL", ["AL", "YASMIN"]), 3);
    }
}
