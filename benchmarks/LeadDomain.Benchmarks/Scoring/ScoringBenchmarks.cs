using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// Scoring many leads with one 18-rule set (issue 3): the library on one thread (bulk span API) and on all cores
/// (<c>ScoringModel.ScoreParallel</c>), a hand-written loop (the baseline: the practical limit), and the same
/// rules in Microsoft RulesEngine 6.0.1 and NRules 1.0.4. Two more rows: the hand-written loop reading the activities
/// through the internal span the library reads (the floor), and the hand-written loop split over two threads (a control
/// for what two cores give on this shared machine during the run). Issue 16 adds the hand-written loop over compact
/// records (<see cref="CompactLeadScorer"/>, its honest baseline) and the prepared <see cref="LeadBatch"/> on one thread
/// and on all cores (with the model's columns kept from the setup's checks). One invocation scores every lead of the
/// set, and <c>OperationsPerInvoke</c> is the number of leads, so times and allocations are per lead. A class per size, because
/// <c>OperationsPerInvoke</c> is a constant; each class has its own baseline, so its ratios come from one run. The
/// global setup builds the leads and throws unless every contestant gives the library's score for every lead.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public abstract class ScoringBenchmarks
{
    private ScoringFixture _fixture = null!;

    /// <summary>Gets how many leads one invocation scores.</summary>
    protected abstract int LeadCount { get; }

    /// <summary>Gets whether this size runs the rule engines (and so checks them).</summary>
    protected virtual bool WithEngines => true;

    [GlobalSetup]
    public void Setup() => _fixture = ScoringFixture.Get(LeadCount, WithEngines);

    protected int HandLoop()
    {
        HandWrittenScorer.ScoreAll(_fixture.Leads, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    /// <summary>
    /// A control for the parallel speed-up: the hand-written loop on two threads, each scoring one half. What this gains
    /// over <see cref="HandLoop"/> is what two cores give on this machine at the time of the run.
    /// </summary>
    protected int HandLoopTwoThreads()
    {
        var leads = _fixture.Leads;
        var destination = _fixture.Destination;
        var half = leads.Length / 2;
        Parallel.Invoke(
            () => HandWrittenScorer.ScoreRange(leads, destination, 0, half, ScoringSpec.At),
            () => HandWrittenScorer.ScoreRange(leads, destination, half, leads.Length, ScoringSpec.At));
        return destination[^1].Total;
    }

    protected int HandLoopSpan()
    {
        HandWrittenScorer.ScoreAllSpan(_fixture.Leads, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    protected int Library()
    {
        _fixture.Model.Score(_fixture.Leads, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    protected int LibraryParallel()
    {
        _fixture.Model.ScoreParallel(_fixture.Leads, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    /// <summary>Issue 16's baseline: the hand-written loop over compact records instead of <see cref="Lead"/>s.</summary>
    protected int CompactLoop()
    {
        CompactLeadScorer.ScoreAll(_fixture.Compact, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    /// <summary>The batch, with the model's columns kept from an earlier scoring (the setup's checks made them).</summary>
    protected int BatchScore()
    {
        _fixture.Model.Score(_fixture.Batch, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    protected int BatchScoreParallel()
    {
        _fixture.Model.ScoreParallel(_fixture.Batch, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    protected int MicrosoftRulesEngine()
    {
        _fixture.RulesEngine.ScoreAll(_fixture.Leads, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }

    protected int NRules()
    {
        _fixture.NRules.ScoreAll(_fixture.Leads, _fixture.Destination, ScoringSpec.At);
        return _fixture.Destination[^1].Total;
    }
}

/// <summary>1,000 leads, all five contestants.</summary>
public class Scoring1K : ScoringBenchmarks
{
    private const int N = 1_000;

    protected override int LeadCount => N;

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "Hand-written loop (public API)")]
    public int Hand() => HandLoop();

    [Benchmark(OperationsPerInvoke = N, Description = "Hand-written loop, 2 threads (control)")]
    public int HandTwoThreads() => HandLoopTwoThreads();

    [Benchmark(OperationsPerInvoke = N, Description = "Hand-written loop (internal span)")]
    public int HandSpan() => HandLoopSpan();

    [Benchmark(OperationsPerInvoke = N, Description = "Library Score(span) 1 thread")]
    public int Lib() => Library();

    [Benchmark(OperationsPerInvoke = N, Description = "Library ScoreParallel")]
    public int LibParallel() => LibraryParallel();

    [Benchmark(OperationsPerInvoke = N, Description = "Compact-record loop")]
    public int Compact() => CompactLoop();

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch Score 1 thread")]
    public int Batch() => BatchScore();

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch ScoreParallel")]
    public int BatchParallel() => BatchScoreParallel();

    [Benchmark(OperationsPerInvoke = N, Description = "RulesEngine 6.0.1")]
    public int RulesEngine() => MicrosoftRulesEngine();

    [Benchmark(OperationsPerInvoke = N, Description = "NRules 1.0.4")]
    public int NRulesEngine() => NRules();
}

/// <summary>100,000 leads, all five contestants; fewer iterations (an engine invocation takes about a second).</summary>
[WarmupCount(3)]
[IterationCount(10)]
public class Scoring100K : ScoringBenchmarks
{
    private const int N = 100_000;

    protected override int LeadCount => N;

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "Hand-written loop (public API)")]
    public int Hand() => HandLoop();

    [Benchmark(OperationsPerInvoke = N, Description = "Hand-written loop, 2 threads (control)")]
    public int HandTwoThreads() => HandLoopTwoThreads();

    [Benchmark(OperationsPerInvoke = N, Description = "Hand-written loop (internal span)")]
    public int HandSpan() => HandLoopSpan();

    [Benchmark(OperationsPerInvoke = N, Description = "Library Score(span) 1 thread")]
    public int Lib() => Library();

    [Benchmark(OperationsPerInvoke = N, Description = "Library ScoreParallel")]
    public int LibParallel() => LibraryParallel();

    [Benchmark(OperationsPerInvoke = N, Description = "Compact-record loop")]
    public int Compact() => CompactLoop();

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch Score 1 thread")]
    public int Batch() => BatchScore();

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch ScoreParallel")]
    public int BatchParallel() => BatchScoreParallel();

    [Benchmark(OperationsPerInvoke = N, Description = "RulesEngine 6.0.1")]
    public int RulesEngine() => MicrosoftRulesEngine();

    [Benchmark(OperationsPerInvoke = N, Description = "NRules 1.0.4")]
    public int NRulesEngine() => NRules();
}

/// <summary>1,000,000 leads: the library and the hand-written loops only (an engine would take ~5-9 s per invocation).</summary>
[WarmupCount(3)]
[IterationCount(10)]
public class Scoring1M : ScoringBenchmarks
{
    private const int N = 1_000_000;

    protected override int LeadCount => N;

    protected override bool WithEngines => false;

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "Hand-written loop (public API)")]
    public int Hand() => HandLoop();

    [Benchmark(OperationsPerInvoke = N, Description = "Hand-written loop, 2 threads (control)")]
    public int HandTwoThreads() => HandLoopTwoThreads();

    [Benchmark(OperationsPerInvoke = N, Description = "Hand-written loop (internal span)")]
    public int HandSpan() => HandLoopSpan();

    [Benchmark(OperationsPerInvoke = N, Description = "Library Score(span) 1 thread")]
    public int Lib() => Library();

    [Benchmark(OperationsPerInvoke = N, Description = "Library ScoreParallel")]
    public int LibParallel() => LibraryParallel();

    [Benchmark(OperationsPerInvoke = N, Description = "Compact-record loop")]
    public int Compact() => CompactLoop();

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch Score 1 thread")]
    public int Batch() => BatchScore();

    [Benchmark(OperationsPerInvoke = N, Description = "LeadBatch ScoreParallel")]
    public int BatchParallel() => BatchScoreParallel();
}
