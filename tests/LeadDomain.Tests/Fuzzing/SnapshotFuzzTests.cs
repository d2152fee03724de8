using System.Collections;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using NodaTime;
using Xunit.Abstractions;

namespace LeadDomain.Tests.Fuzzing;

/// <summary>
/// Lead snapshots fuzzed two ways: as JSON (System.Text.Json with NodaTime's converters, as a host stores them) and as
/// objects. Reading may refuse with <see cref="JsonException"/> or, where a value type's constructor refuses a value,
/// an <see cref="ArgumentException"/>; <see cref="LeadLifecycle.Restore"/> may refuse only with
/// <see cref="InvalidLeadSnapshotException"/>; every snapshot restored passes <see cref="LeadInvariants"/>.
/// </summary>
public sealed class SnapshotFuzzTests(ITestOutputHelper output)
{
    private static readonly LeadLifecycle Lifecycle = LeadInvariants.NewLifecycle();

    private static readonly LeadSnapshot[] Seeds = BuildSeeds();

    private static readonly string[] SeedJson = [.. Seeds.Select(s => JsonSerializer.Serialize(s, LeadInvariants.Json))];

    [Fact]
    public void Mutated_snapshot_JSON_is_refused_with_a_documented_exception_or_restores_to_a_sound_lead()
    {
        var stats = Fuzz.Run(JsonMutator.Cases(SeedJson.Length), c => RestoreJson(JsonMutator.Apply(SeedJson[c.Seed], c)), quick: 300);

        output.WriteLine($"snapshot JSON: {stats}");
        Assert.True(stats.Accepted > 0 && stats.Refused > 0, stats.ToString());
    }

    [Fact]
    public void Mutated_snapshot_objects_are_refused_as_invalid_or_restore_to_a_sound_lead()
    {
        var cases =
            from seed in Gen.Choose(0, Seeds.Length - 1)
            from count in Gen.Choose(0, 2)
            from mutations in Gen.ArrayOf(Gen.Zip(Gen.Elements(Enum.GetValues<SnapshotMutation>()), Gen.Choose(0, 1_000_000)), count)
            select (seed, mutations);

        var stats = Fuzz.Run(
            cases,
            c => RestoreObject(c.mutations.Aggregate(Seeds[c.seed], (s, m) => Mutate(s, m.Item1, m.Item2))),
            quick: 300,
            c => $"seed {c.seed}: {string.Join(", ", c.mutations.Select(m => $"{m.Item1}/{m.Item2}"))}");

        output.WriteLine($"snapshot objects: {stats}");
        Assert.True(stats.Accepted > 0 && stats.Refused > 0, stats.ToString());
    }

    [Fact]
    public void Every_seed_is_accepted_and_sound()
    {
        foreach (var json in SeedJson)
        {
            Assert.Equal(Verdict.Accepted, RestoreJson(json));
        }
    }

