using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class BlockingTests
{
    private static MatchProfile Person(string id, string? first, string? last) =>
        MatchProfile.ForLead(id, new LeadDetails { FirstName = first, LastName = last, CompanyName = "شرکت کیمیا گستر", Website = "kimia.example" }, "IR");

    [Fact]
    public void Organisation_keys_propose_two_people_only_when_they_share_a_name_initial()
    {
        var ali = Person("1", "علی", "رضایی");
        var aliTypo = Person("2", "علي", "رضائي");
        var swapped = Person("3", "رضایی", "علی");
        var sara = Person("4", "سارا", "کریمی");
        var lastOnly = Person("5", null, "رضایی");
        var account = MatchProfile.ForAccount(new ExistingAccount("acc", "کیمیا گستر") { Website = "kimia.example" }, "IR");

        Assert.True(Blocking.MayBeOnePerson(ali, aliTypo));
        Assert.True(Blocking.MayBeOnePerson(ali, swapped));
        Assert.True(Blocking.MayBeOnePerson(ali, lastOnly));
        Assert.False(Blocking.MayBeOnePerson(ali, sara));
        Assert.False(Blocking.MayBeOnePerson(sara, ali));
        Assert.True(Blocking.MayBeOnePerson(ali, account)); // an organisation: the key proposes it
        Assert.True(Blocking.MayBeOnePerson(account, sara));
    }

    [Fact]
    public void Organisation_keys_are_marked_and_person_keys_are_not()
    {
        var keys = new List<ulong>();
        Blocking.AddKeys(MatchProfile.ForAccount(new ExistingAccount("acc", "کیمیا گستر") { Website = "kimia.example" }, "IR"), keys);
        var personKeys = new List<ulong>();
        Blocking.AddKeys(MatchProfile.ForLead("1", new LeadDetails { FirstName = "Ali", LastName = "Rezaei", MobilePhone = "0912 345 6789", Emails = ["ali.rezaei@gmail.com"] }, "IR"), personKeys);

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(Blocking.IsOrganizationKey(key)));
        Assert.NotEmpty(personKeys);
        Assert.DoesNotContain(personKeys, Blocking.IsOrganizationKey);
    }

    [Fact]
    public void Colleagues_with_other_initials_are_not_compared_through_their_company_but_swapped_names_are()
    {
        var company = new LeadDetails { CompanyName = "Contoso Ltd", Website = "https://contoso.example" };
        MatchProfile[] profiles =
        [
            MatchProfile.ForLead("a", company with { FirstName = "Sara", LastName = "Lima" }, null),
            MatchProfile.ForLead("b", company with { FirstName = "Lima", LastName = "Sarah" }, null),
            MatchProfile.ForLead("c", company with { FirstName = "John", LastName = "Park" }, null),
            MatchProfile.ForAccount(new ExistingAccount("d", "Contoso"), null),
        ];
        var index = BlockIndex.Build(profiles, 2, 50, default);
        var compared = new List<(string, string)>();

        index.ForEachPair(profiles.Length, compared, (_, i, j) => Blocking.MayBeOnePerson(profiles[i], profiles[j]), (list, i, j) => list.Add((profiles[i].Id, profiles[j].Id)), null, default);

        Assert.Equal([("a", "b"), ("a", "d"), ("b", "d"), ("c", "d")], compared);
    }
}
