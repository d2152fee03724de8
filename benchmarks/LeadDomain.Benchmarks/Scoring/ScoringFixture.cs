using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The leads of one size, the compiled contestants, and the proof that they agree. Building 1,000,000 leads takes a
/// while, so the current set is kept for the benchmark cases of the same size (BenchmarkDotNet calls the global setup
/// once per case; with <c>--inProcess</c> they share this process).
/// </summary>
internal sealed class ScoringFixture
{
    private static readonly Lazy<ScoringModel> SharedModel = new(ScoringSpec.BuildModel);
    private static readonly Lazy<RulesEngineScorer> SharedRulesEngine = new(() => new RulesEngineScorer());
    private static readonly Lazy<NRulesScorer> SharedNRules = new(() => new NRulesScorer());
    private static ScoringFixture? current;

    private ScoringFixture(Lead[] leads)
    {
        Leads = leads;
        Destination = new LeadScore[leads.Length];
        Compact = CompactLeadScorer.From(leads);
        Batch = LeadBatch.From(leads);
    }

    public ScoringModel Model => SharedModel.Value;

    public RulesEngineScorer RulesEngine => SharedRulesEngine.Value;

    public NRulesScorer NRules => SharedNRules.Value;

    public Lead[] Leads { get; }

    public LeadScore[] Destination { get; }

    /// <summary>Gets the same leads as compact records (issue 16's baseline).</summary>
    public CompactLead[] Compact { get; }

    /// <summary>Gets the same leads as a <see cref="LeadBatch"/>, already scored once with <see cref="Model"/> by the checks.</summary>
    public LeadBatch Batch { get; }

    private bool EnginesChecked { get; set; }

    /// <summary>The fixture for <paramref name="count"/> leads, checked: throws when any contestant disagrees with the library.</summary>
    public static ScoringFixture Get(int count, bool engines)
    {
        count = Smoke.Size(count);
        var fixture = current;
        if (fixture is null || fixture.Leads.Length != count)
        {
            current = null;
            GC.Collect();
            var started = DateTime.UtcNow;
            fixture = new ScoringFixture(ScoringData.CreateLeads(count));
            Log($"{count:N0} leads created in {(DateTime.UtcNow - started).TotalSeconds:F1} s; {fixture.Leads.Sum(l => l.Activities.Count):N0} activities.");
            fixture.CheckLibraryAndHandLoops();
            current = fixture;
        }

        if (engines && !fixture.EnginesChecked)
        {
            fixture.CheckEngines();
            fixture.EnginesChecked = true;
        }

        return fixture;
    }

    private void CheckLibraryAndHandLoops()
    {
        var expected = new LeadScore[Leads.Length];
        Model.Score(Leads, expected, ScoringSpec.At);

        // One lead at a time through the other entry points.
        for (var i = 0; i < Math.Min(Leads.Length, 1_000); i++)
        {
            Same("library Score(lead)", i, expected[i], Model.Score(Leads[i], ScoringSpec.At), exact: true);
            Same("library Score(details, activities)", i, expected[i], Model.Score(Leads[i].Details, Leads[i].ActivitySpan, ScoringSpec.At), exact: true);
        }

        Compare("library ScoreParallel", expected, d => Model.ScoreParallel(Leads, d, ScoringSpec.At), exact: true);
        Compare("LeadBatch Score (first: computes the model's columns)", expected, d => Model.Score(Batch, d, ScoringSpec.At), exact: false);
        Compare("LeadBatch Score (again)", expected, d => Model.Score(Batch, d, ScoringSpec.At), exact: false);
        Compare("LeadBatch ScoreParallel", expected, d => Model.ScoreParallel(Batch, d, ScoringSpec.At), exact: false);
        Compare("compact-record loop", expected, d => CompactLeadScorer.ScoreAll(Compact, d, ScoringSpec.At), exact: false);
        Compare("hand-written loop", expected, d => HandWrittenScorer.ScoreAll(Leads, d, ScoringSpec.At), exact: false);
        Compare("hand-written loop (span)", expected, d => HandWrittenScorer.ScoreAllSpan(Leads, d, ScoringSpec.At), exact: false);
        Compare(
            "hand-written loop in two halves",
            expected,
            d =>
            {
                HandWrittenScorer.ScoreRange(Leads, d, 0, Leads.Length / 2, ScoringSpec.At);
                HandWrittenScorer.ScoreRange(Leads, d, Leads.Length / 2, Leads.Length, ScoringSpec.At);
            },
            exact: false);
        Describe(expected);
    }

