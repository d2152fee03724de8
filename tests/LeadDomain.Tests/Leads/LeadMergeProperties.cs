using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.Leads;

/// <summary>
/// Invariants of merging over random groups of duplicates: random details that overlap and conflict, random states,
/// activities, e-mails past the limit, and random per-field choices. Each case is built from a seed FsCheck draws.
/// </summary>
public sealed class LeadMergeProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void No_non_empty_value_of_any_merged_lead_is_lost_it_is_in_the_master_or_reported()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var (lifecycle, leads, options) = Case(seed);
            var before = leads.Select(l => (l.Id, l.Details, l.Activities.ToArray())).ToArray();
            LeadMergeResult result;
            try
            {
                result = lifecycle.Merge(leads, "prop", options);
            }
            catch (LeadMergeRefusedException)
            {
                return true.Label("refused");
            }

            var master = result.Master.Details;
            var lost = new List<string>();
            foreach (var (id, details, activities) in before)
            {
                foreach (var field in LeadField.WithValues(details))
                {
                    var value = field.Read(details)!;
                    var values = value is IReadOnlyList<string> emails ? emails.Cast<object>() : [value];
                    foreach (var one in values)
                    {
                        if (!Holds(master, field, one) && !result.LeftOver.Any(l => l.From == id && l.Field == field && l.Value.Equals(one)))
                        {
                            lost.Add($"{field} '{one}' of {id}");
                        }
                    }
                }

                foreach (var activity in activities)
                {
                    if (!result.Master.Activities.Contains(activity) && !result.ActivitiesLeftOver.Contains(new MergeLeftoverActivity(id, activity)))
                    {
                        lost.Add($"activity {activity} of {id}");
                    }
                }
            }

            // And nothing is reported that the master holds after all.
            var wrong = result.LeftOver.Where(l => Holds(master, l.Field, l.Value)).Select(l => $"{l.Field} '{l.Value}' reported but held").ToList();
            return (lost.Count == 0 && wrong.Count == 0).Label($"seed {seed}: lost {string.Join("; ", lost)}; {string.Join("; ", wrong)}");
        }));
    }

    [Fact]
    public void Merging_is_deterministic_for_a_given_input_order_and_rule()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var (first, firstLeads, firstOptions) = Case(seed);
            var (second, secondLeads, secondOptions) = Case(seed);
            var a = Outcome(first, firstLeads, firstOptions);
            var b = Outcome(second, secondLeads, secondOptions);
            return (a == b).Label($"seed {seed}:\n{a}\n{b}");
        }));

        static string Outcome(LeadLifecycle lifecycle, Lead[] leads, LeadMergeOptions options)
        {
            try
            {
                var result = lifecycle.Merge(leads, "prop", options);
                return $"{result.Master.Id} {string.Join(",", result.LeftOver)} {result.ActivitiesAdded} "
                    + string.Join("|", leads.Select(l => $"{l.ToSnapshot().GetHashCode()}:{l.Details.GetHashCode()}:{l.Version}:{l.MasterId}:{l.Activities.Count}:{string.Join(",", l.Details.Emails)}"));
            }
            catch (LeadMergeRefusedException e)
            {
                return e.Message;
            }
        }
    }

    [Fact]
    public void A_failed_merge_changes_no_snapshot_and_a_merge_leaves_snapshots_that_restore()
    {
        var refusals = 0;
        var merges = 0;
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var (lifecycle, leads, options) = Case(seed);
            var before = leads.Select(l => (l.ToSnapshot(), l.PendingEvents.Count)).ToArray();
            try
            {
                var result = lifecycle.Merge(leads, "prop", options);
                merges++;
                var restored = leads.All(l => lifecycle.Restore(l.ToSnapshot()).ToSnapshot().Equals(l.ToSnapshot()));
                var closed = result.Subordinates.All(s => s.MasterId == result.Master.Id && s.StatusReason == LeadStatusReason.Canceled
                    && s.GetPermittedTriggers().Count == 0 && s.PendingEvents[^1] is LeadMergedInto);
                return (restored && closed && result.Master.PendingEvents[^1] is LeadMerged).Label($"seed {seed}: restored {restored}, closed {closed}");
            }
            catch (LeadMergeRefusedException)
            {
                refusals++;
                var unchanged = leads.Select(l => (l.ToSnapshot(), l.PendingEvents.Count)).SequenceEqual(before);
                return unchanged.Label($"seed {seed}: a refused merge changed a lead");
            }
        }));

        Assert.True(refusals > 0 && merges > 0, $"{refusals} refusals, {merges} merges: the generator must reach both");
    }

    private static bool Holds(LeadDetails master, LeadField field, object value)
    {
        if (field == LeadField.Emails)
        {
            return master.Emails.Contains((string)value, StringComparer.OrdinalIgnoreCase);
        }

        return Equals(field.Read(master), value);
    }

    /// <summary>Two to four leads with overlapping and conflicting values, in random states, with random choices.</summary>
    private static (LeadLifecycle Lifecycle, Lead[] Leads, LeadMergeOptions Options) Case(int seed)
    {
        var random = new Random(seed);
        var clock = new FakeClock(TestLeads.Start, Duration.FromMinutes(1));
        var lifecycle = new LeadLifecycle(clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, MaxActivities = 6 });
        var leads = new Lead[random.Next(2, 5)];
        for (var i = 0; i < leads.Length; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            leads[i] = lifecycle.Create(RandomDetails(random), "prop", new LeadId(new Guid(bytes)));
            for (var a = random.Next(4); a > 0; a--)
            {
                leads[i].LogActivity(random.Next(2) == 0 ? ActivityType.Call : ActivityType.WebVisit, TestLeads.Start.Plus(Duration.FromDays(random.Next(4))), "prop");
            }

            switch (random.Next(8))
            {
                case 0:
                    leads[i].Qualify("prop");
                    break;
                case 1:
                    leads[i].Disqualify("prop");
                    break;
                case 2:
                    leads[i].MarkContacted("prop");
                    break;
                case 3 when random.Next(3) == 0:
                    leads[i].Qualify("prop");
                    leads[i].MarkConverted(new LeadConversion("a", null, null), "prop");
                    break;
            }
        }

        var choices = new Dictionary<LeadField, LeadId>();
        foreach (var field in LeadField.Standard.Concat([LeadField.Custom("Region", CustomFieldKind.Text), LeadField.Custom("Seats", CustomFieldKind.Number)]))
        {
            if (random.Next(12) == 0)
            {
                choices[field] = leads[random.Next(leads.Length)].Id;
            }
        }

        LeadId? master = random.Next(3) == 0 ? leads[random.Next(leads.Length)].Id : null;
        return (lifecycle, leads, new LeadMergeOptions { Master = master, FieldChoices = choices });
    }

    private static LeadDetails RandomDetails(Random random)
    {
        T? Maybe<T>(params T[] items) => random.Next(2) == 0 ? default : items[random.Next(items.Length)];
        var custom = new Dictionary<string, CustomFieldValue>(StringComparer.Ordinal);
        if (random.Next(2) == 0)
        {
            custom["Region"] = CustomFieldValue.FromText(Maybe("Isfahan", "اصفهان") ?? "Tabriz");
        }

        if (random.Next(2) == 0)
        {
            custom["Seats"] = random.Next(3) == 0 ? CustomFieldValue.FromText("fifty") : CustomFieldValue.FromNumber(random.Next(1, 4));
        }

        string[] pool = ["sara@contoso.example", "SARA@contoso.example", "ali@example.ir", "info@fabrikam.example", "x@y.example"];
        return new LeadDetails
        {
            Topic = Maybe("Renewal", "تمدید قرارداد"),
            FirstName = Maybe("Sara", "علی"),
            LastName = Maybe("Lima", "رضایی"),
            CompanyName = Maybe("Contoso Ltda", "شرکت کیمیا") ?? "Fabrikam",
            JobTitle = Maybe("Director", "مدیر"),
            Emails = [.. pool.Where(_ => random.Next(3) == 0).DistinctBy(e => e.ToUpperInvariant()).Take(3)],
            BusinessPhone = Maybe("۰۹۱۲ ۳۴۵ ۶۷۸۹", "+55 11 5555 0000"),
            MobilePhone = Maybe("021 8888 0000"),
            Address = Maybe(new PostalAddress("Av. Paulista 1000", City: "São Paulo"), new PostalAddress(City: "تهران")),
            DoNotEmail = random.Next(4) == 0,
            DoNotPhone = random.Next(4) == 0,
            Source = Maybe<LeadSource?>(LeadSource.Web, LeadSource.TradeShow),
            Budget = Maybe<Money?>(new Money(20_000, "USD"), new Money(5, "EUR")),
            NumberOfEmployees = Maybe<int?>(12, 4_000),
            IsDecisionMaker = Maybe<bool?>(true, false),
            Rating = Maybe<LeadRating?>(LeadRating.Hot, LeadRating.Cold),
            Owner = Maybe("ali", "sara"),
            Description = Maybe("met at the fair", "دو بار تماس"),
            CustomFields = custom,
        };
    }
}
