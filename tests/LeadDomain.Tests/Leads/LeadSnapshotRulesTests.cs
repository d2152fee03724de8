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

    [Theory]
    [InlineData("empty id")]
    [InlineData("no details")]
    [InlineData("invalid details")]
    [InlineData("undefined state")]
    [InlineData("unknown status reason")]
    [InlineData("disqualified without a reason")]
    [InlineData("status of another state")]
    [InlineData("converted without a record")]
    [InlineData("a record while open")]
    [InlineData("merged into the empty id")]
    [InlineData("merged into itself")]
    [InlineData("merged but not canceled")]
    [InlineData("version long.MaxValue")]
    [InlineData("no activity log")]
    [InlineData("unknown activity type")]
    [InlineData("more changes than the version")]
    [InlineData("empty history")]
    [InlineData("null history")]
    [InlineData("creation entry at another time")]
    [InlineData("entry without acting user")]
    [InlineData("acting user of 101 characters")]
    [InlineData("acting user with a lone surrogate")]
    [InlineData("entry to an unknown status reason")]
    [InlineData("entry from an unknown status reason")]
    [InlineData("entry earlier than the one before")]
    [InlineData("entry from another status")]
    [InlineData("entry from nothing")]
    [InlineData("step the lifecycle does not allow")]
    [InlineData("history ends elsewhere")]
    [InlineData("last change after the modification")]
    public void Each_problem_is_told_word_for_word_and_alone(string how)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle);
        var s = lead.ToSnapshot();
        var at = s.CreatedAt;
        var later = at + NodaTime.Duration.FromMinutes(5);
        var contacted = s with
        {
            StatusReason = LeadStatusReason.Contacted,
            History = [s.History[0], new StatusChange(LeadStatusReason.New, LeadStatusReason.Contacted, later, "ali")],
            ModifiedAt = later,
            Version = 2,
        };
        var spam = LeadStatusReason.Disqualified(DisqualificationReason.Define(12, "Spam"));
        var other = LeadId.New();
        var (broken, expected) = how switch
        {
            "empty id" => (s with { Id = default }, "the id is empty"),
            "no details" => (s with { Details = null! }, "the details are missing"),
            "invalid details" => (s with { Details = s.Details with { Emails = ["not an address"] } }, "the details are invalid: "),
            "undefined state" => (s with { State = (LeadState)99 }, "the state 99 is not a lead state"),
            "unknown status reason" => (s with { State = LeadState.Disqualified, StatusReason = spam },
                "the status reason 12 'Spam' (Disqualified) is not one the lifecycle knows (register a host's own disqualification reason in LeadLifecycleOptions)"),
            "disqualified without a reason" => (s with { State = LeadState.Disqualified }, "the lead is Disqualified without a disqualification reason (its status reason is New)"),
            "status of another state" => (s with { State = LeadState.Qualified }, "the status reason New does not belong to the state Qualified"),
            "converted without a record" => (Converted(lifecycle) with { Conversion = null }, "the lead is Converted without a conversion record"),
            "a record while open" => (s with { Conversion = new LeadConversion("a", null, null) }, "the lead is Open but has a conversion record"),
            "merged into the empty id" => (Merged(lifecycle) with { MasterId = default(LeadId) }, "the lead is merged into a master with the empty id"),
            "merged into itself" => (Merged(lifecycle) is var m ? m with { MasterId = m.Id } : null!, "the lead is merged into itself"),
            "merged but not canceled" => (s with { MasterId = other }, "the lead is merged, so its status reason is Canceled, but it is New"),
            "version long.MaxValue" => (s with { Version = long.MaxValue }, "the version is long.MaxValue, so the lead could never change again"),
            "no activity log" => (s with { Activities = null! }, "the activity log is missing; it may be empty but not null"),
            "unknown activity type" => (s with { Activities = [new LeadActivity(ActivityType.Define(40, "Webinar"), at)], Version = 2 },
                "activity 0 has the type 40 'Webinar', which the lifecycle does not know (register a host's own type in LeadLifecycleOptions)"),
            "more changes than the version" => (s with { Activities = [new LeadActivity(ActivityType.Call, at)] }, "the status history and activity log hold 2 changes but the version is 1"),
            "empty history" => (s with { History = [] }, "the status history is empty; it starts with the creation entry"),
            "null history" => (s with { History = null! }, "the status history is empty; it starts with the creation entry"),
            "creation entry at another time" => (contacted with { History = [s.History[0] with { At = later }, contacted.History[1]] },
                $"the creation entry is dated {later}, not at the creation time {at}"),
            "entry without acting user" => (contacted with { History = [s.History[0], contacted.History[1] with { ActingUser = " " }] }, "status history entry 1 has no acting user"),
            "acting user of 101 characters" => (contacted with { History = [s.History[0], contacted.History[1] with { ActingUser = new string('a', 101) }] },
                "status history entry 1 has an acting user longer than 100 characters or with a lone surrogate"),
            "acting user with a lone surrogate" => (s with { History = [s.History[0] with { ActingUser = "al\ud800i" }] },
                "status history entry 0 has an acting user longer than 100 characters or with a lone surrogate"),
            "entry to an unknown status reason" => (contacted with { History = [s.History[0], contacted.History[1] with { To = spam }] },
                "status history entry 1 names a status reason the lifecycle does not know"),
            "entry from an unknown status reason" => (contacted with { History = [s.History[0], contacted.History[1] with { From = spam }] },
                "status history entry 1 names a status reason the lifecycle does not know"),
            "entry earlier than the one before" => (contacted with { History = [s.History[0], contacted.History[1] with { At = at - NodaTime.Duration.FromTicks(1) }] },
                $"status history entry 1 ({at - NodaTime.Duration.FromTicks(1)}) is earlier than the entry before it ({at})"),
            "entry from another status" => (contacted with { History = [s.History[0], contacted.History[1] with { From = LeadStatusReason.Qualified }] },
                "status history entry 1 starts from Qualified, but the entry before it ended at New"),
            "entry from nothing" => (contacted with { History = [s.History[0], contacted.History[1] with { From = null }] },
                "status history entry 1 starts from nothing, but the entry before it ended at New"),
            "step the lifecycle does not allow" => (s with
            {
                State = LeadState.Converted,
                StatusReason = LeadStatusReason.Converted,
                Conversion = new LeadConversion("a", null, null),
                History = [s.History[0], new StatusChange(LeadStatusReason.New, LeadStatusReason.Converted, later, "ali")],
                ModifiedAt = later,
                Version = 2,
            }, "status history entry 1 goes from New to Converted, which the lifecycle does not allow"),
            "history ends elsewhere" => (s with { StatusReason = LeadStatusReason.Contacted }, "the status history ends at New, but the status reason is Contacted"),
            _ => (contacted with { ModifiedAt = later - NodaTime.Duration.FromTicks(1) },
                $"the last status change ({later}) is later than the modification time ({later - NodaTime.Duration.FromTicks(1)})"),
        };

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(broken));

        var problem = Assert.Single(refused.Problems);
        if (how == "invalid details")
        {
            Assert.StartsWith(expected, problem, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter", problem, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, problem);
        }
    }

    [Fact]
    public void A_log_and_history_exactly_as_long_as_the_version_restores()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();
        var exact = s with { Activities = [new LeadActivity(ActivityType.Call, s.CreatedAt)], Version = 2 };

        Assert.Equal(exact, lifecycle.Restore(exact).ToSnapshot());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void A_version_below_1_is_told_with_every_count_that_exceeds_it(long version)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(s with { Version = version }));

        Assert.Equal(
            [
                $"the version is {version}; a lead's version starts at 1",
                $"the status history has 1 entries but the version is {version}; every entry is a change",
                $"the status history and activity log hold 1 changes but the version is {version}",
            ],
            refused.Problems);
    }

    [Fact]
    public void A_modification_before_the_creation_is_told_with_the_entry_that_follows_from_it()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();
        var before = s.CreatedAt - NodaTime.Duration.FromTicks(1);

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(s with { ModifiedAt = before }));

        Assert.Equal(
            [
                $"it was modified ({before}) before it was created ({s.CreatedAt})",
                $"the last status change ({s.CreatedAt}) is later than the modification time ({before})",
            ],
            refused.Problems);
    }

    [Fact]
    public void More_entries_than_the_version_is_told_with_the_count_of_all_changes()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle);
        lead.MarkContacted("ali");
        var s = lead.ToSnapshot();

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(s with { Version = 1 }));

        Assert.Equal(
            [
                "the status history has 2 entries but the version is 1; every entry is a change",
                "the status history and activity log hold 2 changes but the version is 1",
            ],
            refused.Problems);
    }

    [Fact]
    public void An_acting_user_of_100_characters_restores()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();
        var at100 = s with { History = [s.History[0] with { ActingUser = new string('a', 100) }] };

        Assert.Equal(at100, lifecycle.Restore(at100).ToSnapshot());
    }

    [Fact]
    public void The_invalid_details_are_told_by_their_own_message_without_the_parameter()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(s with { Details = s.Details with { Emails = ["nope"] } }));

        Assert.Equal("the details are invalid: Emails holds 'nope', which is not an e-mail address of the form name@domain.", Assert.Single(refused.Problems));
    }

    [Fact]
    public void An_empty_history_is_told_alone_whatever_the_activity_log_holds()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var s = TestLeads.NewLead(lifecycle).ToSnapshot();
        var broken = s with { History = [], Activities = [new LeadActivity(ActivityType.Call, s.CreatedAt), new LeadActivity(ActivityType.Call, s.CreatedAt)] };

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(broken));

        Assert.Equal("the status history is empty; it starts with the creation entry", Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_history_over_its_limit_is_refused_by_its_count_alone_without_reading_its_entries()
    {
        var lifecycle = Small(3, 10);
        var longer = TestLeads.NewLead();
        longer.MarkContacted("ali");
        longer.Qualify("ali");
        longer.Reactivate("ali");
        var s = longer.ToSnapshot();
        var broken = s with { History = [s.History[0], s.History[1] with { ActingUser = " " }, s.History[2], s.History[3]] };

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(broken));

        Assert.Equal("the status history has 4 entries, more than the lifecycle's limit of 3", Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_lead_merged_while_qualified_restores_as_its_last_entry_is_the_merge()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var merged = TestLeads.NewLead(lifecycle, TestLeads.Qualifiable);
        merged.Qualify("ali");
        lifecycle.Merge([master, merged], "ali", new LeadMergeOptions { Master = master.Id });
        var s = merged.ToSnapshot();

        Assert.Equal(s, lifecycle.Restore(s).ToSnapshot());

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(s with { MasterId = null }));
        Assert.Equal("status history entry 2 goes from Qualified to Canceled, which the lifecycle does not allow", Assert.Single(refused.Problems));
    }

    private static LeadSnapshot Converted(LeadLifecycle lifecycle)
    {
        var lead = TestLeads.NewLead(lifecycle);
        lead.Qualify("ali");
        lead.MarkConverted(new LeadConversion("a", null, null), "ali");
        return lead.ToSnapshot();
    }

    private static LeadSnapshot Merged(LeadLifecycle lifecycle)
    {
        var master = TestLeads.NewLead(lifecycle);
        var merged = TestLeads.NewLead(lifecycle);
        lifecycle.Merge([master, merged], "ali", new LeadMergeOptions { Master = master.Id });
        return merged.ToSnapshot();
    }
}
