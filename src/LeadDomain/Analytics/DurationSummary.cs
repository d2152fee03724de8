using NodaTime;

namespace LeadDomain.Analytics;

/// <summary>
/// How long something took across leads: the number of leads measured, the median and the 90th percentile
/// (nearest-rank). Exact up to 1,024 measurements; beyond that, from a histogram whose buckets are 1 % wide, so that
/// memory does not grow with the number of leads.
/// </summary>
/// <param name="Count">The number of measurements.</param>
/// <param name="Median">The median; <see langword="null"/> when nothing was measured.</param>
/// <param name="P90">The 90th percentile; <see langword="null"/> when nothing was measured.</param>
public readonly record struct DurationSummary(long Count, Duration? Median, Duration? P90);
