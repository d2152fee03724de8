using BenchmarkDotNet.Attributes;
using LeadDomain.Bulk;
using LeadDomain.Conversion;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Benchmarks.Bulk;

/// <summary>
/// Issue 18: 100,000 leads qualified, and qualified and converted, in bulk, against the same work done lead by lead.
/// Every invocation restores the 100,000 leads first (a bulk run changes them), so the Restore row is the floor to
/// subtract; figures are per lead (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BulkBenchmarks
{
    private const int Count = 100_000;
    private const string Actor = "ali";
    private static readonly Instant Now = Instant.FromUtc(2025, 11, 25, 9, 30);
    private readonly Lead[] _leads = new Lead[Count];
    private readonly LeadOutcome[] _outcomes = new LeadOutcome[Count];
    private LeadLifecycle _lifecycle = null!;
    private LeadSnapshot[] _snapshots = null!;
    private BulkOperation _qualify = null!;
    private BulkOperation _convert = null!;
    private ConversionOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lifecycle = new LeadLifecycle(new FakeClock(Now));
        _snapshots = new LeadSnapshot[Count];
        for (var i = 0; i < Count; i++)
        {
            _snapshots[i] = _lifecycle.Create(
                new LeadDetails
                {
                    FirstName = "Sara",
                    LastName = "Karimi " + i,
                    CompanyName = "Contoso " + (i % 1_000),
                    JobTitle = "Purchasing manager",
                    Emails = [$"sara.{i}@contoso.example"],
                    BusinessPhone = "+98 21 5555 0100",
                    Source = LeadSource.Web,
                    Budget = new Money(10_000 + i, "EUR"),
                },
                Actor).ToSnapshot();
        }

        _qualify = BulkOperation.Qualify(Actor);
        _options = ConversionOptions.Default;
        _convert = BulkOperation.Convert(ConversionMap.Default, Actor, _options);

        // The checks a benchmark that never runs in CI needs, so that it cannot rot silently.
        RestoreAll();
        _qualify.Run(_leads, _outcomes);
        _convert.Run(_leads, _outcomes);
        if (Array.Exists(_outcomes, o => !o.IsDone) || Array.Exists(_leads, l => l.State != LeadState.Converted))
        {
            throw new InvalidOperationException("The bulk conversion refused a lead.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "Restore (the floor)")]
    public Lead[] Restore() => RestoreAll();

    [Benchmark(OperationsPerInvoke = Count, Description = "Restore + lead.Qualify, lead by lead")]
    public Lead[] QualifyLoop()
    {
        RestoreAll();
        foreach (var lead in _leads)
        {
            lead.Qualify(Actor);
        }

        return _leads;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Restore + BulkOperation.Qualify (span)")]
    public LeadOutcome[] BulkQualify()
    {
        RestoreAll();
        _qualify.Run(_leads, _outcomes);
        return _outcomes;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Restore + Qualify + Convert, lead by lead")]
    public Lead[] ConvertLoop()
    {
        RestoreAll();
        foreach (var lead in _leads)
        {
            lead.Qualify(Actor);
            ConversionMap.Default.Convert(lead, Actor, _options);
        }

        return _leads;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Restore + BulkOperation.Qualify + Convert (span)")]
    public LeadOutcome[] BulkQualifyConvert()
    {
        RestoreAll();
        _qualify.Run(_leads, _outcomes);
        _convert.Run(_leads, _outcomes);
        return _outcomes;
    }

    private Lead[] RestoreAll()
    {
        for (var i = 0; i < Count; i++)
        {
            _leads[i] = _lifecycle.Restore(_snapshots[i]);
        }

        return _leads;
    }
}