    [Fact]
    public void Restore_and_Create_refuse_huge_lists_by_their_count_in_linear_time()
    {
        var seed = Seeds[0];

        // Lists that only claim their size cost nothing to build: a refusal that looked at each entry would show.
        Assert.Throws<InvalidLeadSnapshotException>(() => Fuzz.Timed(0, "Restore with 100 million activities", () =>
            Lifecycle.Restore(seed with { Activities = new HugeList<LeadActivity>(100_000_000, seed.Activities[0]) })));
        Assert.Throws<InvalidLeadSnapshotException>(() => Fuzz.Timed(0, "Restore with 100 million status changes", () =>
            Lifecycle.Restore(seed with { History = new HugeList<StatusChange>(100_000_000, seed.History[0]) })));
        Assert.Throws<InvalidLeadSnapshotException>(() => Fuzz.Timed(0, "Restore with 100 million e-mails", () =>
            Lifecycle.Restore(seed with { Details = seed.Details with { Emails = new HugeList<string>(100_000_000, "a@b.example") } })));
        Assert.Throws<ArgumentException>(() => Fuzz.Timed(0, "Create with 100 million e-mails", () =>
            Lifecycle.Create(seed.Details with { Emails = new HugeList<string>(100_000_000, "a@b.example") }, "ali")));
        Assert.Throws<ArgumentException>(() => Fuzz.Timed(0, "Create with 100 million custom fields", () =>
            Lifecycle.Create(seed.Details with { CustomFields = new HugeDictionary(100_000_000) }, "ali")));

        // Real lists, as a store hands them back: the cost grows with the input, never faster.
        Fuzz.Linear(
            "Restore with n status changes (over the limit)",
            20_000,
            n => seed with { History = [.. Enumerable.Repeat(seed.History[0], n)] },
            s => Assert.Throws<InvalidLeadSnapshotException>(() => Lifecycle.Restore(s)));
        Fuzz.Linear(
            "Restore with n status changes that do not follow each other (within the limit)",
            60,
            n => seed with { History = [.. Enumerable.Repeat(seed.History[0], n)], Version = n },
            s => Assert.Throws<InvalidLeadSnapshotException>(() => Lifecycle.Restore(s)));
        Fuzz.Linear(
            "Restore with n unknown activities (within the limit)",
            600,
            n => seed with { Activities = [.. Enumerable.Repeat(new LeadActivity(ActivityType.Define(77, "x"), TestLeads.Start), n)], Version = n + 10 },
            s => Assert.Throws<InvalidLeadSnapshotException>(() => Lifecycle.Restore(s)));
        Fuzz.Linear(
            "Restore with a description of n characters",
            50_000,
            n => seed with { Details = seed.Details with { Description = new string('ی', n) } },
            s => Assert.Throws<InvalidLeadSnapshotException>(() => Lifecycle.Restore(s)));
        Fuzz.Linear(
            "Reading snapshot JSON with a topic of n characters",
            50_000,
            n => SeedJson[0].Replace("\"topic\":\"", "\"topic\":\"" + new string('x', n), StringComparison.Ordinal),
            json => Assert.Equal(Verdict.Refused, RestoreJson(json)));
        Fuzz.Linear(
            "Reading snapshot JSON nested n deep",
            20_000,
            n => SeedJson[0].Replace("\"topic\":", "\"topic\":" + JsonMutator.Nested(n, false) + ",\"x\":", StringComparison.Ordinal),
            json => Assert.Equal(Verdict.Refused, RestoreJson(json)));
    }

    /// <summary>Reads a snapshot from JSON and restores it; refusals must be of the documented types.</summary>
    internal static Verdict RestoreJson(string json)
    {
        LeadSnapshot? snapshot;
        try
        {
            snapshot = Fuzz.Timed(json.Length, "JsonSerializer.Deserialize<LeadSnapshot>", () => JsonSerializer.Deserialize<LeadSnapshot>(json, LeadInvariants.Json));
        }
        catch (JsonException)
        {
            return Verdict.Refused;
        }
        catch (ArgumentException)
        {
            // A value type's constructor refused a value (Money's currency, LeadConversion's ids, a code's name).
            return Verdict.Refused;
        }

        return snapshot is null ? Verdict.Refused : RestoreObject(snapshot, json.Length);
    }

    private static Verdict RestoreObject(LeadSnapshot snapshot) => RestoreObject(snapshot, 0);

    private static Verdict RestoreObject(LeadSnapshot snapshot, long size)
    {
        Lead lead;
        try
        {
            lead = Fuzz.Timed(size, "Restore", () => Lifecycle.Restore(snapshot));
        }
        catch (InvalidLeadSnapshotException refused)
        {
            if (refused.Message.Length > 20 * 700 || refused.Problems.Count > 21)
            {
                throw new FuzzFailure($"the refusal's message is not bounded: {refused.Message.Length} characters, {refused.Problems.Count} problems");
            }

            return Verdict.Refused;
        }

        LeadInvariants.Check(lead, Lifecycle, "restored");
        LeadInvariants.EveryPermittedOperationSucceeds(snapshot, Lifecycle, "restored");
        return Verdict.Accepted;
    }

