using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using static LeadDomain.Benchmarks.Scoring.ScoringSpec;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The rule set as NRules 1.0 rules, the way its documentation writes them: one <see cref="Rule"/> class per rule,
/// loaded from this assembly, compiled once into a session factory. Each lead becomes a <see cref="LeadFact"/> and each
/// of its activities an <see cref="ActivityFact"/>; a rule's action adds its points to the lead's <see cref="ScoreCard"/>.
/// No rule joins two facts, so the Rete network is alpha nodes only and leads can share a session: facts are inserted
/// and fired in sessions of <see cref="LeadsPerSession"/> leads. The caps, total, rating and grade are then computed in
/// C# as everywhere else.
/// </summary>
internal sealed class NRulesScorer
{
    public const int LeadsPerSession = 1_000;

    private readonly ISessionFactory _factory;

    public NRulesScorer()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesScorer).Assembly).Where(r => r.Name.StartsWith(Prefix, StringComparison.Ordinal)));
        _factory = repository.Compile();
        var rules = repository.GetRuleSets().Sum(s => s.Rules.Count());
        if (rules != RuleCount)
        {
            throw new InvalidOperationException($"NRules loaded {rules} rules, not {RuleCount}.");
        }
    }

    internal const string Prefix = "Scoring.";

    public void ScoreAll(Lead[] leads, LeadScore[] destination, Instant at)
    {
        var now = at.ToUnixTimeTicks();
        var cards = new ScoreCard[Math.Min(LeadsPerSession, leads.Length)];
        var facts = new List<object>();
        for (var start = 0; start < leads.Length; start += LeadsPerSession)
        {
            var end = Math.Min(leads.Length, start + LeadsPerSession);
            facts.Clear();
            for (var i = start; i < end; i++)
            {
                var card = new ScoreCard();
                cards[i - start] = card;
                facts.Add(new LeadFact(leads[i].Details, card));
                foreach (var activity in leads[i].Activities)
                {
                    facts.Add(new ActivityFact(activity, now, card));
                }
            }

            var session = _factory.CreateSession();
            session.InsertAll(facts);
            session.Fire();
            for (var i = start; i < end; i++)
            {
                var card = cards[i - start];
                destination[i] = Finish(card.Fit, card.Engagement);
            }
        }
    }
}

/// <summary>The points a lead collects while its session fires.</summary>
public sealed class ScoreCard
{
    public double Fit { get; private set; }

    public double Engagement { get; private set; }

    public void AddFit(double points) => Fit += points;

    public void AddEngagement(double points) => Engagement += points;
}

/// <summary>A lead as an NRules fact.</summary>
public sealed class LeadFact(LeadDetails details, ScoreCard card)
{
    public LeadDetails Details { get; } = details;

    public ScoreCard Card { get; } = card;
}

/// <summary>An activity as an NRules fact; its age is the scoring instant minus its instant, in ticks.</summary>
public sealed class ActivityFact(LeadActivity activity, long now, ScoreCard card)
{
    public ActivityType Type { get; } = activity.Type;

    public long AgeTicks { get; } = now - activity.At.ToUnixTimeTicks();

    public ScoreCard Card { get; } = card;
}

/// <summary>A fit rule: a condition on the lead's details and its points.</summary>
public abstract class FitRuleBase : Rule
{
    public override void Define()
    {
        LeadFact lead = null!;
        When().Match(() => lead, Condition());
        Then().Do(_ => lead.Card.AddFit(Points));
    }

    protected abstract double Points { get; }

    protected abstract System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition();
}

/// <summary>An engagement rule: activities of one type within the window, each decayed by its age.</summary>
public abstract class EngagementRuleBase(ActivityType type) : Rule
{
    public override void Define()
    {
        var rule = Engagement.Single(r => r.Type == type);
        var window = rule.WindowTicks;
        var halfLife = (double)rule.HalfLifeTicks;
        var points = rule.Points;
        ActivityFact activity = null!;
        When().Match(() => activity, a => a.Type == type, a => a.AgeTicks >= 0 && a.AgeTicks <= window);
        Then().Do(_ => activity.Card.AddEngagement(points * Math.Pow(0.5, activity.AgeTicks / halfLife)));
    }
}

[Name(NRulesScorer.Prefix + "Target industry")]
public sealed class NRulesIndustryRule : FitRuleBase
{
    protected override double Points => IndustryPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.Industry != null && Enumerable.Contains(Industries, f.Details.Industry, StringComparer.OrdinalIgnoreCase);
}

