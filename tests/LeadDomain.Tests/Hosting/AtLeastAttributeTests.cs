using LeadDomain.Hosting;

namespace LeadDomain.Tests.Hosting;

public sealed class AtLeastAttributeTests
{
    [Theory]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(int.MaxValue, true)]
    [InlineData(1, false)]
    [InlineData(int.MinValue, false)]
    public void A_whole_number_is_valid_from_the_minimum_up(int value, bool valid) =>
        Assert.Equal(valid, new AtLeastAttribute(2).IsValid(value));

    [Fact]
    public void Anything_but_a_whole_number_is_not_valid()
    {
        var attribute = new AtLeastAttribute(1);

        Assert.False(attribute.IsValid(null));
        Assert.False(attribute.IsValid("5"));
        Assert.False(attribute.IsValid(5L));
        Assert.False(attribute.IsValid(5.0));
    }

    [Fact]
    public void The_message_names_the_key_and_the_minimum_and_says_why_when_told()
    {
        Assert.Equal(2, new AtLeastAttribute(2).Minimum);
        Assert.Equal("LeadDomain:MaxActivities must be at least 1.", new AtLeastAttribute(1).FormatErrorMessage("LeadDomain:MaxActivities"));
        Assert.Equal(
            "X must be at least 1000 (creation and one change).",
            new AtLeastAttribute(1_000, "(creation and one change)").FormatErrorMessage("X"));
    }
}
