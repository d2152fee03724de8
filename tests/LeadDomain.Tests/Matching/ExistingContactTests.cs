using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary><see cref="ExistingContact"/>: its checks, its lists copied, and equality field by field (issue 13).</summary>
public sealed class ExistingContactTests
{
    private static readonly ExistingContact Full = new("c1", "Sara", "Lima")
    {
        AccountId = "a1",
        CompanyName = "Contoso",
        Address = new PostalAddress("12 Main St", City: "Denver"),
        Emails = ["sara@contoso.example", "sara.lima@gmail.com"],
        Phones = ["+1 303 644 7359"],
    };

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_id_is_refused_by_the_constructor_and_by_init(string id)
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ExistingContact(id)).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => Full with { Id = id }).ParamName);
    }

    [Fact]
    public void A_null_id_or_list_is_refused_by_name()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ExistingContact(null!)).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => Full with { Id = null! }).ParamName);
        Assert.Equal("Emails", Assert.Throws<ArgumentNullException>(() => Full with { Emails = null! }).ParamName);
        Assert.Equal("Phones", Assert.Throws<ArgumentNullException>(() => Full with { Phones = null! }).ParamName);
    }

    [Fact]
    public void A_null_item_is_refused_with_its_index()
    {
        var email = Assert.Throws<ArgumentException>(() => Full with { Emails = ["a@b.example", null!] });
        var phone = Assert.Throws<ArgumentException>(() => Full with { Phones = [null!] });

        Assert.Equal(("Emails", "Emails[1] is null. (Parameter 'Emails')"), (email.ParamName, email.Message));
        Assert.Equal(("Phones", "Phones[0] is null. (Parameter 'Phones')"), (phone.ParamName, phone.Message));
    }

    [Fact]
    public void The_lists_are_copies_of_what_was_given()
    {
        var emails = new List<string> { "a@b.example" };
        var contact = new ExistingContact("c1") { Emails = emails, Phones = emails };
        emails.Add("c@d.example");

        Assert.Equal(["a@b.example"], contact.Emails);
        Assert.Equal(["a@b.example"], contact.Phones);
    }

    [Fact]
    public void Equal_values_are_equal_with_equal_hashes_and_new_lists()
    {
        var copy = Full with { Emails = [.. Full.Emails], Phones = [.. Full.Phones], Address = Full.Address! with { } };

        Assert.Equal(Full, copy);
        Assert.True(Full.Equals(copy));
        Assert.True(Full.Equals(Full));
        Assert.Equal(Full.GetHashCode(), copy.GetHashCode());
        Assert.False(Full.Equals(null));
        Assert.False(Full.Equals((object?)null));
    }

    public static TheoryData<string> Fields => ["Id", "FirstName", "LastName", "AccountId", "CompanyName", "Address", "Emails", "Phones", "EmailOrder", "EmailCase"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_contact_differing_in_one_field_is_another(string field)
    {
        var other = field switch
        {
            "Id" => Full with { Id = "c2" },
            "FirstName" => Full with { FirstName = "Sarah" },
            "LastName" => Full with { LastName = null },
            "AccountId" => Full with { AccountId = "a2" },
            "CompanyName" => Full with { CompanyName = "Fabrikam" },
            "Address" => Full with { Address = new PostalAddress("13 Main St", City: "Denver") },
            "Emails" => Full with { Emails = ["sara@contoso.example"] },
            "Phones" => Full with { Phones = ["+1 303 644 7358"] },
            "EmailOrder" => Full with { Emails = [.. Full.Emails.Reverse()] },
            _ => Full with { Emails = ["SARA@contoso.example", "sara.lima@gmail.com"] },
        };

        Assert.NotEqual(Full, other);
        Assert.NotEqual(other, Full);
    }
}
