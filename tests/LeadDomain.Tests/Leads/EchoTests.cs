using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class EchoTests
{
    [Fact]
    public void A_long_text_is_cut_to_100_characters_without_splitting_a_surrogate_pair()
    {
        Assert.Equal("abc", Echo.Cut("abc"));
        Assert.Equal(new string('x', 100) + "…", Echo.Cut(new string('x', 150)));
        var pairs = new string('x', 99) + "😀😀";
        Assert.Equal(new string('x', 99) + "…", Echo.Cut(pairs));
        Assert.Equal("null", Echo.Cut(null));
    }

    [Fact]
    public void A_list_shows_20_problems_each_cut_to_300_characters_and_counts_the_rest()
    {
        var problems = Enumerable.Range(0, 25).Select(i => $"problem {i} " + new string('y', i == 3 ? 5_000 : 1)).ToList();

        var text = Echo.List(problems);
        var bounded = Echo.Bounded(problems);

        Assert.EndsWith("; and 5 more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("problem 20", text, StringComparison.Ordinal);
        Assert.Equal(21, bounded.Count);
        Assert.Equal("and 5 more", bounded[^1]);
        Assert.Equal(Echo.MaxProblem + 1, bounded[3].Length);
        Assert.Equal("a; b", Echo.List(["a", "b"]));
        Assert.Equal(["a", "b"], Echo.Bounded(["a", "b"]));
    }

    [Property]
    public Property Lists_are_bounded_whatever_the_problems(NonNull<string>[] problems)
    {
        var list = problems.Select(p => p.Get).ToList();
        var bounded = Echo.Bounded(list);
        var text = Echo.List(list);
        return (bounded.Count <= Echo.MaxListed + 1
                && bounded.All(p => p.Length <= Echo.MaxProblem + 1)
                && text.Length <= (Echo.MaxListed * (Echo.MaxProblem + 3)) + 30
                && (list.Count > Echo.MaxListed || list.All(p => p.Length > Echo.MaxProblem) || list.Count == 0 || text.Contains(list.First(p => p.Length <= Echo.MaxProblem), StringComparison.Ordinal)))
            .ToProperty();
    }

    [Fact]
    public void A_text_of_exactly_100_characters_is_kept_whole()
    {
        var hundred = new string('x', 100);

        Assert.Same(hundred, Echo.Cut(hundred));
        Assert.Equal(new string('x', 100) + "…", Echo.Cut(hundred + "x"));
    }

    [Fact]
    public void Exactly_20_short_problems_are_listed_whole_and_kept_as_given()
    {
        var twenty = Enumerable.Range(0, 20).Select(i => $"p{i}").ToList();
        var withLongest = Enumerable.Range(0, 20).Select(i => i == 7 ? new string('z', Echo.MaxProblem) : $"p{i}").ToList();

        Assert.Equal(string.Join("; ", twenty), Echo.List(twenty));
        Assert.Same(twenty, Echo.Bounded(twenty));
        Assert.Same(withLongest, Echo.Bounded(withLongest));
    }

    [Fact]
    public void One_long_problem_among_few_is_cut_and_nothing_is_counted()
    {
        var problems = new List<string> { "short", new string('z', Echo.MaxProblem + 1) };
        var twenty = Enumerable.Range(0, 20).Select(i => i == 0 ? new string('z', Echo.MaxProblem + 1) : $"p{i}").ToList();

        Assert.Equal(["short", new string('z', Echo.MaxProblem) + "…"], Echo.Bounded(problems));
        Assert.Equal(20, Echo.Bounded(twenty).Count);
        Assert.Equal(new string('z', Echo.MaxProblem) + "…", Echo.Bounded(twenty)[0]);
        Assert.Equal("p19", Echo.Bounded(twenty)[^1]);
    }
}

