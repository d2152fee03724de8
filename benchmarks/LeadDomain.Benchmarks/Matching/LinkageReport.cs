using System.Diagnostics;
using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Benchmarks.Matching;

/// <summary>
/// The <c>linkage</c> verb: <c>dotnet run -c Release -- linkage [records] [seeds]</c>. Generates labelled leads
/// (<see cref="LinkageData"/>) at each setting, finds the duplicates with the default options and prints precision,
/// recall and F1 for each tier (duplicate; duplicate or possible duplicate) against the truth, and the time of the
/// search (one informal Stopwatch run; the benchmarks give the medians). With <c>--hardest</c>, only the hardest
/// setting. With <c>--misses</c>, counts the missed pairs of the hardest setting by cause (capped or below the score;
/// each name agreeing +, neither 0, against x, missing -) and prints a few missed and wrong pairs with their
/// comparisons. With <c>--time</c>, five timed searches (wall and CPU time, allocation), then phases (profiles, index,
/// comparisons; <c>--phases</c> for the phases only); with <c>--steps</c>, the time of each normalisation. With
/// <c>--show CATEGORY</c> (as printed by <c>--misses</c>, e.g. <c>"score F+L+ 40-54"</c>), the missed pairs shown are
/// of that category; with <c>--show --signs</c>, the missed pairs, and the pairs wrongly called duplicates, are counted by
/// category and by the fields that gave points (each with its sign); <c>--duplicate N</c> sets <see cref="MatchOptions.DuplicateScore"/> for the run. After the table,
/// the duplicate tier is given again without the true pairs that share nothing but names (<see cref="LinkageData.NameOnly"/>),
/// which are counted, not dropped.
/// </summary>
internal static class LinkageReport
{
    public static int Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var seeds = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var s) ? s : 3;
        var duplicateAt = Array.IndexOf(args, "--duplicate") is var d0 and >= 0 && d0 + 1 < args.Length ? int.Parse(args[d0 + 1], CultureInfo.InvariantCulture) : MatchOptions.Default.DuplicateScore;
        var finder = new DuplicateFinder(MatchOptions.Default with { DuplicateScore = duplicateAt });
        if (args.Contains("--steps"))
        {
            var (rows, _) = LinkageData.Generate(count, LinkageSetting.Hardest, 1);
            var d = rows.Select(r => r.Details).ToArray();
            for (var round = 0; round < 3; round++)
            {
                var w = Stopwatch.StartNew();
                foreach (var x in d) { if (x.Address?.Country is { } c) MatchKeys.Phone("0912 345 6789", c); }
                var tCountry = w.Elapsed.TotalMilliseconds; w.Restart();
                foreach (var x in d) { if (x.MobilePhone is { } m) MatchKeys.Phone(m); if (x.BusinessPhone is { } b) MatchKeys.Phone(b); }
                var tPhone = w.Elapsed.TotalMilliseconds; w.Restart();
                foreach (var x in d) { foreach (var e in x.Emails) MatchKeys.Email(e); }
                var tEmail = w.Elapsed.TotalMilliseconds; w.Restart();
                foreach (var x in d) { if (x.CompanyName is { } c) MatchKeys.CompanyName(c); }
                var tCompany = w.Elapsed.TotalMilliseconds; w.Restart();
                foreach (var x in d) { MatchKeys.PersonName(x.FirstName, x.LastName); }
                var tName = w.Elapsed.TotalMilliseconds; w.Restart();
                foreach (var x in d) { if (x.Website is { } s2) MatchKeys.Website(s2); }
                var tWeb = w.Elapsed.TotalMilliseconds; w.Restart();
                foreach (var x in d) { MatchProfile.ForLead("x", x, null); }
                var tAll = w.Elapsed.TotalMilliseconds; w.Restart();
                var ps = d.Select(x => MatchProfile.ForLead("x", x, null)).ToArray();
                w.Restart();
                var keys = new List<ulong>(64);
                foreach (var p in ps) { keys.Clear(); Blocking.AddKeys(p, keys); }
                var tKeys = w.Elapsed.TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"country+phone {tCountry:F0}, phones {tPhone:F0}, emails {tEmail:F0}, company {tCompany:F0}, names {tName:F0}, web {tWeb:F0}, whole profile {tAll:F0}, keys {tKeys:F0} ms"));
            }

            return 0;
        }

        if (args.Contains("--time"))
        {
            var (rows, _) = LinkageData.Generate(count, LinkageSetting.Hardest, 1);
            var input = rows.Select(r => KeyValuePair.Create(r.Id, r.Details)).ToArray();
            for (var i = 0; i < (args.Contains("--phases") ? 0 : 5); i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var (g0, g1, g2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var found = finder.FindLeadDetails(input).Count;
                var elapsed = watch.Elapsed;
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count}: {found} pairs in {elapsed.TotalMilliseconds:F0} ms ({cpu.TotalMilliseconds:F0} ms CPU, all threads), {allocated / 1e6:F1} MB allocated, collections {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms"));
            }

            for (var i = 0; i < 3; i++)
            {
                var held0 = GC.GetTotalMemory(forceFullCollection: true);
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var profiles = new List<MatchProfile>(input.Length);
                var memo = new TextMemo();
                foreach (var r in input)
                {
                    profiles.Add(MatchProfile.ForLead(r.Key, r.Value, null, memo));
                }

                var t1 = watch.Elapsed.TotalMilliseconds;
                var a1 = GC.GetAllocatedBytesForCurrentThread();
                var tProfiles = t1;
                var held = (GC.GetTotalMemory(forceFullCollection: true) - held0) / count;
                watch.Restart();
                t1 = 0;
                var index = BlockIndex.Build(profiles, 2, 50, default);
                var t2 = watch.Elapsed.TotalMilliseconds;
                var a2 = GC.GetAllocatedBytesForCurrentThread();
                var context = NameContext.Build(profiles);
                var tc = watch.Elapsed.TotalMilliseconds;
                var ac = GC.GetAllocatedBytesForCurrentThread();
                var compared = 0;
                var initials = profiles.Select(Blocking.Initials).ToArray();
                index.ForEachPair(profiles.Count, 0, (_, a, b, key) => Blocking.MayBeOnePerson(initials[a], initials[b], key), (_, a, b) => { compared++; PairComparer.Evaluate(profiles[a], profiles[b], MatchOptions.Default, null, context); }, null, default);
                var t3 = watch.Elapsed.TotalMilliseconds;
                var a3 = GC.GetAllocatedBytesForCurrentThread();
                if (i == 0)
                {
                    var list = new List<(int, int)>();
                    index.ForEachPair(profiles.Count, 0, (_, a, b, key) => Blocking.MayBeOnePerson(profiles[a], profiles[b], key), (_, a, b) => list.Add((a, b)), null, default);
                    var w = Stopwatch.StartNew();
                    var tiers = new int[3];
                    foreach (var (a, b) in list)
                    {
                        tiers[(int)PairComparer.Evaluate(profiles[a], profiles[b], MatchOptions.Default, null, context).Tier]++;
                    }

                    var e = w.Elapsed.TotalMilliseconds;
                    var withReasons = new List<MatchReason>();
                    w.Restart();
                    foreach (var (a, b) in list)
                    {
                        PairComparer.Evaluate(profiles[a], profiles[b], MatchOptions.Default, withReasons, context);
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluate only: {e:F0} ms ({1000 * e / list.Count:F2} us/pair; tiers {string.Join('/', tiers)}); full with reasons {w.Elapsed.TotalMilliseconds:F0} ms"));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"profiles {tProfiles:F0} ms {(a1 - a0) / count} B/lead ({held} B/lead kept), index {t2 - t1:F0} ms {(a2 - a1) / count} B/lead ({index.Count} keys), names at organisations {tc - t2:F0} ms {(ac - a2) / count} B/lead, compare {t3 - tc:F0} ms {(a3 - ac) / count} B/lead ({compared} pairs)"));
            }

            return 0;
        }

        Console.WriteLine($"{count} records per set, seeds 1-{seeds}, default options");
        Console.WriteLine("| setting | true pairs | duplicate: P | R | F1 | ≥ possible: P | R | F1 | time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var evidence = new List<string>();
        var bands = new Dictionary<string, (int True, int False)>();
        foreach (var setting in args.Contains("--hardest") ? [LinkageSetting.Hardest] : LinkageSetting.All)
        {
            long truth = 0, dupTp = 0, dupFp = 0, anyTp = 0, anyFp = 0, nameOnly = 0, nameOnlyFound = 0;
            var time = TimeSpan.Zero;
            for (var seed = 1; seed <= seeds; seed++)
            {
                var (rows, truePairs) = LinkageData.Generate(count, setting, seed);
                var person = rows.ToDictionary(r => r.Id, r => r.Person, StringComparer.Ordinal);
                var details = rows.ToDictionary(r => r.Id, r => r.Details, StringComparer.Ordinal);
                foreach (var group in rows.GroupBy(r => r.Person))
                {
                    var members = group.ToArray();
                    for (var i = 0; i < members.Length; i++)
                    {
                        for (var j = i + 1; j < members.Length; j++)
                        {
                            nameOnly += LinkageData.NameOnly(members[i].Details, members[j].Details) ? 1 : 0;
                        }
                    }
                }

                var input = rows.Select(r => KeyValuePair.Create(r.Id, r.Details)).ToArray();
                var watch = Stopwatch.StartNew();
                var pairs = finder.FindLeadDetails(input);
                time += watch.Elapsed;
                truth += truePairs;
                foreach (var pair in pairs)
                {
                    var same = person[pair.First] == person[pair.Second];
                    if (pair.Comparison.Tier == MatchTier.Duplicate)
                    {
                        dupTp += same ? 1 : 0;
                        dupFp += same ? 0 : 1;
                        nameOnlyFound += same && LinkageData.NameOnly(details[pair.First], details[pair.Second]) ? 1 : 0;
                    }

                    anyTp += same ? 1 : 0;
                    anyFp += same ? 0 : 1;
                }

                if (args.Contains("--bands") && setting == LinkageSetting.Hardest)
                {
                    foreach (var pair in pairs.Where(p => p.Comparison.Tier != MatchTier.None))
                    {
                        var key = Category(pair.Comparison) + " " + pair.Comparison.Score.ToString(CultureInfo.InvariantCulture) + " " + Signs(pair.Comparison);
                        var same = person[pair.First] == person[pair.Second];
                        bands[key] = (bands.GetValueOrDefault(key).True + (same ? 1 : 0), bands.GetValueOrDefault(key).False + (same ? 0 : 1));
                    }
                }

                if (args.Contains("--misses") && setting == LinkageSetting.Hardest && seed == 1)
                {
                    Misses(rows, pairs, finder, Array.IndexOf(args, "--show") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null);
                }
            }

            var (dp, dr, df) = Scores(dupTp, dupFp, truth);
            var (ap, ar, af) = Scores(anyTp, anyFp, truth);
            var (ep, er, ef) = Scores(dupTp - nameOnlyFound, dupFp, truth - nameOnly);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {setting.Name} ({setting.Corruptions} corruptions, {setting.Missing:P0} missing) | {truth} | {dp:F4} | {dr:F4} | {df:F4} | {ap:F4} | {ar:F4} | {af:F4} | {time.TotalMilliseconds / seeds:F0} ms |"));
            evidence.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {setting.Name} | {nameOnly} ({nameOnlyFound} found as duplicate) | {truth - nameOnly} | {ep:F4} | {er:F4} | {ef:F4} |"));
        }

        // Pairs of one person that share nothing but names (LinkageData.NameOnly): counted apart, not dropped.
        Console.WriteLine();
        Console.WriteLine("Duplicate tier without the true pairs that share nothing but names:");
        Console.WriteLine("| setting | name-only true pairs | other true pairs | duplicate: P | R | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        evidence.ForEach(Console.WriteLine);
        foreach (var (k, v) in bands.Where(kv => kv.Value.False > 0 || !kv.Key.StartsWith("score F+L+ >=55", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"BAND {k}: true {v.True} false {v.False}");
        }

        return 0;
    }

    private static (double Precision, double Recall, double F1) Scores(long truePositives, long falsePositives, long truth)
    {
        var precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
        var recall = truth == 0 ? 1 : (double)truePositives / truth;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static void Misses(LinkageData.Row[] rows, IReadOnlyList<DuplicatePair> pairs, DuplicateFinder finder, string? show)
    {
        var byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var found = pairs.Where(p => p.Comparison.Tier == MatchTier.Duplicate).Select(p => (p.First, p.Second)).ToHashSet();
        var proposed = pairs.Select(p => (p.First, p.Second)).ToHashSet();
        var shown = 0;
        var why = new Dictionary<string, int>();
        foreach (var group in rows.GroupBy(r => r.Person).Where(g => g.Count() > 1))
        {
            var members = group.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    if (!found.Contains((members[i].Id, members[j].Id)))
                    {
                        var comparison = finder.Compare(members[i].Details, members[j].Details);
                        var key = (proposed.Contains((members[i].Id, members[j].Id)) ? string.Empty : "unproposed ") + Category(comparison) + (show == "--signs" ? " " + Signs(comparison) : string.Empty);
                        why[key] = why.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        foreach (var (k, v) in why.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"{v,5} {k}");
        }

        foreach (var group in rows.GroupBy(r => r.Person).Where(g => g.Count() > 1))
        {
            var members = group.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < members.Length && shown < 15; i++)
            {
                for (var j = i + 1; j < members.Length && shown < 15; j++)
                {
                    if (!found.Contains((members[i].Id, members[j].Id)) && (show is null || Category(finder.Compare(members[i].Details, members[j].Details)) == show))
                    {
                        shown++;
                        Console.WriteLine($"MISSED {Describe(members[i].Details)}\n    vs {Describe(members[j].Details)}\n    {finder.Compare(members[i].Details, members[j].Details)}");
                    }
                }
            }
        }

        if (show == "--signs")
        {
            foreach (var g in pairs.Where(p => p.Comparison.Tier == MatchTier.Duplicate && byId[p.First].Person != byId[p.Second].Person)
                .GroupBy(p => Category(p.Comparison) + " " + Signs(p.Comparison)).OrderByDescending(g => g.Count()))
            {
                Console.WriteLine($"{g.Count(),5} WRONG {g.Key}");
            }
        }

        foreach (var pair in pairs.Where(p => p.Comparison.Tier == MatchTier.Duplicate && byId[p.First].Person != byId[p.Second].Person).Take(15))
        {
            Console.WriteLine($"WRONG {Describe(byId[pair.First].Details)}\n   vs {Describe(byId[pair.Second].Details)}\n    {pair.Comparison}");
        }
    }

    /// <summary>The fields that gave points, each with its sign, in order.</summary>
    private static string Signs(MatchComparison c) =>
        string.Join(",", c.Reasons.Where(r => r.Points != 0).Select(r => r.Field.ToString() + (r.Points > 0 ? "+" : "-")).Order(StringComparer.Ordinal));

    /// <summary>A missed pair's cause: capped or short of the score, each name agreeing (+), neutral (0), disagreeing (x) or missing (-), and the score band.</summary>
    private static string Category(MatchComparison c)
    {
        var first = c.Reasons.FirstOrDefault(r => r.Field == MatchField.FirstName);
        var last = c.Reasons.FirstOrDefault(r => r.Field == MatchField.LastName);
        var names = (first.First is null ? "F-" : first.Points < 0 ? "Fx" : first.Points == 0 ? "F0" : "F+") + (last.First is null ? "L-" : last.Points < 0 ? "Lx" : last.Points == 0 ? "L0" : "L+");
        return $"{(c.IsCapped ? "capped" : "score")} {names} {(c.Score >= MatchOptions.Default.DuplicateScore ? $">={MatchOptions.Default.DuplicateScore}" : c.Score >= MatchOptions.Default.PossibleDuplicateScore ? $"{MatchOptions.Default.PossibleDuplicateScore}-{MatchOptions.Default.DuplicateScore - 1}" : $"<{MatchOptions.Default.PossibleDuplicateScore}")}";
    }

    private static string Describe(LeadDetails d) =>
        $"{d.FirstName} | {d.LastName} | {d.CompanyName} | {string.Join(";", d.Emails)} | m {d.MobilePhone} | b {d.BusinessPhone} | {d.Website} | {d.Address?.Line1}, {d.Address?.City}, {d.Address?.PostalCode}, {d.Address?.Country}";
}
