using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class MatchOptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var o = MatchOptions.Default;

        Assert.Equal((50, 40, 50, (string?)null), (o.DuplicateScore, o.PossibleDuplicateScore, o.MaxRecordsPerKey, o.DefaultCountry));
        Assert.Same(MatchWeights.People, o.PersonWeights);
        Assert.Same(MatchWeights.Organizations, o.OrganizationWeights);
        Assert.Equal(o, new MatchOptions());
        Assert.Null(o.Checked());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(9_999)]
    [InlineData(10_000)]
    public void Scores_from_1_to_10000_are_kept(int score)
    {
        Assert.Equal(score, (MatchOptions.Default with { DuplicateScore = score }).DuplicateScore);
        Assert.Equal(score, (MatchOptions.Default with { PossibleDuplicateScore = score }).PossibleDuplicateScore);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Scores_outside_1_to_10000_are_refused(int score)
    {
        var duplicate = Assert.Throws<ArgumentOutOfRangeException>(() => MatchOptions.Default with { DuplicateScore = score });
        var possible = Assert.Throws<ArgumentOutOfRangeException>(() => MatchOptions.Default with { PossibleDuplicateScore = score });

        Assert.Equal(("DuplicateScore", (object)score), (duplicate.ParamName, duplicate.ActualValue));
        Assert.StartsWith("The duplicate score must be between 1 and 10,000. (Parameter 'DuplicateScore')", duplicate.Message);
        Assert.Equal(("PossibleDuplicateScore", (object)score), (possible.ParamName, possible.ActualValue));
        Assert.StartsWith("The possible duplicate score must be between 1 and 10,000. (Parameter 'PossibleDuplicateScore')", possible.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void At_least_two_records_per_key_are_kept(int most)
    {
        Assert.Equal(most, (MatchOptions.Default with { MaxRecordsPerKey = most }).MaxRecordsPerKey);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Fewer_than_two_records_per_key_are_refused(int most)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MatchOptions.Default with { MaxRecordsPerKey = most });

        Assert.Equal(("MaxRecordsPerKey", (object)most), (e.ParamName, e.ActualValue));
        Assert.StartsWith("At least 2 records must be allowed to share a key. (Parameter 'MaxRecordsPerKey')", e.Message);
    }

    [Theory]
    [InlineData("IR", "IR")]
    [InlineData("IRN", "IR")]
    [InlineData("Iran", "IR")]
    [InlineData("ایران", "IR")]
    [InlineData("BR", "BR")]
    public void A_default_country_is_kept_as_given_and_read_as_its_region(string country, string region)
    {
        var options = MatchOptions.Default with { DefaultCountry = country };

        Assert.Equal(country, options.DefaultCountry);
        Assert.Equal(region, options.Checked());
        Assert.Null((options with { DefaultCountry = null }).DefaultCountry);
    }

    [Fact]
    public void A_default_country_that_names_no_country_is_refused_with_its_name_cut()
    {
        var e = Assert.Throws<ArgumentException>(() => MatchOptions.Default with { DefaultCountry = "Atlantis" });
        var longName = new string('x', 500);
        var cut = Assert.Throws<ArgumentException>(() => MatchOptions.Default with { DefaultCountry = longName });

        Assert.Equal("DefaultCountry", e.ParamName);
        Assert.Equal("The default country 'Atlantis' is not a country: give an ISO 3166 code such as 'IR' or 'BR', or a country's name. (Parameter 'DefaultCountry')", e.Message);
        Assert.Equal("DefaultCountry", cut.ParamName);
        Assert.Contains($"'{Echo.Cut(longName)}'", cut.Message, StringComparison.Ordinal);
        Assert.True(cut.Message.Length < 400);
    }

    [Fact]
    public void Null_weights_are_refused_by_name()
    {
        var person = Assert.Throws<ArgumentNullException>(() => MatchOptions.Default with { PersonWeights = null! });
        var organization = Assert.Throws<ArgumentNullException>(() => MatchOptions.Default with { OrganizationWeights = null! });
        var weights = MatchWeights.People with { OrganizationLimit = 5 };

        Assert.Equal("PersonWeights", person.ParamName);
        Assert.Equal("OrganizationWeights", organization.ParamName);
        Assert.Same(weights, (MatchOptions.Default with { PersonWeights = weights }).PersonWeights);
        Assert.Same(weights, (MatchOptions.Default with { OrganizationWeights = weights }).OrganizationWeights);
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(50, 1)]
    [InlineData(1, 1)]
    public void Checked_accepts_a_possible_duplicate_score_up_to_the_duplicate_score(int duplicate, int possible)
    {
        var options = MatchOptions.Default with { DuplicateScore = duplicate, PossibleDuplicateScore = possible };

        Assert.Null(options.Checked());
    }

    [Fact]
    public void Checked_refuses_a_possible_duplicate_score_above_the_duplicate_score()
    {
        var options = MatchOptions.Default with { DuplicateScore = 50, PossibleDuplicateScore = 51 };

        var e = Assert.Throws<ArgumentException>(options.Checked);

        Assert.Equal("options", e.ParamName);
        Assert.Equal("PossibleDuplicateScore (51) is above DuplicateScore (50): lower it, or raise DuplicateScore. (Parameter 'options')", e.Message);
    }
}
