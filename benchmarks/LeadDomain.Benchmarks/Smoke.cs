using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace LeadDomain.Benchmarks;

/// <summary>
/// The CI smoke test (<c>dotnet run -c Release -- smoke [filter...]</c>): every benchmark of every class (or of the
/// classes whose full name contains one of the filters) runs once, in this process, with BenchmarkDotNet's dry job, so
/// that each global setup runs its checks. The job replaces whatever the classes set with attributes (iteration
/// counts), which would otherwise apply to the dry job too; data sets are cut to 5,000 leads (<see cref="Size"/>).
/// Returns 1 if any benchmark failed or did not run.
/// </summary>
internal static class Smoke
{
    /// <summary>Gets a value indicating whether this process runs the smoke test.</summary>
    public static bool Active { get; private set; }

    /// <summary>
    /// The size of a data set: <paramref name="size"/>, or at most 5,000 in a smoke test, where the checks matter and
    /// the time does not (1,000,000 leads take a minute to build on two cores).
    /// </summary>
    public static int Size(int size) => Active ? Math.Min(size, 5_000) : size;

    public static int Run(string[] filters)
    {
        Active = true;
        var job = Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke");
        var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableLogFile);
        var classes = typeof(Smoke).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                && (filters.Length == 0 || filters.Any(f => t.FullName!.Contains(f, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        var runs = classes.Select(type =>
        {
            var info = BenchmarkConverter.TypeToBenchmarks(type, config);
            var cases = info.BenchmarksCases.Select(c => BenchmarkCase.Create(c.Descriptor, job, c.Parameters, c.Config)).ToArray();
            return new BenchmarkRunInfo(cases, type, info.Config);
        }).ToArray();

        var summaries = BenchmarkRunner.Run(runs);
        var ran = 0;
        var failed = new List<string>();
        foreach (var summary in summaries)
        {
            foreach (var benchmark in summary.BenchmarksCases)
            {
                ran++;
                var report = summary[benchmark];
                if (summary.HasCriticalValidationErrors || report is null || !report.Success)
                {
                    failed.Add(benchmark.DisplayInfo);
                }
            }
        }

        foreach (var name in failed)
        {
            Console.WriteLine($"smoke: FAILED {name}");
        }

        Console.WriteLine($"smoke: {classes.Length} benchmark classes, {ran} benchmarks ran once, {failed.Count} failed");
        return failed.Count == 0 && ran > 0 ? 0 : 1;
    }
}
