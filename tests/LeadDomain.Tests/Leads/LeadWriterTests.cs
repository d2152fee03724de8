using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>A lead takes one writer at a time: a second writer is refused instead of losing an update.</summary>
public sealed class LeadWriterTests
{
    [Fact]
    public void A_write_that_starts_while_another_runs_is_refused_and_the_lead_stays_restorable()
    {
        Lead? lead = null;
        Exception? nested = null;
        var policy = QualificationPolicy.Default.Require("edits the lead it guards", _ =>
        {
            try
            {
                lead!.Edit(lead.Details with { JobTitle = "CTO" }, "bob");
            }
            catch (InvalidOperationException e)
            {
                nested = e;
            }

            return true;
        });
        var lifecycle = TestLeads.NewLifecycle(policy);
        lead = lifecycle.Create(TestLeads.Qualifiable, "ali");

        lead.Qualify("ali");

        Assert.NotNull(nested);
        Assert.Contains("one writer at a time", nested!.Message, StringComparison.Ordinal);
        Assert.Null(lead.Details.JobTitle);
        Assert.Equal(LeadState.Qualified, lead.State);
        Assert.Equal(lead.ToSnapshot(), lifecycle.Restore(lead.ToSnapshot()).ToSnapshot());
    }

    [Fact]
    public void Two_threads_writing_one_lead_never_leave_a_snapshot_that_cannot_be_restored()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var refused = 0;
        var done = 0;

        Parallel.For(0, 2, worker =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                try
                {
                    lead.LogActivity(ActivityType.WebVisit, TestLeads.Start, "w" + worker);
                    Interlocked.Increment(ref done);
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        });

        var snapshot = lead.ToSnapshot();
        Assert.Equal(done, snapshot.Activities.Count);
        Assert.Equal(1 + done, snapshot.Version);
        Assert.Equal(4_000, done + refused);
        Assert.Equal(snapshot, lifecycle.Restore(snapshot).ToSnapshot());
    }
}
