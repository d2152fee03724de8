using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Analytics;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.Analytics;

/// <summary>Invariants of the funnel over random leads taken through random operations (seeded, reproducible).</summary>
public sealed class FunnelProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Every_lead_is_in_exactly_one_bucket_of_each_breakdown_and_of_the_funnel()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(Seeds, seed =>
        {
            var leads = RandomLeads(new Random(seed));
            var report = FunnelAnalyzer.Analyze(leads, new FunnelOptions(DateTimeZoneProviders.Tzdb["Asia/Tehran"], CalendarSystem.PersianArithmetic));
            long Sum<T>(Breakdown<T> b)
                where T : notnull => b.Counts.Values.Sum() + b.Unspecified;
            var inFunnel = report.Forecast.Stages.Sum(s => s.OpenLeads) + report.ByState[LeadState.Converted] + report.ByState[LeadState.Disqualified];
            return (Sum(report.ByState) == leads.Count && Sum(report.ByStatusReason) == leads.Count && Sum(report.BySource) == leads.Count
                    && Sum(report.ByOwner) == leads.Count && Sum(report.ByRating) == leads.Count
                    && report.Periods.Sum(p => p.Created) == leads.Count && inFunnel == leads.Count
                    && report.Stages[0].Reached == leads.Count
                    && report.Stages.All(s => s.Advanced <= s.Decided && s.Undecided <= s.Reached))
                .Label($"seed {seed}");
        }));
    }

    [Fact]
    public void Quantiles_beyond_the_exact_range_stay_within_one_percent_of_the_exact_ones()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(50), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var durations = Enumerable.Range(0, random.Next(1, 5_000))
                .Select(_ => Duration.FromSeconds(Math.Exp(random.NextDouble() * 18))).ToArray();
            var quantiles = new DurationQuantiles();
            foreach (var d in durations)
            {
                quantiles.Add(d);
            }

            var sorted = durations.Order().ToArray();
            Duration Exact(double q) => sorted[(int)Math.Ceiling(q * sorted.Length) - 1];
            bool Close(Duration? approx, Duration exact) =>
                Math.Abs(approx!.Value.TotalSeconds - exact.TotalSeconds) <= Math.Max(0.5, exact.TotalSeconds * 0.01);
            var summary = quantiles.Summary();
            return (summary.Count == durations.Length && Close(summary.Median, Exact(0.5)) && Close(summary.P90, Exact(0.9)))
                .Label($"seed {seed}: {summary} vs {Exact(0.5)} / {Exact(0.9)} over {durations.Length}");
        }));
    }

    private static List<Lead> RandomLeads(Random random)
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 3, 1, 0, 0));
        var lifecycle = new LeadLifecycle(clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var leads = new List<Lead>();
        for (var i = random.Next(0, 60); i > 0; i--)
        {
            clock.Advance(Duration.FromHours(random.Next(1, 24 * 20)));
            var lead = lifecycle.Create(new LeadDetails
            {
                LastName = "Lima",
                Source = random.Next(3) == 0 ? null : (LeadSource)random.Next(1, 11),
                Owner = random.Next(2) == 0 ? null : $"owner{random.Next(3)}",
                Rating = random.Next(2) == 0 ? null : (LeadRating)random.Next(1, 4),
            }, "prop");
            for (var step = random.Next(0, 8); step > 0; step--)
            {
                clock.Advance(Duration.FromHours(random.Next(1, 24 * 10)));
                var trigger = (LeadTrigger)random.Next(1, 6);
                if (!lead.CanFire(trigger))
                {
                    continue;
                }

                switch (trigger)
                {
                    case LeadTrigger.MarkContacted: lead.MarkContacted("prop"); break;
                    case LeadTrigger.Qualify: lead.Qualify("prop"); break;
                    case LeadTrigger.Disqualify: lead.Disqualify(DisqualificationReason.WellKnown[random.Next(0, 4)], "prop"); break;
                    case LeadTrigger.Reactivate: lead.Reactivate("prop"); break;
                    default: lead.MarkConverted(new LeadConversion("a", null, null), "prop"); break;
                }
            }

            leads.Add(lead);
        }

        return leads;
    }
}
