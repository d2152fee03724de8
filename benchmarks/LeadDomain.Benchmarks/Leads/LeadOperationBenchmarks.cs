using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Benchmarks.Leads;

/// <summary>
/// The lead core's operations through the public API only (issue 12): create, restore, and each of fire Qualify, Edit
/// and log an activity on a lead restored in the same invocation (subtract the Restore row for the operation alone).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LeadOperationBenchmarks
{
    private const string Actor = "ali";
    private static readonly Instant Now = Instant.FromUtc(2025, 11, 25, 9, 30);
    private readonly LeadId _id = LeadId.Parse("5f0c6a4e-2d1b-4c8e-9a57-3e1f0b7d9c21");
    private LeadLifecycle _lifecycle = null!;
    private LeadDetails _details = null!;
    private LeadDetails _edited = null!;
    private LeadSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lifecycle = new LeadLifecycle(new FakeClock(Now));
        _details = new LeadDetails
        {
            FirstName = "Sara",
            LastName = "Karimi",
            CompanyName = "Contoso Ltd",
            JobTitle = "Purchasing manager",
            Emails = ["sara.karimi@contoso.example"],
            BusinessPhone = "+98 21 5555 0100",
            Source = LeadSource.Web,
        };
        _snapshot = _lifecycle.Create(_details, Actor, _id).ToSnapshot();
        _edited = _details with { JobTitle = "Head of purchasing" };
    }

    [Benchmark(Description = "Create(details, actor, id)")]
    public Lead Create() => _lifecycle.Create(_details, Actor, _id);

    [Benchmark(Baseline = true, Description = "Restore(snapshot)")]
    public Lead Restore() => _lifecycle.Restore(_snapshot);

    [Benchmark(Description = "Restore + Qualify")]
    public Lead RestoreQualify()
    {
        var lead = _lifecycle.Restore(_snapshot);
        lead.Qualify(Actor);
        return lead;
    }

    [Benchmark(Description = "Restore + Edit")]
    public Lead RestoreEdit()
    {
        var lead = _lifecycle.Restore(_snapshot);
        lead.Edit(_edited, Actor);
        return lead;
    }

    [Benchmark(Description = "Restore + LogActivity")]
    public Lead RestoreLog()
    {
        var lead = _lifecycle.Restore(_snapshot);
        lead.LogActivity(ActivityType.WebVisit, Now, Actor);
        return lead;
    }
}
