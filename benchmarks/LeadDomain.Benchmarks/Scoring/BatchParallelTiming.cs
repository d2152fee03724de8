using System.Diagnostics;
using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The <c>batchparallel [leads] [rounds]</c> verb: a quick check of how <see cref="LeadBatch"/> scoring scales to two
/// threads on a large batch, outside BenchmarkDotNet (1,000,000 leads by default; creating them takes 20-50 s). Rounds of
/// one-thread and parallel scorings alternate; it prints the wall time per lead, least and median, and the parallel
/// ratios of the least and of the medians, and the machine's parallel capacity before and after (see
/// <see cref="MachineCheck"/>). Scores are checked equal first.
/// </summary>
internal static class BatchParallelTiming
{
    public static int Run(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21;
        var batch = LeadBatch.From(ScoringData.CreateLeads(n));
        var model = ScoringSpec.BuildModel();
        var threads = Environment.ProcessorCount;
        var ways = new (string Name, Action<LeadScore[]> Score)[]
        {
            ("Score, 1 thread", d => model.Score(batch, d, ScoringSpec.At)),
            ($"ScoreParallel, {threads} threads", d => model.ScoreParallel(batch, d, ScoringSpec.At)),
        };
        var destinations = ways.Select(_ => new LeadScore[n]).ToArray();
        for (var w = 0; w < ways.Length; w++)
        {
            ways[w].Score(destinations[w]);
            if (!destinations[w].AsSpan().SequenceEqual(destinations[0]))
            {
                throw new InvalidOperationException($"{ways[w].Name} gives other scores.");
            }
        }

        MachineCheck.Print("before");
        var times = ways.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                var sw = Stopwatch.StartNew();
                ways[w].Score(destinations[w]);
                times[w].Add(sw.Elapsed.TotalNanoseconds / n);
            }
        }

        MachineCheck.Print("after");
        for (var w = 0; w < ways.Length; w++)
        {
            times[w].Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ways[w].Name,-30} wall min {times[w][0],6:F1} median {times[w][rounds / 2],6:F1} ns/lead"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"parallel ratio: {times[0][0] / times[1][0]:F2}x (least), {times[0][rounds / 2] / times[1][rounds / 2]:F2}x (medians)"));
        return 0;
    }
}
