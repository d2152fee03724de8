using LeadDomain.FollowUp;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>
/// The sales team's rules, in one place: what a lead must have to be qualified, how it is scored, how often it must
/// be touched, and when a lead is qualified or given up. A real host would load these from its configuration.
/// </summary>
public static class SalesPolicy
{
    /// <summary>The user the sample's automatic decisions are attributed to.</summary>
    public const string Automation = "sales-policy";

    /// <summary>The score from which an open lead that meets the qualification policy is qualified.</summary>
    public const int QualifyFrom = 60;

    /// <summary>Gets what a lead must have before it can be qualified: the defaults plus a budget.</summary>
    public static QualificationPolicy Qualification { get; } = QualificationPolicy.Reachable
        .Require("has a budget", lead => lead.Details.Budget is not null);

    /// <summary>Gets the scoring model: fit (BANT, source, role) and engagement (meetings, calls, web, e-mail).</summary>
    public static ScoringModel Scoring { get; } = ScoringModel.CreateBuilder()
        .WithCaps(fit: 60, engagement: 40)
        .WithRatingThresholds(hot: QualifyFrom, warm: 35)
        .WithGradeThresholds(a: 75, b: 50, c: 25)
        .WhenPresent("has a budget", LeadPresenceField.Budget, 14)
        .WhenPresent("stated a need", LeadPresenceField.StatedNeed, 8)
        .WhenTimeframe("buys this quarter", [PurchaseTimeframe.Immediate, PurchaseTimeframe.ThisQuarter], 14)
        .WhenTimeframe("buys next quarter", [PurchaseTimeframe.NextQuarter], 6)
        .WhenDecisionMaker("decides alone", 6)
        .WhenSource("referred", [LeadSource.WordOfMouth, LeadSource.EmployeeReferral, LeadSource.ExternalReferral], 10)
        .WhenSource("met at an event", [LeadSource.TradeShow, LeadSource.Seminar], 6)
        .WhenContainsAny("senior role", LeadTextField.JobTitle, ["Manager", "Founder", "Director", "Self-employed"], 6)
        .WhenPresent("reachable by e-mail", LeadPresenceField.Email, 2)
        .ForActivity("meetings", ActivityType.Meeting, points: 25, window: Duration.FromDays(60), halfLife: Duration.FromDays(21))
        .ForActivity("calls", ActivityType.Call, points: 4, window: Duration.FromDays(30), halfLife: Duration.FromDays(10))
        .ForActivity("web visits", ActivityType.WebVisit, points: 4, window: Duration.FromDays(45), halfLife: Duration.FromDays(14))
        .ForActivity("e-mails opened", ActivityType.EmailOpened, points: 2, window: Duration.FromDays(30), halfLife: Duration.FromDays(10))
        .Build();

    /// <summary>
    /// Gets the follow-up discipline: a first call within a day (an hour for hot event leads), then a touch every week
    /// (every 2 days for hot leads); a lead idle for 2 weeks is stale.
    /// </summary>
    public static FollowUpPolicy FollowUp { get; } = FollowUpPolicy.CreateBuilder()
        .FirstContactWithin(Duration.FromHours(24))
        .TouchEvery(Duration.FromDays(7))
        .For(source: LeadSource.TradeShow, rating: LeadRating.Hot, firstContactWithin: Duration.FromHours(1))
        .For(rating: LeadRating.Hot, touchEvery: Duration.FromDays(2))
        .StaleAfter(Duration.FromDays(14))
        .GiveUpAfterAttempts(3)
        .Build();
}
