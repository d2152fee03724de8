using System.Globalization;
using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// What preparing a <see cref="LeadBatch"/> costs (issue 16), on the 100,000 leads of <see cref="Scoring100K"/>: building
/// it from stored snapshots (on every core, as <c>From</c> builds a list, and on one thread) and from leads, and the first scoring with a model (which computes the fit points and decay
/// weights the model keeps with the batch; a new model each invocation). Per lead. The setup prints what the batch
/// occupies, per lead and per activity, measured with the GC and counted from its arrays.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(10)]
public class LeadBatchBuild
{
    private const int N = 100_000;
    private ScoringFixture _fixture = null!;
    private LeadSnapshot[] _snapshots = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = ScoringFixture.Get(N, engines: false);
        _snapshots = [.. _fixture.Leads.Select(l => l.ToSnapshot())];
        var activities = _fixture.Leads.Sum(l => l.Activities.Count);

        // Once before measuring: building rents scratch columns from the shared array pools, which keep them for the
        // next build; the figure below is then what the batch itself retains.
        // One thread: a build on several cores rents the scratch columns on pool threads, whose share of the pools the
        // next build may not find (they would then count here); the batch is the same, id for id.
        GC.KeepAlive(LeadBatch.From(_snapshots, parts: 1));
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var batch = LeadBatch.From(_snapshots, parts: 1);
        var built = GC.GetTotalMemory(forceFullCollection: true);
        var model = ScoringSpec.BuildModel();
        model.Score(batch, _fixture.Destination, ScoringSpec.At);
        var scored = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// LeadBatch: {N:N0} leads, {activities:N0} activities; retained {(built - before) / (double)N:F1} B per lead in all (GC); "
            + $"its arrays and values {batch.SizeInBytes() / (double)N:F1} B per lead in all; a model's kept columns {(scored - built) / (double)N:F1} B per lead "
            + $"(8 B per lead and 8 B per activity counted, and 8 B per lead per activity rule for a model's runs). Arrays: {(batch.SizeInBytes() - (activities * 12L)) / (double)N:F1} B per lead + 12 B per activity."));
        GC.KeepAlive(batch);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "LeadBatch.From(snapshots)")]
    public int FromSnapshots() => LeadBatch.From(_snapshots).Count;

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch.From(snapshots), one thread")]
    public int FromSnapshotsOneThread() => LeadBatch.From(_snapshots, parts: 1).Count;

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch.From(leads)")]
    public int FromLeads() => LeadBatch.From(_fixture.Leads).Count;

    [Benchmark(OperationsPerInvoke = N, Description = "First scoring with a new model (fit + weights + scores)")]
    public int FirstScoring()
    {
        ScoringSpec.BuildModel().Score(_fixture.Batch, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }
}
