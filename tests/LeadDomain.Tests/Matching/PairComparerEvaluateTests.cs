using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>
/// The scoring of <c>PairComparer.cs</c> step by step: each field's weight and its adjustments (mailboxes at one own
/// domain, switchboards, lines of two kinds), the interpolation between agreement and full agreement, the
/// organisation limit, the cap, the tiers at their edges and the deciding-only path (issue 13).
/// </summary>
public sealed class PairComparerEvaluateTests
{
    private static readonly DuplicateFinder Finder = new();
    private static readonly LeadDetails Ana = new() { FirstName = "Ana", LastName = "Lopes" };

    private static MatchReason Reason(MatchComparison comparison, MatchField field) => Assert.Single(comparison.Reasons, r => r.Field == field);

    [Fact]
    public void Two_mailboxes_at_one_own_domain_disagree_double_but_at_a_free_mail_domain_single()
    {
        var own = Finder.Compare(Ana with { Emails = ["zq@contoso.example"] }, Ana with { Emails = ["bw@contoso.example"] });
        var free = Finder.Compare(Ana with { Emails = ["zq@gmail.com"] }, Ana with { Emails = ["bw@gmail.com"] });
        var other = Finder.Compare(Ana with { Emails = ["zq@contoso.example"] }, Ana with { Emails = ["bw@fabrikam.example"] });

        Assert.Equal((0.0, -30), (Reason(own, MatchField.Email).Similarity, Reason(own, MatchField.Email).Points));
        Assert.Equal((0.0, -15), (Reason(free, MatchField.Email).Similarity, Reason(free, MatchField.Email).Points));
        Assert.Equal((0.0, -15), (Reason(other, MatchField.Email).Similarity, Reason(other, MatchField.Email).Points));
    }

    [Fact]
    public void The_same_address_gives_the_email_weight_and_names_the_addresses()
    {
        var comparison = Finder.Compare(Ana with { Emails = ["x@y.example", "ana@contoso.example"] }, Ana with { Emails = ["ana@contoso.example"] });

        Assert.Equal(new MatchReason(MatchField.Email, 1, 50, "ana@contoso.example", "ana@contoso.example"), Reason(comparison, MatchField.Email));

        // Agreement by e-mail: the e-mail domain is not counted again.
        Assert.DoesNotContain(comparison.Reasons, r => r.Field == MatchField.EmailDomain);
        Assert.Equal((MatchTier.Duplicate, 50 + 15 + 25, false), (comparison.Tier, comparison.Score, comparison.IsCapped));
    }

    [Fact]
    public void A_switchboard_both_list_agrees_at_half_weight_within_the_organisation_limit()
    {
        var comparison = Finder.Compare(Ana with { BusinessPhone = "+1 303 644 7359" }, Ana with { BusinessPhone = "+1 303 644 7359" });

        Assert.Equal(17, Reason(comparison, MatchField.Phone).Points);
        Assert.Equal(15 + 25 + 17, comparison.Score);

        // A switchboard identifies nobody: the names agree, so the pair is not capped anyway.
        Assert.False(comparison.IsCapped);
    }

    [Fact]
    public void A_personal_line_both_list_agrees_at_full_weight_and_identifies_the_person()
    {
        var mobile = Finder.Compare(
            new LeadDetails { FirstName = "Ana", MobilePhone = "+1 303 644 7359" },
            new LeadDetails { FirstName = "Ana", LastName = "Lopes", MobilePhone = "+1 303 644 7359" });
        var switchboard = Finder.Compare(
            new LeadDetails { FirstName = "Ana", BusinessPhone = "+1 303 644 7359" },
            new LeadDetails { FirstName = "Ana", LastName = "Lopes", BusinessPhone = "+1 303 644 7359" });

        Assert.Equal(35, Reason(mobile, MatchField.Phone).Points);
        Assert.Equal((MatchTier.Duplicate, 50, false), (mobile.Tier, mobile.Score, mobile.IsCapped));
        Assert.Equal(17, Reason(switchboard, MatchField.Phone).Points);
        Assert.True(switchboard.IsCapped);
        Assert.Equal(MatchTier.None, switchboard.Tier);
    }

