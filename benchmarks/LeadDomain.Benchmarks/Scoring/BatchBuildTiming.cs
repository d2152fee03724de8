using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using LeadDomain.Serialization;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The <c>batchbuild [leads] [rounds] [one|json|jsonone] [flags]</c> verb (with <c>one</c>, only the one-thread build from snapshots;
/// with <c>json</c>, snapshots read back from JSON beside those in memory, <c>jsonone</c> the read-back ones only;
/// with <c>flags</c>, each lead also has four custom fields, three of them yes or no): a quick before/after check of building a <see cref="LeadBatch"/> on a
/// shared machine, outside BenchmarkDotNet. It creates the scoring benchmarks' leads (and prints a checksum of the data,
/// which must not change with the code), then builds a batch from their snapshots and from the leads, round after
/// round, and prints per lead the wall time and this thread's CPU time (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>),
/// which waiting for a core does not inflate, the least and the median of the rounds; then the cost of merely reading
/// what a build reads (the texts' lengths, the first address, the activities' instants), a floor no build goes under.
/// <c>From</c> builds a list on every core; <c>From(snapshots, parts: 1)</c> is the same build on this thread alone (its
/// thread CPU time is the whole build's; for the parallel builds only the wall time means anything).
/// </summary>
internal static class BatchBuildTiming
{
    public static int Run(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
        var created = Stopwatch.StartNew();
        var leads = ScoringData.CreateLeads(n);
        Console.WriteLine($"created in {created.Elapsed.TotalSeconds:F1} s; checksum {leads.Sum(x => (long)x.Id.ToString().Sum(c => c) + (x.Details.Topic ?? "").Length + (x.Details.Budget?.Amount ?? 0m).GetHashCode() % 1000 + (x.Details.Emails.Count > 0 ? x.Details.Emails[0].Length : 0) + x.Activities.Sum(a => a.At.ToUnixTimeTicks() % 1000 + a.Type.Code))}");
        if (rounds == 0)
        {
            return 0;
        }

        LeadSnapshot[] snapshots = [.. leads.Select(l => l.ToSnapshot())];
        if (args.Contains("flags"))
        {
            // Four custom fields a lead, three of them yes or no, as a Dynamics 365 entity's custom attributes would be.
            var rnd = new Random(7);
            snapshots = [.. snapshots.Select(x => x with { Details = x.Details with { CustomFields = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, CustomFieldValue>
            {
                ["new_vip"] = CustomFieldValue.FromBoolean(rnd.Next(2) == 0),
                ["new_partner"] = CustomFieldValue.FromBoolean(rnd.Next(3) == 0),
                ["new_region"] = CustomFieldValue.FromText("EMEA"),
                ["new_trial"] = CustomFieldValue.FromBoolean(rnd.Next(2) == 0),
            }) } })];
        }

        if (args is [_, _, _, "json" or "jsonone", ..])
        {
            return FromStorage(snapshots, n, rounds, storedOnly: args[3] == "jsonone");
        }

        if (args is [_, _, _, "one", ..])
        {
            // Only the one-thread build from snapshots, round after round: the figure to compare across commits.
            var times = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                var c0 = ThreadNs();
                GC.KeepAlive(LeadBatch.From(snapshots, parts: 1));
                times.Add((ThreadNs() - c0) / (double)n);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"From(snapshots, 1 thread) thread CPU min {times[0]:F0} median {times[times.Count / 2]:F0} ns/lead"));
            return 0;
        }

        var s = new List<double>();
        var l = new List<double>();
        var sc = new List<double>();
        var lc = new List<double>();
        var s1 = new List<double>();
        var sc1 = new List<double>();

        // The whole process's CPU time (all threads, the GC's included): the work a build costs, wherever it runs.
        var sp = new List<double>();
        var sp1 = new List<double>();
        var process = Process.GetCurrentProcess();
        long alloc = 0;
        long alloc1 = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var p0 = process.TotalProcessorTime;
            var c0 = ThreadNs();
            var sw = Stopwatch.StartNew();
            var b = LeadBatch.From(snapshots);
            sw.Stop();
            var c1 = ThreadNs();
            process.Refresh();
            sp.Add((process.TotalProcessorTime - p0).TotalNanoseconds / n);
            alloc = GC.GetAllocatedBytesForCurrentThread() - before;
            s.Add(sw.Elapsed.TotalNanoseconds / n);
            sc.Add((c1 - c0) / (double)n);
            c0 = ThreadNs();
            sw.Restart();
            var b2 = LeadBatch.From(leads);
            sw.Stop();
            c1 = ThreadNs();
            l.Add(sw.Elapsed.TotalNanoseconds / n);
            lc.Add((c1 - c0) / (double)n);
            before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            p0 = process.TotalProcessorTime;
            c0 = ThreadNs();
            sw.Restart();
            var b1 = LeadBatch.From(snapshots, parts: 1);
            sw.Stop();
            c1 = ThreadNs();
            process.Refresh();
            sp1.Add((process.TotalProcessorTime - p0).TotalNanoseconds / n);
            alloc1 = GC.GetAllocatedBytesForCurrentThread() - before;
            s1.Add(sw.Elapsed.TotalNanoseconds / n);
            sc1.Add((c1 - c0) / (double)n);
            GC.KeepAlive(b);
            GC.KeepAlive(b2);
            GC.KeepAlive(b1);
        }

        var f = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var c0 = ThreadNs();
            long sum = 0;
            foreach (var snap in snapshots)
            {
                var d = snap.Details;
                sum += (d.Topic?.Length ?? 0) + (d.FirstName?.Length ?? 0) + (d.LastName?.Length ?? 0) + (d.CompanyName?.Length ?? 0) + (d.JobTitle?.Length ?? 0)
                    + (d.Industry?.Length ?? 0) + (d.StatedNeed?.Length ?? 0) + (d.Description?.Length ?? 0) + (d.Owner?.Length ?? 0)
                    + (d.Emails.Count > 0 ? d.Emails[0].Length : 0) + snap.Activities.Count + (d.Budget is { } b ? b.Currency.Length : 0);
                foreach (var a in snap.Activities)
                {
                    sum += a.At.ToUnixTimeTicks() & 1;
                }
            }

            f.Add((ThreadNs() - c0) / (double)n);
            GC.KeepAlive(sum);
        }

        f.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"touch floor: thread CPU min {f[0]:F0} median {f[f.Count / 2]:F0} ns/lead"));
        s.Sort(); l.Sort(); sc.Sort(); lc.Sort(); s1.Sort(); sc1.Sort(); sp.Sort(); sp1.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process CPU (all threads): From(snapshots) min {sp[0]:F0} median {sp[sp.Count / 2]:F0}; one thread min {sp1[0]:F0} median {sp1[sp1.Count / 2]:F0} ns/lead"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alloc (last round, this thread) {alloc / (double)n:F1} B/lead; one thread {alloc1 / (double)n:F1} B/lead"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"From(snapshots, 1 thread) wall min {s1[0]:F0} median {s1[s1.Count / 2]:F0}; thread CPU min {sc1[0]:F0} median {sc1[sc1.Count / 2]:F0} ns/lead"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"From(snapshots), {Environment.ProcessorCount} cores: wall min {s[0]:F0} median {s[s.Count / 2]:F0}; thread CPU min {sc[0]:F0} median {sc[sc.Count / 2]:F0} ns/lead"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"From(leads)     wall min {l[0]:F0} median {l[l.Count / 2]:F0}; thread CPU min {lc[0]:F0} median {lc[lc.Count / 2]:F0} ns/lead"));
        return 0;
    }

    /// <summary>
    /// The <c>json</c> mode: the same snapshots as a store gives them back (each written with
    /// <see cref="LeadDomainJsonContext"/> and read again, one after the other, so that each snapshot's objects lie
    /// together as a host's read from its store do), beside the snapshots taken from the leads in memory (which share
    /// the leads' objects, allocated at the leads' creation, scattered); rounds alternate, one thread, then all cores.
    /// </summary>
    private static int FromStorage(LeadSnapshot[] inMemory, int n, int rounds, bool storedOnly)
    {
        var json = inMemory.Select(snapshot => JsonSerializer.SerializeToUtf8Bytes(snapshot, LeadDomainJsonContext.Default.LeadSnapshot)).ToArray();
        var stored = json.Select(bytes => JsonSerializer.Deserialize(bytes, LeadDomainJsonContext.Default.LeadSnapshot)!).ToArray();
        json = null;
        GC.Collect();
        Console.WriteLine($"stored: activities {stored[0].Activities.GetType().Name}, e-mails {stored[0].Details.Emails.GetType().Name}, custom fields {stored[0].Details.CustomFields?.GetType().Name}; topic shared {ReferenceEquals(stored[0].Details.Industry, stored[1].Details.Industry)}");
        (string Name, LeadSnapshot[] Snapshots)[] kinds = storedOnly ? [("read from JSON", stored)] : [("in memory", inMemory), ("read from JSON", stored)];
        var one = kinds.Select(_ => new List<(double Ns, long Faults)>()).ToArray();
        var all = kinds.Select(_ => new List<(double Ns, long Faults)>()).ToArray();
        var floorOne = kinds.Select(_ => new List<double>()).ToArray();
        var floorAll = kinds.Select(_ => new List<double>()).ToArray();
        var gcs = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration());
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var f0 = MachineCheck.ProcessPageFaults();
                var c0 = ThreadNs();
                GC.KeepAlive(LeadBatch.From(kinds[k].Snapshots, parts: 1));
                one[k].Add(((ThreadNs() - c0) / (double)n, MachineCheck.ProcessPageFaults() - f0));
                f0 = MachineCheck.ProcessPageFaults();
                var sw = Stopwatch.StartNew();
                GC.KeepAlive(LeadBatch.From(kinds[k].Snapshots));
                all[k].Add((sw.Elapsed.TotalNanoseconds / n, MachineCheck.ProcessPageFaults() - f0));

                // The read floor: only reading what a build reads, read ahead in chunks as the build does, writing nothing.
                c0 = ThreadNs();
                var sum = ReadFloor(kinds[k].Snapshots, 0, n);
                floorOne[k].Add((ThreadNs() - c0) / (double)n);
                sw.Restart();
                var parts = Environment.ProcessorCount * 4;
                var sums = new long[parts];
                Parallel.For(0, parts, p => sums[p] = ReadFloor(kinds[k].Snapshots, (int)((long)n * p / parts), (int)((long)n * (p + 1) / parts)));
                floorAll[k].Add(sw.Elapsed.TotalNanoseconds / n);
                GC.KeepAlive(sum + sums.Sum());
            }
        }

        var builds = rounds * kinds.Length * 2;
        var paused = GC.GetTotalPauseDuration() - gcs.Pause;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"collections in {builds} builds: gen0 {GC.CollectionCount(0) - gcs.Gen0}, gen1 {GC.CollectionCount(1) - gcs.Gen1}, gen2 {GC.CollectionCount(2) - gcs.Gen2}; paused {paused.TotalMilliseconds:F0} ms in all, {paused.TotalNanoseconds / builds / n:F0} ns per lead and build"));
        for (var k = 0; k < kinds.Length; k++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"snapshots {kinds[k].Name}: 1 thread, thread CPU {Summary(one[k])}; {Environment.ProcessorCount} cores, wall {Summary(all[k])}"));
            floorOne[k].Sort();
            floorAll[k].Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  read floor (only the reads, read ahead as the build does): 1 thread, thread CPU min {floorOne[k][0]:F0} median {floorOne[k][rounds / 2]:F0}; {Environment.ProcessorCount} cores, wall min {floorAll[k][0]:F0} median {floorAll[k][rounds / 2]:F0} ns/lead"));
        }

        Console.WriteLine("(a page fault: a page of new memory touched for the first time; a round without one reused memory the collector had freed)");
        return 0;
    }

    /// <summary>
    /// Reads snapshots <c>[from, to)</c> as a build reads them and nothing else: by chunks of 32, first each one's details
    /// (the looked-up texts' lengths and first characters, the first address's last character, the numbers; the topic and description only as references, as the build keeps them), then each one's
    /// activities (every instant and type). What no build can go under on this machine.
    /// </summary>
    private static long ReadFloor(LeadSnapshot[] snapshots, int from, int to)
    {
        long sum = 0;
        for (var start = from; start < to; start += 32)
        {
            var end = Math.Min(to, start + 32);
            for (var s = start; s < end; s++)
            {
                var d = snapshots[s].Details;
                sum += First(d.Owner) + First(d.Industry) + First(d.StatedNeed) + First(d.FirstName) + First(d.LastName) + First(d.CompanyName)
                    + First(d.JobTitle) + (d.Topic is null ? 0 : 1) + (d.Description is null ? 0 : 1) + (d.Emails.Count > 0 ? d.Emails[0][^1] : 0)
                    + (d.Budget.HasValue ? 16 : 0) + (d.AnnualRevenue.HasValue ? 32 : 0) + d.NumberOfEmployees.GetValueOrDefault() + (d.Source.HasValue ? 64 : 0)
                    + (d.CustomFields is null ? 0 : d.CustomFields.Count);
            }

            for (var s = start; s < end; s++)
            {
                var activities = snapshots[s].Activities;
                for (var a = 0; a < activities.Count; a++)
                {
                    sum += (int)activities[a].At.ToUnixTimeTicks() + activities[a].Type.Code;
                }
            }
        }

        return sum;

        static int First(string? text) => text is { Length: > 0 } ? text.Length + text[0] : 0;
    }

    /// <summary>
    /// The least and the median of <paramref name="rounds"/> in ns per lead, the median page faults per build, and the
    /// median of the rounds that took none (the build's own work, without the first touches of new memory).
    /// </summary>
    private static string Summary(List<(double Ns, long Faults)> rounds)
    {
        var ns = rounds.Select(x => x.Ns).Order().ToList();
        var faults = rounds.Select(x => x.Faults).Order().ToList();
        var free = rounds.Where(x => x.Faults < 16).Select(x => x.Ns).Order().ToList();
        var quiet = free.Count > 0 ? $"median {free[free.Count / 2]:F0} over the {free.Count} rounds without page faults" : "no round without page faults";
        return string.Create(CultureInfo.InvariantCulture, $"min {ns[0]:F0} median {ns[ns.Count / 2]:F0} ns/lead ({faults[faults.Count / 2]} page faults a build; {quiet})");
    }

    /// <summary>This thread's CPU time in nanoseconds.</summary>
    internal static long ThreadNanoseconds() => ThreadNs();

    private static long ThreadNs()
    {
        _ = clock_gettime(3, out var ts);
        return (ts.Sec * 1_000_000_000L) + ts.Nsec;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Sec;
        public long Nsec;
    }

#pragma warning disable SYSLIB1054, CA1060, CA5392, CA2101, CA1401, CS8500
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec ts);
#pragma warning restore SYSLIB1054, CA1060, CA5392, CA2101, CA1401, CS8500
}
