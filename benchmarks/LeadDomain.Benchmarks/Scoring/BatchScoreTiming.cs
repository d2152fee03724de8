using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The <c>batchscore [leads] [rounds]</c> verb: a quick check of scoring a <see cref="LeadBatch"/> on one thread, outside
/// BenchmarkDotNet, with the phases of a scoring timed apart (thread CPU time, least and median of the rounds): the whole
/// scoring; only finishing each lead from its fit (caps, total, rating, grade, writing the score); the compact-record loop
/// as the reference the targets are read against.
/// </summary>
internal static class BatchScoreTiming
{
    public static int Run(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var leads = ScoringData.CreateLeads(n);
        var batch = LeadBatch.From(leads);
        var model = ScoringSpec.BuildModel();
        var destination = new LeadScore[n];
        var expected = new LeadScore[n];
        model.Score(leads, expected, ScoringSpec.At);
        model.Score(batch, destination, ScoringSpec.At);
        for (var i = 0; i < n; i++)
        {
            if (destination[i].Total != expected[i].Total || destination[i].Fit != expected[i].Fit || destination[i].Rating != expected[i].Rating)
            {
                throw new InvalidOperationException($"Lead {i} differs.");
            }
        }

        var compact = CompactLeadScorer.From(leads);
        var columns = batch.Holder(model).Columns!;
        var at = ScoringSpec.At;
        Report("LeadBatch Score", rounds, n, () => model.Score(batch, destination, at));
        Report("finish only (fit -> score)", rounds, n, () =>
        {
            var fit = columns.Fit;
            for (var i = 0; i < n; i++)
            {
                destination[i] = model.Finish(fit[i], 0);
            }
        });
        Report("compact-record loop", rounds, n, () => CompactLeadScorer.ScoreAll(compact, destination, at));
        Report("LeadBatch Score (again)", rounds, n, () => model.Score(batch, destination, at));
        return 0;
    }

    private static void Report(string what, int rounds, int n, Action body)
    {
        body();
        var times = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var c0 = ThreadNs();
            body();
            times.Add((ThreadNs() - c0) / (double)n);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-30} thread CPU min {times[0],7:F1} median {times[times.Count / 2],7:F1} ns/lead"));
    }

    private static long ThreadNs() => BatchBuildTiming.ThreadNanoseconds();
}
