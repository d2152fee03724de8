using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadCreationPolicyTests
{
    private static LeadLifecycle With(LeadCreationPolicy policy) =>
        new(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = policy });

    [Fact]
    public void By_default_a_lead_needs_a_last_name_as_in_Dynamics_365()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock());

        var error = Assert.Throws<MissingRequiredFieldsException>(
            () => lifecycle.Create(new LeadDetails { FirstName = "Sara", CompanyName = "Contoso" }, "ali"));

        Assert.Same(LeadCreationPolicy.Dynamics, lifecycle.CreationPolicy);
        Assert.Equal(["LastName"], error.MissingFields);
        Assert.Same(LeadCreationPolicy.Dynamics, error.Policy);
        Assert.IsAssignableFrom<OperationRefusedException>(error);
        Assert.Contains("LastName", error.Message, StringComparison.Ordinal);
        Assert.Equal("Lima", lifecycle.Create(new LeadDetails { LastName = " Lima " }, "ali").Details.LastName);
    }

    [Fact]
    public void Salesforce_needs_the_last_name_and_the_company()
    {
        var lifecycle = With(LeadCreationPolicy.Salesforce);

        Assert.Equal(["LastName", "CompanyName"], Assert.Throws<MissingRequiredFieldsException>(() => lifecycle.Create(new LeadDetails { Topic = "x" }, "ali")).MissingFields);
        Assert.Equal(["CompanyName"], Assert.Throws<MissingRequiredFieldsException>(() => lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali")).MissingFields);
        Assert.Equal(["LastName"], Assert.Throws<MissingRequiredFieldsException>(() => lifecycle.Create(new LeadDetails { CompanyName = "Contoso" }, "ali")).MissingFields);
        Assert.NotNull(lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso" }, "ali"));
    }

    [Fact]
    public void Lenient_needs_only_something_to_call_the_lead_by()
    {
        var lifecycle = With(LeadCreationPolicy.Lenient);

        Assert.Equal("Walk-in", lifecycle.Create(new LeadDetails { Topic = "Walk-in" }, "ali").Topic);
        Assert.Equal("Sara", lifecycle.Create(new LeadDetails { FirstName = "Sara" }, "ali").Topic);
        Assert.Equal(["Topic"], Assert.Throws<MissingRequiredFieldsException>(() => lifecycle.Create(new LeadDetails { Emails = ["a@b.example"] }, "ali")).MissingFields);
    }

    [Fact]
    public void An_edit_that_drops_a_required_field_is_refused_and_changes_nothing()
    {
        var lead = new LeadLifecycle(TestLeads.NewClock()).Create(TestLeads.Qualifiable, "ali");
        var before = lead.ToSnapshot();

        Assert.Throws<MissingRequiredFieldsException>(() => lead.Edit(lead.Details with { LastName = "  " }, "ali"));

        Assert.Equal(before, lead.ToSnapshot());
        Assert.Single(lead.PendingEvents);
    }

    [Fact]
    public void A_stored_lead_is_restored_whatever_rule_it_was_created_under()
    {
        var lenient = With(LeadCreationPolicy.Lenient).Create(new LeadDetails { CompanyName = "Contoso" }, "ali").ToSnapshot();

        var restored = With(LeadCreationPolicy.Salesforce).Restore(lenient);

        Assert.Equal("Contoso", restored.Details.CompanyName);
    }

    [Fact]
    public void Each_rule_has_a_name_for_messages()
    {
        Assert.Equal("Dynamics 365", LeadCreationPolicy.Dynamics.ToString());
        Assert.Equal("Salesforce", LeadCreationPolicy.Salesforce.Name);
        Assert.Equal("lenient", LeadCreationPolicy.Lenient.Name);
    }
}
