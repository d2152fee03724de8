using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class FieldWeightTests
{
    private const string AgreeMessage = "The points for agreeing values must be between 0 and 1000.";
    private const string DisagreeMessage = "The points for disagreeing values must be between -1000 and 0.";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1000, -1000)]
    [InlineData(1, -1)]
    [InlineData(999, -999)]
    public void Weights_within_their_ranges_are_kept(int agree, int disagree)
    {
        var weight = new FieldWeight(agree, disagree);
        var changed = new FieldWeight(5, -5) with { Agree = agree, Disagree = disagree };

        Assert.Equal((agree, disagree), (weight.Agree, weight.Disagree));
        Assert.Equal(weight, changed);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    [InlineData(int.MinValue)]
    public void Agree_outside_0_to_1000_is_refused(int agree)
    {
        var constructed = Assert.Throws<ArgumentOutOfRangeException>(() => new FieldWeight(agree, 0));
        var changed = Assert.Throws<ArgumentOutOfRangeException>(() => new FieldWeight(10, -10) with { Agree = agree });

        foreach (var e in new[] { constructed, changed })
        {
            Assert.Equal(("Agree", (object)agree), (e.ParamName, e.ActualValue));
            Assert.StartsWith(AgreeMessage + " (Parameter 'Agree')", e.Message);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1001)]
    [InlineData(int.MaxValue)]
    public void Disagree_outside_minus_1000_to_0_is_refused(int disagree)
    {
        var constructed = Assert.Throws<ArgumentOutOfRangeException>(() => new FieldWeight(0, disagree));
        var changed = Assert.Throws<ArgumentOutOfRangeException>(() => new FieldWeight(10, -10) with { Disagree = disagree });

        foreach (var e in new[] { constructed, changed })
        {
            Assert.Equal(("Disagree", (object)disagree), (e.ParamName, e.ActualValue));
            Assert.StartsWith(DisagreeMessage + " (Parameter 'Disagree')", e.Message);
        }
    }
}
