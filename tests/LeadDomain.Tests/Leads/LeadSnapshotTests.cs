using System.Text.Json;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace LeadDomain.Tests.Leads;

public sealed class LeadSnapshotTests
{
    private static readonly JsonSerializerOptions Json =
        new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    [Fact]
    public void A_restored_lead_equals_the_original_and_has_no_pending_events()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = LeadTransitionTestsAccess.LeadIn("Disqualified");

        var restored = lifecycle.Restore(lead.ToSnapshot());

        Assert.Equal(lead.ToSnapshot(), restored.ToSnapshot());
        Assert.Empty(restored.PendingEvents);
        restored.Reactivate("ali");
        Assert.Equal(lead.Version + 1, restored.Version);
    }

    [Fact]
    public void A_snapshot_survives_a_System_Text_Json_round_trip()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Create(TestLeads.Persian with
        {
            Emails = ["ali@example.ir"],
            Budget = new Money(2_500_000_000m, "IRR"),
            AnnualRevenue = new Money(1_000_000.50m, "USD"),
            NumberOfEmployees = 120,
            PurchaseTimeframe = PurchaseTimeframe.ThisQuarter,
            IsDecisionMaker = true,
            Rating = LeadRating.Hot,
            PreferredContactMethod = PreferredContactMethod.Phone,
            StatedNeed = "CRM برای ۴۰ کاربر",
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["renewal"] = CustomFieldValue.FromDate(new LocalDate(2027, 3, 21)),
                ["seats"] = CustomFieldValue.FromNumber(40),
                ["vip"] = CustomFieldValue.FromBoolean(true),
                ["note"] = CustomFieldValue.FromText("تماس بعد از ظهر"),
                ["deposit"] = CustomFieldValue.FromMoney(new Money(10m, "EUR")),
            },
        }, "ali");
        lead.MarkContacted("ali");
        lead.LogActivity(ActivityType.Meeting, TestLeads.Start + Duration.FromHours(2), "ali");
        lead.LogActivity(ActivityType.EmailOpened, TestLeads.Start - Duration.FromDays(40), "import");
        lead.Qualify("sara");
        lead.MarkConverted(new LeadConversion("acc-1", "con-1", "opp-1"), "sara");
        var snapshot = lead.ToSnapshot();

        var json = JsonSerializer.Serialize(snapshot, Json);
        var read = JsonSerializer.Deserialize<LeadSnapshot>(json, Json)!;

        Assert.Equal(snapshot, read);
        Assert.Equal(snapshot, lifecycle.Restore(read).ToSnapshot());
    }

    public static TheoryData<string, Func<LeadSnapshot, LeadSnapshot>, string> Impossible => new()
    {
        { "converted without conversion", s => s with { State = LeadState.Converted, StatusReason = LeadStatusReason.Converted }, "Converted without a conversion record" },
        { "disqualified without reason", s => s with { State = LeadState.Disqualified, StatusReason = LeadStatusReason.New }, "Disqualified without a disqualification reason" },
        { "negative version", s => s with { Version = -1 }, "version is -1" },
        { "zero version", s => s with { Version = 0 }, "version is 0" },
        { "empty id", s => s with { Id = default }, "id is empty" },
        { "reason of another state", s => s with { State = LeadState.Open, StatusReason = LeadStatusReason.Qualified }, "does not belong" },
        { "conversion while open", s => s with { Conversion = new LeadConversion("a", null, null) }, "has a conversion record" },
        { "undefined state", s => s with { State = (LeadState)77 }, "not a lead state" },
        { "no history", s => s with { History = [] }, "history is empty" },
        { "history ends elsewhere", s => s with { StatusReason = LeadStatusReason.New }, "ends at Contacted" },
        { "history step not allowed", s => s with { History = [s.History[0], s.History[1] with { To = LeadStatusReason.Converted }], State = LeadState.Converted, StatusReason = LeadStatusReason.Converted, Conversion = new LeadConversion("a", null, null) }, "does not allow" },
        { "history broken chain", s => s with { History = [s.History[0], s.History[1] with { From = LeadStatusReason.Qualified }] }, "ended at New" },
        { "history out of order", s => s with { History = [s.History[0], s.History[1] with { At = s.CreatedAt - Duration.FromHours(1) }] }, "earlier than" },
        { "more history than versions", s => s with { Version = 1 }, "2 entries but the version is 1" },
        { "modified before created", s => s with { ModifiedAt = s.CreatedAt - Duration.FromDays(1) }, "before it was created" },
        { "invalid details", s => s with { Details = s.Details with { Emails = ["nope"] } }, "details are invalid" },
        { "missing details", s => s with { Details = null! }, "details are missing" },
        { "unknown activity", s => s with { Activities = [new LeadActivity(ActivityType.Define(99, "Unregistered"), s.CreatedAt)], Version = 3 }, "the lifecycle does not know" },
        { "more changes than versions", s => s with { Activities = [new LeadActivity(ActivityType.Call, s.CreatedAt)] }, "3 changes but the version is 2" },
        { "anonymous history entry", s => s with { History = [s.History[0], s.History[1] with { ActingUser = "" }] }, "no acting user" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void An_impossible_snapshot_is_rejected_with_a_clear_error(string name, Func<LeadSnapshot, LeadSnapshot> spoil, string expected)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.MarkContacted("ali");

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(spoil(lead.ToSnapshot())));

        Assert.True(error.Problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), $"{name}: {error.Message}");
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_not_only_the_first()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var snapshot = lifecycle.Create(TestLeads.Qualifiable, "ali").ToSnapshot() with
        {
            Version = -3,
            State = LeadState.Converted,
            StatusReason = LeadStatusReason.Converted,
        };

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(snapshot));

        Assert.True(error.Problems.Count >= 3, error.Message);
        Assert.Equal(snapshot.Id, error.LeadId);
    }

    [Fact]
    public void Restoring_a_converted_lead_keeps_it_read_only()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var converted = lifecycle.Restore(LeadTransitionTestsAccess.LeadIn("Converted").ToSnapshot());

        Assert.Throws<InvalidLeadTransitionException>(() => converted.Reactivate("ali"));
        Assert.Empty(converted.GetPermittedTriggers());
    }

    private static LeadSnapshot Full()
    {
        var lead = TestLeads.NewLead();
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        lead.Qualify("ali");
        lead.MarkConverted(new LeadConversion("acc-1", "con-1", "opp-1"), "ali");
        return lead.ToSnapshot() with { IsRatingSetByHand = true, MasterId = new LeadId(Guid.Parse("5f1c0a9e-1d2b-4c3d-8e4f-a0b1c2d3e4f5")) };
    }

    public static TheoryData<string> SnapshotProperties =>
        [.. typeof(LeadSnapshot).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(SnapshotProperties))]
    public void Snapshots_that_differ_in_one_field_alone_are_not_equal_either_way(string name)
    {
        var a = Full();
        var b = name switch
        {
            nameof(LeadSnapshot.Id) => a with { Id = LeadId.New() },
            nameof(LeadSnapshot.Details) => a with { Details = a.Details with { JobTitle = "CFO" } },
            nameof(LeadSnapshot.State) => a with { State = LeadState.Qualified },
            nameof(LeadSnapshot.StatusReason) => a with { StatusReason = LeadStatusReason.Qualified },
            nameof(LeadSnapshot.Conversion) => a with { Conversion = new LeadConversion("acc-2", "con-1", "opp-1") },
            nameof(LeadSnapshot.History) => a with { History = [.. a.History.Take(a.History.Count - 1), a.History[^1] with { ActingUser = "sara" }] },
            nameof(LeadSnapshot.Activities) => a with { Activities = [a.Activities[0] with { Type = ActivityType.Meeting }] },
            nameof(LeadSnapshot.CreatedAt) => a with { CreatedAt = a.CreatedAt - Duration.FromTicks(1) },
            nameof(LeadSnapshot.ModifiedAt) => a with { ModifiedAt = a.ModifiedAt + Duration.FromTicks(1) },
            nameof(LeadSnapshot.Version) => a with { Version = a.Version + 1 },
            nameof(LeadSnapshot.IsRatingSetByHand) => a with { IsRatingSetByHand = false },
            nameof(LeadSnapshot.MasterId) => a with { MasterId = null },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "A property of LeadSnapshot this test does not change yet."),
        };

        Assert.NotEqual(a, b);
        Assert.NotEqual(b, a);
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
    }

    [Fact]
    public void Snapshots_with_equal_lists_in_other_instances_are_equal_with_equal_hashes()
    {
        var a = Full();
        var b = a with { History = [.. a.History], Activities = [.. a.Activities], Details = a.Details with { } };

        Assert.True(a.Equals(b));
        Assert.True(b.Equals(a));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.True(a.Equals(a));
    }

    [Theory]
    [InlineData("history null on one side")]
    [InlineData("activities null on one side")]
    [InlineData("history shorter")]
    [InlineData("activities longer")]
    public void Snapshots_whose_lists_are_missing_or_of_another_length_are_not_equal(string how)
    {
        var a = Full();
        var b = how switch
        {
            "history null on one side" => a with { History = null! },
            "activities null on one side" => a with { Activities = null! },
            "history shorter" => a with { History = [.. a.History.Take(a.History.Count - 1)] },
            _ => a with { Activities = [.. a.Activities, a.Activities[0]] },
        };

        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
    }

    [Fact]
    public void Snapshots_with_both_lists_null_are_equal()
    {
        var a = Full() with { History = null!, Activities = null! };
        var b = a with { };

        Assert.True(a.Equals(b));
    }
}

/// <summary>Reaches the state-building helper of the transition tests.</summary>
internal static class LeadTransitionTestsAccess
{
    public static Lead LeadIn(string state) => LeadDomain.Tests.Leads.LeadTransitionTests.LeadIn(state);
}
