using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

public sealed class LeadLimitTests
{
    private static LeadLifecycle Small() =>
        new(TestLeads.NewClock(), new LeadLifecycleOptions { MaxHistoryEntries = 3, MaxActivities = 2 });

    [Fact]
    public void Logging_past_the_activity_limit_is_refused_and_changes_nothing()
    {
        var lead = Small().Create(TestLeads.Qualifiable, "ali");
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        var before = lead.ToSnapshot();

        var error = Assert.Throws<LeadLimitException>(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));

        Assert.Equal(2, error.Limit);
        Assert.Equal(lead.Id, error.LeadId);
        Assert.IsAssignableFrom<OperationRefusedException>(error);
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void A_transition_past_the_history_limit_is_refused_and_changes_nothing()
    {
        var lead = Small().Create(TestLeads.Qualifiable, "ali");
        lead.Qualify("ali");
        lead.Reactivate("ali");
        var before = lead.ToSnapshot();
        var events = lead.PendingEvents.Count;

        Assert.Throws<LeadLimitException>(() => lead.Qualify("ali"));

        Assert.Equal(before, lead.ToSnapshot());
        Assert.Equal(events, lead.PendingEvents.Count);
        Assert.Equal(LeadState.Open, lead.State);
    }

    [Fact]
    public void A_snapshot_beyond_the_limits_is_invalid()
    {
        var big = TestLeads.NewLifecycle().Create(TestLeads.Qualifiable, "ali");
        for (var i = 0; i < 3; i++)
        {
            big.LogActivity(ActivityType.WebVisit, TestLeads.Start + Duration.FromMinutes(i), "ali");
        }

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => Small().Restore(big.ToSnapshot()));

        Assert.Contains(error.Problems, p => p.Contains("limit of 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_snapshot_is_refused_quickly_with_a_bounded_message()
    {
        var lead = TestLeads.NewLead();
        var snapshot = lead.ToSnapshot();
        var history = Enumerable.Range(0, 100_000).Select(i => new StatusChange(null, LeadStatusReason.New, snapshot.CreatedAt, "")).ToArray();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => TestLeads.NewLifecycle().Restore(snapshot with { History = history, Version = 200_000 }));

        Assert.True(error.Message.Length < 5_000, $"The message has {error.Message.Length} characters.");
        Assert.True(error.Problems.Count <= 21);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"Restore took {started.Elapsed}.");
    }

    [Fact]
    public void A_version_at_the_top_of_its_range_is_refused_on_restore()
    {
        var snapshot = TestLeads.NewLead().ToSnapshot();

        var error = Assert.Throws<InvalidLeadSnapshotException>(() => TestLeads.NewLifecycle().Restore(snapshot with { Version = long.MaxValue }));

        Assert.Contains(error.Problems, p => p.Contains("long.MaxValue", StringComparison.Ordinal));
    }
}
