using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Scoring" example, compiled and run, with the score it gives worked out by hand.</summary>
public sealed class ScoringExample
{
    [Fact]
    public void Runs()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 5, 1, 9, 0));
        var lifecycle = new LeadLifecycle(clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var lead = lifecycle.Create(new LeadDetails
        {
            FirstName = "سارا", LastName = "رضایی", CompanyName = "کیمیا",
            Industry = "نرم‌افزار", JobTitle = "مدير فروش",                       // Arabic yeh in the title
            NumberOfEmployees = 120, Budget = new Money(80_000m, "USD"), IsDecisionMaker = true,
            StatedNeed = "CRM", PurchaseTimeframe = PurchaseTimeframe.ThisQuarter, Source = LeadSource.TradeShow,
            Emails = ["sara@kimia.example"],
        }, "ali");
        clock.Advance(Duration.FromDays(30));
        lead.LogActivity(ActivityType.Meeting, clock.GetCurrentInstant(), "ali");
        clock.Advance(Duration.FromDays(30));
        lead.LogActivity(ActivityType.WebVisit, clock.GetCurrentInstant(), "ali");
        var leads = new[] { lead, lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["lima@gmail.com"] }, "ali") };
        IEnumerable<Lead> hugeSequence = leads;
        var streamed = new List<LeadScore>();

        // README: scoring
        // namespaces: LeadDomain.Scoring, LeadDomain.Leads, NodaTime
        ScoringModel model = ScoringModel.CreateBuilder()
            .WithCaps(fit: 60, engagement: 40)
            .WithRatingThresholds(hot: 70, warm: 40)
            .WithGradeThresholds(a: 75, b: 50, c: 25)
            .WhenOneOf("software", LeadTextField.Industry, ["Software", "نرم‌افزار"], 10)     // case-, culture-, ي/ی ك/ک-insensitive
            .WhenContainsAny("senior title", LeadTextField.JobTitle, ["Director", "CEO", "مدیر"], 10)
            .WhenInRange("mid-size", LeadNumberField.NumberOfEmployees, 50, 5_000, 8)
            .WhenPresent("budget", LeadPresenceField.Budget, 10)                              // BANT: budget
            .WhenDecisionMaker("authority", 10)                                               // BANT: authority
            .WhenPresent("need", LeadPresenceField.StatedNeed, 5)                             // BANT: need
            .WhenTimeframe("timeline", [PurchaseTimeframe.Immediate, PurchaseTimeframe.ThisQuarter], 10)
            .WhenSource("events", [LeadSource.TradeShow, LeadSource.Seminar], 6)
            .WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com", "yahoo.com"], -10)
            .WhenCustomFlag("do not contact", "do_not_contact", -60)
            .ForActivity("web visits", ActivityType.WebVisit, points: 3, window: Duration.FromDays(30), halfLife: Duration.FromDays(7))
            .ForActivity("meetings", ActivityType.Meeting, points: 20, window: Duration.FromDays(90), halfLife: Duration.FromDays(30))
            .Build();                                  // immutable, thread-safe: build once, share

        Instant now = clock.GetCurrentInstant();
        LeadScore score = model.Score(lead, now);      // (Total, Fit, Engagement, Rating, Grade); same lead + instant -> same score
        ScoreExplanation why = model.Explain(lead, now); // why.Reasons: every rule that gave points, largest first
        lead.ApplyComputedRating(score.Rating, "scoring"); // the rating follows the computed one unless a user set it by hand

        var scores = new LeadScore[leads.Length];
        model.Score(leads, scores, now);               // bulk, no allocation per lead
        model.ScoreParallel(leads, scores, now);       // all cores, same results
        foreach (var (scored, itsScore) in model.ScoreEach(hugeSequence, now)) { streamed.Add(itsScore); } // ScoreEachAsync for IAsyncEnumerable

        LeadBatch batch = LeadBatch.From(leads);       // or From(snapshots), or batch.Add(...) as they stream in: columns, not objects
        model.Score(batch, scores, now);               // the fastest way to score many leads, again and again; ScoreParallel too
        batch.Update(0, lead);                         // after lead 0 changed: the batch scores as one built anew
        // README: end

        // Fit: 10 + 10 + 8 + 10 + 10 + 5 + 10 + 6 = 69, capped at 60. Engagement: the meeting is one half-life old
        // (20 x 0.5 = 10), the visit is new (3). Total (60 + 13) / (60 + 40) x 100 = 73: Hot (>= 70), grade B (< 75).
        Assert.Equal((73, 60.0, LeadRating.Hot, LeadGrade.B), (score.Total, score.Fit, score.Rating, score.Grade));
        Assert.Equal(13.0, score.Engagement, 9);
        Assert.Equal(10, why.Reasons.Count);
        Assert.All(why.Reasons.Take(6), r => Assert.Equal(10.0, r.Points, 9));  // software, title, budget, authority, timeline, meetings
        Assert.Equal(["mid-size", "events", "need", "web visits"], why.Reasons.Skip(6).Select(r => r.Rule));
        Assert.Equal(LeadRating.Hot, lead.Details.Rating);

        // The second lead: no fit rule but the free-mail penalty, clamped to 0; no activity.
        Assert.Equal([score, new LeadScore(0, 0, 0, LeadRating.Cold, LeadGrade.D)], scores);
        Assert.Equal(scores, streamed);
        var batchScores = new LeadScore[leads.Length];
        model.Score(batch, batchScores, now);
        Assert.Equal(scores.Select(s => (s.Total, s.Fit, s.Rating, s.Grade)), batchScores.Select(s => (s.Total, s.Fit, s.Rating, s.Grade)));
    }
}
