using System.Diagnostics;
using System.Globalization;

namespace LeadDomain.Benchmarks;

/// <summary>
/// How much of its cores this (shared, virtual) machine gives right now: the same loop of pure arithmetic, no memory,
/// on one thread and then on every core at once. On a free two-core machine the cores together do 2.0x the work of
/// one; when a neighbour of the virtual machine runs on the same physical cores it falls (1.0x was seen), and no
/// parallel figure taken then can reach its target. The timing verbs print it before and after their rounds.
/// </summary>
internal static class MachineCheck
{
    /// <summary>Prints the cores' parallel capacity, with <paramref name="when"/> as its label.</summary>
    public static void Print(string when)
    {
        var threads = Environment.ProcessorCount;
        var one = Time(1);
        var all = Time(threads);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"machine {when}: {threads} threads of pure arithmetic do {one * threads / all:F2}x the work of one (ideal {threads}.00x)"));
    }

    /// <summary>The wall time, in seconds, of <paramref name="threads"/> threads each running the same loop.</summary>
    private static double Time(int threads)
    {
        var sink = new long[threads * 16];
        var sw = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var x = (ulong)t + 1;
            for (var i = 0; i < 200_000_000; i++)
            {
                x = (x * 6364136223846793005UL) + 1442695040888963407UL;
            }

            sink[t * 16] = (long)x;
        });
        return sw.Elapsed.TotalSeconds + (sink[0] == 42 ? 1e-9 : 0);
    }
}
