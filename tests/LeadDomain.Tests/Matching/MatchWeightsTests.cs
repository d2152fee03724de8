using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class MatchWeightsTests
{
    [Fact]
    public void People_weights_are_the_documented_ones()
    {
        var w = MatchWeights.People;

        Assert.Equal(new FieldWeight(50, -15), w.Email);
        Assert.Equal(new FieldWeight(35, -15), w.Phone);
        Assert.Equal(new FieldWeight(15, -25), w.FirstName);
        Assert.Equal(new FieldWeight(25, -30), w.LastName);
        Assert.Equal(new FieldWeight(20, -15), w.CompanyName);
        Assert.Equal(new FieldWeight(10, -15), w.Website);
        Assert.Equal(new FieldWeight(15, -15), w.Address);
        Assert.Equal(new FieldWeight(10, 0), w.EmailDomain);
        Assert.Equal(30, w.OrganizationLimit);
    }

    [Fact]
    public void Organization_weights_are_the_documented_ones_and_names_do_not_count()
    {
        var w = MatchWeights.Organizations;

        Assert.Equal(new FieldWeight(40, 0), w.Email);
        Assert.Equal(new FieldWeight(30, -5), w.Phone);
        Assert.Equal(default, w.FirstName);
        Assert.Equal(default, w.LastName);
        Assert.Equal(new FieldWeight(40, -25), w.CompanyName);
        Assert.Equal(new FieldWeight(30, -10), w.Website);
        Assert.Equal(new FieldWeight(20, -5), w.Address);
        Assert.Equal(new FieldWeight(25, 0), w.EmailDomain);
        Assert.Equal(10_000, w.OrganizationLimit);
        Assert.Equal(10_000, new MatchWeights().OrganizationLimit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10_000)]
    public void An_organisation_limit_from_0_to_10000_is_kept(int limit)
    {
        Assert.Equal(limit, (MatchWeights.People with { OrganizationLimit = limit }).OrganizationLimit);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void An_organisation_limit_outside_0_to_10000_is_refused(int limit)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MatchWeights.People with { OrganizationLimit = limit });

        Assert.Equal(("OrganizationLimit", (object)limit), (e.ParamName, e.ActualValue));
        Assert.StartsWith("The organisation limit must be between 0 and 10,000. (Parameter 'OrganizationLimit')", e.Message);
    }
}
