using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class QualificationPolicyTests
{
    [Fact]
    public void A_second_requirement_with_the_same_description_is_refused_word_for_word()
    {
        var policy = QualificationPolicy.Default.Require("has a budget", l => l.Details.Budget is not null);

        var error = Assert.Throws<ArgumentException>(() => policy.Require("has a budget", _ => true));

        Assert.Equal("requirement", error.ParamName);
        Assert.Equal("The policy already has a requirement 'has a budget'; descriptions explain unmet guards, so they must differ. (Parameter 'requirement')", error.Message);
        Assert.Single(policy.Requirements);
        Assert.Equal(2, policy.Require("Has a budget", _ => true).Requirements.Count);
    }

    [Fact]
    public void A_null_requirement_is_a_null_argument() =>
        Assert.Equal("requirement", Assert.Throws<ArgumentNullException>(() => QualificationPolicy.Default.Require(null!)).ParamName);

    [Fact]
    public void Require_adds_to_a_new_policy_and_leaves_the_old_one_alone()
    {
        var one = QualificationPolicy.Default.Require("a", _ => true);
        var two = one.Require("b", _ => false);

        Assert.Empty(QualificationPolicy.Default.Requirements);
        Assert.Equal(["a"], one.Requirements.Select(r => r.Description));
        Assert.Equal(["a", "b"], two.Requirements.Select(r => r.Description));
    }

    public static TheoryData<LeadDetails, bool, bool> Reachability => new()
    {
        { new LeadDetails { Topic = "t" }, false, false },
        { new LeadDetails { CompanyName = "Contoso" }, true, false },
        { new LeadDetails { LastName = "Lima" }, true, false },
        { new LeadDetails { FirstName = "Sara" }, false, false },
        { new LeadDetails { Topic = "t", Emails = ["a@b.example"] }, false, true },
        { new LeadDetails { Topic = "t", BusinessPhone = "021 555 0100" }, false, true },
        { new LeadDetails { Topic = "t", MobilePhone = "0912 345 6789" }, false, true },
        { new LeadDetails { Topic = "t", HomePhone = "021 555 0100" }, false, true },
        { new LeadDetails { Topic = "t", OtherPhone = "021 555 0100" }, false, true },
        { new LeadDetails { Topic = "t", Fax = "021 555 0100" }, false, false },
    };

    [Theory]
    [MemberData(nameof(Reachability))]
    public void Reachable_asks_for_a_company_or_last_name_and_an_e_mail_or_phone(LeadDetails details, bool named, bool reachable)
    {
        var lead = TestLeads.NewLifecycle(QualificationPolicy.Reachable).Create(details, "ali");

        var permitted = lead.CanFire(LeadTrigger.Qualify, out var unmet);

        Assert.Equal(named && reachable, permitted);
        Assert.Equal(
            new[] { named ? null : "has a company or last name", reachable ? null : "has an e-mail or phone" }.OfType<string>(),
            unmet);
    }
}
