using BenchmarkDotNet.Attributes;
using LeadDomain.Bulk;
using LeadDomain.Conversion;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Benchmarks.Bulk;

/// <summary>
/// Issue 18: 100,000 leads qualified in bulk, and 100,000 qualified leads converted in bulk, against the same work done
/// lead by lead. A run changes its leads, so every iteration restores them first ([IterationSetup], not measured), and
/// runs the operation once over all of them: InvocationCount 1 (a job mutator, not a second job) keeps BenchmarkDotNet
/// from invoking it again on leads already changed. Figures are per lead (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[InvocationCount(1)]
public class BulkBenchmarks
{
    private const int Count = 100_000;
    private const string Actor = "ali";
    private static readonly Instant Now = Instant.FromUtc(2025, 11, 25, 9, 30);
    private readonly Lead[] _leads = new Lead[Count];
    private readonly LeadOutcome[] _outcomes = new LeadOutcome[Count];
    private LeadLifecycle _lifecycle = null!;
    private LeadSnapshot[] _open = null!;
    private LeadSnapshot[] _qualified = null!;
    private BulkOperation _qualify = null!;
    private BulkOperation _convert = null!;
    private ConversionOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lifecycle = new LeadLifecycle(new FakeClock(Now));
        _open = new LeadSnapshot[Count];
        _qualified = new LeadSnapshot[Count];
        for (var i = 0; i < Count; i++)
        {
            var lead = _lifecycle.Create(
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
                Actor);
            _open[i] = lead.ToSnapshot();
            lead.Qualify(Actor);
            _qualified[i] = lead.ToSnapshot();
        }

        _qualify = BulkOperation.Qualify(Actor);
        _options = ConversionOptions.Default;
        _convert = BulkOperation.Convert(ConversionMap.Default, Actor, _options);

        // The checks a benchmark that never runs in CI needs, so that it cannot rot silently.
        RestoreOpen();
        _qualify.Run(_leads, _outcomes);
        _convert.Run(_leads, _outcomes);
        if (Array.Exists(_outcomes, o => !o.IsDone) || Array.Exists(_leads, l => l.State != LeadState.Converted))
        {
            throw new InvalidOperationException("The bulk conversion refused a lead.");
        }
    }

    [IterationSetup(Targets = [nameof(QualifyLoop), nameof(BulkQualify)])]
    public void RestoreOpen() => Restore(_open);

    [IterationSetup(Targets = [nameof(ConvertLoop), nameof(BulkConvert)])]
    public void RestoreQualified() => Restore(_qualified);

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "lead.Qualify, lead by lead")]
    public Lead[] QualifyLoop()
    {
        foreach (var lead in _leads)
        {
            lead.Qualify(Actor);
        }

        return _leads;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "BulkOperation.Qualify (span)")]
    public LeadOutcome[] BulkQualify()
    {
        _qualify.Run(_leads, _outcomes);
        return _outcomes;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "ConversionMap.Convert, lead by lead")]
    public Lead[] ConvertLoop()
    {
        foreach (var lead in _leads)
        {
            ConversionMap.Default.Convert(lead, Actor, _options);
        }

        return _leads;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "BulkOperation.Convert (span)")]
    public LeadOutcome[] BulkConvert()
    {
        _convert.Run(_leads, _outcomes);
        return _outcomes;
    }

    private void Restore(LeadSnapshot[] snapshots)
    {
        for (var i = 0; i < Count; i++)
        {
            _leads[i] = _lifecycle.Restore(snapshots[i]);
        }
    }
}
