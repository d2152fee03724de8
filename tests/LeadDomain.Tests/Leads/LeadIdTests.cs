using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class LeadIdTests
{
    [Fact]
    public void A_new_id_is_never_empty_and_two_differ()
    {
        var one = LeadId.New();
        var two = LeadId.New();

        Assert.False(one.IsEmpty);
        Assert.NotEqual(one, two);
        Assert.True(new LeadId(Guid.Empty).IsEmpty);
        Assert.True(default(LeadId).IsEmpty);
    }

    [Fact]
    public void It_is_written_lowercase_with_hyphens_and_read_back()
    {
        var id = new LeadId(Guid.Parse("3F2C9A1E-5B7D-4C8E-9F10-2A3B4C5D6E7F"));

        Assert.Equal("3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f", id.ToString());
        Assert.Equal(id, LeadId.Parse(id.ToString()));
        Assert.Equal(id, LeadId.Parse("{3F2C9A1E-5B7D-4C8E-9F10-2A3B4C5D6E7F}"));
        Assert.Equal(id, LeadId.Parse("3f2c9a1e5b7d4c8e9f102a3b4c5d6e7f"));
    }

    [Fact]
    public void The_empty_guid_is_refused_word_for_word()
    {
        var error = Assert.Throws<FormatException>(() => LeadId.Parse("00000000-0000-0000-0000-000000000000"));

        Assert.Equal("The empty GUID is not a valid lead id.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lead-1")]
    [InlineData("3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7")]
    public void Text_that_is_no_guid_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => LeadId.Parse(text));

    [Fact]
    public void A_null_text_is_a_null_argument() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => LeadId.Parse(null!)).ParamName);
}
