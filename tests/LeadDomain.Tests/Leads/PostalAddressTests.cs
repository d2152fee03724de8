using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class PostalAddressTests
{
    public static TheoryData<PostalAddress> OneLineEach =>
    [
        new PostalAddress(Line1: "x"),
        new PostalAddress(Line2: "x"),
        new PostalAddress(Line3: "x"),
        new PostalAddress(City: "x"),
        new PostalAddress(StateOrProvince: "x"),
        new PostalAddress(PostalCode: "x"),
        new PostalAddress(Country: "x"),
    ];

    [Theory]
    [MemberData(nameof(OneLineEach))]
    public void Any_one_line_makes_an_address_not_empty(PostalAddress address) => Assert.False(address.IsEmpty);

    [Fact]
    public void An_address_without_lines_is_empty() => Assert.True(new PostalAddress().IsEmpty);
}