[Name(NRulesScorer.Prefix + "Senior job title")]
public sealed class NRulesSeniorTitleRule : FitRuleBase
{
    protected override double Points => SeniorTitlePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.JobTitle != null && SeniorTitleTerms.Any(t => f.Details.JobTitle.Contains(t, StringComparison.OrdinalIgnoreCase));
}

[Name(NRulesScorer.Prefix + "Revenue 1M-500M USD")]
public sealed class NRulesRevenueRule : FitRuleBase
{
    protected override double Points => RevenuePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.AnnualRevenue != null
            && f.Details.AnnualRevenue.Value.Currency == RevenueCurrency
            && f.Details.AnnualRevenue.Value.Amount >= RevenueMin
            && f.Details.AnnualRevenue.Value.Amount <= RevenueMax;
}

[Name(NRulesScorer.Prefix + "50-5000 employees")]
public sealed class NRulesEmployeesRule : FitRuleBase
{
    protected override double Points => EmployeesPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.NumberOfEmployees >= EmployeesMin && f.Details.NumberOfEmployees <= EmployeesMax;
}

[Name(NRulesScorer.Prefix + "Has phone")]
public sealed class NRulesPhoneRule : FitRuleBase
{
    protected override double Points => PhonePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() => f => f.Details.BusinessPhone != null || f.Details.MobilePhone != null;
}

[Name(NRulesScorer.Prefix + "Referral source")]
public sealed class NRulesReferralSourceRule : FitRuleBase
{
    protected override double Points => ReferralSourcePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.Source != null && Enumerable.Contains(ReferralSources, f.Details.Source.Value);
}

[Name(NRulesScorer.Prefix + "Inbound source")]
public sealed class NRulesInboundSourceRule : FitRuleBase
{
    protected override double Points => InboundSourcePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.Source != null && Enumerable.Contains(InboundSources, f.Details.Source.Value);
}

[Name(NRulesScorer.Prefix + "Free-mail address")]
public sealed class NRulesFreeMailRule : FitRuleBase
{
    protected override double Points => FreeMailPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.Emails.Any(e => FreeMailDomains.Any(d => e.EndsWith("@" + d, StringComparison.OrdinalIgnoreCase)));
}

[Name(NRulesScorer.Prefix + "Competitor")]
public sealed class NRulesCompetitorRule : FitRuleBase
{
    protected override double Points => CompetitorPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.CompanyName != null && Enumerable.Contains(Competitors, f.Details.CompanyName, StringComparer.OrdinalIgnoreCase);
}

[Name(NRulesScorer.Prefix + "Budget known")]
public sealed class NRulesBudgetKnownRule : FitRuleBase
{
    protected override double Points => BudgetPresentPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() => f => f.Details.Budget != null;
}

[Name(NRulesScorer.Prefix + "Budget 10k USD or more")]
public sealed class NRulesBudgetRangeRule : FitRuleBase
{
    protected override double Points => BudgetRangePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.Budget != null && f.Details.Budget.Value.Currency == BudgetCurrency && f.Details.Budget.Value.Amount >= BudgetMin;
}

[Name(NRulesScorer.Prefix + "Decision maker")]
public sealed class NRulesDecisionMakerRule : FitRuleBase
{
    protected override double Points => DecisionMakerPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() => f => f.Details.IsDecisionMaker == true;
}

[Name(NRulesScorer.Prefix + "Buys this quarter")]
public sealed class NRulesTimeframeRule : FitRuleBase
{
    protected override double Points => TimeframePoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() =>
        f => f.Details.PurchaseTimeframe != null && Enumerable.Contains(SoonTimeframes, f.Details.PurchaseTimeframe.Value);
}

[Name(NRulesScorer.Prefix + "Need stated")]
public sealed class NRulesStatedNeedRule : FitRuleBase
{
    protected override double Points => StatedNeedPoints;

    protected override System.Linq.Expressions.Expression<Func<LeadFact, bool>> Condition() => f => f.Details.StatedNeed != null;
}

[Name(NRulesScorer.Prefix + "EmailOpened")]
public sealed class NRulesEmailOpenedRule() : EngagementRuleBase(ActivityType.EmailOpened);

[Name(NRulesScorer.Prefix + "WebVisit")]
public sealed class NRulesWebVisitRule() : EngagementRuleBase(ActivityType.WebVisit);

[Name(NRulesScorer.Prefix + "FormSubmitted")]
public sealed class NRulesFormSubmittedRule() : EngagementRuleBase(ActivityType.FormSubmitted);

[Name(NRulesScorer.Prefix + "Meeting")]
public sealed class NRulesMeetingRule() : EngagementRuleBase(ActivityType.Meeting);
