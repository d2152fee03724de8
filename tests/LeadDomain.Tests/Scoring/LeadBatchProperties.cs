using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using LeadDomain.Serialization;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// A batch scores as the one-lead path does (total, rating, grade and fit exactly; engagement within the documented
/// rounding bound), on one thread as on several, and after updates as a batch built anew. The models mix decayed,
/// undecayed and capped rules, penalties, points that put totals exactly on a half, and host-defined activity types
/// (codes below and above the 64 the model looks up in an array).
/// </summary>
public sealed class LeadBatchProperties
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly ActivityType Webinar = ActivityType.Define(9, "Webinar");
    private static readonly ActivityType Trial = ActivityType.Define(100, "Trial Started");
    private static readonly ActivityType[] Types = [.. ActivityType.WellKnown, Webinar, Trial];
    private static readonly LeadLifecycle Lifecycle = NewLifecycle();
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void A_batch_scores_every_lead_as_the_one_lead_path_does()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random);
            var leads = Enumerable.Range(0, random.Next(1, 40)).Select(_ => RandomLead(random)).ToArray();
            var at = Now + Duration.FromMinutes(random.Next(-60 * 24 * 30, 60 * 24 * 30));
            var fromLeads = LeadBatch.From(leads);
            var fromSnapshots = LeadBatch.From(leads.Select(l => l.ToSnapshot()));

            // Snapshots as a store gives them back: System.Text.Json reads their lists into List<T>.
            var fromStored = LeadBatch.From(leads.Select(l => ReadBack(l.ToSnapshot())));
            var scores = new LeadScore[leads.Length];
            var snapshotScores = new LeadScore[leads.Length];
            var storedScores = new LeadScore[leads.Length];

            // Twice at two instants: the second scoring reads the columns the first one kept.
            foreach (var instant in new[] { at, at + Duration.FromHours(random.Next(0, 24 * 20)) })
            {
                model.Score(fromLeads, scores, instant);
                model.Score(fromSnapshots, snapshotScores, instant);
                model.Score(fromStored, storedScores, instant);
                for (var i = 0; i < leads.Length; i++)
                {
                    var expected = model.Score(leads[i], instant);
                    var problem = Differs(model, leads[i], instant, expected, scores[i]) ?? Differs(model, leads[i], instant, expected, snapshotScores[i])
                        ?? Differs(model, leads[i], instant, expected, storedScores[i]);
                    if (problem is not null)
                    {
                        return false.Label($"seed {seed}, lead {i} at {instant}: {problem}");
                    }
                }
            }

            return true.ToProperty();
        }));
    }

    [Fact]
    public void Scoring_from_the_runs_a_model_keeps_gives_the_walk_s_scores_to_the_bit()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);

            // At most 8 activity rules, so that the model keeps each lead's runs; long logs, so that some runs are
            // longer than the four activities one vector comparison searches.
            var model = RandomModel(random, maxActivityRules: BatchModelColumns.MaxRunSlots);
            var leads = Enumerable.Range(0, random.Next(1, 60)).Select(_ => RandomLead(random, maxActivities: random.Next(2) == 0 ? 14 : 40)).ToArray();
            var batch = LeadBatch.From(leads);
            var byRuns = new LeadScore[leads.Length];
            var byWalk = new LeadScore[leads.Length];
            foreach (var at in new[] { Now, Now - Duration.FromDays(random.Next(0, 60)), Now + Duration.FromHours(random.Next(0, 48)) })
            {
                model.Score(batch, byRuns, at);
                BatchScorer.Score(model, batch, byWalk, at.ToUnixTimeTicks(), walk: true);
                for (var i = 0; i < leads.Length; i++)
                {
                    if (!SameBits(byRuns[i], byWalk[i]))
                    {
                        return false.Label($"seed {seed}, lead {i} at {at}: runs {byRuns[i]}, walk {byWalk[i]}");
                    }
                }
            }

            return (batch.Holder(model).Columns!.Runs is not null).Label($"seed {seed}: the model keeps no runs");
        }));
    }

    [Fact]
    public void Scoring_on_several_threads_gives_what_one_thread_gives()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random);
            var batch = LeadBatch.From(Enumerable.Range(0, random.Next(0, 300)).Select(_ => RandomLead(random)));
            var at = Now + Duration.FromHours(random.Next(-24 * 30, 24 * 30));
            var parallel = new LeadScore[batch.Count];
            var single = new LeadScore[batch.Count];

            // Parallel first, so that it also computes the model's columns on several threads.
            model.ScoreParallel(batch, parallel, at, random.Next(2, 5));
            model.Score(batch, single, at);
            return parallel.SequenceEqual(single).Label($"seed {seed}");
        }));
    }

    [Fact]
    public void A_batch_updated_after_leads_change_scores_as_one_built_anew()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var model = RandomModel(random);
            var other = RandomModel(random);
            var leads = Enumerable.Range(0, random.Next(1, 30)).Select(_ => RandomLead(random)).ToArray();
            var batch = LeadBatch.From(leads);
            var scores = new LeadScore[leads.Length];

            // Both models keep columns with the batch before it changes (and have interned the texts they read), or
            // neither does (the topic and description are changed while still kept as texts).
            if (random.Next(3) > 0)
            {
                model.Score(batch, scores, Now);
                other.Score(batch, scores, Now);
            }

            for (var change = random.Next(1, 60); change > 0; change--)
            {
                var i = random.Next(leads.Length);
                if (random.Next(4) == 0)
                {
                    leads[i] = RandomLead(random);
                }
                else if (random.Next(2) == 0)
                {
                    leads[i].Edit(RandomDetails(random), "prop");
                }
                else
                {
                    leads[i].LogActivity(Types[random.Next(Types.Length)], Now - Duration.FromHours(random.Next(-48, 24 * 90)), "prop");
                }

                if (random.Next(3) == 0)
                {
                    batch.Update(i, leads[i].ToSnapshot());
                }
                else
                {
                    batch.Update(i, leads[i]);
                }
            }

            var added = RandomLead(random);
            batch.Add(added);
            var rebuilt = LeadBatch.From([.. leads, added]);
            foreach (var m in new[] { model, other })
            {
                var updated = new LeadScore[rebuilt.Count];
                var fresh = new LeadScore[rebuilt.Count];
                m.Score(rebuilt, fresh, Now);
                m.Score(batch, updated, Now);
                if (!updated.SequenceEqual(fresh))
                {
                    var i = Enumerable.Range(0, fresh.Length).First(i => fresh[i] != updated[i]);
                    return false.Label($"seed {seed}: lead {i}, updated {updated[i]}, rebuilt {fresh[i]}");
                }
            }

            return true.ToProperty();
        }));
    }

    /// <summary>Null when <paramref name="actual"/> is what the batch promises for <paramref name="expected"/>; else what differs.</summary>
    internal static string? Differs(ScoringModel model, Lead lead, Instant at, LeadScore expected, LeadScore actual)
    {
        if (expected.Total != actual.Total || expected.Rating != actual.Rating || expected.Grade != actual.Grade
            || BitConverter.DoubleToInt64Bits(expected.Fit) != BitConverter.DoubleToInt64Bits(actual.Fit))
        {
            return $"expected {expected}, got {actual}";
        }

        // The documented bound: (2n + 2048)·2⁻⁵² times the undecayed points of the activities of scored types up to the instant.
        var undecayed = lead.Activities
            .Where(a => a.At <= at)
            .Select(a => model.Engagement.FirstOrDefault(r => r.Type.Code == a.Type.Code))
            .Sum(r => r is null ? 0 : Math.Abs(r.Points));
        var bound = ((2.0 * lead.Activities.Count) + 2048) * Math.Pow(2, -52) * undecayed;
        var difference = Math.Abs(expected.Engagement - actual.Engagement);
        return difference <= bound ? null : $"engagement {actual.Engagement} differs from {expected.Engagement} by {difference}, more than {bound}";
    }

    /// <summary>Whether two scores are the same to the bit, engagement and fit included (+0 and −0 differ).</summary>
    internal static bool SameBits(LeadScore a, LeadScore b) =>
        a.Total == b.Total && a.Rating == b.Rating && a.Grade == b.Grade
        && BitConverter.DoubleToInt64Bits(a.Fit) == BitConverter.DoubleToInt64Bits(b.Fit)
        && BitConverter.DoubleToInt64Bits(a.Engagement) == BitConverter.DoubleToInt64Bits(b.Engagement);

    internal static LeadLifecycle NewLifecycle()
    {
        var options = new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient };
        options.ActivityTypes.Add(Webinar);
        options.ActivityTypes.Add(Trial);
        return new LeadLifecycle(TestLeads.NewClock(), options);
    }

    /// <summary>
    /// Builds <paramref name="builder"/>'s model after adding one-point, undecayed rules over <paramref name="window"/>
    /// for other activity types, until it has <paramref name="rules"/> activity rules: a model of up to eight keeps runs,
    /// one of more is walked. <paramref name="used"/> are the types of the rules it has already.
    /// </summary>
    internal static ScoringModel BuildWithFillers(ScoringModelBuilder builder, int rules, Duration window, params ActivityType[] used) =>
        Types.Where(t => !used.Contains(t)).Take(rules - used.Length)
            .Aggregate(builder, (b, type) => b.ForActivity(type.Name, type, 1, window, halfLife: null))
            .Build();

    internal static ScoringModel RandomModel(Random random, int maxActivityRules = int.MaxValue)
    {
        // Points on quarters put many totals exactly on a half, where rounding turns: the batch must then sum exactly.
        // Cents make sums that differ in the last bit with the order of summation (ten times 0.15 is not 0.15 × 10).
        double Points() => random.Next(4) switch
        {
            0 => random.Next(-8, 40) / 4.0,
            1 => random.Next(1, 100) / 100.0,
            _ => Math.Round((random.NextDouble() * 30) - 8, 2),
        };
        var caps = random.Next(4) == 0 ? (50, 50) : (random.Next(1, 80), random.Next(1, 80));
        var builder = ScoringModel.CreateBuilder().WithCaps(caps.Item1, caps.Item2);

        // Each fit rule in three models of four, so that models without some kind of rule (no text rule, no flag, no fit
        // at all) are scored too: a batch prepares each kind's answers on its own.
        void Maybe(Action<ScoringModelBuilder> rule)
        {
            if (random.Next(4) > 0)
            {
                rule(builder);
            }
        }

        Maybe(b => b.WhenOneOf("industry", LeadTextField.Industry, ["Software", "نرم افزار"], Points()));
        Maybe(b => b.WhenContainsAny("title", LeadTextField.JobTitle, ["director", "مدیر"], Points()));
        Maybe(b => b.WhenOneOf("company", LeadTextField.CompanyName, ["Contoso", "كيميا"], Points()));
        Maybe(b => b.WhenInRange("staff", LeadNumberField.NumberOfEmployees, 10, 500, Points()));
        Maybe(b => b.WhenInRange("budget", LeadNumberField.Budget, 1_000, null, Points(), random.Next(2) == 0 ? "USD" : null));
        Maybe(b => b.WhenPresent("phone", LeadPresenceField.Phone, Points()));
        Maybe(b => b.WhenSource("events", [LeadSource.TradeShow, LeadSource.Seminar], Points()));
        Maybe(b => b.WhenTimeframe("soon", [PurchaseTimeframe.Immediate], Points()));
        Maybe(b => b.WhenDecisionMaker("authority", Points()));
        Maybe(b => b.WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com"], Points()));
        Maybe(b => b.WhenCustomFlag("do not contact", "do_not_contact", Points()));

        // The topic and the description are kept as texts until a model reads them: some models do.
        if (random.Next(3) == 0)
        {
            builder.WhenContainsAny("topic", LeadTextField.Topic, ["contoso", "lima"], Points());
        }

        if (random.Next(3) == 0)
        {
            builder.WhenContainsAny("description", LeadTextField.Description, ["urgent", "فوری"], Points());
        }
        foreach (var type in Types.Where(_ => random.Next(3) > 0).Take(maxActivityRules))
        {
            var window = Duration.FromHours(random.Next(1, 24 * 60));
            Duration? halfLife = random.Next(4) switch
            {
                0 => null,
                1 => Duration.FromMinutes(random.Next(1, 30)), // a window of thousands of half-lives: summed activity by activity
                _ => Duration.FromHours(random.Next(1, 24 * 30)),
            };
            ActivityCap? cap = random.Next(3) == 0
                ? new ActivityCap(random.Next(1, 20) / 2.0, Duration.FromTicks(Math.Max(1, window.BclCompatibleTicks / random.Next(1, 20))))
                : null;
            builder.ForActivity(type.Name, type, Points(), window, halfLife, cap);
        }

        return builder.Build();
    }

    internal static Lead RandomLead(Random random, int maxActivities = 14)
    {
        var lead = Lifecycle.Create(RandomDetails(random), "prop");
        for (var i = random.Next(0, maxActivities); i > 0; i--)
        {
            // Some activities share an instant, and some come after the scoring instant.
            var at = random.Next(5) == 0 ? Now - Duration.FromHours(24) : Now - Duration.FromMinutes(random.Next(-48 * 60, 24 * 60 * 90));
            lead.LogActivity(Types[random.Next(Types.Length)], at, "prop");
        }

        return lead;
    }

    internal static LeadDetails RandomDetails(Random random)
    {
        T Pick<T>(params T[] items) => items[random.Next(items.Length)];
        return new LeadDetails
        {
            Topic = Pick<string?>(null, null, "Contoso renewal", new string("Lima deal".AsSpan())),
            Description = Pick<string?>(null, "Urgent: replace the CRM", "نیاز فوری", "later"),
            CompanyName = Pick<string?>("Contoso", "شرکت کیمیا", "كيميا", null),
            LastName = Pick<string?>("Lima", "رضایی"),
            Industry = Pick<string?>("software", "SOFTWARE", "نرم افزار", "نرم افـزار", "Retail", null),
            JobTitle = Pick<string?>("Sales Director", "مدیر فروش", "مدير فروش", "مـدیر", "Intern", null),
            NumberOfEmployees = Pick<int?>(5, 10, 120, 500, 501, null),
            Budget = Pick<Money?>(new Money(5_000m, "USD"), new Money(500m, "USD"), new Money(9_000m, "BRL"), new Money(2_000m, new string("USD".AsSpan())), null),
            BusinessPhone = Pick<string?>(null, "۰۹۱۲۳۴۵۶۷۸۹"),
            Emails = Pick<string[]>([], ["a@gmail.com"], ["a@contoso.example", "b@GMAIL.COM"], ["a@x.example", "b@y.example", "c@gmail.com"]),
            Source = Pick<LeadSource?>(LeadSource.TradeShow, LeadSource.Web, null),
            PurchaseTimeframe = Pick<PurchaseTimeframe?>(PurchaseTimeframe.Immediate, PurchaseTimeframe.Unknown, null),
            IsDecisionMaker = Pick<bool?>(true, false, null),
            CustomFields = Pick<Dictionary<string, CustomFieldValue>>([], new() { ["do_not_contact"] = CustomFieldValue.FromBoolean(random.Next(2) == 0) }),
        };
    }

    /// <summary>The snapshot written with the library's JSON context and read back, as a host's store gives it.</summary>
    private static LeadSnapshot ReadBack(LeadSnapshot snapshot) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(snapshot, LeadDomainJsonContext.Default.LeadSnapshot), LeadDomainJsonContext.Default.LeadSnapshot)!;
}
