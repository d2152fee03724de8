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
}
