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
}
