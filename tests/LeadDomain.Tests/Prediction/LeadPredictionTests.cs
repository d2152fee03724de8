using LeadDomain.Prediction;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Prediction;

public sealed class LeadPredictionTests
{
    [Theory]
    [InlineData(0.5, 0.5, 0.0, PredictionTrend.Steady)]
    [InlineData(0.5, 0.25, 0.25, PredictionTrend.Steady)]      // a change equal to the tolerance is steady
    [InlineData(0.25, 0.5, 0.25, PredictionTrend.Steady)]
    [InlineData(0.5, 0.25, 0.24, PredictionTrend.Improving)]
    [InlineData(0.25, 0.5, 0.24, PredictionTrend.Declining)]
    [InlineData(0.5, 0.4999, 0.0, PredictionTrend.Improving)]
    [InlineData(0.4999, 0.5, 0.0, PredictionTrend.Declining)]
    [InlineData(1.0, 0.0, 0.999, PredictionTrend.Improving)]
    public void The_trend_at_the_tolerance(double now, double earlier, double tolerance, PredictionTrend trend) =>
        Assert.Equal(trend, new LeadPrediction(now, LeadGrade.C).TrendSince(new LeadPrediction(earlier, LeadGrade.C), tolerance));

    [Fact]
    public void The_default_tolerance_is_two_hundredths()
    {
        var earlier = new LeadPrediction(0.5, LeadGrade.B);

        Assert.Equal(PredictionTrend.Steady, new LeadPrediction(0.515, LeadGrade.B).TrendSince(earlier));
        Assert.Equal(PredictionTrend.Improving, new LeadPrediction(0.525, LeadGrade.B).TrendSince(earlier));
        Assert.Equal(PredictionTrend.Declining, new LeadPrediction(0.475, LeadGrade.B).TrendSince(earlier));
    }

    [Theory]
    [InlineData(-0.000001)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_tolerance_outside_0_to_below_1_is_refused(double tolerance)
    {
        var p = new LeadPrediction(0.5, LeadGrade.B);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => p.TrendSince(p, tolerance));

        Assert.Equal("tolerance", e.ParamName);
        Assert.StartsWith("The tolerance must be at least 0 and below 1.", e.Message, StringComparison.Ordinal);
    }
}