    private static LeadSnapshot Mutate(LeadSnapshot s, SnapshotMutation kind, int choice)
    {
        var texts = new[] { "", " ", "  padded  ", new string('x', 101), new string('ی', 301), "a\ud800b", "\udc00", "\u0000\u001f", "😀", "علی\u200cرضا", new string('x', 2_001) };
        var text = texts[choice % texts.Length];
        var instants = new[] { Instant.MinValue, Instant.MaxValue, Shift(s.CreatedAt, -Duration.Epsilon), Shift(s.CreatedAt, Duration.Epsilon), Shift(s.ModifiedAt, Duration.FromDays(1)), default };
        var instant = instants[choice % instants.Length];
        var versions = new[] { long.MinValue, -1, 0, 1, s.History?.Count ?? 0, long.MaxValue - 2, Lead.MaxVersion, long.MaxValue };
        var reasons = new[] { LeadStatusReason.New, LeadStatusReason.Contacted, LeadStatusReason.Qualified, LeadStatusReason.Lost, LeadStatusReason.Converted, LeadStatusReason.Disqualified(LeadInvariants.Duplicate), LeadStatusReason.Disqualified(DisqualificationReason.Define(100_000_009, "Unknown")), default };
        var reason = reasons[choice % reasons.Length];
        var history = s.History?.ToList() ?? [];
        var activities = s.Activities?.ToList() ?? [];
        var details = s.Details ?? new LeadDetails();
        var i = history.Count == 0 ? 0 : choice % history.Count;
        return kind switch
        {
            SnapshotMutation.Version => s with { Version = versions[choice % versions.Length] },
            SnapshotMutation.CreatedAt => s with { CreatedAt = instant },
            SnapshotMutation.ModifiedAt => s with { ModifiedAt = instant },
            SnapshotMutation.State => s with { State = (LeadState)(choice % 7) },
            SnapshotMutation.StatusReason => s with { StatusReason = reason },
            SnapshotMutation.Conversion => s with { Conversion = s.Conversion is null ? new LeadConversion("a", null, null) : null },
            SnapshotMutation.RatingByHand => s with { IsRatingSetByHand = !s.IsRatingSetByHand },
            SnapshotMutation.Id => s with { Id = choice % 2 == 0 ? default : LeadId.New() },
            SnapshotMutation.Nulls => (choice % 3) switch
            {
                0 => s with { History = null! },
                1 => s with { Activities = null! },
                _ => s with { Details = null! },
            },
            SnapshotMutation.DropHistory when history.Count > 0 => s with { History = [.. history.Where((_, j) => j != i)] },
            SnapshotMutation.DuplicateHistory when history.Count > 0 => s with { History = [.. history.Take(i + 1), history[i], .. history.Skip(i + 1)], Version = s.Version + 1 },
            SnapshotMutation.SwapHistory when history.Count > 1 => s with { History = [.. history.Select((h, j) => j == i ? history[(i + 1) % history.Count] : j == (i + 1) % history.Count ? history[i] : h)] },
            SnapshotMutation.HistoryEntry when history.Count > 0 => s with
            {
                History = [.. history.Select((h, j) => j != i ? h : (choice / 7 % 4) switch
                {
                    0 => h with { To = reason },
                    1 => h with { From = choice % 2 == 0 ? null : reason },
                    2 => h with { At = instant },
                    _ => h with { ActingUser = text },
                })],
            },
            SnapshotMutation.Activity => s with
            {
                Activities = [.. activities, new LeadActivity(choice % 3 == 0 ? default : choice % 3 == 1 ? LeadInvariants.Webinar : ActivityType.Define(77, "x"), instant)],
                Version = choice % 2 == 0 ? s.Version : s.Version + 1,
            },
            SnapshotMutation.Text => s with { Details = (choice / 11 % 8) switch
            {
                0 => details with { Topic = text },
                1 => details with { FirstName = text, LastName = text },
                2 => details with { Description = text },
                3 => details with { BusinessPhone = text },
                4 => details with { Emails = [text] },
                5 => details with { CustomFields = new Dictionary<string, CustomFieldValue> { [text] = CustomFieldValue.FromText(text) } },
                6 => details with { Address = new PostalAddress(text, null, null, text, null, null, null) },
                _ => details with { Owner = text, Website = text },
            } },
            SnapshotMutation.Numbers => s with { Details = (choice % 4) switch
            {
                0 => details with { NumberOfEmployees = choice % 2 == 0 ? int.MinValue : int.MaxValue },
                1 => details with { Budget = new Money(choice % 2 == 0 ? decimal.MaxValue : decimal.MinValue, "EUR") },
                2 => details with { AnnualRevenue = default(Money) },
                _ => details with { Rating = (LeadRating)(choice % 6), Source = (LeadSource)(choice % 40) },
            } },
            SnapshotMutation.Lists => s with { Details = (choice % 3) switch
            {
                0 => details with { Emails = [.. Enumerable.Range(0, 4).Select(n => $"a{n}@b.example")] },
                1 => details with { Emails = ["a@b.example", "A@B.example"] },
                _ => details with { CustomFields = Enumerable.Range(0, 201).ToDictionary(n => "f" + n, n => CustomFieldValue.FromNumber(n)) },
            } },
            _ => s,
        };
    }

