using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

public sealed class FieldSignalTests
{
    [Theory]
    [InlineData(0.0, SignalStrength.None)]
    [InlineData(0.0199, SignalStrength.None)]
    [InlineData(0.02, SignalStrength.Weak)]
    [InlineData(0.0999, SignalStrength.Weak)]
    [InlineData(0.1, SignalStrength.Medium)]
    [InlineData(0.2999, SignalStrength.Medium)]
    [InlineData(0.3, SignalStrength.Strong)]
    [InlineData(5.0, SignalStrength.Strong)]
    public void The_strength_at_each_edge(double informationValue, SignalStrength strength) =>
        Assert.Equal(strength, new FieldSignal(PredictionField.Source, informationValue).Strength);
}
