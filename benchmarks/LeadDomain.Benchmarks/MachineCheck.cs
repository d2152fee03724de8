using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Prints what a first touch of a page of new memory costs here: 32 MB of fresh native memory, one byte written per
    /// 4 KB page, timed. A build's arrays are new memory whenever the collector has not freed the last build's (a build
    /// of 100,000 leads makes ~4,800 such pages); on a bare machine a fault costs well under a microsecond, in a
    /// microVM whose host takes freed pages back (free page reporting) it was seen at ~10 µs.
    /// </summary>
    public static void PrintPageFaultCost()
    {
        const int Bytes = 32 << 20;
        const int Page = 4096;
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            // malloc hands a block this large out as a fresh mapping, and free returns it.
            var memory = Marshal.AllocHGlobal(Bytes);
            try
            {
                var f0 = ProcessPageFaults();
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < Bytes; i += Page)
                {
                    Marshal.WriteByte(memory, i, 1);
                }

                var elapsed = sw.Elapsed.TotalNanoseconds;
                var faults = ProcessPageFaults() - f0;
                best = Math.Min(best, elapsed / Math.Max(1, faults));
            }
            finally
            {
                Marshal.FreeHGlobal(memory);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: a page fault on new memory costs {best / 1000:F2} µs (first touch of 32 MB, least of 3)"));
    }

    /// <summary>The page faults this process has taken so far that needed no disk (minor faults; all threads, the collector's included).</summary>
    public static long ProcessPageFaults()
    {
        // struct rusage: two timevals (4 longs), then ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, ru_minflt.
        Span<long> usage = stackalloc long[18];
        _ = getrusage(0, ref MemoryMarshal.GetReference(usage));
        return usage[8];
    }

#pragma warning disable SYSLIB1054, CA1060, CA5392, CA2101, CA1401
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int getrusage(int who, ref long usage);
#pragma warning restore SYSLIB1054, CA1060, CA5392, CA2101, CA1401

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
