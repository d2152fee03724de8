using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// The one rule set every contestant implements (issue 3): 14 fit rules (fit and BANT) and 4 decayed engagement rules.
/// The library model, the hand-written loops, the RulesEngine workflow and the NRules rule classes all read their
/// values and points from here, so that they cannot drift apart.
/// </summary>
internal static class ScoringSpec
{
    public const double FitCap = 50;
    public const double EngagementCap = 50;

    // Fit.
    public static readonly string[] Industries = ["Software", "Banking", "Telecommunications", "Insurance", "بانکداری", "مخابرات", "بیمه"];
    public const double IndustryPoints = 10;

    public static readonly string[] SeniorTitleTerms = ["Chief", "Director", "Head of", "VP", "مدیر"];
    public const double SeniorTitlePoints = 8;

    public const decimal RevenueMin = 1_000_000m;
    public const decimal RevenueMax = 500_000_000m;
    public const string RevenueCurrency = "USD";
    public const double RevenuePoints = 8;

    public const int EmployeesMin = 50;
    public const int EmployeesMax = 5_000;
    public const double EmployeesPoints = 6;

    public const double PhonePoints = 3;

    public static readonly LeadSource[] ReferralSources = [LeadSource.EmployeeReferral, LeadSource.ExternalReferral, LeadSource.Partner];
    public const double ReferralSourcePoints = 8;

    public static readonly LeadSource[] InboundSources = [LeadSource.Web, LeadSource.TradeShow, LeadSource.Seminar];
    public const double InboundSourcePoints = 4;

    public static readonly string[] FreeMailDomains = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"];
    public const double FreeMailPoints = -6;

    public static readonly string[] Competitors = ["Rival Systems", "Northwind Rivals", "رقیب افزار"];
    public const double CompetitorPoints = -25;

    // BANT.
    public const double BudgetPresentPoints = 4;

    public const decimal BudgetMin = 10_000m;
    public const string BudgetCurrency = "USD";
    public const double BudgetRangePoints = 6;

    public const double DecisionMakerPoints = 8;

    public static readonly PurchaseTimeframe[] SoonTimeframes = [PurchaseTimeframe.Immediate, PurchaseTimeframe.ThisQuarter];
    public const double TimeframePoints = 7;

    public const double StatedNeedPoints = 4;

    // Engagement: points of a fresh activity, window and half-life (EmailSent, Note, Call and EmailClicked have no rule).
    public static readonly EngagementRule[] Engagement =
    [
        new(ActivityType.EmailOpened, 2, Duration.FromDays(30), Duration.FromDays(7)),
        new(ActivityType.WebVisit, 3, Duration.FromDays(60), Duration.FromDays(14)),
        new(ActivityType.FormSubmitted, 10, Duration.FromDays(90), Duration.FromDays(30)),
        new(ActivityType.Meeting, 15, Duration.FromDays(180), Duration.FromDays(45)),
    ];

    /// <summary>The number of rules in the set.</summary>
    public const int RuleCount = 18;

    /// <summary>The scoring instant of every benchmark.</summary>
    public static readonly Instant At = Instant.FromUtc(2026, 1, 15, 12, 0);

    /// <summary>The rule set as a library model.</summary>
    public static ScoringModel BuildModel()
    {
        var builder = ScoringModel.CreateBuilder()
            .WithCaps(FitCap, EngagementCap)
            .WithRatingThresholds(70, 40)
            .WithGradeThresholds(75, 50, 25)
            .WhenOneOf("Target industry", LeadTextField.Industry, Industries, IndustryPoints)
            .WhenContainsAny("Senior job title", LeadTextField.JobTitle, SeniorTitleTerms, SeniorTitlePoints)
            .WhenInRange("Revenue 1M-500M USD", LeadNumberField.AnnualRevenue, RevenueMin, RevenueMax, RevenuePoints, RevenueCurrency)
            .WhenInRange("50-5000 employees", LeadNumberField.NumberOfEmployees, EmployeesMin, EmployeesMax, EmployeesPoints)
            .WhenPresent("Has phone", LeadPresenceField.Phone, PhonePoints)
            .WhenSource("Referral source", ReferralSources, ReferralSourcePoints)
            .WhenSource("Inbound source", InboundSources, InboundSourcePoints)
            .WhenOneOf("Free-mail address", LeadTextField.EmailDomain, FreeMailDomains, FreeMailPoints)
            .WhenOneOf("Competitor", LeadTextField.CompanyName, Competitors, CompetitorPoints)
            .WhenPresent("Budget known", LeadPresenceField.Budget, BudgetPresentPoints)
            .WhenInRange("Budget 10k USD or more", LeadNumberField.Budget, BudgetMin, null, BudgetRangePoints, BudgetCurrency)
            .WhenDecisionMaker("Decision maker", DecisionMakerPoints)
            .WhenTimeframe("Buys this quarter", SoonTimeframes, TimeframePoints)
            .WhenPresent("Need stated", LeadPresenceField.StatedNeed, StatedNeedPoints);
        foreach (var rule in Engagement)
        {
            builder.ForActivity(rule.Type.ToString(), rule.Type, rule.Points, rule.Window, rule.HalfLife);
        }

        var model = builder.Build();
        if (model.RuleNames.Count != RuleCount)
        {
            throw new InvalidOperationException($"The model has {model.RuleNames.Count} rules, not {RuleCount}.");
        }

        return model;
    }

    /// <summary>The part of a score every contestant computes the same way: caps, the 0-100 total, rating and grade.</summary>
    public static LeadScore Finish(double fit, double engagement)
    {
        fit = Math.Clamp(fit, 0, FitCap);
        engagement = Math.Clamp(engagement, 0, EngagementCap);
        var total = Math.Clamp((int)Math.Round((fit + engagement) * 100 / (FitCap + EngagementCap), MidpointRounding.AwayFromZero), 0, 100);
        var rating = total >= 70 ? LeadRating.Hot : total >= 40 ? LeadRating.Warm : LeadRating.Cold;
        var grade = total >= 75 ? LeadGrade.A : total >= 50 ? LeadGrade.B : total >= 25 ? LeadGrade.C : LeadGrade.D;
        return new LeadScore(total, fit, engagement, rating, grade);
    }
}

/// <summary>One engagement rule of the spec.</summary>
internal sealed record EngagementRule(ActivityType Type, double Points, Duration Window, Duration HalfLife)
{
    public long WindowTicks { get; } = Window.BclCompatibleTicks;

    public long HalfLifeTicks { get; } = HalfLife.BclCompatibleTicks;
}
