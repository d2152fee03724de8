using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The lifecycle's own checks: its options, <c>Create</c>'s id, <c>Merge</c>'s arguments and the known reasons and types.</summary>
public sealed class LeadLifecycleTests
{
    [Fact]
    public void A_null_creation_policy_is_refused_word_for_word()
    {
        var error = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = null! }));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("LeadLifecycleOptions.CreationPolicy may not be null; choose LeadCreationPolicy.Lenient to require nothing but a name.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_qualification_policy_is_refused_word_for_word()
    {
        var error = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { QualificationPolicy = null! }));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("LeadLifecycleOptions.QualificationPolicy may not be null; QualificationPolicy.Default requires nothing.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    public void A_history_limit_below_2_is_refused_word_for_word(int limit)
    {
        var error = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxHistoryEntries = limit }));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith($"LeadLifecycleOptions.MaxHistoryEntries must be at least 2 (creation and one change); it was {limit}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_activity_limit_below_1_is_refused_word_for_word(int limit)
    {
        var error = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxActivities = limit }));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith($"LeadLifecycleOptions.MaxActivities must be at least 1; it was {limit}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smallest_limits_are_accepted_and_hold()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { MaxHistoryEntries = 2, MaxActivities = 1 });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");

        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        lead.Qualify("ali");

        Assert.Equal((2, 1), (lifecycle.MaxHistoryEntries, lifecycle.MaxActivities));
        Assert.Throws<LeadLimitException>(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));
        Assert.Throws<LeadLimitException>(() => lead.Reactivate("ali"));
    }

    [Fact]
    public void A_default_reason_or_type_in_the_options_is_refused_word_for_word()
    {
        var reasons = new LeadLifecycleOptions();
        reasons.DisqualificationReasons.Add(default);
        var types = new LeadLifecycleOptions();
        types.ActivityTypes.Add(default);

        var reason = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), reasons));
        var type = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), types));

        Assert.Equal(("options", "options"), (reason.ParamName, type.ParamName));
        Assert.StartsWith("The default value is not a disqualification reason; make one with Define.", reason.Message, StringComparison.Ordinal);
        Assert.StartsWith("The default value is not a activity type; make one with Define.", type.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_reasons_or_types_with_one_code_are_refused_word_for_word()
    {
        var reasons = new LeadLifecycleOptions();
        reasons.DisqualificationReasons.Add(DisqualificationReason.Define(12, "Duplicate"));
        reasons.DisqualificationReasons.Add(DisqualificationReason.Define(12, "Spam"));
        var types = new LeadLifecycleOptions();
        types.ActivityTypes.Add(ActivityType.Define(40, "Webinar"));
        types.ActivityTypes.Add(ActivityType.Define(40, "Webinar"));

        var reason = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), reasons));
        var type = Assert.Throws<ArgumentException>(() => new LeadLifecycle(TestLeads.NewClock(), types));

        Assert.Equal(("options", "options"), (reason.ParamName, type.ParamName));
        Assert.StartsWith("Two disqualification reasons have the code 12; give each its own.", reason.Message, StringComparison.Ordinal);
        Assert.StartsWith("Two activity types have the code 40; give each its own.", type.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hosts_reasons_and_types_are_listed_by_code_after_the_well_known_ones()
    {
        var options = new LeadLifecycleOptions();
        options.DisqualificationReasons.Add(DisqualificationReason.Define(30, "Spam"));
        options.DisqualificationReasons.Add(DisqualificationReason.Define(10, "Duplicate"));
        options.ActivityTypes.Add(ActivityType.Define(50, "Webinar"));
        options.ActivityTypes.Add(ActivityType.Define(20, "Trial"));

        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), options);

        Assert.Equal([4, 5, 6, 7, 10, 30], lifecycle.DisqualificationReasons.Select(r => r.Code));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 20, 50], lifecycle.ActivityTypes.Select(t => t.Code));
    }

    [Fact]
    public void Create_refuses_the_empty_id_word_for_word_and_keeps_an_id_given()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var id = LeadId.New();

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Create(TestLeads.Qualifiable, "ali", default(LeadId)));

        Assert.Equal("id", error.ParamName);
        Assert.StartsWith("The empty id is not a valid lead id.", error.Message, StringComparison.Ordinal);
        Assert.Equal(id, lifecycle.Create(TestLeads.Qualifiable, "ali", id).Id);
        Assert.False(lifecycle.Create(TestLeads.Qualifiable, "ali").Id.IsEmpty);
    }

    [Fact]
    public void Create_refuses_details_that_lack_a_required_field_naming_the_policy()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock());

        var error = Assert.Throws<MissingRequiredFieldsException>(() => lifecycle.Create(new LeadDetails { CompanyName = "Contoso" }, "ali"));

        Assert.Same(LeadCreationPolicy.Dynamics, error.Policy);
        Assert.Equal(["LastName"], error.MissingFields);
    }

    [Fact]
    public void Restore_refuses_a_null_snapshot() =>
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => TestLeads.NewLifecycle().Restore(null!)).ParamName);

    [Fact]
    public void Merge_refuses_its_arguments_word_for_word_with_their_names()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);
        var stranger = TestLeads.NewLead(TestLeads.NewLifecycle());

        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => lifecycle.Merge(null!, "ali")).ParamName);
        Assert.Equal("actingUser", Assert.Throws<ArgumentNullException>(() => lifecycle.Merge([a, b], null!)).ParamName);
        Assert.Equal("actingUser", Assert.Throws<ArgumentException>(() => lifecycle.Merge([a, b], "  ")).ParamName);
        AssertRefused("leads", "A merge needs at least two leads; 1 given.", () => lifecycle.Merge([a], "ali"));
        AssertRefused("leads", "A merge needs at least two leads; 0 given.", () => lifecycle.Merge([], "ali"));
        AssertRefused("leads", "Lead 1 is null.", () => lifecycle.Merge([a, null!], "ali"));
        AssertRefused("leads", "Lead 0 is null.", () => lifecycle.Merge([null!, a], "ali"));
        AssertRefused("options", $"The master {stranger.Id} is not one of the leads to merge.",
            () => lifecycle.Merge([a, b], "ali", new LeadMergeOptions { Master = stranger.Id }));
        Assert.Null(a.MasterId);
        Assert.Null(b.MasterId);
    }

    [Fact]
    public void Merge_with_no_open_lead_is_refused_word_for_word()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);
        var c = TestLeads.NewLead(lifecycle);
        a.Qualify("ali");
        b.Disqualify("ali");
        c.Qualify("ali");

        var error = Assert.Throws<LeadMergeRefusedException>(() => lifecycle.Merge([a, b, c], "ali"));

        Assert.Null(error.MasterId);
        Assert.Equal(["none of the 3 leads is open, and only an open lead can be a master (Dynamics 365 merges into an active record); reactivate one first"], error.Problems);
    }

    [Fact]
    public void Merge_takes_the_master_asked_for_wherever_it_stands_and_the_others_in_order()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 4).Select(_ => TestLeads.NewLead(lifecycle)).ToArray();

        var result = lifecycle.Merge(leads, "ali", new LeadMergeOptions { Master = leads[2].Id });

        Assert.Same(leads[2], result.Master);
        Assert.Equal([leads[0], leads[1], leads[3]], result.Subordinates);
        Assert.All(result.Subordinates, s => Assert.Equal(leads[2].Id, s.MasterId));
        Assert.Null(leads[2].MasterId);
    }

    [Fact]
    public void Merge_by_the_rule_takes_the_chosen_master_out_of_the_subordinates()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 3).Select(_ => TestLeads.NewLead(lifecycle)).ToArray();
        leads[0].Qualify("ali");
        leads[2].MarkContacted("ali");

        var result = lifecycle.Merge(leads, "ali");

        Assert.Same(leads[2], result.Master);
        Assert.Equal([leads[0], leads[1]], result.Subordinates);
    }

    [Fact]
    public void A_reason_or_type_the_lifecycle_does_not_know_is_refused_word_for_word()
    {
        var lead = TestLeads.NewLead();

        AssertRefused("reason", "The disqualification reason 12 'Duplicate' is not registered; add it to LeadLifecycleOptions.DisqualificationReasons.",
            () => lead.Disqualify(DisqualificationReason.Define(12, "Duplicate"), "ali"));
        AssertRefused("reason", "The default DisqualificationReason is not a reason; use a well-known one or DisqualificationReason.Define.",
            () => lead.Disqualify(default, "ali"));
        AssertRefused("type", "The activity type 40 'Webinar' is not registered; add it to LeadLifecycleOptions.ActivityTypes.",
            () => lead.LogActivity(ActivityType.Define(40, "Webinar"), TestLeads.Start, "ali"));
        AssertRefused("type", "The default ActivityType is not a type; use a well-known one or ActivityType.Define.",
            () => lead.LogActivity(default, TestLeads.Start, "ali"));
    }

    [Fact]
    public void A_reason_or_type_with_a_registered_code_but_another_name_or_kind_is_not_known()
    {
        var options = new LeadLifecycleOptions();
        options.DisqualificationReasons.Add(DisqualificationReason.Define(12, "Duplicate"));
        options.ActivityTypes.Add(ActivityType.Define(40, "Webinar"));
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), options);
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");

        Assert.Throws<ArgumentException>(() => lead.Disqualify(DisqualificationReason.Define(12, "Spam"), "ali"));
        Assert.Throws<ArgumentException>(() => lead.LogActivity(ActivityType.Define(40, "Webinar", ActivityKind.Touch), TestLeads.Start, "ali"));
        Assert.Throws<ArgumentException>(() => lead.LogActivity(ActivityType.Define(40, "Seminar"), TestLeads.Start, "ali"));
        lead.LogActivity(ActivityType.Define(40, "Webinar"), TestLeads.Start, "ali");
        lead.Disqualify(DisqualificationReason.Define(12, "Duplicate"), "ali");

        Assert.Equal(LeadStatusReason.Disqualified(DisqualificationReason.Define(12, "Duplicate")), lead.StatusReason);
        Assert.Single(lead.Activities);
    }

    private static void AssertRefused(string parameter, string message, Action act)
    {
        var error = Assert.Throws<ArgumentException>(act);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }
}
