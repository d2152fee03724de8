using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class DuplicateLeadsTests
{
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);

    private static Lead NewLead(LeadDetails details) => TestLeads.NewLead(Lifecycle, details);

    [Fact]
    public void Persian_and_latin_duplicates_are_paired_with_their_reasons()
    {
        var ali = NewLead(new LeadDetails { FirstName = "علی", LastName = "رضایی", CompanyName = "شرکت کیمیا گستر", BusinessPhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹" });
        var aliAgain = NewLead(new LeadDetails { FirstName = "علي", LastName = "رضايي", CompanyName = "كيميا گستر سهامی خاص", BusinessPhone = "+98 912 345 6789" });
        var sara = NewLead(new LeadDetails { FirstName = "Sara", LastName = "Lima", CompanyName = "Contoso Ltd.", Emails = ["sara@contoso.example"] });
        var saraAgain = NewLead(new LeadDetails { FirstName = "Sara", LastName = "Souza", CompanyName = "Fabrikam", Emails = ["SARA@contoso.example "] });
        var someoneElse = NewLead(new LeadDetails { FirstName = "Sara", LastName = "Lima", CompanyName = "Northwind" });

        var pairs = DuplicateLeads.Find([ali, sara, someoneElse, aliAgain, saraAgain]);

        Assert.Equal(2, pairs.Count);
        Assert.Equal(100, pairs[0].Score); // phone 40 + company 50 + name 30, capped
        Assert.Equal(new HashSet<LeadId> { ali.Id, aliAgain.Id }, new HashSet<LeadId> { pairs[0].First, pairs[0].Second });
        Assert.Equal(
            [
                new MatchReason(MatchKeyKind.Phone, "9123456789"),
                new MatchReason(MatchKeyKind.CompanyName, "کیمیا گستر"),
                new MatchReason(MatchKeyKind.PersonName, "علی رضایی"),
            ],
            pairs[0].Reasons);
        Assert.Equal(60, pairs[1].Score);
        Assert.Equal([new MatchReason(MatchKeyKind.Email, "sara@contoso.example")], pairs[1].Reasons);
        Assert.True(string.CompareOrdinal(pairs[1].First.ToString(), pairs[1].Second.ToString()) < 0);
    }

    [Fact]
    public void The_minimum_score_decides_which_pairs_count()
    {
        var a = NewLead(new LeadDetails { FirstName = "Sara", LastName = "Lima", CompanyName = "A" });
        var b = NewLead(new LeadDetails { FirstName = "Sara", LastName = "Lima", CompanyName = "B" });

        Assert.Empty(DuplicateLeads.Find([a, b]));
        var pair = Assert.Single(DuplicateLeads.Find([a, b], MatchOptions.Default with { MinimumScore = 30 }));
        Assert.Equal(30, pair.Score);
    }

    [Fact]
    public void A_key_shared_by_too_many_leads_is_ignored()
    {
        var leads = Enumerable.Range(0, 4)
            .Select(i => NewLead(new LeadDetails { CompanyName = $"Company {i}", BusinessPhone = "+1 425 555 0199" }))
            .ToArray();

        Assert.Equal(6, DuplicateLeads.Find(leads, MatchOptions.Default with { MaxRecordsPerKey = 4 }).Count);
        Assert.Empty(DuplicateLeads.Find(leads, MatchOptions.Default with { MaxRecordsPerKey = 3 }));
    }

    [Fact]
    public void The_default_country_code_applies_to_leads_too()
    {
        var national = NewLead(new LeadDetails { CompanyName = "A", BusinessPhone = "020 7946 0000" });
        var international = NewLead(new LeadDetails { CompanyName = "B", BusinessPhone = "+44 20 7946 0000" });

        Assert.Single(DuplicateLeads.Find([national, international]));
        Assert.Empty(DuplicateLeads.Find([national, international], MatchOptions.Default with { DefaultCountryCode = "98" }));
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        var lead = NewLead(TestLeads.Qualifiable);

        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => DuplicateLeads.Find(null!)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentException>(() => DuplicateLeads.Find([lead, null!])).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentException>(() => DuplicateLeads.Find([lead, lead])).ParamName);
        Assert.Empty(DuplicateLeads.Find([]));
        Assert.Empty(DuplicateLeads.Find([lead]));
    }
}
