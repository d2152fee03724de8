using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary><see cref="ExistingAccount"/>: its checks, its lists copied, and equality field by field (issue 13).</summary>
public sealed class ExistingAccountTests
{
    private static readonly ExistingAccount Full = new("a1", "Contoso")
    {
        Website = "https://www.contoso.example",
        Address = new PostalAddress("12 Main St", City: "Denver"),
        Emails = ["info@contoso.example", "sales@contoso.example"],
        Phones = ["+1 303 644 7359"],
    };

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_id_is_refused_by_the_constructor_and_by_init(string id)
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ExistingAccount(id)).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => Full with { Id = id }).ParamName);
    }

    [Fact]
    public void A_null_id_list_or_item_is_refused_by_name()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ExistingAccount(null!)).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => Full with { Id = null! }).ParamName);
        Assert.Equal("Emails", Assert.Throws<ArgumentNullException>(() => Full with { Emails = null! }).ParamName);
        Assert.Equal("Phones", Assert.Throws<ArgumentNullException>(() => Full with { Phones = null! }).ParamName);
        Assert.Equal("Phones[1] is null. (Parameter 'Phones')", Assert.Throws<ArgumentException>(() => Full with { Phones = ["1", null!] }).Message);
    }

    [Fact]
    public void Equal_values_are_equal_with_equal_hashes_and_new_lists()
    {
        var copy = Full with { Emails = [.. Full.Emails], Phones = [.. Full.Phones], Address = Full.Address! with { } };

        Assert.Equal(Full, copy);
        Assert.True(Full.Equals(Full));
        Assert.Equal(Full.GetHashCode(), copy.GetHashCode());
        Assert.False(Full.Equals(null));
    }

    public static TheoryData<string> Fields => ["Id", "Name", "Website", "Address", "Emails", "Phones", "EmailOrder"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void An_account_differing_in_one_field_is_another(string field)
    {
        var other = field switch
        {
            "Id" => Full with { Id = "a2" },
            "Name" => Full with { Name = null },
            "Website" => Full with { Website = "https://contoso.example" },
            "Address" => Full with { Address = null },
            "Emails" => Full with { Emails = ["info@contoso.example"] },
            "Phones" => Full with { Phones = [] },
            _ => Full with { Emails = [.. Full.Emails.Reverse()] },
        };

        Assert.NotEqual(Full, other);
        Assert.NotEqual(other, Full);
    }
}
