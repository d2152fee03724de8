using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class MissingRequiredFieldsExceptionTests
{
    private static MissingRequiredFieldsException Refusal(LeadCreationPolicy policy, LeadDetails details) =>
        Assert.Throws<MissingRequiredFieldsException>(
            () => new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = policy }).Create(details, "ali"));

    [Fact]
    public void One_missing_field_is_named_as_it()
    {
        var error = Refusal(LeadCreationPolicy.Dynamics, new LeadDetails { CompanyName = "Contoso" });

        Assert.Equal("A lead needs LastName under the Dynamics 365 rule: fill it in, or choose another LeadCreationPolicy.", error.Message);
    }

    [Fact]
    public void Two_missing_fields_are_joined_with_and_and_named_as_them()
    {
        var error = Refusal(LeadCreationPolicy.Salesforce, new LeadDetails { Topic = "Fleet" });

        Assert.Equal("A lead needs LastName and CompanyName under the Salesforce rule: fill them in, or choose another LeadCreationPolicy.", error.Message);
        Assert.Same(LeadCreationPolicy.Salesforce, error.Policy);
        Assert.Equal(["LastName", "CompanyName"], error.MissingFields);
    }
}
