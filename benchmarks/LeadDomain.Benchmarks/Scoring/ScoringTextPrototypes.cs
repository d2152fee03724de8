using System.Text;
using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// What the suggested change to the library's text rules would give (see RESULTS.md), measured before anyone edits
/// src: the three text rules that cost most (<see cref="ScoringRuleKinds"/>), each as the library's compiled rule
/// today, as <see cref="FoldOnceMatcher"/> (a benchmark-only prototype of the suggestion, with the same semantics),
/// and as the hand-written condition (the baseline). The setup checks that the prototype agrees with the library on
/// every lead and on text with Arabic letters, Arabic-Indic digits, tatweel and zero-width joiners.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(10)]
[IterationTime(100)]
public class ScoringTextPrototypes
{
    private const int N = 1_000;

    private Func<LeadDetails, string?> _field = null!;
    private FitRule _libraryRule = null!;
    private FoldOnceMatcher _prototype = null!;
    private Func<LeadDetails, bool> _hand = null!;
    private LeadDetails[] _details = null!;

    [Params("Industry one-of", "Title contains-any", "Company one-of")]
    public string Rule { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var fixture = ScoringFixture.Get(N, engines: false);
        _details = [.. fixture.Leads.Select(l => l.Details)];
        var (name, field, values, contains, hand) = Rule switch
        {
            "Industry one-of" => ("Target industry", (Func<LeadDetails, string?>)(d => d.Industry), ScoringSpec.Industries, false, (Func<LeadDetails, bool>)HandWrittenScorer.IsTargetIndustry),
            "Title contains-any" => ("Senior job title", d => d.JobTitle, ScoringSpec.SeniorTitleTerms, true, HandWrittenScorer.HasSeniorTitle),
            "Company one-of" => ("Competitor", d => d.CompanyName, ScoringSpec.Competitors, false, HandWrittenScorer.IsCompetitor),
            _ => throw new InvalidOperationException(Rule),
        };
        _libraryRule = fixture.Model.Fit.Single(r => r.Name == name);
        _prototype = new FoldOnceMatcher(values, contains);
        _hand = hand;
        _field = field;

        for (var i = 0; i < N; i++)
        {
            if (_libraryRule.Matches(_details[i]) != (field(_details[i]) is { } t && _prototype.Matches(t)))
            {
                throw new InvalidOperationException($"The prototype disagrees with the library on '{field(_details[i])}' ({Rule}).");
            }
        }

        // Text the library folds specially: Arabic yeh and kaf, Arabic-Indic and Persian digits, tatweel, zero-width non-joiner, harakat.
        var model = ScoringModel.CreateBuilder()
            .WhenOneOf("one-of", LeadTextField.Industry, ["مدیر فناوری", "IT 24"], 1)
            .WhenContainsAny("contains", LeadTextField.JobTitle, ["مدیر", "it 24"], 1)
            .Build();
        var oneOf = new FoldOnceMatcher(["مدیر فناوری", "IT 24"], contains: false);
        var containsAny = new FoldOnceMatcher(["مدیر", "it 24"], contains: true);
        string[] tricky = ["مدير فناوري", "مـدیر فناوری", "مدی\u200Cر فناوری", "مُدیر فناوری", "it ٢٤", "IT ۲۴", "It 24 ", "kit 24", "ساير مدير", "مدیرعامل", "Director"];
        foreach (var text in tricky)
        {
            var details = new LeadDetails { Industry = text, JobTitle = text };
            var expected = model.Fit.Select(r => r.Matches(details)).ToArray();
            if (expected[0] != oneOf.Matches(text) || expected[1] != containsAny.Matches(text))
            {
                throw new InvalidOperationException($"The prototype disagrees with the library on '{text}'.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "Hand-written")]
    public int Hand()
    {
        var matches = 0;
        foreach (var details in _details)
        {
            matches += _hand(details) ? 1 : 0;
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "Library today")]
    public int Library()
    {
        var matches = 0;
        foreach (var details in _details)
        {
            matches += _libraryRule.Matches(details) ? 1 : 0;
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "Prototype: ASCII fast path, else fold once")]
    public int Prototype()
    {
        // The field is read through a delegate, as the library reads it through a virtual call and a switch.
        var matches = 0;
        foreach (var details in _details)
        {
            matches += _field(details) is { } text && _prototype.Matches(text) ? 1 : 0;
        }

        return matches;
    }
}

/// <summary>
/// A prototype of the suggested text matching for one rule, with the library's semantics (case-insensitive; Arabic
/// yeh, alef maksura and kaf equal to the Persian letters; Arabic-Indic and Persian digits equal to 0-9; tatweel,
/// harakat and zero-width joiners ignored). The work per pattern is cut in three ways. (1) Folding never lengthens
/// text, and text without ignorable characters (one scan per rule, not per pattern) folds
/// to exactly its own length: a one-of pattern of another length is skipped without reading a character, as
/// <see cref="string.Equals(string, string, StringComparison)"/> does. (2) Contains-any on ASCII text (the vectorized
/// <see cref="Ascii.IsValid(ReadOnlySpan{char})"/>) folds to its ASCII upper case, so the vectorized
/// <see cref="StringComparison.OrdinalIgnoreCase"/> <c>IndexOf</c> gives the same answer. (3) Other text is folded once
/// for all the rule's patterns, into a stack buffer, and compared ordinally (vectorized) with the folded patterns.
/// </summary>
internal sealed class FoldOnceMatcher
{
    private readonly bool _contains;
    private readonly string[] _folded;
    private readonly string[] _asciiFolded;
    private readonly int _shortest;

    public FoldOnceMatcher(IEnumerable<string> patterns, bool contains)
    {
        _contains = contains;
        _folded = [.. patterns.Select(FoldPattern).Distinct(StringComparer.Ordinal)];
        _asciiFolded = [.. _folded.Where(p => Ascii.IsValid(p))];
        _shortest = _folded.Min(p => p.Length);
    }

    public bool Matches(ReadOnlySpan<char> text)
    {
        // Folding only drops characters, so text shorter than every pattern cannot match.
        if (text.Length < _shortest)
        {
            return false;
        }

        if (!_contains && !HasIgnorable(text))
        {
            foreach (var pattern in _folded)
            {
                if (pattern.Length == text.Length && FoldedEquals(text, pattern))
                {
                    return true;
                }
            }

            return false;
        }

        if (_contains && Ascii.IsValid(text))
        {
            foreach (var pattern in _asciiFolded)
            {
                if (text.Contains(pattern, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!IsIgnorable(c))
            {
                buffer[n++] = Fold(c);
            }
        }

        var folded = buffer[..n];
        foreach (var pattern in _folded)
        {
            if (_contains ? folded.IndexOf(pattern.AsSpan()) >= 0 : folded.SequenceEqual(pattern))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasIgnorable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0640' && IsIgnorable(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> text, string pattern)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text[i]) != pattern[i])
            {
                return false;
            }
        }

        return true;
    }

    // The library's folding (ScoringText, internal and private there), repeated for the prototype.
    private static string FoldPattern(string pattern)
    {
        var result = new StringBuilder();
        foreach (var c in pattern.AsSpan().Trim())
        {
            if (!IsIgnorable(c))
            {
                result.Append(Fold(c));
            }
        }

        return result.ToString();
    }

    private static bool IsIgnorable(char c) =>
        c is '\u0640' or '\u200C' or '\u200D' or '\u0670' or (>= '\u064B' and <= '\u065F');

    private static char Fold(char c) => c switch
    {
        < '\u0080' => c is >= 'a' and <= 'z' ? (char)(c - 32) : c,
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => char.ToUpperInvariant(c),
    };
}
