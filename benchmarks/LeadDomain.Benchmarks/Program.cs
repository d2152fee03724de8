using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using LeadDomain.Benchmarks.Matching;
using LeadDomain.Benchmarks.Prediction;

// A verb of its own, outside BenchmarkSwitcher: `auc [file] [seeds]` measures the prediction models' AUC.
if (args is ["auc", ..])
{
    return AucReport.Run(args);
}

// `linkage [records] [seeds] [--misses]` measures duplicate detection's precision and recall on labelled data.
if (args is ["linkage", ..])
{
    return LinkageReport.Run(args);
}

// `batchbuild [leads] [rounds] [one|json|jsonone] [flags]`: the cost of building a LeadBatch, wall and thread CPU time, with the
// machine's parallel capacity before and after and what a page fault costs it (Scoring/BatchBuildTiming.cs, MachineCheck.cs).
if (args is ["batchbuild", ..])
{
    LeadDomain.Benchmarks.MachineCheck.Print("before");
    LeadDomain.Benchmarks.MachineCheck.PrintPageFaultCost();
    var built = LeadDomain.Benchmarks.Scoring.BatchBuildTiming.Run(args);
    LeadDomain.Benchmarks.MachineCheck.Print("after");
    return built;
}

// `batchscore [leads] [rounds]`: the cost of scoring a LeadBatch on one thread, by phase (Scoring/BatchScoreTiming.cs).
if (args is ["batchscore", ..])
{
    return LeadDomain.Benchmarks.Scoring.BatchScoreTiming.Run(args);
}

// `batchparallel [leads] [rounds]`: LeadBatch scoring on one thread and on all, plain and streaming stores (Scoring/BatchParallelTiming.cs).
if (args is ["batchparallel", ..])
{
    return LeadDomain.Benchmarks.Scoring.BatchParallelTiming.Run(args);
}

// `smoke [filter...]`: every benchmark once with the dry job, for CI (see Smoke.cs); exit code 1 if any failed.
if (args is ["smoke", .. var filters])
{
    return LeadDomain.Benchmarks.Smoke.Run(filters);
}

// The one place the job is chosen. AsDefault() makes it the base job that command-line options such as --inProcess
// refine, instead of adding a second job next to it (which would run every benchmark twice). Benchmark classes
// carry no job attributes for the same reason.
var config = DefaultConfig.Instance
    .AddJob(Job.Default
        .WithWarmupCount(6)
        .WithIterationCount(20)
        .AsDefault());

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
