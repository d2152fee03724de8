using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class SimilarityTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", 0.8133)]
    [InlineData("رضایی", "رضایی", 1)]
    [InlineData("ABC", "", 0)]
    public void Jaro_winkler_gives_the_published_values(string a, string b, double expected)
    {
        Assert.Equal(expected, Similarity.JaroWinkler(a, b), 3);
    }

    [Theory]
    [InlineData("9123456789", "9123456789", 0)]
    [InlineData("9123456789", "9123456788", 1)]
    [InlineData("9123456789", "9123465789", 1)]
    [InlineData("9123456789", "912345678", 1)]
    [InlineData("9123456789", "9213465789", 2)]
    [InlineData("9123456789", "0000000000", 3)]
    public void Edit_distance_counts_substitutions_gaps_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Similarity.EditDistance(a, b, 2));
    }

    [Fact]
    public void Both_measures_are_symmetric()
    {
        var words = Gen.Elements("", "A", "AB", "ALI", "ALY", "REZAEI", "REZAIE", "رضایی", "رضای", "912345", "921345", "MARTHA", "MARHTA");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(words.ToArbitrary(), words.ToArbitrary(), (a, b) =>
            (Similarity.JaroWinkler(a, b) == Similarity.JaroWinkler(b, a) && Similarity.EditDistance(a, b, 3) == Similarity.EditDistance(b, a, 3))
                .Label($"{a} / {b}")));
    }
}
