using NodaTime;

namespace LeadDomain.Analytics;

/// <summary>
/// Streaming quantiles of durations in bounded memory: exact while few (sorted on demand), then a log-scale histogram
/// with 1 % buckets (relative error at most 0.5 %, for durations from a second to beyond a century).
/// </summary>
internal sealed class DurationQuantiles
{
    private const int ExactCapacity = 1024;
    private const double Growth = 1.01;
    private static readonly double LogGrowth = Math.Log(Growth);

    private readonly List<long> _exact = [];
    private Dictionary<int, long>? _buckets;

    public long Count { get; private set; }

    public void Add(Duration duration)
    {
        var seconds = Math.Max(0, duration.BclCompatibleTicks) / (double)NodaConstants.TicksPerSecond;
        Count++;
        if (_buckets is null)
        {
            _exact.Add(Math.Max(0, duration.BclCompatibleTicks));
            if (_exact.Count <= ExactCapacity)
            {
                return;
            }

            _buckets = [];
            foreach (var ticks in _exact)
            {
                AddToBucket(ticks / (double)NodaConstants.TicksPerSecond);
            }

            _exact.Clear();
            return;
        }

        AddToBucket(seconds);
    }

    public DurationSummary Summary() =>
        Count == 0 ? new DurationSummary(0, null, null) : new DurationSummary(Count, Quantile(0.5), Quantile(0.9));

    private void AddToBucket(double seconds)
    {
        var bucket = Bucket(seconds);
        _buckets![bucket] = _buckets.GetValueOrDefault(bucket) + 1;
    }

    // Bucket 0 holds everything under a second; bucket k >= 1 holds [Growth^(k-1), Growth^k) seconds.
    private static int Bucket(double seconds) => seconds < 1 ? 0 : 1 + (int)Math.Floor(Math.Log(seconds) / LogGrowth);

    private Duration Quantile(double q)
    {
        var rank = (long)Math.Ceiling(q * Count);
        if (_buckets is null)
        {
            _exact.Sort();
            return Duration.FromTicks(_exact[(int)rank - 1]);
        }

        long seen = 0;
        foreach (var (bucket, count) in _buckets.OrderBy(b => b.Key))
        {
            seen += count;
            if (seen >= rank)
            {
                // The bucket's geometric middle: within 0.5 % of any duration in it.
                var seconds = bucket == 0 ? 0.5 : Math.Pow(Growth, bucket - 0.5);
                return Duration.FromTicks((long)Math.Round(seconds * NodaConstants.TicksPerSecond));
            }
        }

        throw new InvalidOperationException("The histogram lost a measurement.");
    }
}