    private static Instant Shift(Instant instant, Duration by)
    {
        try
        {
            return instant + by;
        }
        catch (OverflowException)
        {
            return instant;
        }
    }

    private static LeadSnapshot[] BuildSeeds()
    {
        var lifecycle = Lifecycle;
        var rich = TestLeads.Persian with
        {
            Emails = ["ali@example.ir", "sales@kimia.example"],
            MobilePhone = "+98 912 345 6789",
            Budget = new Money(2_500_000_000m, "IRR"),
            AnnualRevenue = new Money(1_000_000.50m, "USD"),
            NumberOfEmployees = 120,
            PurchaseTimeframe = PurchaseTimeframe.ThisQuarter,
            IsDecisionMaker = true,
            Rating = LeadRating.Hot,
            Address = new PostalAddress("خیابان ولیعصر", null, null, "تهران", null, "1234567890", "Iran"),
            StatedNeed = "CRM برای ۴۰ کاربر",
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["renewal"] = CustomFieldValue.FromDate(new LocalDate(2027, 3, 21)),
                ["seats"] = CustomFieldValue.FromNumber(40),
                ["vip"] = CustomFieldValue.FromBoolean(true),
                ["note"] = CustomFieldValue.FromText("تماس بعد از ظهر"),
                ["deposit"] = CustomFieldValue.FromMoney(new Money(10m, "EUR")),
            },
        };

        var open = lifecycle.Create(rich, "ali");
        open.LogActivity(ActivityType.Meeting, TestLeads.Start + Duration.FromHours(2), "ali");
        open.LogActivity(LeadInvariants.Webinar, TestLeads.Start - Duration.FromDays(40), "import");

        var contacted = lifecycle.Create(TestLeads.Qualifiable, "sara");
        contacted.MarkContacted("sara");
        contacted.LogActivity(ActivityType.Call, TestLeads.Start, "sara");

        var converted = lifecycle.Create(TestLeads.Qualifiable with { Rating = LeadRating.Warm }, "sara");
        converted.LogActivity(ActivityType.EmailOpened, TestLeads.Start, "sara");
        converted.Qualify("sara");
        converted.MarkConverted(new LeadConversion("acc-1", "con-1", "opp-1"), "sara");

        var disqualified = lifecycle.Create(rich with { Topic = "Renewal 2027" }, "sara");
        disqualified.Disqualify(LeadInvariants.Duplicate, "sara");
        disqualified.LogActivity(ActivityType.WebVisit, TestLeads.Start, "sara");

        var reactivated = lifecycle.Create(TestLeads.Qualifiable, "sara");
        reactivated.Qualify("sara");
        reactivated.Reactivate("sara");
        reactivated.Edit(reactivated.Details with { JobTitle = "CTO", Rating = LeadRating.Cold }, "sara");

        return [.. new[] { open, contacted, converted, disqualified, reactivated }.Select(l => l.ToSnapshot())];
    }

    private enum SnapshotMutation
    {
        Version,
        CreatedAt,
        ModifiedAt,
        State,
        StatusReason,
        Conversion,
        RatingByHand,
        Id,
        Nulls,
        DropHistory,
        DuplicateHistory,
        SwapHistory,
        HistoryEntry,
        Activity,
        Text,
        Numbers,
        Lists,
    }

    /// <summary>A list that claims <paramref name="count"/> items without holding them.</summary>
    private sealed class HugeList<T>(int count, T item) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? item : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A dictionary that claims <paramref name="count"/> custom fields without holding them.</summary>
    private sealed class HugeDictionary(int count) : IReadOnlyDictionary<string, CustomFieldValue>
    {
        public int Count => count;

        public IEnumerable<string> Keys => this.Select(p => p.Key);

        public IEnumerable<CustomFieldValue> Values => this.Select(p => p.Value);

        public CustomFieldValue this[string key] => CustomFieldValue.FromNumber(1);

        public bool ContainsKey(string key) => key.StartsWith('f');

        public bool TryGetValue(string key, out CustomFieldValue value)
        {
            value = CustomFieldValue.FromNumber(1);
            return ContainsKey(key);
        }

        public IEnumerator<KeyValuePair<string, CustomFieldValue>> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return new("f" + i, CustomFieldValue.FromNumber(i));
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
