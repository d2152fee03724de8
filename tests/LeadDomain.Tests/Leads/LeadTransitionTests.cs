using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadTransitionTests
{
    [Fact]
    public void A_new_lead_is_open_new_at_version_1_with_a_created_event_and_a_creation_entry()
    {
        var lead = TestLeads.NewLead();

        Assert.Equal(LeadState.Open, lead.State);
        Assert.Equal(LeadStatusReason.New, lead.StatusReason);
        Assert.Equal(1, lead.Version);
        Assert.Equal(TestLeads.Start, lead.CreatedAt);
        Assert.Equal(lead.CreatedAt, lead.ModifiedAt);
        var created = Assert.IsType<LeadCreated>(Assert.Single(lead.PendingEvents));
        Assert.Equal(lead.Details, created.Details);
        Assert.Equal(new StatusChange(null, LeadStatusReason.New, TestLeads.Start, "ali"), Assert.Single(lead.History));
    }

    [Fact]
    public void MarkContacted_moves_New_to_Contacted_and_records_it()
    {
        var lead = TestLeads.NewLead();

        lead.MarkContacted("sara");

        Assert.Equal(LeadStatusReason.Contacted, lead.StatusReason);
        Assert.Equal(LeadState.Open, lead.State);
        Assert.Equal(2, lead.Version);
        var change = lead.History[^1];
        Assert.Equal((LeadStatusReason?)LeadStatusReason.New, change.From);
        Assert.Equal(LeadStatusReason.Contacted, change.To);
        Assert.Equal("sara", change.ActingUser);
        Assert.Equal(lead.ModifiedAt, change.At);
        Assert.True(change.At > lead.CreatedAt);
        var contacted = Assert.IsType<LeadContacted>(lead.PendingEvents[^1]);
        Assert.Equal(2, contacted.Version);
        Assert.Equal("sara", contacted.ActingUser);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Qualify_moves_an_open_lead_to_Qualified(bool contactedFirst)
    {
        var lead = TestLeads.NewLead();
        if (contactedFirst)
        {
            lead.MarkContacted("ali");
        }

        lead.Qualify("ali");

        Assert.Equal(LeadState.Qualified, lead.State);
        Assert.Equal(LeadStatusReason.Qualified, lead.StatusReason);
        Assert.IsType<LeadQualified>(lead.PendingEvents[^1]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Disqualify_records_the_reason_as_status_reason(int code)
    {
        var reason = DisqualificationReason.WellKnown.Single(r => r.Code == code);
        var expected = LeadStatusReason.WellKnown.Single(r => r.Code == code);
        var lead = TestLeads.NewLead();

        lead.Disqualify(reason, "ali");

        Assert.Equal(LeadState.Disqualified, lead.State);
        Assert.Equal(expected, lead.StatusReason);
        Assert.Equal(reason, lead.DisqualificationReason);
        Assert.Equal(reason, Assert.IsType<LeadDisqualified>(lead.PendingEvents[^1]).Reason);
        Assert.Equal(expected, lead.History[^1].To);
    }

    [Fact]
    public void A_disqualified_lead_is_reactivated_to_New_keeping_its_details()
    {
        var lead = TestLeads.NewLead();
        lead.Disqualify(DisqualificationReason.CannotContact, "ali");
        var details = lead.Details;

        lead.Reactivate("sara");

        Assert.Equal(LeadStatusReason.New, lead.StatusReason);
        Assert.Null(lead.DisqualificationReason);
        Assert.Same(details, lead.Details);
        Assert.Equal(LeadStatusReason.CannotContact, Assert.IsType<LeadReactivated>(lead.PendingEvents[^1]).From);
    }

    [Fact]
    public void A_qualified_lead_that_is_not_converted_can_be_reactivated()
    {
        var lead = TestLeads.NewLead();
        lead.Qualify("ali");

        lead.Reactivate("ali");

        Assert.Equal(LeadStatusReason.New, lead.StatusReason);
        Assert.Equal(LeadStatusReason.Qualified, Assert.IsType<LeadReactivated>(lead.PendingEvents[^1]).From);
    }

    [Fact]
    public void Convert_records_what_the_lead_became_and_raises_the_converted_event()
    {
        var lead = TestLeads.NewLead();
        lead.Qualify("ali");
        var conversion = new LeadConversion("account-1", "contact-7", null);

        lead.MarkConverted(conversion, "ali");

        Assert.Equal(LeadState.Converted, lead.State);
        Assert.Same(conversion, lead.Conversion);
        Assert.Same(conversion, Assert.IsType<LeadConverted>(lead.PendingEvents[^1]).Conversion);
        Assert.Equal(3, lead.Version);
    }

    [Fact]
    public void Each_successful_operation_adds_one_version_and_one_event()
    {
        var lead = TestLeads.NewLead();
        lead.MarkContacted("a");
        lead.Edit(lead.Details with { JobTitle = "CTO" }, "a");
        lead.Disqualify(DisqualificationReason.Lost, "a");
        lead.Reactivate("a");
        lead.Qualify("a");
        lead.MarkConverted(new LeadConversion("acc", null, "opp"), "a");

        Assert.Equal(7, lead.Version);
        Assert.Equal(7, lead.PendingEvents.Count);
        Assert.Equal(
            [1L, 2, 3, 4, 5, 6, 7],
            lead.PendingEvents.Select(e => e.Version));
        Assert.Equal(6, lead.History.Count);
    }

    public static TheoryData<string, LeadTrigger> Refusals => new()
    {
        { "New", LeadTrigger.Reactivate },
        { "New", LeadTrigger.Convert },
        { "Contacted", LeadTrigger.MarkContacted },
        { "Contacted", LeadTrigger.Convert },
        { "Contacted", LeadTrigger.Reactivate },
        { "Qualified", LeadTrigger.MarkContacted },
        { "Qualified", LeadTrigger.Qualify },
        { "Qualified", LeadTrigger.Disqualify },
        { "Qualified", LeadTrigger.Edit },
        { "Disqualified", LeadTrigger.MarkContacted },
        { "Disqualified", LeadTrigger.Qualify },
        { "Disqualified", LeadTrigger.Disqualify },
        { "Disqualified", LeadTrigger.Convert },
        { "Disqualified", LeadTrigger.Edit },
        { "Converted", LeadTrigger.MarkContacted },
        { "Converted", LeadTrigger.Qualify },
        { "Converted", LeadTrigger.Disqualify },
        { "Converted", LeadTrigger.Reactivate },
        { "Converted", LeadTrigger.Convert },
        { "Converted", LeadTrigger.Edit },
        { "Converted", LeadTrigger.LogActivity },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_operation_throws_naming_lead_state_and_trigger_and_changes_nothing(string start, LeadTrigger trigger)
    {
        var lead = LeadIn(start);
        var before = lead.ToSnapshot();
        var eventsBefore = lead.PendingEvents.ToArray();

        var error = Assert.Throws<InvalidLeadTransitionException>(() => Fire(lead, trigger));

        Assert.Equal(lead.Id, error.LeadId);
        Assert.Equal(lead.StatusReason, error.StatusReason);
        Assert.Equal(lead.State, error.State);
        Assert.Equal(trigger, error.Trigger);
        Assert.Empty(error.UnmetRequirements);
        Assert.Contains(lead.Id.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(trigger.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(lead.State.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(before, lead.ToSnapshot());
        Assert.Equal(eventsBefore, lead.PendingEvents);
        Assert.False(lead.CanFire(trigger));
    }

    [Fact]
    public void A_converted_lead_permits_nothing()
    {
        var lead = LeadIn("Converted");

        Assert.Empty(lead.GetPermittedTriggers());
    }

    [Theory]
    [InlineData("New", new[] { LeadTrigger.MarkContacted, LeadTrigger.Qualify, LeadTrigger.Disqualify, LeadTrigger.Edit, LeadTrigger.LogActivity, LeadTrigger.Merge })]
    [InlineData("Contacted", new[] { LeadTrigger.Qualify, LeadTrigger.Disqualify, LeadTrigger.Edit, LeadTrigger.LogActivity, LeadTrigger.Merge })]
    [InlineData("Qualified", new[] { LeadTrigger.Reactivate, LeadTrigger.Convert, LeadTrigger.LogActivity, LeadTrigger.Merge })]
    [InlineData("Disqualified", new[] { LeadTrigger.Reactivate, LeadTrigger.LogActivity, LeadTrigger.Merge })]
    public void The_lead_lists_the_operations_permitted_now(string start, LeadTrigger[] expected)
    {
        Assert.Equal(expected, LeadIn(start).GetPermittedTriggers());
    }

    [Fact]
    public void Qualify_refused_by_the_policy_names_the_unmet_requirements_and_changes_nothing()
    {
        var lead = TestLeads.NewLead(details: new LeadDetails { FirstName = "Sara" });
        var before = lead.ToSnapshot();

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.Qualify("ali"));

        Assert.Equal(["has a company or last name", "has an e-mail or phone"], error.UnmetRequirements.Order());
        Assert.Contains("has an e-mail or phone", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, lead.ToSnapshot());
        Assert.Single(lead.PendingEvents);
    }

    [Fact]
    public void CanFire_explains_why_Qualify_is_not_permitted_yet()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Emails = [] });

        Assert.False(lead.CanFire(LeadTrigger.Qualify, out var unmet));
        Assert.Equal(["has an e-mail or phone"], unmet);
        Assert.DoesNotContain(LeadTrigger.Qualify, lead.GetPermittedTriggers());

        lead.Edit(lead.Details with { BusinessPhone = "+98 21 8888 0000" }, "ali");

        Assert.True(lead.CanFire(LeadTrigger.Qualify, out unmet));
        Assert.Empty(unmet);
    }

    [Fact]
    public void A_custom_policy_guards_Qualify()
    {
        var policy = QualificationPolicy.Default.Require("has a budget", l => l.Details.Budget is not null);
        var lifecycle = TestLeads.NewLifecycle(policy);
        var lead = lifecycle.Create(new LeadDetails { CompanyName = "Fabrikam" }, "ali");

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.Qualify("ali"));
        Assert.Equal(["has a budget"], error.UnmetRequirements);

        lead.Edit(lead.Details with { Budget = new Money(50_000m, "EUR") }, "ali");
        lead.Qualify("ali");
        Assert.Equal(LeadState.Qualified, lead.State);
    }

    [Fact]
    public void QualificationPolicy_None_lets_any_open_lead_be_qualified()
    {
        var lead = TestLeads.NewLifecycle(QualificationPolicy.Default).Create(new LeadDetails { Topic = "Inbound call" }, "ali");

        lead.Qualify("ali");

        Assert.Equal(LeadState.Qualified, lead.State);
    }

    [Fact]
    public void A_requirement_that_fires_another_lead_does_not_corrupt_the_lead_being_qualified()
    {
        Lead? other = null;
        var policy = QualificationPolicy.Default.Require("marks the other lead contacted", _ =>
        {
            other!.MarkContacted("guard");
            return true;
        });
        var lifecycle = TestLeads.NewLifecycle(policy);
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        other = lifecycle.Create(TestLeads.Persian, "ali");

        lead.Qualify("ali");

        Assert.Equal(LeadStatusReason.Qualified, lead.StatusReason);
        Assert.Equal(LeadStatusReason.Contacted, other.StatusReason);
    }

    [Fact]
    public void Duplicate_requirement_descriptions_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => QualificationPolicy.Reachable.Require("has an e-mail or phone", _ => true));
        Assert.Contains("already has a requirement", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Every_operation_requires_an_acting_user(string? actingUser)
    {
        var lead = TestLeads.NewLead();
        var before = lead.ToSnapshot();

        Assert.ThrowsAny<ArgumentException>(() => lead.MarkContacted(actingUser!));
        Assert.ThrowsAny<ArgumentException>(() => lead.Qualify(actingUser!));
        Assert.ThrowsAny<ArgumentException>(() => lead.Disqualify(DisqualificationReason.Lost, actingUser!));
        Assert.ThrowsAny<ArgumentException>(() => lead.Edit(lead.Details with { JobTitle = "CEO" }, actingUser!));
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void Disqualify_rejects_an_undefined_reason()
    {
        var lead = TestLeads.NewLead();

        Assert.Throws<ArgumentException>(() => lead.Disqualify(DisqualificationReason.Define(42, "Unregistered"), "ali"));
        Assert.Equal(LeadState.Open, lead.State);
    }

    [Fact]
    public void Convert_requires_a_conversion_record()
    {
        var lead = LeadIn("Qualified");

        Assert.Throws<ArgumentNullException>(() => lead.MarkConverted(null!, "ali"));
        Assert.Equal(LeadState.Qualified, lead.State);
    }

    [Fact]
    public void A_clock_set_back_does_not_make_the_history_run_backwards()
    {
        var clock = TestLeads.NewClock();
        var lead = new LeadLifecycle(clock).Create(TestLeads.Qualifiable, "ali");
        clock.Reset(TestLeads.Start - NodaTime.Duration.FromDays(1));

        lead.MarkContacted("ali");

        Assert.Equal(lead.CreatedAt, lead.History[^1].At);
        Assert.Equal(lead.CreatedAt, lead.ModifiedAt);
    }

    [Theory]
    [InlineData("New")]
    [InlineData("Contacted")]
    [InlineData("Qualified")]
    [InlineData("Disqualified")]
    public void Activities_are_logged_until_conversion(string state)
    {
        var lead = LeadIn(state);
        var version = lead.Version;
        var at = TestLeads.Start - NodaTime.Duration.FromDays(3);

        lead.LogActivity(ActivityType.WebVisit, at, "web");

        Assert.Equal(new LeadActivity(ActivityType.WebVisit, at), Assert.Single(lead.Activities));
        Assert.Equal(version + 1, lead.Version);
        Assert.Equal(new LeadActivity(ActivityType.WebVisit, at), Assert.IsType<LeadActivityLogged>(lead.PendingEvents[^1]).Activity);
        Assert.Equal(state == "Disqualified" ? LeadState.Disqualified : LeadIn(state).State, lead.State);
    }

    [Fact]
    public void LogActivity_rejects_an_undefined_type()
    {
        var lead = TestLeads.NewLead();

        Assert.Throws<ArgumentException>(() => lead.LogActivity(default, TestLeads.Start, "ali"));
        Assert.Empty(lead.Activities);
    }

    [Fact]
    public void DrainEvents_returns_the_events_once()
    {
        var lead = TestLeads.NewLead();
        lead.MarkContacted("ali");

        var drained = lead.DrainEvents();

        Assert.Equal([typeof(LeadCreated), typeof(LeadContacted)], drained.Select(e => e.GetType()));
        Assert.Empty(lead.PendingEvents);
        Assert.Empty(lead.DrainEvents());
        Assert.Equal(2, lead.Version);
    }

    [Fact]
    public void Leads_of_one_lifecycle_can_be_driven_from_many_threads_at_once()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 2_000).Select(_ => lifecycle.Create(TestLeads.Qualifiable, "ali")).ToArray();

        Parallel.ForEach(leads, lead =>
        {
            lead.MarkContacted("ali");
            lead.Disqualify(DisqualificationReason.Lost, "ali");
            lead.Reactivate("ali");
            lead.Qualify("ali");
        });

        Assert.All(leads, l => Assert.Equal(LeadStatusReason.Qualified, l.StatusReason));
        Assert.All(leads, l => Assert.Equal(5, l.Version));
    }

    internal static Lead LeadIn(string state)
    {
        var lead = TestLeads.NewLead();
        switch (state)
        {
            case "New":
                break;
            case "Contacted":
                lead.MarkContacted("ali");
                break;
            case "Qualified":
                lead.Qualify("ali");
                break;
            case "Disqualified":
                lead.Disqualify(DisqualificationReason.NoLongerInterested, "ali");
                break;
            case "Converted":
                lead.Qualify("ali");
                lead.MarkConverted(new LeadConversion("acc-1", "con-1", "opp-1"), "ali");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }

        return lead;
    }

    private static void Fire(Lead lead, LeadTrigger trigger)
    {
        switch (trigger)
        {
            case LeadTrigger.MarkContacted: lead.MarkContacted("bob"); break;
            case LeadTrigger.Qualify: lead.Qualify("bob"); break;
            case LeadTrigger.Disqualify: lead.Disqualify(DisqualificationReason.Lost, "bob"); break;
            case LeadTrigger.Reactivate: lead.Reactivate("bob"); break;
            case LeadTrigger.Convert: lead.MarkConverted(new LeadConversion("a", null, null), "bob"); break;
            case LeadTrigger.Edit: lead.Edit(lead.Details with { JobTitle = "Buyer" }, "bob"); break;
            case LeadTrigger.LogActivity: lead.LogActivity(ActivityType.Call, TestLeads.Start, "bob"); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
