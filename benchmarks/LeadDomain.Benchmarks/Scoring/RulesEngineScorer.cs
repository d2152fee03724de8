using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;
using RulesEngine.Models;
using static LeadDomain.Benchmarks.Scoring.ScoringSpec;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The rule set as a Microsoft RulesEngine 6 workflow, the way its documentation writes rules: one lambda-expression
/// string per rule over the input <c>lead</c> (the <see cref="Lead"/> itself) and <c>now</c> (the scoring instant in
/// ticks). A fit rule's points are added when it succeeds; an engagement rule computes its decayed points with an
/// <c>OutputExpression</c> action. The caps, total, rating and grade are then computed in C# as everywhere else.
/// </summary>
internal sealed class RulesEngineScorer
{
    private const string WorkflowName = "LeadScoring";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly double[] _fitPoints;
    private readonly int _fitRules;

    public RulesEngineScorer()
    {
        var rules = new List<Rule>();
        var points = new List<double>();

        void Fit(string name, string expression, double rulePoints)
        {
            rules.Add(new Rule { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression });
            points.Add(rulePoints);
        }

        Fit("Target industry", $"lead.Details.Industry != null AND ({AnyEquals("lead.Details.Industry", Industries)})", IndustryPoints);
        Fit("Senior job title", $"lead.Details.JobTitle != null AND ({AnyContains("lead.Details.JobTitle", SeniorTitleTerms)})", SeniorTitlePoints);
        Fit(
            "Revenue 1M-500M USD",
            $"lead.Details.AnnualRevenue != null AND lead.Details.AnnualRevenue.Value.Currency == \"{RevenueCurrency}\""
            + $" AND lead.Details.AnnualRevenue.Value.Amount >= {Number(RevenueMin)} AND lead.Details.AnnualRevenue.Value.Amount <= {Number(RevenueMax)}",
            RevenuePoints);
        Fit(
            "50-5000 employees",
            $"lead.Details.NumberOfEmployees != null AND lead.Details.NumberOfEmployees >= {EmployeesMin} AND lead.Details.NumberOfEmployees <= {EmployeesMax}",
            EmployeesPoints);
        Fit("Has phone", "lead.Details.BusinessPhone != null || lead.Details.MobilePhone != null", PhonePoints);
        Fit("Referral source", AnySource(ReferralSources), ReferralSourcePoints);
        Fit("Inbound source", AnySource(InboundSources), InboundSourcePoints);
        Fit(
            "Free-mail address",
            $"lead.Details.Emails.Any(e => {string.Join(" OR ", FreeMailDomains.Select(d => $"e.EndsWith(\"@{d}\", StringComparison.OrdinalIgnoreCase)"))})",
            FreeMailPoints);
        Fit("Competitor", $"lead.Details.CompanyName != null AND ({AnyEquals("lead.Details.CompanyName", Competitors)})", CompetitorPoints);
        Fit("Budget known", "lead.Details.Budget != null", BudgetPresentPoints);
        Fit(
            "Budget 10k USD or more",
            $"lead.Details.Budget != null AND lead.Details.Budget.Value.Currency == \"{BudgetCurrency}\" AND lead.Details.Budget.Value.Amount >= {Number(BudgetMin)}",
            BudgetRangePoints);
        Fit("Decision maker", "lead.Details.IsDecisionMaker == true", DecisionMakerPoints);
        Fit(
            "Buys this quarter",
            string.Join(" OR ", SoonTimeframes.Select(t => $"lead.Details.PurchaseTimeframe == PurchaseTimeframe.{t}")),
            TimeframePoints);
        Fit("Need stated", "lead.Details.StatedNeed != null", StatedNeedPoints);
        _fitRules = rules.Count;

        foreach (var rule in Engagement)
        {
            // Sum over the activities of the type that are 0 to Window old of Points * 0.5^(age / HalfLife).
            var age = "(now - a.At.ToUnixTimeTicks())";
            var output =
                $"lead.Activities.Where(a => a.Type == ActivityType.{rule.Type.Identifier} AND {age} >= 0 AND {age} <= {rule.WindowTicks})"
                + $".Sum(a => {Number(rule.Points)} * Math.Pow(0.5, {age} / {rule.HalfLifeTicks}.0))";
            rules.Add(new Rule
            {
                RuleName = rule.Type.ToString(),
                Expression = $"lead.Activities.Any(a => a.Type == ActivityType.{rule.Type.Identifier})",
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = output },
                    },
                },
            });
        }

        _fitPoints = [.. points];
        var settings = new ReSettings
        {
            CustomTypes = [typeof(ActivityType), typeof(LeadSource), typeof(PurchaseTimeframe), typeof(Instant), typeof(StringComparison)],
        };
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = WorkflowName, Rules = rules }], settings);
    }

    public void ScoreAll(Lead[] leads, LeadScore[] destination, Instant at)
    {
        var now = at.ToUnixTimeTicks();
        for (var i = 0; i < leads.Length; i++)
        {
            destination[i] = Score(leads[i], now);
        }
    }

    private LeadScore Score(Lead lead, long now)
    {
        var results = _engine
            .ExecuteAllRulesAsync(WorkflowName, [new RuleParameter("lead", lead), new RuleParameter("now", now)])
            .AsTask().GetAwaiter().GetResult();
        var fit = 0.0;
        var engagement = 0.0;
        for (var r = 0; r < results.Count; r++)
        {
            var result = results[r];
            if (result.ExceptionMessage is { Length: > 0 } error)
            {
                throw new InvalidOperationException($"RulesEngine rule '{result.Rule.RuleName}' failed: {error}");
            }

            if (!result.IsSuccess)
            {
                continue;
            }

            if (r < _fitRules)
            {
                fit += _fitPoints[r];
            }
            else if (result.ActionResult is { } action)
            {
                engagement += action.Exception is null
                    ? (double)action.Output
                    : throw new InvalidOperationException($"RulesEngine action of '{result.Rule.RuleName}' failed: {action.Exception.Message}", action.Exception);
            }
        }

        return Finish(fit, engagement);
    }

    private static string AnyEquals(string member, string[] values) =>
        string.Join(" OR ", values.Select(v => $"string.Equals({member}, \"{v}\", StringComparison.OrdinalIgnoreCase)"));

    private static string AnyContains(string member, string[] terms) =>
        string.Join(" OR ", terms.Select(t => $"{member}.Contains(\"{t}\", StringComparison.OrdinalIgnoreCase)"));

    private static string AnySource(LeadSource[] sources) =>
        string.Join(" OR ", sources.Select(s => $"lead.Details.Source == LeadSource.{s}"));

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture);
}
