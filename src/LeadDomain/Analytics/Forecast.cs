namespace LeadDomain.Analytics;

/// <summary>
/// Expected conversions of the leads in the funnel now, from the count in each stage and the historical stage rates;
/// and the expected opportunity value, per currency, where budgets are known.
/// </summary>
public sealed class Forecast
{
    internal Forecast(IReadOnlyList<ForecastStage> stages, IReadOnlyDictionary<string, decimal> expectedValue)
    {
        Stages = stages;
        ExpectedValue = expectedValue;
        ExpectedConversions = stages.Sum(s => s.ExpectedConversions);
    }

    /// <summary>Gets each open stage with its count, the probability used and its expected conversions.</summary>
    public IReadOnlyList<ForecastStage> Stages { get; }

    /// <summary>Gets the expected number of conversions (stages whose probability is unknown add nothing).</summary>
    public double ExpectedConversions { get; }

    /// <summary>Gets, per ISO currency code, the sum of the open leads' budgets weighted by their stage's probability.</summary>
    public IReadOnlyDictionary<string, decimal> ExpectedValue { get; }
}
