using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// Where the library's time goes, rule by rule, on the 1,000-lead set: each compiled fit rule of the model
/// (<c>FitRule.Matches</c>, internal, given the lead's text folded when it was stored, as scoring does) against the
/// hand-written loop's condition for the same rule (called through a delegate); all 14 fit rules together (the
/// model's <c>CompiledFit</c>, what scoring runs, against the hand-written fit); and the engagement
/// part (a model with only the 4 activity rules against the hand-written decay loop, both including the final total).
/// Ratios are per rule, against the hand-written condition.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(10)]
[IterationTime(100)]
public class ScoringRuleKinds
{
    private const int N = 1_000;
    private const string AllFit = "All 14 fit rules";
    private const string Engagement = "Engagement (4 rules)";

    // Parameter (short, so that the table shows it whole) -> the model's rule name and the hand-written condition.
    private static readonly Dictionary<string, (string Name, Func<LeadDetails, bool> Hand)> Rules = new(StringComparer.Ordinal)
    {
        ["Industry one-of"] = ("Target industry", HandWrittenScorer.IsTargetIndustry),
        ["Title contains-any"] = ("Senior job title", HandWrittenScorer.HasSeniorTitle),
        ["Revenue range"] = ("Revenue 1M-500M USD", HandWrittenScorer.HasTargetRevenue),
        ["Employees range"] = ("50-5000 employees", HandWrittenScorer.HasTargetEmployees),
        ["Phone present"] = ("Has phone", HandWrittenScorer.HasPhone),
        ["Source (referral)"] = ("Referral source", HandWrittenScorer.IsReferral),
        ["Source (inbound)"] = ("Inbound source", HandWrittenScorer.IsInbound),
        ["Email domain one-of"] = ("Free-mail address", HandWrittenScorer.HasFreeMail),
        ["Company one-of"] = ("Competitor", HandWrittenScorer.IsCompetitor),
        ["Budget present"] = ("Budget known", HandWrittenScorer.HasBudget),
        ["Budget range"] = ("Budget 10k USD or more", HandWrittenScorer.HasTargetBudget),
        ["Decision maker"] = ("Decision maker", HandWrittenScorer.IsDecisionMaker),
        ["Timeframe"] = ("Buys this quarter", HandWrittenScorer.BuysSoon),
        ["Need present"] = ("Need stated", HandWrittenScorer.HasStatedNeed),
    };

    private LeadDetails[] _details = null!;
    private FoldedLeadText?[] _folded = null!;
    private CompiledFit _compiledFit = null!;
    private Lead[] _leads = null!;
    private LeadScore[] _destination = null!;
    private ScoringModel _model = null!;
    private ScoringModel _engagementModel = null!;
    private FitRule[] _fitRules = null!;
    private FitRule? _libraryRule;
    private Func<LeadDetails, bool>? _handRule;

    [ParamsSource(nameof(RuleNames))]
    public string Rule { get; set; } = "";

    public static IEnumerable<string> RuleNames => [.. Rules.Keys, AllFit, Engagement];

    [GlobalSetup]
    public void Setup()
    {
        var fixture = ScoringFixture.Get(N, engines: false);
        _leads = fixture.Leads;
        _details = [.. fixture.Leads.Select(l => l.Details)];
        _folded = [.. fixture.Leads.Select(l => l.FoldedText)];
        _destination = new LeadScore[N];
        _model = fixture.Model;
        var builder = ScoringModel.CreateBuilder().WithCaps(ScoringSpec.FitCap, ScoringSpec.EngagementCap);
        foreach (var rule in ScoringSpec.Engagement)
        {
            builder.ForActivity(rule.Type.ToString(), rule.Type, rule.Points, rule.Window, rule.HalfLife);
        }

        _engagementModel = builder.Build();
        _fitRules = [.. _model.Fit];
        _compiledFit = new CompiledFit(_fitRules);
        (_libraryRule, _handRule) = (null, null);
        if (Rules.TryGetValue(Rule, out var kind))
        {
            _libraryRule = _fitRules.Single(r => r.Name == kind.Name);
            _handRule = kind.Hand;
        }

        if ((_libraryRule is null) != (_handRule is null) || Hand() != Library())
        {
            throw new InvalidOperationException($"The library and the hand-written code disagree on '{Rule}'.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "Hand-written")]
    public double Hand()
    {
        var details = _details;
        var result = 0.0;
        if (_handRule is { } rule)
        {
            for (var i = 0; i < details.Length; i++)
            {
                result += rule(details[i]) ? 1 : 0;
            }
        }
        else if (Rule == AllFit)
        {
            for (var i = 0; i < details.Length; i++)
            {
                result += HandWrittenScorer.Fit(details[i]);
            }
        }
        else
        {
            var now = ScoringSpec.At.ToUnixTimeTicks();
            for (var i = 0; i < _leads.Length; i++)
            {
                var engagement = 0.0;
                foreach (var activity in _leads[i].ActivitySpan)
                {
                    engagement += HandWrittenScorer.Decayed(activity, now);
                }

                _destination[i] = ScoringSpec.Finish(0, engagement);
                result += _destination[i].Total;
            }
        }

        return result;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "Library")]
    public double Library()
    {
        var details = _details;
        var result = 0.0;
        if (_libraryRule is { } rule)
        {
            for (var i = 0; i < details.Length; i++)
            {
                result += rule.Matches(details[i], _folded[i]) ? 1 : 0;
            }
        }
        else if (Rule == AllFit)
        {
            // What scoring runs: the model's compiled form of its fit rules.
            for (var i = 0; i < details.Length; i++)
            {
                result += _compiledFit.Points(details[i], _folded[i]);
            }
        }
        else
        {
            _engagementModel.Score(_leads, _destination, ScoringSpec.At);
            for (var i = 0; i < _destination.Length; i++)
            {
                result += _destination[i].Total;
            }
        }

        return result;
    }
}
