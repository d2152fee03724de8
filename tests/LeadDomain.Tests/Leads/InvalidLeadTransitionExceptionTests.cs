using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The refusal of a transition: its message names the lead, the operation, where the lead is and what to do.</summary>
public sealed class InvalidLeadTransitionExceptionTests
{
    [Fact]
    public void An_open_lead_names_its_status_reason()
    {
        var lead = TestLeads.NewLead();

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.Reactivate("ali"));

        Assert.Equal($"Lead {lead.Id} cannot Reactivate while Open (New): the lifecycle does not allow it.", error.Message);
        Assert.Equal((lead.Id, LeadState.Open, LeadStatusReason.New, LeadTrigger.Reactivate), (error.LeadId, error.State, error.StatusReason, error.Trigger));
        Assert.Empty(error.UnmetRequirements);
        Assert.IsAssignableFrom<OperationRefusedException>(error);
    }

    [Fact]
    public void A_disqualified_lead_names_its_reason()
    {
        var lead = TestLeads.NewLead();
        lead.Disqualify(DisqualificationReason.CannotContact, "ali");

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.Qualify("ali"));

        Assert.Equal($"Lead {lead.Id} cannot Qualify while Disqualified (Cannot Contact): the lifecycle does not allow it.", error.Message);
        Assert.Equal((LeadState.Disqualified, LeadStatusReason.CannotContact), (error.State, error.StatusReason));
    }

    [Fact]
    public void A_qualified_or_converted_lead_names_only_its_state()
    {
        var lead = TestLeads.NewLead();
        lead.Qualify("ali");

        var qualified = Assert.Throws<InvalidLeadTransitionException>(() => lead.MarkContacted("ali"));
        lead.MarkConverted(new LeadConversion("acc-1", null, null), "ali");
        var converted = Assert.Throws<InvalidLeadTransitionException>(() => lead.Reactivate("ali"));

        Assert.Equal($"Lead {lead.Id} cannot MarkContacted while Qualified: the lifecycle does not allow it.", qualified.Message);
        Assert.Equal($"Lead {lead.Id} cannot Reactivate while Converted: the lifecycle does not allow it.", converted.Message);
        Assert.Equal(LeadState.Converted, converted.State);
    }

    [Fact]
    public void Unmet_requirements_are_listed_in_order()
    {
        var lead = TestLeads.NewLead(details: new LeadDetails { Topic = "Fleet renewal" });

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.Qualify("ali"));

        Assert.Equal(
            $"Lead {lead.Id} cannot Qualify while Open (New): unmet requirements: has a company or last name; has an e-mail or phone. Meet them first.",
            error.Message);
        Assert.Equal(["has a company or last name", "has an e-mail or phone"], error.UnmetRequirements);
    }

    [Fact]
    public void A_long_requirement_is_cut_in_the_message_but_kept_whole_in_the_list()
    {
        var description = new string('r', 150);
        var lead = TestLeads.NewLead(TestLeads.NewLifecycle(QualificationPolicy.Default.Require(description, _ => false)));

        var error = Assert.Throws<InvalidLeadTransitionException>(() => lead.Qualify("ali"));

        Assert.Equal($"Lead {lead.Id} cannot Qualify while Open (New): unmet requirements: {new string('r', 100)}…. Meet them first.", error.Message);
        Assert.Equal([description], error.UnmetRequirements);
    }

    [Fact]
    public void A_merged_lead_points_at_its_master()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var master = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var duplicate = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lifecycle.Merge([master, duplicate], "ali", new LeadMergeOptions { Master = master.Id });

        var error = Assert.Throws<InvalidLeadTransitionException>(() => duplicate.Reactivate("ali"));

        Assert.Equal($"Lead {duplicate.Id} cannot Reactivate: it was merged into lead {master.Id} and never changes again; work on the master.", error.Message);
        Assert.Equal((LeadState.Disqualified, LeadTrigger.Reactivate), (error.State, error.Trigger));
    }
}