    [Fact]
    public void Lines_that_differ_disagree_by_their_kinds()
    {
        var bothPersonal = Finder.Compare(Ana with { MobilePhone = "+1 303 644 7359" }, Ana with { MobilePhone = "+1 415 210 8833" });
        var bothSwitchboards = Finder.Compare(Ana with { BusinessPhone = "+1 303 644 7359" }, Ana with { BusinessPhone = "+1 415 210 8833" });
        var twoKinds = Finder.Compare(Ana with { MobilePhone = "+1 303 644 7359" }, Ana with { BusinessPhone = "+1 415 210 8833" });

        Assert.Equal((0.0, -30), (Reason(bothPersonal, MatchField.Phone).Similarity, Reason(bothPersonal, MatchField.Phone).Points));
        Assert.Equal((0.0, -15), (Reason(bothSwitchboards, MatchField.Phone).Similarity, Reason(bothSwitchboards, MatchField.Phone).Points));
        Assert.Equal((0.0, 0), (Reason(twoKinds, MatchField.Phone).Similarity, Reason(twoKinds, MatchField.Phone).Points));

        // A disagreement is not an organisation field: it counts in full.
        Assert.Equal(15 + 25 - 15, bothSwitchboards.Score);
        Assert.Equal(15 + 25 - 30, bothPersonal.Score);
    }

    [Fact]
    public void Numbers_of_two_countries_are_not_compared()
    {
        var comparison = Finder.Compare(Ana with { MobilePhone = "+1 303 644 7359" }, Ana with { MobilePhone = "+44 20 7946 0958" });

        Assert.DoesNotContain(comparison.Reasons, r => r.Field == MatchField.Phone);
        Assert.Equal(40, comparison.Score);
    }

