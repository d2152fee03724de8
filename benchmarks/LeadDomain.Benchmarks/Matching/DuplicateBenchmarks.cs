using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Benchmarks.Matching;

/// <summary>
/// Duplicate detection (issue 17): <see cref="DuplicateFinder.FindLeadDetails"/> over 10,000 and 100,000 labelled
/// leads of the hardest setting (<see cref="LinkageData"/>), from scratch each time (normalising, blocking, comparing,
/// deciding), on one thread. Targets: 10,000 in under 0.3 s, 100,000 in under 3 s, memory linear. The global setup
/// prints the pairs found and the F1 of the duplicate tier, so that a fast but wrong finder shows.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DuplicateBenchmarks
{
    private readonly DuplicateFinder _finder = new();
    private KeyValuePair<string, LeadDetails>[] _small = null!;
    private KeyValuePair<string, LeadDetails>[] _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = Checked(Smoke.Size(10_000));
        _large = Checked(Smoke.Size(100_000));
    }

    [Benchmark(Baseline = true, Description = "Find duplicates, 10,000 leads")]
    public int Find10K() => _finder.FindLeadDetails(_small).Count;

    [Benchmark(Description = "Find duplicates, 100,000 leads")]
    public int Find100K() => _finder.FindLeadDetails(_large).Count;

    private KeyValuePair<string, LeadDetails>[] Checked(int count)
    {
        var (rows, truePairs) = LinkageData.Generate(count, LinkageSetting.Hardest, 1);
        var input = rows.Select(r => KeyValuePair.Create(r.Id, r.Details)).ToArray();
        var person = rows.ToDictionary(r => r.Id, r => r.Person, StringComparer.Ordinal);
        var duplicates = _finder.FindLeadDetails(input).Where(p => p.Comparison.Tier == MatchTier.Duplicate).ToArray();
        var right = duplicates.Count(p => person[p.First] == person[p.Second]);
        var precision = (double)right / duplicates.Length;
        var recall = (double)right / truePairs;
        var f1 = 2 * precision * recall / (precision + recall);
        Console.WriteLine($"// {count} leads: {truePairs} true pairs, {duplicates.Length} duplicates found, F1 {f1:F4}");
        if (f1 < 0.9)
        {
            throw new InvalidOperationException($"F1 {f1:F4} on {count} leads: the finder is broken.");
        }

        return input;
    }
}
