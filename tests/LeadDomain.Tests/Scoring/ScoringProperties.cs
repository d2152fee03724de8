using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// Invariants of scoring over random leads, activity logs and models. Each case is built from a seed FsCheck draws,
/// so a failure names the seed that reproduces it.
/// </summary>
public sealed class ScoringProperties
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Scores_stay_within_0_and_100_and_match_their_rating_and_grade()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random, allowPenalties: true);
            var lead = RandomLead(random);
            var score = model.Score(lead, Now);
            return score.Total is >= 0 and <= 100
                && score.Fit >= 0 && score.Fit <= model.FitCap
                && score.Engagement >= 0 && score.Engagement <= model.EngagementCap
                && score.Rating == (score.Total >= model.HotThreshold ? LeadRating.Hot : score.Total >= model.WarmThreshold ? LeadRating.Warm : LeadRating.Cold);
        }));
    }

    [Fact]
    public void Adding_an_activity_worth_positive_points_never_lowers_the_score()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random, allowPenalties: false);
            var lead = RandomLead(random);
            var before = model.Score(lead, Now);
            lead.LogActivity(RandomType(random), Now - Duration.FromHours(random.Next(0, 24 * 60)), "prop");
            var after = model.Score(lead, Now);
            return (after.Total >= before.Total && after.Engagement >= before.Engagement)
                .Label($"seed {seed}: {before} then {after}");
        }));
    }

    [Fact]
    public void Bulk_equals_one_by_one_and_parallel_equals_single_thread()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random, allowPenalties: true);
            var leads = Enumerable.Range(0, random.Next(0, 400)).Select(_ => RandomLead(random)).ToArray();
            var one = leads.Select(l => model.Score(l, Now)).ToArray();
            var bulk = new LeadScore[leads.Length];
            model.Score(leads, bulk, Now);
            var parallel = new LeadScore[leads.Length];
            model.ScoreParallel(leads, parallel, Now, maxDegreeOfParallelism: 1 + (seed % 4));
            return (one.SequenceEqual(bulk) && bulk.SequenceEqual(parallel)).Label($"seed {seed}");
        }));
    }

    [Fact]
    public void The_same_lead_and_instant_always_give_the_same_score()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var model = RandomModel(new Random(seed), allowPenalties: true);
            var lead = RandomLead(new Random(seed));
            var again = Lifecycle.Restore(lead.ToSnapshot());
            return model.Score(lead, Now) == model.Score(again, Now) && model.Score(lead, Now) == model.Score(lead, Now);
        }));
    }

    [Fact]
    public void Text_folded_when_the_lead_was_stored_scores_as_text_folded_on_the_fly()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random, allowPenalties: true);
            var lead = RandomLead(random);
            var stored = model.Score(lead, Now);
            var onTheFly = model.Score(lead.Details, lead.ActivitySpan, Now);
            return (stored == onTheFly && model.Explain(lead, Now).Score == stored).Label($"seed {seed}: {stored} vs {onTheFly}");
        }));
    }

    internal static ScoringModel RandomModel(Random random, bool allowPenalties)
    {
        double Points() => Math.Round(random.NextDouble() * 30 - (allowPenalties ? 10 : 0), 2);
        var builder = ScoringModel.CreateBuilder().WithCaps(random.Next(1, 80), random.Next(1, 80));

        // Each fit rule in three models of four, so that models without some kind of rule are scored too.
        void Maybe(Action<ScoringModelBuilder> rule)
        {
            if (random.Next(4) > 0)
            {
                rule(builder);
            }
        }

        Maybe(b => b.WhenOneOf("industry", LeadTextField.Industry, ["Software", "نرم افزار"], Points()));
        Maybe(b => b.WhenContainsAny("title", LeadTextField.JobTitle, ["director", "مدیر"], Points()));
        Maybe(b => b.WhenInRange("staff", LeadNumberField.NumberOfEmployees, 10, 500, Points()));
        Maybe(b => b.WhenPresent("phone", LeadPresenceField.Phone, Points()));
        Maybe(b => b.WhenSource("events", [LeadSource.TradeShow, LeadSource.Seminar], Points()));
        Maybe(b => b.WhenDecisionMaker("authority", Points()));
        Maybe(b => b.WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com"], Points()));
        foreach (var type in ActivityType.WellKnown.Where(_ => random.Next(3) > 0))
        {
            var points = allowPenalties ? Points() : Math.Round(random.NextDouble() * 20 + 0.01, 2);
            builder.ForActivity(type.ToString(), type, points, Duration.FromDays(random.Next(1, 60)), Duration.FromHours(random.Next(1, 24 * 30)));
        }

        return builder.Build();
    }

    internal static Lead RandomLead(Random random)
    {
        T Pick<T>(params T[] items) => items[random.Next(items.Length)];
        var lead = Lifecycle.Create(new LeadDetails
        {
            CompanyName = Pick<string?>("Contoso", "شرکت کیمیا", null),
            LastName = Pick<string?>("Lima", "رضایی"),
            Industry = Pick<string?>("software", "SOFTWARE", "نرم افزار", "نرم افـزار", "Retail", null),
            JobTitle = Pick<string?>("Sales Director", "مدیر فروش", "مدير فروش", "مـدیر", "Intern", null),
            NumberOfEmployees = Pick<int?>(5, 10, 120, 500, 501, null),
            BusinessPhone = Pick<string?>(null, "۰۹۱۲۳۴۵۶۷۸۹"),
            Emails = Pick<string[]>([], ["a@gmail.com"], ["a@contoso.example"]),
            Source = Pick<LeadSource?>(LeadSource.TradeShow, LeadSource.Web, null),
            IsDecisionMaker = Pick<bool?>(true, false, null),
        }, "prop");
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            lead.LogActivity(RandomType(random), Now - Duration.FromHours(random.Next(-48, 24 * 90)), "prop");
        }

        return lead;
    }

    private static ActivityType RandomType(Random random) => ActivityType.WellKnown[random.Next(0, 8)];
}
