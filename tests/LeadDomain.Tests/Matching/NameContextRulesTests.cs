using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary><c>NameContext</c>'s rule, asked directly: who the input names at each organisation.</summary>
public sealed class NameContextRulesTests
{
    private static MatchProfile Person(string id, string? first, string? last, string? company = "Contoso", string? email = null) =>
        MatchProfile.ForLead(id, new LeadDetails { FirstName = first, LastName = last, CompanyName = company, Emails = email is null ? [] : [email] }, null);

    private static readonly MatchProfile Negar = Person("n", "Negar", "Nikpour");

    [Fact]
    public void The_only_person_of_a_name_at_the_company_is_found_by_either_name()
    {
        var context = NameContext.Build([Negar, Person("x", "Sara", "Lima")]);

        Assert.True(context.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.True(context.IsOnlyPerson(Negar, "NEGAR", "NIKPOUR", "NEGAR"));
        Assert.True(context.IsOnlyPerson(Negar, "NIKPOUR", "NEGARR", "NIKPOUR")); // a typo of the other name agrees
    }

    [Fact]
    public void A_colleague_of_the_same_name_with_another_other_name_is_a_second_person()
    {
        var byLast = NameContext.Build([Negar, Person("s", "Sara", "Nikpour")]);
        var byFirst = NameContext.Build([Negar, Person("a", "Negar", "Ahmadi")]);
        var elsewhere = NameContext.Build([Negar, Person("s", "Sara", "Nikpour", company: "Fabrikam")]);

        Assert.False(byLast.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.True(byLast.IsOnlyPerson(Negar, "NEGAR", "NIKPOUR", "NEGAR"));
        Assert.False(byFirst.IsOnlyPerson(Negar, "NEGAR", "NIKPOUR", "NEGAR"));
        Assert.True(byFirst.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.True(elsewhere.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
    }

    [Fact]
    public void Sixteen_records_of_one_person_are_one_person_and_seventeen_are_too_many_to_say()
    {
        var sixteen = Enumerable.Range(0, 16).Select(i => Person($"n{i}", "Negar", "Nikpour")).ToList();
        var seventeen = Enumerable.Range(0, 17).Select(i => Person($"n{i}", "Negar", "Nikpour")).ToList();

        Assert.True(NameContext.Build(sixteen).IsOnlyPerson(sixteen[0], "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(NameContext.Build(seventeen).IsOnlyPerson(seventeen[0], "NIKPOUR", "NEGAR", "NIKPOUR"));
    }

    [Fact]
    public void A_record_without_an_organisation_or_not_in_the_input_has_no_context()
    {
        var noCompany = Person("z", "Negar", "Nikpour", company: null);
        var context = NameContext.Build([Negar, noCompany]);

        Assert.False(context.IsOnlyPerson(noCompany, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(NameContext.Build([Person("x", "Sara", "Lima")]).IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(NameContext.Build([]).IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
    }

    [Fact]
    public void A_record_with_one_name_is_not_filed()
    {
        var context = NameContext.Build([Negar, Person("s", null, "Nikpour"), Person("t", "Sara", null)]);

        Assert.True(context.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
    }

    [Fact]
    public void The_other_records_spelling_must_not_be_someone_elses_there()
    {
        var alone = NameContext.Build([Negar]);
        var taken = NameContext.Build([Negar, Person("s", "Sara", "Nikpur")]);
        var same = NameContext.Build([Negar, Person("m", "Negar", "Nikpur")]);

        Assert.True(alone.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPUR")); // nobody gives "Nikpur" with another name
        Assert.False(taken.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPUR"));
        Assert.True(same.IsOnlyPerson(Negar, "NIKPOUR", "NEGAR", "NIKPUR"));
    }

    [Fact]
    public void Each_own_domain_is_an_organisation_too()
    {
        var negar = Person("n", "Negar", "Nikpour", company: null, email: "negar@pars.example");
        var alone = NameContext.Build([negar]);
        var colleague = NameContext.Build([negar, Person("s", "Sara", "Nikpour", company: null, email: "sara@pars.example")]);
        var taken = NameContext.Build([negar, Person("s", "Sara", "Nikpur", company: null, email: "sara@pars.example")]);
        var freeMail = Person("f", "Negar", "Nikpour", company: null, email: "negar@gmail.com");

        Assert.True(alone.IsOnlyPerson(negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(colleague.IsOnlyPerson(negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(taken.IsOnlyPerson(negar, "NIKPOUR", "NEGAR", "NIKPUR"));
        Assert.False(NameContext.Build([freeMail]).IsOnlyPerson(freeMail, "NIKPOUR", "NEGAR", "NIKPOUR"));
    }

    [Fact]
    public void Company_and_domain_must_both_hold_one_person()
    {
        var negar = Person("n", "Negar", "Nikpour", email: "negar@pars.example");
        var atCompanyOnly = Person("s", "Sara", "Nikpour");
        var atDomainOnly = Person("t", "Sara", "Nikpour", company: "Fabrikam", email: "sara@pars.example");

        Assert.True(NameContext.Build([negar]).IsOnlyPerson(negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(NameContext.Build([negar, atCompanyOnly]).IsOnlyPerson(negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.False(NameContext.Build([negar, atDomainOnly]).IsOnlyPerson(negar, "NIKPOUR", "NEGAR", "NIKPOUR"));
    }

    [Fact]
    public void By_domain_alone_a_record_not_in_the_input_has_no_context_and_an_unfiled_spelling_is_nobody_elses()
    {
        var byDomain = Person("d", "Negar", "Nikpour", company: null, email: "negar@contoso.example");

        Assert.False(NameContext.Build([Person("x", "Sara", "Lima", company: null, email: "sara@contoso.example")]).IsOnlyPerson(byDomain, "NIKPOUR", "NEGAR", "NIKPOUR"));
        Assert.True(NameContext.Build([byDomain]).IsOnlyPerson(byDomain, "NIKPOUR", "NEGAR", "NIKPOURR"));
    }

    [Fact]
    public void A_colleague_whose_other_name_is_exactly_at_agreement_is_the_same_person()
    {
        // ABCD and XBCD: 0.88, the agreement threshold itself.
        var named = Person("n", "ABCD", "Nikpour");

        Assert.True(NameContext.Build([named, Person("x", "XBCD", "Nikpour")]).IsOnlyPerson(named, "NIKPOUR", "ABCD", "NIKPOUR"));
    }
}
