using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace LeadDomain.Tests.Fuzzing;

/// <summary>
/// What every fuzz target shares: how many cases to run, the run itself (FsCheck, throwing on the first failure with
/// the case that failed), and the time a single call may take.
/// </summary>
/// <remarks>
/// A quick run (a few hundred cases per target) is part of <c>dotnet test</c>. The long run sets
/// <c>LEADDOMAIN_FUZZ_CASES</c> to the number of cases per target (tests/FUZZING.md gives the command and results).
/// </remarks>
internal static class Fuzz
{
    public const string CasesVariable = "LEADDOMAIN_FUZZ_CASES";

    /// <summary>
    /// The most one call on one fuzzed input may take before it counts as a hang: a generous constant (a Debug build
    /// on two shared cores, a garbage collection) plus a linear allowance for its size. A quadratic call on the largest
    /// inputs (a few hundred thousand characters) takes far longer.
    /// </summary>
    public static TimeSpan Budget(long inputSize) => TimeSpan.FromMilliseconds(1_500 + (inputSize / 1_000.0));

    /// <summary>The number of cases per target: <paramref name="quick"/>, or <c>LEADDOMAIN_FUZZ_CASES</c> when set.</summary>
    public static int Cases(int quick) =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : quick;

    /// <summary>Runs <paramref name="property"/> on <see cref="Cases"/> generated cases; the first failure throws, naming the case.</summary>
    public static FuzzStats Run<T>(Gen<T> cases, Func<T, Verdict> property, int quick, Func<T, string>? describe = null)
    {
        var stats = new FuzzStats();
        var stopwatch = Stopwatch.StartNew();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Cases(quick)).WithQuietOnSuccess(true),
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                Verdict verdict;
                try
                {
                    verdict = property(c);
                }
                catch (Exception e) when (e is not FuzzFailure)
                {
                    throw new FuzzFailure($"{e.GetType().Name} escaped: {e.Message}\ncase: {Describe(c, describe)}", e);
                }

                stats.Count(verdict);
            }));
        stats.Elapsed = stopwatch.Elapsed;
        return stats;
    }

    /// <summary>Times one call, and fails when it exceeds the budget for its input size.</summary>
    /// <typeparam name="T">What the call returns.</typeparam>
    /// <returns>What the call returned.</returns>
    /// <param name="inputSize">The size of the input, in characters.</param>
    /// <param name="what">The call, for the failure's message.</param>
    /// <param name="call">The call.</param>
    /// <param name="finding">A known finding in code owned elsewhere: over the budget but within 20 times it, the
    /// call is counted under this name instead of failing.</param>
    public static T Timed<T>(long inputSize, string what, Func<T> call, string? finding = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = call();
        stopwatch.Stop();
        if (finding is not null && stopwatch.Elapsed > Budget(inputSize) && stopwatch.Elapsed < Budget(inputSize) * 20)
        {
            Finding(finding);
        }
        else if (stopwatch.Elapsed > Budget(inputSize))
        {
            throw new FuzzFailure($"{what} took {stopwatch.ElapsedMilliseconds} ms on an input of {inputSize} characters (budget {Budget(inputSize).TotalMilliseconds:F0} ms).");
        }

        return result;
    }

    /// <summary>
    /// Times <paramref name="call"/> on inputs of size n and 16n (made by <paramref name="make"/> outside the timing;
    /// best of five each, tried up to three times) and fails when the larger costs more than 16 × 8 times the smaller (a quadratic call costs
    /// 256 times), after some slack for a shared machine. Make both inputs larger than 85,000 bytes, so that both live
    /// on the large-object heap and the comparison is of like with like.
    /// </summary>
    public static void Linear<TInput>(string what, int n, Func<int, TInput> make, Action<TInput> call)
    {
        const int factor = 16;
        var smallInput = make(n);
        var largeInput = make(n * factor);
        call(smallInput); // warm up: JIT, caches
        call(largeInput);
        // A shared machine can stall any one measurement: the comparison is tried three times, and only a call that is
        // slower than linear in all three fails (a quadratic one does, by a factor of four or more each time).
        var (small, large, limit) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            small = Best(() => call(smallInput));
            large = Best(() => call(largeInput));
            // Quadratic work would take factor² (256) times as long; 8 times linear leaves room for a loaded machine.
            limit = (small * factor * 8) + TimeSpan.FromMilliseconds(100);
            if (large <= limit)
            {
                return;
            }
        }

        Assert.Fail(
            $"{what}: size {n} took {small.TotalMilliseconds:F2} ms, size {n * factor} took {large.TotalMilliseconds:F2} ms (more than {limit.TotalMilliseconds:F2} ms), three times: slower than linear.");

        static TimeSpan Best(Action run)
        {
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                run();
                stopwatch.Stop();
                best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
            }

            return best;
        }
    }

    /// <summary>
    /// Known findings in code this suite may not change yet (each names the issue that will fix it): counted and
    /// printed instead of failing, so that they stay visible in every run. Remove a category when its fix lands.
    /// </summary>
    public static ConcurrentDictionary<string, int> Findings { get; } = new(StringComparer.Ordinal);

    public static void Finding(string category) => Findings.AddOrUpdate(category, 1, (_, n) => n + 1);

    public static string DescribeFindings(string prefix) =>
        string.Join("; ", Findings.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"));

    private static string Describe<T>(T value, Func<T, string>? describe)
    {
        var text = describe is null ? value?.ToString() ?? "null" : describe(value);
        return text.Length <= 2_000 ? text : string.Concat(text.AsSpan(0, 2_000), $"… ({text.Length} characters)");
    }
}

/// <summary>What a fuzz case ended in: refused with a documented exception, or accepted and checked.</summary>
internal enum Verdict
{
    Refused,
    Accepted,
}

/// <summary>Counts of a fuzz run, for the test output and tests/FUZZING.md.</summary>
internal sealed class FuzzStats
{
    private int _refused;
    private int _accepted;

    public int Refused => _refused;

    public int Accepted => _accepted;

    public TimeSpan Elapsed { get; set; }

    public void Count(Verdict verdict)
    {
        if (verdict == Verdict.Accepted)
        {
            Interlocked.Increment(ref _accepted);
        }
        else
        {
            Interlocked.Increment(ref _refused);
        }
    }

    public override string ToString() =>
        $"{Refused + Accepted} cases in {Elapsed.TotalSeconds:F1} s: {Accepted} accepted and checked, {Refused} refused with a documented exception";
}

/// <summary>A broken property of a fuzz case: an undocumented exception, a hang, or an accepted input that misbehaves.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(string message)
        : base(message)
    {
    }

    public FuzzFailure(string message, Exception inner)
        : base(message, inner)
    {
    }
}
