using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class NameContextTests
{
    private static readonly DuplicateFinder Finder = new(MatchOptions.Default with { DefaultCountry = "IR" });

    // One person written twice: once in full, once with the last name only, at one company with one switchboard.
    private static readonly LeadDetails Negar = new()
    {
        FirstName = "نگار", LastName = "نیکپور", CompanyName = "شرکت پویا سبز فناوران", BusinessPhone = "021 2694 7615",
        Emails = ["nnikpour@pars1850.example"],
    };

    private static readonly LeadDetails LastNameOnly = new()
    {
        LastName = "نيكپور", CompanyName = "پویا سبز فناوران سهامی عام", BusinessPhone = "+98 21 2694 7615",
    };

    private static KeyValuePair<string, LeadDetails> Row(string id, LeadDetails details) => KeyValuePair.Create(id, details);

    [Fact]
    public void A_record_with_one_name_is_the_only_person_of_that_name_at_the_organisation()
    {
        var pair = Assert.Single(Finder.FindLeadDetails([Row("a", Negar), Row("b", LastNameOnly)]));

        Assert.Equal((MatchTier.Duplicate, false), (pair.Comparison.Tier, pair.Comparison.IsCapped));
        var reason = Assert.Single(pair.Comparison.Reasons, r => r.Field == MatchField.NameAtOrganization);
        Assert.Equal(new MatchReason(MatchField.NameAtOrganization, 1, 7, "نیکپور", "نگار"), reason); // half the first name's 15
        Assert.Equal(pair.Comparison.Reasons.Sum(r => r.Points), pair.Comparison.Score);
    }

    [Fact]
    public void A_colleague_of_the_same_last_name_keeps_the_pair_possible()
    {
        var sara = Negar with { FirstName = "سارا", Emails = ["snikpour@pars1850.example"], MobilePhone = "0912 111 2233" };

        var pairs = Finder.FindLeadDetails([Row("a", Negar), Row("b", LastNameOnly), Row("c", sara)]);

        var pair = Assert.Single(pairs, p => (p.First, p.Second) == ("a", "b"));
        Assert.Equal((MatchTier.PossibleDuplicate, true), (pair.Comparison.Tier, pair.Comparison.IsCapped));
        Assert.DoesNotContain(pair.Comparison.Reasons, r => r.Field == MatchField.NameAtOrganization);
    }

    [Fact]
    public void One_pair_compared_on_request_has_no_context_and_stays_capped()
    {
        var comparison = Finder.Compare(Negar, LastNameOnly);

        Assert.Equal((MatchTier.PossibleDuplicate, true), (comparison.Tier, comparison.IsCapped));
        Assert.DoesNotContain(comparison.Reasons, r => r.Field == MatchField.NameAtOrganization);
    }

    [Fact]
    public void A_first_name_given_alone_or_swapped_into_the_last_name_is_found_in_arabic()
    {
        var khaled = new LeadDetails
        {
            FirstName = "خالد", LastName = "البلوشي", CompanyName = "مؤسسة الرؤية الجزيرة", BusinessPhone = "+971 4 697 9437",
            Emails = ["khaled.albalushi@gulf368.example"],
        };

        // The first name written in the last name's place, the last name missing: the only Khaled there.
        var pair = Assert.Single(Finder.FindLeadDetails(
        [
            Row("a", khaled),
            Row("b", new LeadDetails { LastName = "خالد", CompanyName = "الرؤية الجزيرة ذ.م.م", BusinessPhone = "٠٠٩٧١٤٦٩٧٩٤٣٧" }),
        ]));

        Assert.Equal(MatchTier.Duplicate, pair.Comparison.Tier);
        Assert.Equal(12, Assert.Single(pair.Comparison.Reasons, r => r.Field == MatchField.NameAtOrganization).Points); // half the last name's 25
    }

    [Fact]
    public void A_single_name_that_is_someone_elses_there_is_not_taken_for_the_person()
    {
        // "مریم" agrees with "مریم" but Maryam Ahmadi works there too: the single name may be hers.
        var maryamKarimi = Negar with { FirstName = "مریم", LastName = "کریمی", Emails = ["mkarimi@pars1850.example"] };
        var maryamAhmadi = Negar with { FirstName = "مريم", LastName = "احمدی", Emails = ["mahmadi@pars1850.example"], MobilePhone = "0912 000 1111" };
        var maryamOnly = new LeadDetails { FirstName = "مریم", CompanyName = "پویا سبز فناوران", BusinessPhone = "021 2694 7615" };

        var pairs = Finder.FindLeadDetails([Row("a", maryamKarimi), Row("b", maryamOnly), Row("c", maryamAhmadi)]);

        Assert.DoesNotContain(pairs, p => p.Comparison.Tier == MatchTier.Duplicate);
    }
}
