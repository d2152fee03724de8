using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The folded short texts a lead keeps beside its details.</summary>
public sealed class FoldedLeadTextTests
{
    private static readonly LeadDetails Ascii = new()
    {
        Topic = "Topic", FirstName = "Sara", LastName = "Lima", CompanyName = "Contoso", JobTitle = "CTO", Industry = "Retail", Owner = "ali",
        Description = "کی", Campaign = "کی",
    };

    [Fact]
    public void Ascii_texts_need_no_folded_copy_whatever_the_long_texts_hold() =>
        Assert.Null(FoldedLeadText.For(Ascii, null));

    [Theory]
    [InlineData("Topic")]
    [InlineData("FirstName")]
    [InlineData("LastName")]
    [InlineData("CompanyName")]
    [InlineData("JobTitle")]
    [InlineData("Industry")]
    [InlineData("Owner")]
    public void One_text_outside_ASCII_folds_that_text_and_leaves_the_ASCII_ones_null(string field)
    {
        const string text = "كيميا ۱۲";
        var details = field switch
        {
            "Topic" => Ascii with { Topic = text },
            "FirstName" => Ascii with { FirstName = text },
            "LastName" => Ascii with { LastName = text },
            "CompanyName" => Ascii with { CompanyName = text },
            "JobTitle" => Ascii with { JobTitle = text },
            "Industry" => Ascii with { Industry = text },
            _ => Ascii with { Owner = text },
        };

        var folded = FoldedLeadText.For(details, null)!;

        var texts = new Dictionary<string, string?>
        {
            ["Topic"] = folded.Topic, ["FirstName"] = folded.FirstName, ["LastName"] = folded.LastName, ["CompanyName"] = folded.CompanyName,
            ["JobTitle"] = folded.JobTitle, ["Industry"] = folded.Industry, ["Owner"] = folded.Owner,
        };
        Assert.Same(details, folded.Source);
        Assert.Equal("کیمیا 12", texts[field]);
        Assert.All(texts.Where(t => t.Key != field), t => Assert.Null(t.Value));
    }

    [Fact]
    public void The_previous_copy_is_kept_while_the_same_texts_are_held_and_made_again_when_one_changes()
    {
        var details = Ascii with { LastName = "رضایی" };
        var first = FoldedLeadText.For(details, null)!;

        Assert.Same(first, FoldedLeadText.For(details with { Description = "other" }, first));
        foreach (var changed in new[]
        {
            details with { Topic = "T2" }, details with { FirstName = "S2" }, details with { LastName = "رضا" }, details with { CompanyName = "C2" },
            details with { JobTitle = "J2" }, details with { Industry = "I2" }, details with { Owner = "O2" },
        })
        {
            var again = FoldedLeadText.For(changed, first)!;
            Assert.NotSame(first, again);
            Assert.Same(changed, again.Source);
        }

        Assert.Null(FoldedLeadText.For(Ascii, first));
    }

    [Fact]
    public void A_lead_keeps_the_folded_text_of_its_details()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Persian);

        Assert.Equal("رضایی", lead.FoldedText!.LastName);
        lead.Edit(lead.Details with { LastName = "Lima", FirstName = "Ali", CompanyName = "Contoso", Topic = "Topic" }, "ali");
        Assert.Null(lead.FoldedText);
    }
}
