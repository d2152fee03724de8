using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The refusal of an operation that would take a lead past a limit (<c>LeadLimitException.cs</c>).</summary>
public sealed class LeadLimitExceptionTests
{
    [Fact]
    public void A_list_at_its_limit_is_named_with_the_limit_and_what_to_do()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxActivities = 1 });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");

        var error = Assert.Throws<LeadLimitException>(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));

        Assert.Equal($"Lead {lead.Id} already holds 1 activities, the lifecycle's limit: raise the limit in LeadLifecycleOptions, or archive the lead.", error.Message);
        Assert.Equal(lead.Id, error.LeadId);
        Assert.Equal(1, error.Limit);
        Assert.IsAssignableFrom<OperationRefusedException>(error);
    }

    [Fact]
    public void The_history_at_its_limit_is_named_as_status_changes()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxHistoryEntries = 2 });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.Qualify("ali");

        var error = Assert.Throws<LeadLimitException>(() => lead.Reactivate("ali"));

        Assert.Equal($"Lead {lead.Id} already holds 2 status changes, the lifecycle's limit: raise the limit in LeadLifecycleOptions, or archive the lead.", error.Message);
        Assert.Equal(2, error.Limit);
    }

    [Fact]
    public void The_highest_version_is_named_with_the_version_and_has_no_list_limit()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var snapshot = TestLeads.NewLead(lifecycle).ToSnapshot() with { Version = long.MaxValue - 1 };
        var lead = lifecycle.Restore(snapshot);

        var error = Assert.Throws<LeadLimitException>(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));

        Assert.Equal($"Lead {lead.Id} is at version {long.MaxValue - 1}, the highest a lead can reach: archive the lead and start a new one.", error.Message);
        Assert.Equal(lead.Id, error.LeadId);
        Assert.Equal(int.MaxValue, error.Limit);
    }
}
