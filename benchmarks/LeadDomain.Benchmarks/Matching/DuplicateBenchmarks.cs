using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Benchmarks.Matching;

/// <summary>
/// Duplicate detection among leads (issue 4): the library's indexed <see cref="DuplicateLeads.Find"/> over 100,000
/// generated leads (mixed Latin, Persian and Arabic script, ~5% planted duplicates written differently), and, to show
/// the scaling, the library and a naive all-pairs comparison over 1,000 and 2,000 leads. Each invocation finds all
/// pairs of one set from scratch (keys computed, index built). The global setup throws unless every planted duplicate
/// is found in each set and the naive comparison gives exactly the library's pairs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DuplicateBenchmarks
{
    private static readonly MatchOptions Options = MatchOptions.Default;

    private Lead[] _large = null!;
    private Lead[] _small = null!;
    private Lead[] _smaller = null!;

    [GlobalSetup]
    public void Setup()
    {
        _large = Checked(Smoke.Size(100_000), 1);
        _small = Checked(2_000, 2);
        _smaller = Checked(1_000, 3);
        foreach (var set in new[] { _small, _smaller })
        {
            var library = DuplicateLeads.Find(set, Options).Select(p => Normalised(p.First, p.Second, p.Score)).ToHashSet();
            var naive = NaiveDuplicateFinder.Find(set, Options).Select(p => Normalised(p.First, p.Second, p.Score)).ToHashSet();
            if (!library.SetEquals(naive))
            {
                throw new InvalidOperationException($"Naive and library disagree on {set.Length} leads: {library.Count} vs {naive.Count} pairs.");
            }
        }
    }

    [Benchmark(Description = "Library, 100,000 leads")]
    public int Library100K() => DuplicateLeads.Find(_large, Options).Count;

    [Benchmark(Description = "Library, 2,000 leads")]
    public int Library2K() => DuplicateLeads.Find(_small, Options).Count;

    [Benchmark(Baseline = true, Description = "Naive all pairs, 2,000 leads")]
    public int Naive2K() => NaiveDuplicateFinder.Find(_small, Options).Count;

    [Benchmark(Description = "Library, 1,000 leads")]
    public int Library1K() => DuplicateLeads.Find(_smaller, Options).Count;

    [Benchmark(Description = "Naive all pairs, 1,000 leads")]
    public int Naive1K() => NaiveDuplicateFinder.Find(_smaller, Options).Count;

    private static Lead[] Checked(int count, int seed)
    {
        var (leads, planted) = DuplicateData.Generate(count, seed);
        var found = DuplicateLeads.Find(leads, Options).Select(p => Normalised(p.First, p.Second, 0)).ToHashSet();
        var missing = planted.Count(p => !found.Contains(Normalised(leads[p.Original].Id, leads[p.Duplicate].Id, 0)));
        if (planted.Length < count / 40 || missing > 0)
        {
            throw new InvalidOperationException($"{count} leads: {planted.Length} planted duplicates, {missing} not found.");
        }

        Console.WriteLine($"// {count} leads: {planted.Length} planted duplicates, all found; {found.Count} pairs in all.");
        return leads;
    }

    private static (string, string, int) Normalised(LeadId a, LeadId b, int score) =>
        string.CompareOrdinal(a.ToString(), b.ToString()) < 0 ? (a.ToString(), b.ToString(), score) : (b.ToString(), a.ToString(), score);
}
