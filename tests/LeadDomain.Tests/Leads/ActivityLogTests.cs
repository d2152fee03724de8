using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

/// <summary>The activity log grows in place, yet what was read or stored before stays as it was.</summary>
public sealed class ActivityLogTests
{
    [Fact]
    public void Many_activities_are_kept_in_order_and_earlier_views_and_snapshots_do_not_change()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var lead = lifecycle.Create(new LeadDetails { LastName = "Rezaei" }, "ali");
        var logged = new List<LeadActivity>();
        var views = new List<(IReadOnlyList<LeadActivity> View, LeadSnapshot Snapshot, int Count)>();
        for (var i = 0; i < 3_000; i++)
        {
            var type = ActivityType.WellKnown[i % 8];
            var at = TestLeads.Start + Duration.FromMinutes(i);
            lead.LogActivity(type, at, "tracker");
            logged.Add(new LeadActivity(type, at));
            if (i is 0 or 3 or 4 or 1_000 or 2_047 or 2_048)
            {
                views.Add((lead.Activities, lead.ToSnapshot(), logged.Count));
            }
        }

        Assert.Equal(logged, lead.Activities);
        Assert.Equal(logged, lead.ActivitySpan.ToArray());
        Assert.Same(lead.Activities, lead.Activities);   // read twice, made once
        foreach (var (view, snapshot, count) in views)
        {
            Assert.Equal(logged.Take(count), view);
            Assert.Equal(logged.Take(count), snapshot.Activities);
        }

        var restored = lifecycle.Restore(lead.ToSnapshot());
        restored.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        Assert.Equal(3_000, lead.Activities.Count);
        Assert.Equal([.. logged, new LeadActivity(ActivityType.Call, TestLeads.Start)], restored.Activities);
    }
}
