using BenchmarkDotNet.Attributes;
using LeadDomain.Analytics;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Benchmarks.Analytics;

/// <summary>
/// Issue 5: a funnel report over 100,000 and 1,000,000 leads in one pass. The input cycles over a pool of 10,000 leads
/// with varied histories (so that a million leads do not have to sit in memory: what is measured is the analyzer's
/// own memory). <c>OperationsPerInvoke</c> is the number of leads, so times and bytes are per lead; bounded memory
/// shows as a total (bytes per lead × leads) that stays the same from 100,000 to 1,000,000.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class FunnelBenchmarks
{
    private const int Pool = 10_000;
    private Lead[] _leads = null!;
    private LeadSnapshot[] _snapshots = null!;
    private FunnelOptions _tehranMonths = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0));
        var lifecycle = new LeadLifecycle(clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var random = new Random(42);
        _leads = new Lead[Pool];
        for (var i = 0; i < Pool; i++)
        {
            clock.Advance(Duration.FromMinutes(random.Next(1, 120)));
            var lead = lifecycle.Create(new LeadDetails
            {
                LastName = "Rezaei",
                CompanyName = "Kimia",
                Source = (LeadSource)random.Next(1, 11),
                Owner = $"owner{random.Next(25)}",
                Rating = (LeadRating)random.Next(1, 4),
                Budget = random.Next(3) == 0 ? new Money(random.Next(1, 100) * 1_000, random.Next(2) == 0 ? "USD" : "IRR") : null,
            }, "bench");
            lead.LogActivity(ActivityType.Call, clock.GetCurrentInstant() + Duration.FromHours(random.Next(1, 72)), "bench");
            Advance(clock, random);
            switch (random.Next(6))
            {
                case 0:
                    break;
                case 1:
                    lead.MarkContacted("bench");
                    break;
                case 2:
                    lead.Disqualify(DisqualificationReason.WellKnown[random.Next(0, 4)], "bench");
                    break;
                case 3:
                    lead.MarkContacted("bench");
                    Advance(clock, random);
                    lead.Disqualify(DisqualificationReason.WellKnown[random.Next(0, 4)], "bench");
                    break;
                case 4:
                    lead.MarkContacted("bench");
                    Advance(clock, random);
                    lead.Qualify("bench");
                    break;
                default:
                    lead.MarkContacted("bench");
                    Advance(clock, random);
                    lead.Qualify("bench");
                    Advance(clock, random);
                    lead.MarkConverted(new LeadConversion("a", "c", "o"), "bench");
                    break;
            }

            _leads[i] = lead;
        }

        _snapshots = [.. _leads.Select(l => l.ToSnapshot())];
        _tehranMonths = new FunnelOptions(DateTimeZoneProviders.Tzdb["Asia/Tehran"], CalendarSystem.PersianArithmetic, PeriodUnit.Month);
        var check = FunnelAnalyzer.Analyze(Cycle(_leads, 100_000), _tehranMonths);
        if (check.Total != 100_000 || check.Stages[0].Reached != 100_000)
        {
            throw new InvalidOperationException($"The funnel counted {check.Total} leads, not 100,000.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 100_000, Description = "Analyze 100,000 leads (Tehran, Persian months)")]
    public long Leads100K() => FunnelAnalyzer.Analyze(Cycle(_leads, 100_000), _tehranMonths).Total;

    [Benchmark(OperationsPerInvoke = 1_000_000, Description = "Analyze 1,000,000 leads (Tehran, Persian months)")]
    public long Leads1M() => FunnelAnalyzer.Analyze(Cycle(_leads, 1_000_000), _tehranMonths).Total;

    [Benchmark(OperationsPerInvoke = 1_000_000, Description = "Analyze 1,000,000 snapshots (Tehran, Persian months)")]
    public long Snapshots1M() => FunnelAnalyzer.Analyze(Cycle(_snapshots, 1_000_000), _tehranMonths).Total;

    [Benchmark(OperationsPerInvoke = 1_000_000, Description = "Analyze 1,000,000 leads (UTC, ISO months)")]
    public long Leads1MUtc() => FunnelAnalyzer.Analyze(Cycle(_leads, 1_000_000), FunnelOptions.Default).Total;

    private static void Advance(NodaTime.Testing.FakeClock clock, Random random) =>
        clock.Advance(Duration.FromHours(random.Next(1, 24 * 15)));

    private static IEnumerable<T> Cycle<T>(T[] pool, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return pool[i % pool.Length];
        }
    }
}
