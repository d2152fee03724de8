using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadLifecycleOptionsTests
{
    [Fact]
    public void The_defaults_are_Dynamics_365s()
    {
        var options = new LeadLifecycleOptions();
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), options);

        Assert.Same(LeadCreationPolicy.Dynamics, options.CreationPolicy);
        Assert.Same(QualificationPolicy.Default, lifecycle.QualificationPolicy);
        Assert.Empty(lifecycle.QualificationPolicy.Requirements);
        Assert.Equal(1_000, lifecycle.MaxHistoryEntries);
        Assert.Equal(10_000, lifecycle.MaxActivities);
        Assert.Equal(DisqualificationReason.WellKnown, lifecycle.DisqualificationReasons);
        Assert.Equal(ActivityType.WellKnown, lifecycle.ActivityTypes);
    }

    [Fact]
    public void Any_open_lead_is_qualified_by_default()
    {
        var lead = new LeadLifecycle(TestLeads.NewClock()).Create(new LeadDetails { LastName = "Lima" }, "ali");

        Assert.True(lead.CanFire(LeadTrigger.Qualify));
        lead.Qualify("ali");

        Assert.Equal(LeadState.Qualified, lead.State);
    }

    [Fact]
    public void The_stricter_rule_is_a_named_opt_in_policy()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { QualificationPolicy = QualificationPolicy.Reachable });
        var lead = lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");

        Assert.False(lead.CanFire(LeadTrigger.Qualify, out var unmet));
        Assert.Equal(["has an e-mail or phone"], unmet);
        lead.Edit(lead.Details with { MobilePhone = "0912 345 6789" }, "ali");
        Assert.True(lead.CanFire(LeadTrigger.Qualify));
    }

    [Fact]
    public void Bad_options_are_refused_when_the_lifecycle_is_built()
    {
        var clock = TestLeads.NewClock();
        Assert.Throws<ArgumentException>(() => new LeadLifecycle(clock, new LeadLifecycleOptions { CreationPolicy = null! }));
        Assert.Throws<ArgumentException>(() => new LeadLifecycle(clock, new LeadLifecycleOptions { QualificationPolicy = null! }));
        Assert.Throws<ArgumentException>(() => new LeadLifecycle(clock, new LeadLifecycleOptions { MaxHistoryEntries = 1 }));
        Assert.Throws<ArgumentException>(() => new LeadLifecycle(clock, new LeadLifecycleOptions { MaxActivities = 0 }));
        var withDefault = new LeadLifecycleOptions();
        withDefault.ActivityTypes.Add(default);
        Assert.Throws<ArgumentException>(() => new LeadLifecycle(clock, withDefault));
        Assert.Throws<ArgumentNullException>(() => new LeadLifecycle(null!));
    }

    [Fact]
    public void The_lifecycle_copies_the_options_it_is_given()
    {
        var options = new LeadLifecycleOptions();
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), options);

        options.ActivityTypes.Add(ActivityType.Define(100, "Webinar"));
        options.MaxActivities = 5;

        Assert.Equal(8, lifecycle.ActivityTypes.Count);
        Assert.Equal(10_000, lifecycle.MaxActivities);
    }
}
