using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class DuplicateFinderTests
{
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
    private static readonly DuplicateFinder Finder = new(MatchOptions.Default with { DefaultCountry = "IR" });

    private static Lead NewLead(LeadDetails details) => TestLeads.NewLead(Lifecycle, details);

    private static KeyValuePair<string, LeadDetails> Row(string id, LeadDetails details) => KeyValuePair.Create(id, details);

    [Fact]
    public void Persian_and_arabic_writings_of_one_person_are_a_duplicate_with_their_reasons()
    {
        var pairs = Finder.FindLeadDetails(
        [
            Row("a", new LeadDetails { FirstName = "علی", LastName = "رضایی", CompanyName = "شرکت کیمیا گستر", MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹" }),
            Row("b", new LeadDetails { FirstName = "علي", LastName = "رضائي", CompanyName = "كيميا گستر سهامی خاص", MobilePhone = "+98 912 345 6789" }),
        ]);

        var pair = Assert.Single(pairs);
        Assert.Equal(("a", "b", MatchTier.Duplicate), (pair.First, pair.Second, pair.Comparison.Tier));
        Assert.Equal(
            [
                new MatchReason(MatchField.Phone, 1, 35, "9123456789", "9123456789"),
                new MatchReason(MatchField.FirstName, 1, 15, "علی", "علی"),
                new MatchReason(MatchField.LastName, 1, 25, "رضایی", "رضایی"),
                new MatchReason(MatchField.CompanyName, 1, 20, "کیمیا گستر", "کیمیا گستر"),
            ],
            pair.Comparison.Reasons);
        Assert.Equal(95, pair.Comparison.Score);
    }

    [Theory]
    [InlineData("فاطمة", "فاطمه")]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهیم")]
    [InlineData("مُحمّد", "محمد")]
    [InlineData("یوسف", "يوسف")]
    [InlineData("Mohammad", "Mohammed")]
    public void Arabic_and_persian_letter_variants_and_typos_agree(string one, string other)
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = one, LastName = "الكعبي", Emails = ["x@gulf.example"] },
            new LeadDetails { FirstName = other, LastName = "الکعبی", Emails = ["x@gulf.example"] });

        Assert.Equal(MatchTier.Duplicate, comparison.Tier);
        Assert.All(comparison.Reasons, r => Assert.True(r.Points > 0, r.ToString()));
    }

    [Fact]
    public void A_different_person_at_the_same_company_is_never_a_duplicate()
    {
        var company = new LeadDetails
        {
            CompanyName = "Contoso Ltd", BusinessPhone = "+1 425 555 0100", Website = "https://contoso.example",
            Address = new PostalAddress("1 Main Street", City: "Seattle", PostalCode: "98052", Country: "US"),
        };
        var comparison = Finder.Compare(
            company with { FirstName = "Sara", LastName = "Lima", Emails = ["sara@contoso.example"] },
            company with { FirstName = "John", LastName = "Lima", Emails = ["john@contoso.example"] });

        Assert.True(comparison.IsCapped);
        Assert.NotEqual(MatchTier.Duplicate, comparison.Tier);
    }

    [Fact]
    public void A_shared_switchboard_or_a_company_name_alone_is_not_a_duplicate()
    {
        var switchboard = Finder.Compare(
            new LeadDetails { LastName = "Lima", BusinessPhone = "021 8888 0000" },
            new LeadDetails { FirstName = "Sara", BusinessPhone = "۰۲۱ ۸۸۸۸ ۰۰۰۰" });
        var company = Finder.Compare(new LeadDetails { CompanyName = "شرکت کیمیا" }, new LeadDetails { CompanyName = "کیمیا سهامی خاص" });

        Assert.Equal(MatchTier.None, switchboard.Tier);
        Assert.Equal(MatchTier.PossibleDuplicate, company.Tier); // an organisation by name, as Dynamics 365's account rule
        Assert.True(company.IsCapped is false);
        Assert.Equal(MatchTier.Duplicate, Finder.Compare(
            new LeadDetails { CompanyName = "شرکت کیمیا", Website = "kimia.ir" },
            new LeadDetails { CompanyName = "کیمیا سهامی خاص", Website = "https://www.kimia.ir/fa" }).Tier);
    }

    [Fact]
    public void The_organisations_fields_together_count_up_to_the_limit_with_a_reason()
    {
        // Colleagues share company, website, address, domain and switchboard at once: one piece of evidence.
        var company = new LeadDetails
        {
            CompanyName = "شرکت کیمیا گستر", BusinessPhone = "021 8888 0000", Website = "https://www.kimia.example",
            Emails = ["info@kimia.example"], Address = new PostalAddress("خیابان ولیعصر پلاک 12", City: "تهران", PostalCode: "1511111111", Country: "IR"),
        };
        var comparison = Finder.Compare(
            company with { FirstName = "مریم", LastName = "احمدی", Emails = ["maryam@kimia.example"] },
            company with { FirstName = "مريم", LastName = "احمدي", Emails = ["m.ahmadi@kimia.example"] });
        var unlimited = new DuplicateFinder(Finder.Options with { PersonWeights = MatchWeights.People with { OrganizationLimit = 10_000 } });

        var organization = Assert.Single(comparison.Reasons, r => r.Field == MatchField.Organization);
        Assert.Equal(("+72", "limit 30", -42), (organization.First, organization.Second, organization.Points));
        Assert.Equal(comparison.Reasons.Sum(r => r.Points), comparison.Score);
        Assert.Equal(40, comparison.Score); // names 40, organisation 30 of 72, two mailboxes at one domain -30
        Assert.Equal(82, unlimited.Compare(
            company with { FirstName = "مریم", LastName = "احمدی", Emails = ["maryam@kimia.example"] },
            company with { FirstName = "مريم", LastName = "احمدي", Emails = ["m.ahmadi@kimia.example"] }).Score);
        Assert.DoesNotContain(unlimited.Compare(company with { FirstName = "مریم" }, company with { FirstName = "مریم" }).Reasons, r => r.Field == MatchField.Organization);
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchWeights.People with { OrganizationLimit = -1 });
    }

    [Fact]
    public void Phones_disagree_only_between_lines_of_one_kind()
    {
        var sara = new LeadDetails { FirstName = "Sara", LastName = "Lima", Address = new PostalAddress(Country: "US") };

        var mobileAgainstSwitchboard = Finder.Compare(sara with { MobilePhone = "+1 206 555 0101" }, sara with { BusinessPhone = "+1 425 555 0199" });
        var twoMobiles = Finder.Compare(sara with { MobilePhone = "+1 206 555 0101" }, sara with { MobilePhone = "+1 425 555 0199" });
        var twoDigitErrors = Finder.Compare(sara with { MobilePhone = "+1 206 555 0101" }, sara with { MobilePhone = "+1 206 555 2121" });

        Assert.Equal(0, Assert.Single(mobileAgainstSwitchboard.Reasons, r => r.Field == MatchField.Phone).Points);
        Assert.Equal(-30, Assert.Single(twoMobiles.Reasons, r => r.Field == MatchField.Phone).Points);
        Assert.Equal((0.8, 18), Assert.Single(twoDigitErrors.Reasons, r => r.Field == MatchField.Phone) is var p ? (p.Similarity, p.Points) : default);
    }

    [Fact]
    public void Swapped_names_typos_and_pasted_emails_are_found()
    {
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "Rezaei", LastName = "Ali", Emails = ["\"Ali Rezaei\" <Ali.Rezaei@Kimia.example>"] },
            new LeadDetails { FirstName = "Ali", LastName = "Rezaie", Emails = ["ali.rezaei@kimia.example (Ali)"] });

        Assert.Equal(MatchTier.Duplicate, comparison.Tier);
        Assert.Equal([MatchField.Email, MatchField.FirstName, MatchField.LastName], comparison.Reasons.Select(r => r.Field));
        Assert.Equal(("REZAEI", "REZAIE"), (comparison.Reasons[1].First, comparison.Reasons[1].Second));
    }

    [Fact]
    public void Weights_and_thresholds_are_configurable()
    {
        var a = new LeadDetails { FirstName = "Sara", LastName = "Lima" };
        var strict = new DuplicateFinder(MatchOptions.Default with { PossibleDuplicateScore = 50 });
        var nameHeavy = new DuplicateFinder(MatchOptions.Default with { PersonWeights = MatchWeights.People with { LastName = new FieldWeight(60, -25) } });

        Assert.Equal(MatchTier.PossibleDuplicate, Finder.Compare(a, a).Tier);
        Assert.Equal(MatchTier.None, strict.Compare(a, a).Tier);
        Assert.Equal(75, nameHeavy.Compare(a, a).Score);
        Assert.Equal(MatchTier.Duplicate, nameHeavy.Compare(a, a).Tier);
        Assert.Throws<ArgumentException>(() => new DuplicateFinder(MatchOptions.Default with { PossibleDuplicateScore = 70 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FieldWeight(10, 5));
        Assert.Throws<ArgumentException>(() => MatchOptions.Default with { DefaultCountry = "Atlantis" });
    }

    [Fact]
    public void Leads_contacts_and_accounts_are_found_in_their_own_sets()
    {
        var ali = NewLead(new LeadDetails { FirstName = "علی", LastName = "رضایی", Emails = ["ali@kimia.example"] });
        var aliAgain = NewLead(new LeadDetails { FirstName = "علي", LastName = "رضايي", Emails = ["ALI@kimia.example"] });
        var sara = NewLead(TestLeads.Qualifiable);

        var leads = Finder.FindLeads([ali, sara, aliAgain]);
        var contacts = Finder.FindContacts(
        [
            new ExistingContact("c1", "Sara", "Lima") { Phones = ["0912 345 6789"], Emails = ["sara@contoso.example"] },
            new ExistingContact("c2", "SARA", "lima") { Phones = ["+98 912 345 6789"], Emails = ["Sara Lima <SARA@contoso.example>"] },
            new ExistingContact("c3", "John", "Lima") { Phones = ["+98 912 345 6789"] },
        ]);
        var accounts = Finder.FindAccounts(
        [
            new ExistingAccount("a1", "Contoso Ltd.") { Website = "contoso.example" },
            new ExistingAccount("a2", "CONTOSO, LLC") { Website = "https://www.contoso.example" },
            new ExistingAccount("a3", "Fabrikam") { Website = "fabrikam.example" },
        ]);

        var lead = Assert.Single(leads);
        Assert.Equal(new HashSet<string> { ali.Id.ToString(), aliAgain.Id.ToString() }, new HashSet<string> { lead.First, lead.Second });
        Assert.Equal([("c1", "c2", MatchTier.Duplicate)], contacts.Where(p => p.Comparison.Tier == MatchTier.Duplicate).Select(p => (p.First, p.Second, p.Comparison.Tier)));
        Assert.Equal([("a1", "a2", MatchTier.Duplicate)], accounts.Select(p => (p.First, p.Second, p.Comparison.Tier)));
    }

    [Fact]
    public void Progress_is_reported_and_cancellation_stops_the_search()
    {
        var rows = Enumerable.Range(0, 10_000).Select(i => Row($"r{i}", new LeadDetails { Emails = [$"person{i / 2}@x.example"] })).ToArray();
        var reports = new List<DuplicateProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var pairs = Finder.FindLeadDetails(rows, progress);

        Assert.Equal(5_000, pairs.Count);
        Assert.Equal(new DuplicateProgress(10_000, 10_000, 5_000), reports[^1]);
        Assert.Contains(new DuplicateProgress(8_192, 0, 0), reports);
        Assert.Throws<OperationCanceledException>(() => Finder.FindLeadDetails(rows, null, new CancellationToken(canceled: true)));

        // Every 4,096 records read, once when all are read, every 4,096 records compared (with the pairs found so far:
        // record 2k meets 2k + 1), and once at the end.
        Assert.Equal(
            [
                new(4_096, 0, 0), new(8_192, 0, 0), new(10_000, 0, 0),
                new(10_000, 4_096, 2_048), new(10_000, 8_192, 4_096), new(10_000, 10_000, 5_000),
            ],
            reports);
    }

    [Fact]
    public void A_small_search_reports_once_read_and_once_done()
    {
        var reports = new List<DuplicateProgress>();

        Finder.FindLeadDetails([Row("a", new LeadDetails { Emails = ["x@x.example"] }), Row("b", new LeadDetails { Emails = ["x@x.example"] }), Row("c", new LeadDetails())], new SynchronousProgress(reports.Add));

        Assert.Equal([new DuplicateProgress(3, 0, 0), new DuplicateProgress(3, 3, 1)], reports);
    }

    [Fact]
    public void A_cancelled_search_stops_reading_its_input_within_the_first_1024_records()
    {
        var read = 0;
        IEnumerable<KeyValuePair<string, LeadDetails>> Rows()
        {
            for (var i = 0; i < 5_000; i++)
            {
                read++;
                yield return Row($"r{i}", new LeadDetails { Emails = [$"p{i}@x.example"] });
            }
        }

        Assert.Throws<OperationCanceledException>(() => Finder.FindLeadDetails(Rows(), null, new CancellationToken(canceled: true)));
        Assert.Equal(1_024, read);
    }

    [Fact]
    public void A_search_is_traced_as_one_activity()
    {
        var names = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadDomain.Diagnostics.LeadDomainMetrics.ActivitySourceName,
            Sample = static (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
            ActivityStopped = activity => names.Enqueue(activity.OperationName),
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        Finder.FindLeadDetails([Row("a", new LeadDetails { Emails = ["x@x.example"] })]);

        Assert.Contains("LeadDomain.FindDuplicates", names);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_sentence()
    {
        var lead = NewLead(TestLeads.Qualifiable);

        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => Finder.FindLeads(null!)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentException>(() => Finder.FindLeads([lead, null!])).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => Finder.FindLeads([lead, lead]));
        Assert.Contains("give each record once", twice.Message, StringComparison.Ordinal);
        var longId = new string('x', 500);
        var echoed = Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row(longId, new LeadDetails()), Row(longId, new LeadDetails())]));
        Assert.True(echoed.Message.Length < 300);
        Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row(" ", new LeadDetails())]));
        Assert.Throws<ArgumentException>(() => Finder.FindLeadDetails([Row("x", null!)]));
        Assert.Empty(Finder.FindLeads([]));
        Assert.Empty(Finder.FindLeads([lead]));
    }

    private sealed class SynchronousProgress(Action<DuplicateProgress> report) : IProgress<DuplicateProgress>
    {
        public void Report(DuplicateProgress value) => report(value);
    }

    [Fact]
    public void Two_mailboxes_at_one_organisations_domain_count_double_against()
    {
        var person = new LeadDetails { FirstName = "أحمد", LastName = "الشهري" };

        Points(MatchField.Email, Finder.Compare(person with { Emails = ["ahmed.alshehri@gulf700.example"] }, person with { Emails = ["a.shehri@gulf700.example"] }), -30);
        Points(MatchField.Email, Finder.Compare(person with { Emails = ["ahmed.alshehri@gmail.com"] }, person with { Emails = ["a.shehri@gmail.com"] }), -15);
        Points(MatchField.Email, Finder.Compare(person with { Emails = ["ahmed.alshehri@gulf700.example"] }, person with { Emails = ["a.shehri@gulf800.example"] }), -15);
    }

    [Fact]
    public void Addresses_two_typos_apart_are_neither_for_nor_against()
    {
        var person = new LeadDetails { FirstName = "طارق", LastName = "النجار" };

        var comparison = Finder.Compare(person with { Emails = ["tariqae21@gulf288.example"] }, person with { Emails = ["taraiqa21@gulf288.example"] });

        var email = Assert.Single(comparison.Reasons, r => r.Field == MatchField.Email);
        Assert.True(email.Similarity is > 0.5 and < 0.8, $"{email}");
        Assert.Equal(0, email.Points);
    }

    [Fact]
    public void A_domain_typo_agrees_but_a_domain_with_other_numbers_is_another_organisation()
    {
        var person = new LeadDetails { FirstName = "آرش", LastName = "اکبری" };

        Points(MatchField.Email, Finder.Compare(person with { Emails = ["arash.akbari@pars438.example"] }, person with { Emails = ["arash.akbari@pars838.example"] }), -15);
        Assert.Equal(0.9, Assert.Single(Finder.Compare(person with { Emails = ["arash.akbari@kimia.example"] }, person with { Emails = ["arash.akbari@kimmia.example"] }).Reasons, r => r.Field == MatchField.Email).Similarity);
    }

    [Fact]
    public void A_personal_line_that_agrees_is_taken_before_a_switchboard_that_agrees()
    {
        // Leila: the same switchboard exactly, and her mobile with two digits swapped; the last name only on one side.
        var comparison = Finder.Compare(
            new LeadDetails { FirstName = "لیلا", LastName = "مرادی", MobilePhone = "0902 671 2259", BusinessPhone = "021 9605 4794" },
            new LeadDetails { LastName = "مرادی", MobilePhone = "+98 902 761 2259", BusinessPhone = "021 9605 4794" });

        var phone = Assert.Single(comparison.Reasons, r => r.Field == MatchField.Phone);
        Assert.Equal(("9026712259", "9027612259", 0.9), (phone.First, phone.Second, phone.Similarity));
        Assert.False(comparison.IsCapped); // a personal line identifies the person
    }

    private static void Points(MatchField field, MatchComparison comparison, int expected) =>
        Assert.Equal(expected, Assert.Single(comparison.Reasons, r => r.Field == field).Points);
}
