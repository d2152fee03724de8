using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadMergeTests
{
    [Fact]
    public void The_master_keeps_its_values_and_takes_the_first_non_empty_value_of_the_others_in_order()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso Ltda" }, "ali");
        var second = lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso", JobTitle = "CTO" }, "ali");
        var third = lifecycle.Create(new LeadDetails { LastName = "Lima", JobTitle = "CEO", Budget = new Money(10, "EUR"), DoNotPhone = true }, "ali");

        var result = lifecycle.Merge([master, second, third], "reza", new LeadMergeOptions { Master = master.Id });

        Assert.Same(master, result.Master);
        Assert.Equal([second, third], result.Subordinates);
        Assert.Equal(("Contoso Ltda", "CTO", new Money(10, "EUR"), true),
            (master.Details.CompanyName, master.Details.JobTitle, master.Details.Budget, master.Details.DoNotPhone));
        Assert.Contains(new MergeLeftover(second.Id, LeadField.CompanyName, "Contoso", MergeLeftoverReason.OtherValueKept), result.LeftOver);
        Assert.Contains(new MergeLeftover(third.Id, LeadField.JobTitle, "CEO", MergeLeftoverReason.OtherValueKept), result.LeftOver);
        Assert.Equal(LeadState.Open, master.State);
        Assert.Single(master.History);
        var merged = Assert.IsType<LeadMerged>(master.PendingEvents[^1]);
        Assert.Equal([second.Id, third.Id], merged.Subordinates);
        Assert.Equal(master.Details, merged.Details);
    }

    [Fact]
    public void Each_subordinate_is_canceled_points_at_the_master_keeps_its_data_and_never_changes_again()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var duplicate = lifecycle.Create(new LeadDetails { LastName = "Lima", JobTitle = "CTO", MobilePhone = "+98 912 345 6789" }, "ali");
        duplicate.Qualify("ali");

        lifecycle.Merge([master, duplicate], "reza", new LeadMergeOptions { Master = master.Id });

        Assert.Equal((LeadState.Disqualified, LeadStatusReason.Canceled, (LeadId?)master.Id), (duplicate.State, duplicate.StatusReason, duplicate.MasterId));
        Assert.Equal("CTO", duplicate.Details.JobTitle);
        Assert.Equal(new StatusChange(LeadStatusReason.Qualified, LeadStatusReason.Canceled, duplicate.ModifiedAt, "reza"), duplicate.History[^1]);
        Assert.Equal(new LeadMergedInto(duplicate.Id, duplicate.Version, duplicate.ModifiedAt, "reza", master.Id), duplicate.PendingEvents[^1]);
        Assert.Empty(duplicate.GetPermittedTriggers());

        var before = duplicate.ToSnapshot();
        var refused = Assert.Throws<InvalidLeadTransitionException>(() => duplicate.Reactivate("ali"));
        Assert.Contains($"merged into lead {master.Id}", refused.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidLeadTransitionException>(() => duplicate.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));
        Assert.Throws<InvalidLeadTransitionException>(() => duplicate.Edit(duplicate.Details with { JobTitle = "CEO" }, "ali"));
        Assert.Equal(before, duplicate.ToSnapshot());
    }

    [Fact]
    public void E_mails_are_unioned_without_duplicates_up_to_three_and_the_rest_is_reported()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["sara@contoso.example", "s@home.example"] }, "ali");
        var other = lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["SARA@contoso.example", "lima@work.example", "last@one.example"] }, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal(["sara@contoso.example", "s@home.example", "lima@work.example"], master.Details.Emails);
        Assert.Equal([new MergeLeftover(other.Id, LeadField.Emails, "last@one.example", MergeLeftoverReason.LimitReached)], result.LeftOver.Where(l => l.Field == LeadField.Emails));
    }

    [Fact]
    public void A_field_chosen_by_the_caller_takes_that_leads_value_and_the_masters_is_reported()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", JobTitle = "Manager", Owner = "ali" }, "ali");
        var other = lifecycle.Create(new LeadDetails { LastName = "Lima", JobTitle = "Director" }, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions
        {
            Master = master.Id,
            FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.JobTitle] = other.Id, [LeadField.Owner] = other.Id },
        });

        Assert.Equal(("Director", (string?)null), (master.Details.JobTitle, master.Details.Owner));
        Assert.Contains(new MergeLeftover(master.Id, LeadField.JobTitle, "Manager", MergeLeftoverReason.OtherLeadChosen), result.LeftOver);
        Assert.Contains(new MergeLeftover(master.Id, LeadField.Owner, "ali", MergeLeftoverReason.OtherLeadChosen), result.LeftOver);
    }

    [Fact]
    public void Custom_fields_are_unioned_and_a_conflict_keeps_the_masters_value()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", CustomFields = new Dictionary<string, CustomFieldValue> { ["Region"] = CustomFieldValue.FromText("Isfahan") } }, "ali");
        var other = lifecycle.Create(new LeadDetails
        {
            LastName = "Lima",
            CustomFields = new Dictionary<string, CustomFieldValue> { ["Region"] = CustomFieldValue.FromText("Tabriz"), ["Seats"] = CustomFieldValue.FromNumber(5) },
        }, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal(CustomFieldValue.FromText("Isfahan"), master.Details.CustomFields["Region"]);
        Assert.Equal(CustomFieldValue.FromNumber(5), master.Details.CustomFields["Seats"]);
        Assert.Equal([new MergeLeftover(other.Id, LeadField.Custom("Region", CustomFieldKind.Text), "Tabriz", MergeLeftoverReason.OtherValueKept)], result.LeftOver);
    }

    [Fact]
    public void Activities_are_unioned_without_duplicates_and_the_version_counts_each()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var other = TestLeads.NewLead(lifecycle);
        master.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.Meeting, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.WebVisit, TestLeads.Start, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal(2, result.ActivitiesAdded);
        Assert.Equal([ActivityType.Call, ActivityType.Meeting, ActivityType.WebVisit], master.Activities.Select(a => a.Type));
        Assert.Equal(2 + 1 + 2, master.Version);
        Assert.Equal(master.ToSnapshot(), lifecycle.Restore(master.ToSnapshot()).ToSnapshot());
    }

    [Fact]
    public void The_rule_picks_an_open_lead_contacted_before_new_then_the_oldest()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var oldest = TestLeads.NewLead(lifecycle);
        var qualified = TestLeads.NewLead(lifecycle);
        qualified.Qualify("ali");
        var contacted = TestLeads.NewLead(lifecycle);
        contacted.MarkContacted("ali");
        var newer = TestLeads.NewLead(lifecycle);

        Assert.Same(contacted, lifecycle.Merge([oldest, qualified, contacted, newer], "ali").Master);
        Assert.Equal([oldest.Id, qualified.Id, newer.Id], contacted.PendingEvents.OfType<LeadMerged>().Single().Subordinates);

        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);
        Assert.Same(a, lifecycle.Merge([b, a], "ali").Master);
    }

    [Fact]
    public void A_master_that_is_not_open_or_a_converted_subordinate_is_refused_and_no_lead_changes()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var qualified = TestLeads.NewLead(lifecycle);
        qualified.Qualify("ali");
        var open = TestLeads.NewLead(lifecycle);
        var converted = TestLeads.NewLead(lifecycle);
        converted.Qualify("ali");
        converted.MarkConverted(new LeadConversion("a", null, null), "ali");
        var before = new[] { qualified, open, converted }.Select(l => l.ToSnapshot()).ToArray();

        var closedMaster = Assert.Throws<LeadMergeRefusedException>(() =>
            lifecycle.Merge([qualified, open], "ali", new LeadMergeOptions { Master = qualified.Id }));
        Assert.Contains("only an open lead can be a master", closedMaster.Message, StringComparison.Ordinal);
        var convertedSubordinate = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([open, converted], "ali"));
        Assert.Contains("a converted lead cannot be merged", convertedSubordinate.Message, StringComparison.Ordinal);
        var noneOpen = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([qualified, converted], "ali"));
        Assert.Null(noneOpen.MasterId);

        Assert.Equal(before, new[] { qualified, open, converted }.Select(l => l.ToSnapshot()));
        Assert.IsAssignableFrom<OperationRefusedException>(closedMaster);
    }

    [Fact]
    public void A_merged_lead_cannot_be_merged_again_nor_be_a_master()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var merged = TestLeads.NewLead(lifecycle);
        lifecycle.Merge([master, merged], "ali", new LeadMergeOptions { Master = master.Id });
        var other = TestLeads.NewLead(lifecycle);

        Assert.Contains("merged into lead", Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([other, merged], "ali", new LeadMergeOptions { Master = other.Id })).Message, StringComparison.Ordinal);
        Assert.Contains("merged into lead", Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([merged, other], "ali", new LeadMergeOptions { Master = merged.Id })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_argument_exceptions()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);
        var stranger = TestLeads.NewLead(TestLeads.NewLifecycle());

        Assert.Throws<ArgumentNullException>(() => lifecycle.Merge(null!, "ali"));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a], "ali"));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, a], "ali"));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, null!], "ali"));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, stranger], "ali"));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, b], "ali", new LeadMergeOptions { Master = stranger.Id }));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, b], "ali", new LeadMergeOptions
        {
            FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Owner] = stranger.Id },
        }));
        Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, b], " "));
        Assert.Null(a.MasterId);
        Assert.Null(b.MasterId);
    }

    [Fact]
    public void A_merged_snapshot_restores_and_an_inconsistent_one_is_refused()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var merged = TestLeads.NewLead(lifecycle);
        lifecycle.Merge([master, merged], "ali", new LeadMergeOptions { Master = master.Id });
        var snapshot = merged.ToSnapshot();

        var restored = lifecycle.Restore(snapshot);
        Assert.Equal(snapshot, restored.ToSnapshot());
        Assert.Equal(master.Id, restored.MasterId);
        Assert.Empty(restored.GetPermittedTriggers());

        Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(snapshot with { MasterId = merged.Id }));
        var open = TestLeads.NewLead(lifecycle).ToSnapshot();
        Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(open with { MasterId = master.Id }));
        Assert.NotEqual(snapshot, snapshot with { MasterId = null });
    }

    [Fact]
    public void Bad_choices_and_leads_are_refused_word_for_word_with_their_names()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);
        var stranger = TestLeads.NewLead(TestLeads.NewLifecycle());

        AssertRefused("options", "LeadMergeOptions.FieldChoices may be empty but not null.",
            () => lifecycle.Merge([a, b], "ali", new LeadMergeOptions { FieldChoices = null! }));
        AssertRefused("leads", $"The lead {a.Id} appears twice in the merge.", () => lifecycle.Merge([a, b, a], "ali", new LeadMergeOptions { Master = b.Id }));
        AssertRefused("leads", $"The lead {stranger.Id} lives under another LeadLifecycle; merge leads of one lifecycle.", () => lifecycle.Merge([a, stranger], "ali"));
        AssertRefused("leads", $"The lead {stranger.Id} lives under another LeadLifecycle; merge leads of one lifecycle.",
            () => lifecycle.Merge([stranger, a], "ali", new LeadMergeOptions { Master = stranger.Id }));
        AssertRefused("options", "The default LeadField is not a field; use a LeadField property or LeadField.Custom.",
            () => lifecycle.Merge([a, b], "ali", new LeadMergeOptions { FieldChoices = new Dictionary<LeadField, LeadId> { [default] = a.Id } }));
        AssertRefused("options", $"The choice for Owner names lead {stranger.Id}, which takes no part in the merge.",
            () => lifecycle.Merge([a, b], "ali", new LeadMergeOptions { FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Owner] = stranger.Id } }));
        Assert.Equal((1L, 1L, (LeadId?)null, (LeadId?)null), (a.Version, b.Version, a.MasterId, b.MasterId));
    }

    [Fact]
    public void Each_refusal_is_listed_word_for_word_and_the_master_named()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var done = TestLeads.NewLead(lifecycle);
        var merged = TestLeads.NewLead(lifecycle);
        lifecycle.Merge([done, merged], "ali", new LeadMergeOptions { Master = done.Id });
        var converted = TestLeads.NewLead(lifecycle);
        converted.Qualify("ali");
        converted.MarkConverted(new LeadConversion("a", null, null), "ali");

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([master, merged, converted], "ali", new LeadMergeOptions { Master = master.Id }));

        Assert.Equal(master.Id, error.MasterId);
        Assert.Equal(
            [$"lead {merged.Id} was merged into lead {done.Id} already", $"lead {converted.Id} is Converted: a converted lead cannot be merged into another"],
            error.Problems);
        Assert.Equal($"The leads cannot be merged into lead {master.Id}: {string.Join("; ", error.Problems)}. No lead was changed.", error.Message);
    }

    [Fact]
    public void A_master_merged_already_or_closed_is_refused_word_for_word()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var done = TestLeads.NewLead(lifecycle);
        var merged = TestLeads.NewLead(lifecycle);
        lifecycle.Merge([done, merged], "ali", new LeadMergeOptions { Master = done.Id });
        var qualified = TestLeads.NewLead(lifecycle);
        qualified.Qualify("ali");
        var disqualified = TestLeads.NewLead(lifecycle);
        disqualified.Disqualify("ali");
        var other = TestLeads.NewLead(lifecycle);

        Assert.Equal([$"lead {merged.Id}, the master, was merged into lead {done.Id} already: merge into that one"],
            Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([merged, other], "ali", new LeadMergeOptions { Master = merged.Id })).Problems);
        Assert.Equal([$"lead {qualified.Id}, the master, is Qualified: only an open lead can be a master (Dynamics 365 merges into an active record); reactivate it or choose an open lead"],
            Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([qualified, other], "ali", new LeadMergeOptions { Master = qualified.Id })).Problems);
        Assert.Equal([$"lead {disqualified.Id}, the master, is Disqualified: only an open lead can be a master (Dynamics 365 merges into an active record); reactivate it or choose an open lead"],
            Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([disqualified, other], "ali", new LeadMergeOptions { Master = disqualified.Id })).Problems);
        Assert.Null(other.MasterId);
    }

    [Fact]
    public void A_subordinate_whose_history_is_full_is_refused_and_one_with_room_for_one_more_is_merged()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxHistoryEntries = 3, CreationPolicy = LeadCreationPolicy.Lenient });
        var master = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var full = lifecycle.Create(TestLeads.Qualifiable, "ali");
        full.Qualify("ali");
        full.Reactivate("ali");
        var roomy = lifecycle.Create(TestLeads.Qualifiable, "ali");
        roomy.Qualify("ali");

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([master, full], "ali", new LeadMergeOptions { Master = master.Id }));
        lifecycle.Merge([master, roomy], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal([$"lead {full.Id} already holds 3 status changes, the lifecycle's limit"], error.Problems);
        Assert.Null(full.MasterId);
        Assert.Equal(3, roomy.History.Count);
        Assert.Equal(master.Id, roomy.MasterId);
    }

    [Fact]
    public void A_choice_that_leaves_the_master_without_a_required_field_is_refused_but_a_field_missing_before_is_not_blamed()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Salesforce });
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso" }, "ali");
        var other = lifecycle.Create(new LeadDetails { LastName = "Silva", CompanyName = "Fabrikam" }, "ali");
        var lastNameFromNowhere = new Dictionary<LeadField, LeadId> { [LeadField.LastName] = other.Id };

        lifecycle.Merge([master, other], "ali", new LeadMergeOptions { Master = master.Id, FieldChoices = lastNameFromNowhere });

        Assert.Equal("Silva", master.Details.LastName);

        var stored = lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso" }, "ali").ToSnapshot();
        var noCompany = lifecycle.Restore(stored with { Details = stored.Details with { CompanyName = null, Topic = "Lima" } });
        var alsoNone = lifecycle.Restore(stored with { Id = LeadId.New(), Details = stored.Details with { CompanyName = null, Topic = "Lima" } });
        lifecycle.Merge([noCompany, alsoNone], "ali", new LeadMergeOptions { Master = noCompany.Id });
        Assert.Null(noCompany.Details.CompanyName);
        Assert.Equal(noCompany.Id, alsoNone.MasterId);
    }

    [Fact]
    public void A_choice_of_a_lead_without_a_required_field_is_refused_word_for_word()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Salesforce });
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso" }, "ali");
        var withoutCompany = lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Fabrikam" }, "ali").ToSnapshot();
        var other = lifecycle.Restore(withoutCompany with { Details = withoutCompany.Details with { CompanyName = null, Topic = "Lima" } });
        var before = (master.ToSnapshot(), other.ToSnapshot());

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([master, other], "ali", new LeadMergeOptions
        {
            Master = master.Id,
            FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.CompanyName] = other.Id },
        }));

        Assert.Equal(["the choices leave the master without CompanyName, which the creation policy requires"], error.Problems);
        Assert.Equal(before, (master.ToSnapshot(), other.ToSnapshot()));
    }

    [Fact]
    public void The_rating_set_by_hand_follows_the_lead_it_is_taken_from()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        Assert.True(master.ApplyComputedRating(LeadRating.Cold, "scoring"));
        var byHand = lifecycle.Create(TestLeads.Qualifiable with { Rating = LeadRating.Hot }, "ali");

        lifecycle.Merge([master, byHand], "ali", new LeadMergeOptions
        {
            Master = master.Id,
            FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Rating] = byHand.Id },
        });

        Assert.Equal((LeadRating?)LeadRating.Hot, master.Details.Rating);
        Assert.True(master.IsRatingSetByHand);
        Assert.False(master.ApplyComputedRating(LeadRating.Warm, "scoring"));
    }

    [Fact]
    public void Another_field_taken_from_a_lead_with_a_hand_set_rating_leaves_the_masters_computed_rating_computed()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        Assert.True(master.ApplyComputedRating(LeadRating.Cold, "scoring"));
        var byHand = lifecycle.Create(TestLeads.Qualifiable with { Rating = LeadRating.Hot, Owner = "sara", Description = "met at the fair" }, "ali");

        lifecycle.Merge([master, byHand], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal(("sara", "met at the fair"), (master.Details.Owner, master.Details.Description));
        Assert.Equal((LeadRating?)LeadRating.Cold, master.Details.Rating);
        Assert.False(master.IsRatingSetByHand);
        Assert.True(master.ApplyComputedRating(LeadRating.Warm, "scoring"));
    }

    [Fact]
    public void A_computed_rating_taken_over_stays_computed_and_a_rating_chosen_away_hands_it_back_to_scoring()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var computed = TestLeads.NewLead(lifecycle);
        computed.ApplyComputedRating(LeadRating.Warm, "scoring");

        lifecycle.Merge([master, computed], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal((LeadRating?)LeadRating.Warm, master.Details.Rating);
        Assert.False(master.IsRatingSetByHand);

        var handRated = lifecycle.Create(TestLeads.Qualifiable with { Rating = LeadRating.Hot }, "ali");
        var unrated = TestLeads.NewLead(lifecycle);
        lifecycle.Merge([handRated, unrated], "ali", new LeadMergeOptions
        {
            Master = handRated.Id,
            FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Rating] = unrated.Id },
        });

        Assert.Null(handRated.Details.Rating);
        Assert.False(handRated.IsRatingSetByHand);
        Assert.True(handRated.ApplyComputedRating(LeadRating.Cold, "scoring"));
    }

    [Fact]
    public void The_rule_breaks_a_tie_of_creation_time_by_the_lowest_id()
    {
        var lifecycle = new LeadLifecycle(new NodaTime.Testing.FakeClock(TestLeads.Start), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var low = lifecycle.Create(TestLeads.Qualifiable, "ali", LeadId.Parse("00000000000000000000000000000001"));
        var high = lifecycle.Create(TestLeads.Qualifiable, "ali", LeadId.Parse("ffffffffffffffffffffffffffffffff"));

        Assert.Same(low, lifecycle.Merge([high, low], "ali").Master);
    }

    [Fact]
    public void The_rule_prefers_contacted_wherever_it_stands_and_the_oldest_among_equals()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var older = TestLeads.NewLead(lifecycle);
        var contacted = TestLeads.NewLead(lifecycle);
        contacted.MarkContacted("ali");
        var newer = TestLeads.NewLead(lifecycle);
        Assert.Same(contacted, lifecycle.Merge([contacted, older, newer], "ali").Master);

        var first = TestLeads.NewLead(lifecycle);
        var second = TestLeads.NewLead(lifecycle);
        first.MarkContacted("ali");
        second.MarkContacted("ali");
        Assert.Same(first, lifecycle.Merge([second, first], "ali").Master);
    }

    [Fact]
    public void A_custom_field_chosen_by_name_takes_that_leads_value_even_when_it_has_none()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(TestLeads.Qualifiable with { CustomFields = new Dictionary<string, CustomFieldValue> { ["Region"] = CustomFieldValue.FromText("Isfahan") } }, "ali");
        var other = lifecycle.Create(TestLeads.Qualifiable with { CustomFields = new Dictionary<string, CustomFieldValue> { ["Region"] = CustomFieldValue.FromText("Tabriz"), ["Seats"] = CustomFieldValue.FromNumber(5) } }, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions
        {
            Master = master.Id,
            FieldChoices = new Dictionary<LeadField, LeadId>
            {
                [LeadField.Custom("Region", CustomFieldKind.Number)] = other.Id,
                [LeadField.Custom("Seats", CustomFieldKind.Number)] = master.Id,
            },
        });

        Assert.Equal(new Dictionary<string, CustomFieldValue> { ["Region"] = CustomFieldValue.FromText("Tabriz") }, master.Details.CustomFields);
        Assert.Equal(
            [
                new MergeLeftover(master.Id, LeadField.Custom("Region", CustomFieldKind.Text), "Isfahan", MergeLeftoverReason.OtherLeadChosen),
                new MergeLeftover(other.Id, LeadField.Custom("Seats", CustomFieldKind.Number), 5m, MergeLeftoverReason.OtherLeadChosen),
            ],
            result.LeftOver);
    }

    [Fact]
    public void Custom_fields_past_the_limit_of_200_are_reported_and_the_master_keeps_200()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(TestLeads.Qualifiable with { CustomFields = Fields(0, 199) }, "ali");
        var other = lifecycle.Create(TestLeads.Qualifiable with { CustomFields = Fields(150, 202) }, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal(200, master.Details.CustomFields.Count);
        Assert.True(master.Details.CustomFields.ContainsKey("f199"));
        Assert.Equal(
            [
                new MergeLeftover(other.Id, LeadField.Custom("f200", CustomFieldKind.Number), 200m, MergeLeftoverReason.LimitReached),
                new MergeLeftover(other.Id, LeadField.Custom("f201", CustomFieldKind.Number), 201m, MergeLeftoverReason.LimitReached),
            ],
            result.LeftOver);

        static Dictionary<string, CustomFieldValue> Fields(int from, int to) =>
            Enumerable.Range(from, to - from).ToDictionary(i => $"f{i:000}", i => CustomFieldValue.FromNumber(i));
    }

    [Fact]
    public void Activities_past_the_masters_limit_are_reported_in_order_and_the_log_fills_to_the_limit()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxActivities = 3, CreationPolicy = LeadCreationPolicy.Lenient });
        var master = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var other = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var third = lifecycle.Create(TestLeads.Qualifiable, "ali");
        master.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.Meeting, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.Note, TestLeads.Start, "ali");
        third.LogActivity(ActivityType.Meeting, TestLeads.Start, "ali");
        third.LogActivity(ActivityType.WebVisit, TestLeads.Start, "ali");

        var result = lifecycle.Merge([master, other, third], "ali", new LeadMergeOptions { Master = master.Id });

        Assert.Equal(2, result.ActivitiesAdded);
        Assert.Equal([ActivityType.Call, ActivityType.Meeting, ActivityType.Note], master.Activities.Select(a => a.Type));
        Assert.Equal([new MergeLeftoverActivity(third.Id, new LeadActivity(ActivityType.WebVisit, TestLeads.Start))], result.ActivitiesLeftOver);
        Assert.Equal(1 + 1 + 1 + 2, master.Version);
    }

    private static void AssertRefused(string parameter, string message, Action act)
    {
        var error = Assert.Throws<ArgumentException>(act);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    [Fact]
    public void The_e_mails_of_the_lead_chosen_for_them_come_first()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["m1@x.example", "m2@x.example"] }, "ali");
        var other = lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["o1@x.example", "o2@x.example"] }, "ali");

        var result = lifecycle.Merge([master, other], "ali", new LeadMergeOptions
        {
            Master = master.Id,
            FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Emails] = other.Id },
        });

        Assert.Equal(["o1@x.example", "o2@x.example", "m1@x.example"], master.Details.Emails);
        Assert.Equal([new MergeLeftover(master.Id, LeadField.Emails, "m2@x.example", MergeLeftoverReason.LimitReached)], result.LeftOver);
    }

    [Fact]
    public void A_merge_that_starts_while_one_of_its_leads_is_being_changed_is_refused_and_changes_no_lead()
    {
        Lead? other = null;
        Lead? lead = null;
        Exception? refused = null;
        LeadSnapshot? otherBefore = null;
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default.Require("merges the lead it guards", _ =>
        {
            otherBefore = other!.ToSnapshot();
            refused = Record.Exception(() => lead!.Lifecycle.Merge([other!, lead!], "bob", new LeadMergeOptions { Master = other!.Id }));
            return true;
        }));
        lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        other = lifecycle.Create(TestLeads.Qualifiable, "ali");

        lead.Qualify("ali");

        Assert.IsType<InvalidOperationException>(refused);
        Assert.Contains("one writer at a time", refused!.Message, StringComparison.Ordinal);
        Assert.Equal(otherBefore, other.ToSnapshot());
        Assert.Null(lead.MasterId);
        Assert.Equal(LeadState.Qualified, lead.State);
        Assert.Null(other.MasterId);
        lifecycle.Merge([other, lead], "bob", new LeadMergeOptions { Master = other.Id });
        Assert.Equal(other.Id, lead.MasterId);
    }

    [Fact]
    public void A_refusal_with_no_master_says_so_without_naming_one()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);
        a.Qualify("ali");
        b.Qualify("ali");

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([a, b], "ali"));

        Assert.Equal("The leads cannot be merged: none of the 2 leads is open, and only an open lead can be a master (Dynamics 365 merges into an active record); reactivate one first. No lead was changed.", error.Message);
    }

    [Fact]
    public void A_master_too_near_the_highest_version_for_the_merge_and_its_activities_is_refused_and_no_lead_changes()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var high = lifecycle.Restore(TestLeads.NewLead(lifecycle).ToSnapshot() with { Version = long.MaxValue - 3 });
        var other = TestLeads.NewLead(lifecycle);
        other.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        other.LogActivity(ActivityType.Meeting, TestLeads.Start, "ali");
        var before = (high.ToSnapshot(), other.ToSnapshot());

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([high, other], "ali", new LeadMergeOptions { Master = high.Id }));

        Assert.Equal([$"lead {high.Id}, the master, is at version {long.MaxValue - 3}: the merge and its 2 activities would take it past the highest version a lead can reach; archive the lead and start a new one"], error.Problems);
        Assert.Equal(before, (high.ToSnapshot(), other.ToSnapshot()));

        var justRoom = lifecycle.Restore(TestLeads.NewLead(lifecycle).ToSnapshot() with { Version = long.MaxValue - 4 });
        lifecycle.Merge([justRoom, other], "ali", new LeadMergeOptions { Master = justRoom.Id });
        Assert.Equal(long.MaxValue - 1, justRoom.Version);
        Assert.Equal(lifecycle.Restore(justRoom.ToSnapshot()).ToSnapshot(), justRoom.ToSnapshot());
    }

    [Fact]
    public void A_subordinate_at_the_highest_version_is_refused_and_no_lead_changes()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = TestLeads.NewLead(lifecycle);
        var top = lifecycle.Restore(TestLeads.NewLead(lifecycle).ToSnapshot() with { Version = long.MaxValue - 1 });
        var before = (master.ToSnapshot(), top.ToSnapshot());

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([master, top], "ali", new LeadMergeOptions { Master = master.Id }));

        Assert.Equal([$"lead {top.Id} is at version {long.MaxValue - 1}, the highest a lead can reach: archive the lead and start a new one"], error.Problems);
        Assert.Equal(before, (master.ToSnapshot(), top.ToSnapshot()));
    }
}
