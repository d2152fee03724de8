using System.Text.Json;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class DisqualificationReasonTests
{
    private static readonly DisqualificationReason Duplicate = DisqualificationReason.Define(100_000_000, "Duplicate");

    private static LeadLifecycle WithDuplicate()
    {
        var options = new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient };
        options.DisqualificationReasons.Add(Duplicate);
        return new LeadLifecycle(TestLeads.NewClock(), options);
    }

    [Fact]
    public void The_well_known_reasons_keep_Dynamics_365_option_values()
    {
        Assert.Equal([4, 5, 6, 7], DisqualificationReason.WellKnown.Select(r => r.Code));
        Assert.Equal(["Lost", "Cannot Contact", "No Longer Interested", "Canceled"], DisqualificationReason.WellKnown.Select(r => r.Name));
        Assert.Equal(DisqualificationReason.Lost, DisqualificationReason.Default);
        Assert.All(DisqualificationReason.WellKnown, r => Assert.True(r.IsWellKnown));
        Assert.False(Duplicate.IsWellKnown);
        Assert.Equal(
            [1, 2, 3, 4, 5, 6, 7, 8],
            LeadStatusReason.WellKnown.Select(r => r.Code));
    }

    [Fact]
    public void Disqualifying_without_a_reason_uses_Lost_the_Dynamics_365_default()
    {
        var lead = TestLeads.NewLead();

        lead.Disqualify("ali");

        Assert.Equal(DisqualificationReason.Lost, lead.DisqualificationReason);
        Assert.Equal(LeadStatusReason.Lost, lead.StatusReason);
        Assert.Equal(DisqualificationReason.Lost, Assert.IsType<LeadDisqualified>(lead.PendingEvents[^1]).Reason);
    }

    [Fact]
    public void A_host_reason_is_registered_once_then_used_stored_and_restored()
    {
        var lifecycle = WithDuplicate();
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");

        lead.Disqualify(Duplicate, "ali");
        var restored = lifecycle.Restore(lead.ToSnapshot());

        Assert.Equal(LeadState.Disqualified, restored.State);
        Assert.Equal(Duplicate, restored.DisqualificationReason);
        Assert.Equal(100_000_000, restored.StatusReason.Code);
        Assert.Contains(Duplicate, lifecycle.DisqualificationReasons);
        Assert.Equal(5, lifecycle.DisqualificationReasons.Count);
    }

    [Fact]
    public void A_reason_the_lifecycle_does_not_know_is_refused_and_changes_nothing()
    {
        var lead = TestLeads.NewLead();
        var before = lead.ToSnapshot();

        var unknown = Assert.Throws<ArgumentException>(() => lead.Disqualify(Duplicate, "ali"));
        Assert.Throws<ArgumentException>(() => lead.Disqualify(default, "ali"));

        Assert.Contains("LeadLifecycleOptions.DisqualificationReasons", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void A_snapshot_with_a_reason_the_restoring_lifecycle_does_not_know_is_invalid()
    {
        var lead = WithDuplicate().Create(TestLeads.Qualifiable, "ali");
        lead.Disqualify(Duplicate, "ali");

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => TestLeads.NewLifecycle().Restore(lead.ToSnapshot()));

        Assert.Contains(error.Problems, p => p.Contains("not one the lifecycle knows", StringComparison.Ordinal));
        Assert.IsAssignableFrom<InvalidStoredDataException>(error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(-5)]
    public void A_host_reason_needs_a_code_above_the_well_known_ones(int code) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisqualificationReason.Define(code, "Duplicate"));

    [Fact]
    public void A_host_reason_needs_a_clean_name()
    {
        foreach (var name in new[] { "", " Duplicate", "\ud800", "a\udc00b", new string('x', 101) })
        {
            Assert.Throws<ArgumentException>(() => DisqualificationReason.Define(100, name));
        }

        Assert.Equal("Duplicate 😀", DisqualificationReason.Define(100, "Duplicate 😀").Name);
    }

    [Fact]
    public void Two_reasons_with_one_code_are_refused_where_the_options_enter()
    {
        var options = new LeadLifecycleOptions();
        options.DisqualificationReasons.Add(Duplicate);
        options.DisqualificationReasons.Add(DisqualificationReason.Define(100_000_000, "Spam"));

        Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), options));
    }

    [Fact]
    public void Reasons_order_by_code_and_survive_System_Text_Json()
    {
        Assert.True(DisqualificationReason.Lost < DisqualificationReason.Canceled);
        Assert.True(Duplicate > DisqualificationReason.Canceled);
        Assert.Equal(DisqualificationReason.WellKnown, DisqualificationReason.WellKnown.Reverse().Order());

        var json = JsonSerializer.Serialize(Duplicate);
        Assert.Equal("""{"code":100000000,"name":"Duplicate"}""", json);
        Assert.Equal(Duplicate, JsonSerializer.Deserialize<DisqualificationReason>(json));
        Assert.Equal(LeadStatusReason.Disqualified(Duplicate), JsonSerializer.Deserialize<LeadStatusReason>(JsonSerializer.Serialize(LeadStatusReason.Disqualified(Duplicate))));
    }
}
