using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadConversionTests
{
    [Fact]
    public void Each_record_alone_is_a_conversion()
    {
        var account = new LeadConversion("acc-1", null, null);
        var contact = new LeadConversion(null, "con-1", null);
        var opportunity = new LeadConversion(null, null, "opp-1");

        Assert.Equal(("acc-1", (string?)null, (string?)null), (account.AccountId, account.ContactId, account.OpportunityId));
        Assert.Equal(((string?)null, "con-1", (string?)null), (contact.AccountId, contact.ContactId, contact.OpportunityId));
        Assert.Equal(((string?)null, (string?)null, "opp-1"), (opportunity.AccountId, opportunity.ContactId, opportunity.OpportunityId));
        Assert.Equal(new LeadConversion("a", "c", "o"), new LeadConversion("a", "c", "o"));
    }

    [Fact]
    public void No_record_at_all_is_refused_word_for_word()
    {
        var error = Assert.Throws<ArgumentException>(() => new LeadConversion(null, null, null));

        Assert.Null(error.ParamName);
        Assert.Equal("A conversion creates or attaches at least one account, contact or opportunity.", error.Message);
    }

    [Theory]
    [InlineData(0, "accountId")]
    [InlineData(1, "contactId")]
    [InlineData(2, "opportunityId")]
    public void A_blank_id_is_refused_by_its_parameter(int which, string parameter)
    {
        foreach (var blank in new[] { string.Empty, " ", "\t" })
        {
            var error = Assert.Throws<ArgumentException>(() => Make(which, blank));
            Assert.Equal(parameter, error.ParamName);
        }
    }

    [Theory]
    [InlineData(0, "accountId")]
    [InlineData(1, "contactId")]
    [InlineData(2, "opportunityId")]
    public void An_id_of_100_characters_is_kept_and_101_refused_word_for_word(int which, string parameter)
    {
        var hundred = new string('i', 100);
        Assert.Equal(hundred, Ids(Make(which, hundred))[which]);

        var error = Assert.Throws<ArgumentException>(() => Make(which, hundred + "i"));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(
            $"The id '{hundred}…' is longer than 100 characters or holds a lone surrogate; a record's id is short, well-formed text. (Parameter '{parameter}')",
            error.Message);
    }

    [Theory]
    [InlineData(0, "accountId")]
    [InlineData(1, "contactId")]
    [InlineData(2, "opportunityId")]
    public void An_id_with_a_lone_surrogate_is_refused(int which, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(which, "id\ud800"));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith("The id 'id\ud800' is longer than 100 characters or holds a lone surrogate", error.Message, StringComparison.Ordinal);
        Assert.Equal("id😀", Ids(Make(which, "id😀"))[which]);
    }

    private static LeadConversion Make(int which, string id) => which switch
    {
        0 => new LeadConversion(id, null, null),
        1 => new LeadConversion(null, id, null),
        _ => new LeadConversion(null, null, id),
    };

    private static string?[] Ids(LeadConversion c) => [c.AccountId, c.ContactId, c.OpportunityId];
}
