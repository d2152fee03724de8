using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class TextMemoTests
{
    [Fact]
    public void A_text_folded_before_gives_the_same_instance()
    {
        var memo = new TextMemo();

        var first = memo.Words(new string("Sara".AsSpan()));
        var again = memo.Words(new string("Sara".AsSpan()));

        Assert.Equal("SARA", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Two_texts_that_fold_alike_share_one_instance()
    {
        var memo = new TextMemo();

        var latin = memo.Words("sara");
        var upper = memo.Words("SARA ");
        var persian = memo.Words("كيميا");
        var arabic = memo.Words("کیمیا");

        Assert.Same(latin, upper);
        Assert.Same(persian, arabic);
        Assert.Equal(MatchText.Words("کیمیا"), persian);
    }

    [Fact]
    public void Null_and_texts_without_words_give_null()
    {
        var memo = new TextMemo();

        Assert.Null(memo.Words(null));
        Assert.Null(memo.Words(" - . "));
        Assert.Null(memo.Words(" - . "));
    }

    [Fact]
    public void A_company_name_is_read_once_and_its_words_shared()
    {
        var memo = new TextMemo();
        var reads = 0;
        (string?, string[]) Read(string name, TextMemo m)
        {
            reads++;
            return (m.Intern(name.ToUpperInvariant()), [name]);
        }

        var first = memo.Company("Contoso", Read);
        var second = memo.Company(new string("Contoso".AsSpan()), Read);
        var other = memo.Company("Fabrikam", Read);

        Assert.Equal(2, reads);
        Assert.Same(first.Words, second.Words);
        Assert.Same(first.Name, second.Name);
        Assert.Equal("FABRIKAM", other.Name);
    }

    [Fact]
    public void Intern_gives_one_instance_per_value()
    {
        var memo = new TextMemo();

        var a = memo.Intern("ALI REZAEI".AsSpan(0, 3));
        var b = memo.Intern("ALI".AsSpan());

        Assert.Same(a, b);
        Assert.Equal("ALI", a);
    }

    [Fact]
    public void Colleagues_profiles_share_their_company_and_city()
    {
        var memo = new TextMemo();
        var address = new PostalAddress("Main St 1", City: "Tehran");
        var a = MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ali", CompanyName = "Contoso Ltd", Address = address }, null, memo);
        var b = MatchProfile.ForLead("b", new LeadDetails { FirstName = "Sara", CompanyName = "Contoso Ltd", Address = address }, null, memo);

        Assert.Same(a.Company, b.Company);
        Assert.Same(a.CompanyWords, b.CompanyWords);
        Assert.Same(a.Address!.City, b.Address!.City);
    }

    [Fact]
    public void A_profile_built_with_a_memo_equals_one_built_without()
    {
        // Leads drawn from a few names, companies and cities in three scripts, so that the memo is hit often.
        string?[] firsts = ["Ali", "علی", "علي", "ALI", "Sara", "José", "Jose", "فاطمة", null];
        string?[] lasts = ["Rezaei", "رضایی", "رضائي", "Lima", "الكعبي", null];
        string?[] companies = ["Contoso Ltd", "CONTOSO, LLC", "Contoso Intl", "شرکت کیمیا", "كيميا سهامی خاص", "Ltd", "Fabrikam", null];
        string?[] cities = ["Tehran", "تهران", "São Paulo", "Sao Paulo", null];
        var seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(seeds, seed =>
        {
            var random = new Random(seed);
            var memo = new TextMemo();
            var all = true;
            for (var i = 0; i < 20; i++)
            {
                var details = new LeadDetails
                {
                    FirstName = firsts[random.Next(firsts.Length)],
                    LastName = lasts[random.Next(lasts.Length)],
                    CompanyName = companies[random.Next(companies.Length)],
                    Address = cities[random.Next(cities.Length)] is { } city ? new PostalAddress("1 Main St", City: city) : null,
                };
                var with = MatchProfile.ForLead("x", details, null, memo);
                var without = MatchProfile.ForLead("x", details, null);
                all &= with.First == without.First && with.Last == without.Last && with.Company == without.Company
                    && with.CompanyWords.SequenceEqual(without.CompanyWords) && with.Address?.City == without.Address?.City;
            }

            return all.Label($"seed {seed}");
        }));
    }
}