    private void CheckEngines()
    {
        var expected = new LeadScore[Leads.Length];
        Model.Score(Leads, expected, ScoringSpec.At);
        Compare("RulesEngine", expected, d => RulesEngine.ScoreAll(Leads, d, ScoringSpec.At), exact: false);
        Compare("NRules", expected, d => NRules.ScoreAll(Leads, d, ScoringSpec.At), exact: false);
    }

    private void Compare(string contestant, LeadScore[] expected, Action<LeadScore[]> score, bool exact)
    {
        var started = DateTime.UtcNow;
        var actual = new LeadScore[Leads.Length];
        score(actual);
        for (var i = 0; i < expected.Length; i++)
        {
            Same(contestant, i, expected[i], actual[i], exact);
        }

        Log($"{contestant}: all {expected.Length:N0} scores equal the library's ({(DateTime.UtcNow - started).TotalSeconds:F1} s).");
    }

    /// <summary>
    /// Totals, rating, grade and fit points must be equal; engagement may differ in the last bits (a different but
    /// equivalent decay formula, or another summation order), never by more than 1e-9 points.
    /// </summary>
    private void Same(string contestant, int i, LeadScore expected, LeadScore actual, bool exact)
    {
        var same = exact
            ? expected == actual
            : expected.Total == actual.Total && expected.Rating == actual.Rating && expected.Grade == actual.Grade
              && expected.Fit == actual.Fit && Math.Abs(expected.Engagement - actual.Engagement) <= 1e-9;
        if (!same)
        {
            throw new InvalidOperationException(
                $"SCORES DIFFER: {contestant} gives lead {i} {actual}, the library {expected}. Details: {Leads[i].Details}; "
                + $"activities: {string.Join(", ", Leads[i].Activities)}.");
        }
    }

    /// <summary>Shows that the data exercises the rules: how often each rule gives points, and how the totals spread.</summary>
    private void Describe(LeadScore[] scores)
    {
        var sample = Math.Min(Leads.Length, 10_000);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sample; i++)
        {
            foreach (var reason in Model.Explain(Leads[i], ScoringSpec.At).Reasons)
            {
                hits[reason.Rule] = hits.GetValueOrDefault(reason.Rule) + 1;
            }
        }

        foreach (var name in Model.RuleNames)
        {
            var share = hits.GetValueOrDefault(name) / (double)sample;
            if (share is < 0.01 or > 0.99)
            {
                throw new InvalidOperationException($"Rule '{name}' gives points to {share:P1} of the leads; the data does not exercise it.");
            }
        }

        Log("Share of leads each rule gives points to (first " + sample.ToString("N0", CultureInfo.InvariantCulture) + "): "
            + string.Join(", ", Model.RuleNames.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n} {hits.GetValueOrDefault(n) * 100.0 / sample:F0}%"))));
        Log(string.Create(
            CultureInfo.InvariantCulture,
            $"Totals: mean {scores.Average(s => s.Total):F1}, min {scores.Min(s => s.Total)}, max {scores.Max(s => s.Total)}; "
            + $"fit capped for {scores.Count(s => s.Fit == ScoringSpec.FitCap) * 100.0 / scores.Length:F1}%, at 0 for {scores.Count(s => s.Fit == 0) * 100.0 / scores.Length:F1}%; "
            + $"engagement capped for {scores.Count(s => s.Engagement == ScoringSpec.EngagementCap) * 100.0 / scores.Length:F1}%; "
            + $"Hot {scores.Count(s => s.Rating == LeadRating.Hot) * 100.0 / scores.Length:F1}%, Warm {scores.Count(s => s.Rating == LeadRating.Warm) * 100.0 / scores.Length:F1}%."));
    }

    private static void Log(string message) => Console.WriteLine("// Scoring: " + message);
}
