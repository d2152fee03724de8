using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>LeadSnapshotRules.cs and the limits in Lead.cs at their boundaries: the survivors of the mutation run in tests/MUTATION.md.</summary>
public sealed class LeadSnapshotRulesTests
{
    private static LeadLifecycle Small(int history, int activities) => new(
        TestLeads.NewClock(),
        new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, MaxHistoryEntries = history, MaxActivities = activities });

    [Fact]
    public void A_log_exactly_at_the_activity_limit_restores_and_one_more_is_refused_by_count()
    {
        var lifecycle = Small(10, 2);
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");

        Assert.Throws<LeadLimitException>(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));
        var snapshot = lead.ToSnapshot();
        Assert.Equal(snapshot, lifecycle.Restore(snapshot).ToSnapshot());

        var over = snapshot with { Activities = [.. snapshot.Activities, snapshot.Activities[0]], Version = snapshot.Version + 1 };
        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(over));
        Assert.Contains("holds 3 activities, more than the lifecycle's limit of 2", Assert.Single(refused.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_exactly_at_its_limit_restores_and_one_more_is_refused_by_count()
    {
        var lifecycle = Small(3, 10);
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.MarkContacted("ali");
        lead.Qualify("ali");

        Assert.Throws<LeadLimitException>(() => lead.Reactivate("ali"));
        var snapshot = lead.ToSnapshot();
        Assert.Equal(snapshot, lifecycle.Restore(snapshot).ToSnapshot());

        var longer = TestLeads.NewLifecycle().Restore(snapshot);
        longer.Reactivate("ali");
        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(longer.ToSnapshot()));
        Assert.Contains("has 4 entries, more than the lifecycle's limit of 3", Assert.Single(refused.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no topic", "the details have no topic")]
    [InlineData("rating by hand without a rating", "the rating is marked as set by hand but there is no rating")]
    [InlineData("creation entry from a status", "does not start with the creation entry")]
    [InlineData("creation entry to Contacted", "does not start with the creation entry")]
    [InlineData("version 0 with no history", "a lead's version starts at 1")]
    public void Each_broken_rule_is_named_even_alone(string how, string expected)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();
        var broken = how switch
        {
            "no topic" => s with { Details = new LeadDetails { Description = "nothing to call it by" } },
            "rating by hand without a rating" => s with { IsRatingSetByHand = true },
            "creation entry from a status" => s with { History = [s.History[0] with { From = LeadStatusReason.Contacted }] },
            "creation entry to Contacted" => s with { History = [s.History[0] with { To = LeadStatusReason.Contacted }], StatusReason = LeadStatusReason.Contacted },
            _ => s with { Version = 0, History = [] },
        };

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(broken));

        Assert.Contains(refused.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_rating_set_by_hand_is_kept_from_scoring_and_an_edit_that_clears_it_hands_it_back()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Rating = LeadRating.Cold });
        Assert.True(lead.IsRatingSetByHand);

        Assert.False(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
        Assert.Equal(LeadRating.Cold, lead.Details.Rating);
        Assert.Equal(1, lead.Version);

        Assert.True(lead.Edit(lead.Details with { Rating = null }, "ali"));
        Assert.False(lead.IsRatingSetByHand);
        Assert.True(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
        Assert.False(lead.ApplyComputedRating(LeadRating.Hot, "scoring"));
        Assert.False(lead.IsRatingSetByHand);

        Assert.True(lead.Edit(lead.Details with { JobTitle = "CTO" }, "ali"));
        Assert.False(lead.IsRatingSetByHand); // an edit that keeps the computed rating does not make it a hand-set one
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => lead.ApplyComputedRating((LeadRating)9, "scoring"));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => lead.CanFire((LeadTrigger)99));
    }
}
