using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class QualificationRequirementTests
{
    [Fact]
    public void It_asks_its_function_and_is_written_as_its_description()
    {
        var budget = new QualificationRequirement("has a budget", l => l.Details.Budget is not null);

        Assert.Equal("has a budget", budget.Description);
        Assert.Equal("has a budget", budget.ToString());
        Assert.False(budget.IsMetBy(TestLeads.NewLead()));
        Assert.True(budget.IsMetBy(TestLeads.NewLead(details: TestLeads.Qualifiable with { Budget = new Money(10, "EUR") })));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_description_is_refused_by_name(string description) =>
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new QualificationRequirement(description, _ => true)).ParamName);

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var requirement = new QualificationRequirement("x", _ => true);

        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => new QualificationRequirement(null!, _ => true)).ParamName);
        Assert.Equal("isMet", Assert.Throws<ArgumentNullException>(() => new QualificationRequirement("x", null!)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => requirement.IsMetBy(null!)).ParamName);
    }
}
