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
    public void A_host_reason_needs_a_code_above_the_well_known_ones(int code)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DisqualificationReason.Define(code, "Duplicate"));

        Assert.Equal("code", error.ParamName);
        Assert.StartsWith($"A host's reason needs a code of at least 9: 1-8 are the well-known status reasons; it was {code}.", error.Message, StringComparison.Ordinal);
    }

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

    [Fact]
    public void Reasons_order_by_code_then_by_name_with_every_operator()
    {
        var a = DisqualificationReason.FromParts(100, "A");
        var b = DisqualificationReason.FromParts(100, "B");
        var same = DisqualificationReason.FromParts(100, "A");

        Assert.True(DisqualificationReason.Lost.CompareTo(DisqualificationReason.Canceled) < 0);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.Equal(0, a.CompareTo(same));
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < same);
        Assert.True(a <= same);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > same);
        Assert.True(a >= same);
        Assert.True(b >= a);
        Assert.False(a >= b);
    }

    [Fact]
    public void As_an_object_it_compares_with_another_reason_and_after_null_only()
    {
        IComparable cannotContact = DisqualificationReason.CannotContact;

        Assert.True(cannotContact.CompareTo(DisqualificationReason.Lost) > 0);
        Assert.True(cannotContact.CompareTo(DisqualificationReason.Canceled) < 0);
        Assert.Equal(0, cannotContact.CompareTo(DisqualificationReason.CannotContact));
        Assert.Equal(1, cannotContact.CompareTo(null));
        var error = Assert.Throws<ArgumentException>(() => cannotContact.CompareTo(5));
        Assert.Equal("obj", error.ParamName);
        Assert.Equal("A DisqualificationReason compares only with another. (Parameter 'obj')", error.Message);
    }

    [Fact]
    public void A_reason_reads_as_its_name_and_the_default_value_as_empty()
    {
        Assert.Equal("Cannot Contact", DisqualificationReason.CannotContact.ToString());
        Assert.Equal(string.Empty, default(DisqualificationReason).Name);
        Assert.Equal(string.Empty, default(DisqualificationReason).ToString());
    }
}
