namespace LeadDomain.Analytics;

/// <summary>One stage's part of a <see cref="Forecast"/>.</summary>
/// <param name="Stage">The stage (New, Contacted or Qualified).</param>
/// <param name="OpenLeads">Leads in the stage now.</param>
/// <param name="ConversionProbability">The chance that a lead in the stage converts: the product of the stage rates
/// from here on (<see langword="null"/> when a rate is unknown).</param>
/// <param name="ExpectedConversions"><paramref name="OpenLeads"/> × <paramref name="ConversionProbability"/>.</param>
public readonly record struct ForecastStage(FunnelStage Stage, long OpenLeads, double? ConversionProbability, double ExpectedConversions);
