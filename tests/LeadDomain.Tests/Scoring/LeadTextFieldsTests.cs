using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

public sealed class LeadTextFieldsTests
{
    [Fact]
    public void Each_field_reads_its_own_text()
    {
        var details = new LeadDetails
        {
            Topic = "t", FirstName = "f", LastName = "l", CompanyName = "c", JobTitle = "j", Industry = "i", StatedNeed = "s",
            Description = "d", Owner = "o", Emails = ["a@x.example"],
        };

        Assert.Equal(
            ["t", "f", "l", "c", "j", "i", "s", "d", "o", null],
            Enum.GetValues<LeadTextField>().Select(field => LeadTextFields.Of(details, field)));
        Assert.Null(LeadTextFields.Of(new LeadDetails(), LeadTextField.Topic));
    }

    [Theory]
    [InlineData("a@x.example", "x.example")]
    [InlineData("a@b@x.example", "b@x.example")]
    [InlineData("no-at-sign", "no-at-sign")]
    [InlineData("a@", "")]
    public void A_domain_is_what_follows_the_first_at_sign(string email, string domain) =>
        Assert.Equal(domain, LeadTextFields.Domain(email).ToString());
}