    [Fact]
    public void Names_written_the_other_way_round_agree_swapped_and_name_the_values_compared()
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "Lopes", LastName = "Ana" },
            new LeadDetails { FirstName = "Ana", LastName = "Lopes" });

        Assert.Equal(new MatchReason(MatchField.FirstName, 1, 15, "LOPES", "LOPES"), Reason(comparison, MatchField.FirstName));
        Assert.Equal(new MatchReason(MatchField.LastName, 1, 25, "ANA", "ANA"), Reason(comparison, MatchField.LastName));
        Assert.Equal((40, false), (comparison.Score, comparison.IsCapped));
    }

    [Fact]
    public void Names_in_their_own_order_are_not_swapped()
    {
        var comparison = Finder.Compare(Ana, Ana);

        Assert.Equal(new MatchReason(MatchField.FirstName, 1, 15, "ANA", "ANA"), Reason(comparison, MatchField.FirstName));
        Assert.Equal(new MatchReason(MatchField.LastName, 1, 25, "LOPES", "LOPES"), Reason(comparison, MatchField.LastName));
    }

    [Fact]
    public void A_name_that_agrees_counts_in_full_however_close()
    {
        // ABCD/XBCD: 0.88, exactly the last name's agreement; STEVEN/STEPHEN: 0.95. Both count their whole weight, as a
        // Salesforce fuzzy name matches once its score reaches the threshold.
        var atThreshold = Finder.Compare(new LeadDetails { FirstName = "Ana", LastName = "ABCD" }, new LeadDetails { FirstName = "Ana", LastName = "XBCD" });
        var between = Finder.Compare(new LeadDetails { FirstName = "Steven", LastName = "Lopes" }, new LeadDetails { FirstName = "Stephen", LastName = "Lopes" });

        Assert.Equal((0.88, 25), (Reason(atThreshold, MatchField.LastName).Similarity, Reason(atThreshold, MatchField.LastName).Points));
        Assert.Equal((0.95, 15), (Reason(between, MatchField.FirstName).Similarity, Reason(between, MatchField.FirstName).Points));
        Assert.Equal((40, 40), (atThreshold.Score, between.Score));
        Assert.False(atThreshold.IsCapped);
    }

    [Fact]
    public void Between_the_two_thresholds_a_name_counts_nothing_and_caps_nothing_but_below_it_disagrees_and_caps()
    {
        // One letter wrong in three: 0.85, between disagreement (0.80) and the last name's agreement (0.88).
        var between = Finder.Compare(
            new LeadDetails { FirstName = "Ana", LastName = "ABC", Emails = ["ana@contoso.example"] },
            new LeadDetails { FirstName = "Ana", LastName = "ABD", Emails = ["ana@contoso.example"] });
        // KARIM/KAROL: about 0.81, between disagreement and the first name's agreement (0.85).
        var firstBetween = Finder.Compare(
            new LeadDetails { FirstName = "Karim", LastName = "Lopes", Emails = ["ana@contoso.example"] },
            new LeadDetails { FirstName = "Karol", LastName = "Lopes", Emails = ["ana@contoso.example"] });
        var below = Finder.Compare(
            new LeadDetails { FirstName = "Maria", LastName = "Lopes", Emails = ["ana@contoso.example"] },
            new LeadDetails { FirstName = "Joana", LastName = "Lopes", Emails = ["ana@contoso.example"] });

        Assert.Equal((0.85, 0), (Reason(between, MatchField.LastName).Similarity, Reason(between, MatchField.LastName).Points));
        Assert.Equal((MatchTier.Duplicate, 65, false), (between.Tier, between.Score, between.IsCapped));
        Assert.InRange(Reason(firstBetween, MatchField.FirstName).Similarity, 0.80, 0.8499);
        Assert.Equal((0, MatchTier.Duplicate, false), (Reason(firstBetween, MatchField.FirstName).Points, firstBetween.Tier, firstBetween.IsCapped));
        Assert.Equal(-25, Reason(below, MatchField.FirstName).Points);
        Assert.True(below.IsCapped);
        Assert.Equal(MatchTier.PossibleDuplicate, below.Tier);
    }

    [Fact]
    public void A_first_name_agrees_from_the_first_names_threshold_and_a_last_name_only_from_its_own()
    {
        // One letter wrong in three letters: 0.85, Salesforce's fuzzy first name threshold, below the last name's 0.88.
        var firstName = Finder.Compare(new LeadDetails { FirstName = "ABC", LastName = "Lopes" }, new LeadDetails { FirstName = "ABD", LastName = "Lopes" });
        var lastName = Finder.Compare(new LeadDetails { FirstName = "Ana", LastName = "ABC" }, new LeadDetails { FirstName = "Ana", LastName = "ABD" });

        Assert.Equal((0.85, 15), (Reason(firstName, MatchField.FirstName).Similarity, Reason(firstName, MatchField.FirstName).Points));
        Assert.Equal((0.85, 0), (Reason(lastName, MatchField.LastName).Similarity, Reason(lastName, MatchField.LastName).Points));
        Assert.Equal((MatchTier.PossibleDuplicate, false), (firstName.Tier, firstName.IsCapped));
        Assert.True(lastName.IsCapped);
    }

    [Fact]
    public void A_last_name_below_disagreement_caps_the_pair_even_with_one_address()
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "Ana", LastName = "Lopes", Emails = ["ana@contoso.example"] },
            new LeadDetails { FirstName = "Ana", LastName = "Ferreira", Emails = ["ana@contoso.example"] });

        Assert.Equal(-30, Reason(comparison, MatchField.LastName).Points);
        Assert.Equal((35, true, MatchTier.None), (comparison.Score, comparison.IsCapped, comparison.Tier));
    }

    [Fact]
    public void One_name_agreeing_alone_caps_the_pair_but_both_names_do_not()
    {
        var first = Finder.Compare(new LeadDetails { FirstName = "Ana", CompanyName = "Contoso" }, new LeadDetails { FirstName = "Ana", CompanyName = "Contoso" });
        var last = Finder.Compare(new LeadDetails { LastName = "Lopes", CompanyName = "Contoso" }, new LeadDetails { LastName = "Lopes", CompanyName = "Contoso" });
        var both = Finder.Compare(Ana with { CompanyName = "Contoso" }, Ana with { CompanyName = "Contoso" });

        Assert.Equal((15 + 20, true), (first.Score, first.IsCapped));
        Assert.Equal((25 + 20, true, MatchTier.PossibleDuplicate), (last.Score, last.IsCapped, last.Tier));
        Assert.Equal((60, false, MatchTier.Duplicate), (both.Score, both.IsCapped, both.Tier));
    }

    [Fact]
    public void The_organisations_fields_count_together_up_to_the_limit_with_a_reason_saying_so()
    {
        var at = Ana with
        {
            CompanyName = "Contoso Pharma",
            Website = "https://www.contoso.example",
            Emails = ["ana@contoso.example"],
            Address = new PostalAddress("12 Main St", City: "Denver", PostalCode: "80202", Country: "US"),
        };
        var comparison = Finder.Compare(at, at with { Emails = ["a.lopes@contoso.example"] });

        // Company 20 + website 10 + address 15 + e-mail domain 10 = 55, limited to 30.
        var limit = Reason(comparison, MatchField.Organization);
        Assert.Equal(new MatchReason(MatchField.Organization, 1, -25, "+55", "limit 30"), limit);
        Assert.Equal(MatchField.Organization, comparison.Reasons[^1].Field);
        Assert.Equal(10, Reason(comparison, MatchField.EmailDomain).Points);
        Assert.Equal(15 + 25 + 30 + Reason(comparison, MatchField.Email).Points, comparison.Score);
    }

    [Fact]
    public void The_organisations_fields_exactly_at_the_limit_need_no_reason()
    {
        var weights = MatchWeights.People with { OrganizationLimit = 30 };
        // The website's domain is an own domain of both: its agreement is given no points here.
        weights = weights with { EmailDomain = new(0, 0) };
        var finder = new DuplicateFinder(new MatchOptions { PersonWeights = weights with { CompanyName = new(20, -15), Website = new(10, -10) } });
        var at = Ana with { CompanyName = "Contoso Pharma", Website = "https://www.contoso.example" };

        var comparison = finder.Compare(at, at);

        Assert.DoesNotContain(comparison.Reasons, r => r.Field == MatchField.Organization);
        Assert.Equal(15 + 25 + 30, comparison.Score);

        var one = new DuplicateFinder(new MatchOptions { PersonWeights = weights with { CompanyName = new(21, -15), Website = new(10, -10) } }).Compare(at, at);
        Assert.Equal(new MatchReason(MatchField.Organization, 1, -1, "+31", "limit 30"), Reason(one, MatchField.Organization));
        Assert.Equal(70, one.Score);
    }

    [Fact]
    public void A_disagreeing_organisation_field_is_not_limited()
    {
        var comparison = Finder.Compare(Ana with { CompanyName = "Contoso Pharma" }, Ana with { CompanyName = "Northwind Traders" });

        Assert.Equal(-15, Reason(comparison, MatchField.CompanyName).Points);
        Assert.Equal(15 + 25 - 15, comparison.Score);
    }

    [Fact]
    public void A_website_on_the_same_domain_agrees_at_half_weight_and_another_domain_disagrees()
    {
        var org = new LeadDetails { CompanyName = "Contoso" };

        var same = Finder.Compare(org with { Website = "https://www.contoso.example" }, org with { Website = "https://www.contoso.example" });
        var domain = Finder.Compare(org with { Website = "https://www.contoso.example" }, org with { Website = "https://shop.contoso.example" });
        var other = Finder.Compare(org with { Website = "https://www.contoso.example" }, org with { Website = "https://www.fabrikam.example" });

        Assert.Equal((1.0, 30), (Reason(same, MatchField.Website).Similarity, Reason(same, MatchField.Website).Points));
        Assert.Equal((0.9, 15), (Reason(domain, MatchField.Website).Similarity, Reason(domain, MatchField.Website).Points));
        Assert.Equal((0.0, -10), (Reason(other, MatchField.Website).Similarity, Reason(other, MatchField.Website).Points));
    }

    [Fact]
    public void Organisations_are_capped_unless_the_company_or_the_website_agrees()
    {
        var org = new LeadDetails { CompanyName = "Contoso Pharma" };

        var company = Finder.Compare(org, org);
        var website = Finder.Compare(
            new LeadDetails { CompanyName = "Contoso Pharma", Website = "https://www.contoso.example" },
            new LeadDetails { CompanyName = "Northwind Traders", Website = "https://www.contoso.example" });
        var contactsOnly = Finder.Compare(
            new LeadDetails { BusinessPhone = "+1 303 644 7359", Emails = ["info@contoso.example"] },
            new LeadDetails { BusinessPhone = "+1 303 644 7359", Emails = ["info@contoso.example"] });

        Assert.Equal((40, false, MatchTier.PossibleDuplicate), (company.Score, company.IsCapped, company.Tier));
        Assert.False(website.IsCapped);
        Assert.Equal((40 + 15, true, MatchTier.PossibleDuplicate), (contactsOnly.Score, contactsOnly.IsCapped, contactsOnly.Tier));
    }

    [Fact]
    public void Shared_email_domains_agree_and_others_count_nothing_naming_the_first_domains()
    {
        var shared = Finder.Compare(
            new LeadDetails { CompanyName = "Contoso", Emails = ["zq@contoso.example"] },
            new LeadDetails { CompanyName = "Contoso", Emails = ["bw@fabrikam.example", "bw@contoso.example"] });
        var none = Finder.Compare(
            new LeadDetails { CompanyName = "Contoso", Emails = ["zq@contoso.example"] },
            new LeadDetails { CompanyName = "Contoso", Emails = ["bw@fabrikam.example"] });

        Assert.Equal(new MatchReason(MatchField.EmailDomain, 1, 25, "contoso.example", "contoso.example"), Reason(shared, MatchField.EmailDomain));
        Assert.Equal(new MatchReason(MatchField.EmailDomain, 0, 0, "contoso.example", "fabrikam.example"), Reason(none, MatchField.EmailDomain));
    }

    [Fact]
    public void The_tier_is_duplicate_from_its_score_and_possible_from_its_own()
    {
        // Both names: 40 points, not capped.
        Assert.Equal(MatchTier.Duplicate, new DuplicateFinder(new MatchOptions { DuplicateScore = 40, PossibleDuplicateScore = 30 }).Compare(Ana, Ana).Tier);
        Assert.Equal(MatchTier.PossibleDuplicate, new DuplicateFinder(new MatchOptions { DuplicateScore = 41, PossibleDuplicateScore = 40 }).Compare(Ana, Ana).Tier);
        Assert.Equal(MatchTier.None, new DuplicateFinder(new MatchOptions { DuplicateScore = 42, PossibleDuplicateScore = 41 }).Compare(Ana, Ana).Tier);
    }

    [Fact]
    public void Deciding_without_reasons_gives_the_same_tier_and_skips_what_cannot_lift_the_pair()
    {
        var options = MatchOptions.Default;
        var a = MatchProfile.ForLead("1", Ana with { CompanyName = "Contoso" }, null);
        var b = MatchProfile.ForLead("2", Ana with { CompanyName = "Contoso" }, null);
        var reasons = new List<MatchReason> { default };

        var withReasons = PairComparer.Evaluate(a, b, options, reasons);
        var without = PairComparer.Evaluate(a, b, options, null);

        Assert.Equal((60, MatchTier.Duplicate, false), withReasons);
        Assert.Equal(withReasons, without);
        Assert.Equal(3, reasons.Count); // cleared first

        // Names that disagree: even every organisation field within the limit cannot reach 40, so the answer is None
        // at once, with the names' points only.
        var c = MatchProfile.ForLead("3", new LeadDetails { FirstName = "Maria", LastName = "Ferreira", CompanyName = "Contoso" }, null);
        Assert.Equal((-55, MatchTier.None, false), PairComparer.Evaluate(a, c, options, null));
        Assert.Equal(MatchTier.None, PairComparer.Evaluate(a, c, options, reasons).Tier);
        Assert.Equal(-35, PairComparer.Evaluate(a, c, options, reasons).Score);
    }

    [Fact]
    public void Deciding_without_reasons_compares_the_organisation_when_it_can_reach_the_lower_tier()
    {
        // 15 points of names, and up to 30 of the organisation: 45 ≥ 40, so the company is compared.
        var a = MatchProfile.ForLead("1", new LeadDetails { FirstName = "Ana", CompanyName = "Contoso" }, null);
        var b = MatchProfile.ForLead("2", new LeadDetails { FirstName = "Ana", CompanyName = "Contoso" }, null);

        Assert.Equal((35, MatchTier.None, true), PairComparer.Evaluate(a, b, MatchOptions.Default, null));

        // With the lower tier at exactly 45, it is still reachable; at 46 it is not.
        Assert.Equal((35, MatchTier.None, true), PairComparer.Evaluate(a, b, MatchOptions.Default with { PossibleDuplicateScore = 45 }, null));
        Assert.Equal((15, MatchTier.None, false), PairComparer.Evaluate(a, b, MatchOptions.Default with { PossibleDuplicateScore = 46 }, null));
    }
}
