using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class MatchProfileTests
{
    [Theory]
    [InlineData("contoso.com", "contoso.com")]
    [InlineData("www.contoso.com", "contoso.com")]
    [InlineData("a.b.contoso.com", "contoso.com")]
    [InlineData("mail.contoso.co.uk", "contoso.co.uk")]
    [InlineData("contoso.co.uk", "contoso.co.uk")]
    [InlineData("co.uk", "co.uk")]
    [InlineData("shop.contoso.com.br", "contoso.com.br")]
    [InlineData("x.ut.ac.ir", "ut.ac.ir")]
    [InlineData("www.contoso.org.ir", "contoso.org.ir")]
    [InlineData("www.contoso.net.au", "contoso.net.au")]
    [InlineData("www.contoso.gov.uk", "contoso.gov.uk")]
    [InlineData("www.contoso.edu.au", "contoso.edu.au")]
    [InlineData("www.contoso.ltd.uk", "contoso.ltd.uk")]
    [InlineData("www.contoso.plc.uk", "contoso.plc.uk")]
    [InlineData("www.contoso.ne.jp", "contoso.ne.jp")]
    [InlineData("www.contoso.or.jp", "contoso.or.jp")]
    [InlineData("www.contoso.id.au", "contoso.id.au")]
    [InlineData("www.contoso.com.com", "com.com")] // "com" before a three-letter ending is a name
    [InlineData("www.contoso.info.uk", "info.uk")] // a label of four letters is a name
    [InlineData("www.contoso.xy.uk", "xy.uk")] // a short label not in the list is a name
    [InlineData("localhost", "localhost")]
    [InlineData(".com", ".com")]
    [InlineData(".contoso.com", "contoso.com")] // a leading dot is no label
    [InlineData(".contoso.co.uk", "contoso.co.uk")]
    public void The_registered_domain_is_the_last_two_labels_or_three_under_a_short_second_level(string host, string expected)
    {
        Assert.Equal(expected, MatchProfile.Registered(host));
    }

    [Fact]
    public void A_lead_is_read_field_by_field()
    {
        var profile = MatchProfile.ForLead("l1", new LeadDetails
        {
            FirstName = "Álvaro",
            LastName = "Pérez Gil",
            CompanyName = "Contoso Pharma S.A.",
            Emails = ["Alvaro@Contoso.example", "alvaro@contoso.example", "a.perez@gmail.com", "ap@mail.contoso.example"],
            BusinessPhone = "+34 912 345 678",
            MobilePhone = "+34 612 345 678",
            HomePhone = "+34 612 345 678",
            OtherPhone = "+34 912 000 111",
            Website = "https://www.contoso.example/about",
            Address = new PostalAddress("Calle Mayor 5", City: "Madrid", PostalCode: "28 013", Country: "ES"),
        }, defaultRegion: null);

        Assert.Equal(("l1", MatchKind.Lead, true), (profile.Id, profile.Kind, profile.IsPerson));
        Assert.Equal(("ALVARO", "PEREZ GIL"), (profile.First, profile.Last));
        Assert.Equal("CONTOSO PHARMA", profile.Company);
        Assert.Equal(["CONTOSO", "PHARMA"], profile.CompanyWords);
        Assert.Equal(
            [
                ("alvaro@contoso.example", "alvaro", "contoso.example", false),
                ("a.perez@gmail.com", "a.perez", "gmail.com", true),
                ("ap@mail.contoso.example", "ap", "mail.contoso.example", false),
            ],
            profile.Emails.Select(e => (e.Address, e.Local.ToString(), e.Domain.ToString(), e.FreeMail)));
        Assert.Equal(["contoso.example"], profile.Domains); // the free-mail domain is no organisation's; the website's domain is filed once
        Assert.Equal(
            [new PhoneValue(34, "612345678", Shared: false), new PhoneValue(34, "912345678"), new PhoneValue(34, "912000111")],
            profile.Phones);
        Assert.Equal(("contoso.example", "contoso.example"), (profile.Website, profile.WebsiteDomain));
        Assert.NotNull(profile.Address);
        Assert.Equal(("28013", "MADRID"), (profile.Address.PostalCode, profile.Address.City));
        Assert.NotNull(profile.Address.Street);
        Assert.Equal($"{profile.Address.Street}, MADRID, 28013", profile.Address.Text);
    }

    [Fact]
    public void A_lead_with_nothing_set_has_nothing_to_compare()
    {
        var profile = MatchProfile.ForLead("l2", new LeadDetails(), defaultRegion: "IR");

        Assert.Equal((null, null, null, false), (profile.First, profile.Last, profile.Company, profile.IsPerson));
        Assert.Empty(profile.CompanyWords);
        Assert.Empty(profile.Emails);
        Assert.Empty(profile.Phones);
        Assert.Empty(profile.Domains);
        Assert.Equal((null, null, (AddressValue?)null), (profile.Website, profile.WebsiteDomain, profile.Address));
    }

    [Fact]
    public void A_lead_with_one_name_is_a_person()
    {
        Assert.True(MatchProfile.ForLead("a", new LeadDetails { FirstName = "Ali" }, null).IsPerson);
        Assert.True(MatchProfile.ForLead("b", new LeadDetails { LastName = "Rezaei" }, null).IsPerson);
        Assert.False(MatchProfile.ForLead("c", new LeadDetails { CompanyName = "Contoso" }, null).IsPerson);
    }

    [Fact]
    public void Phones_are_read_in_the_address_country_else_the_default_one()
    {
        var lead = new LeadDetails { BusinessPhone = "021 2694 7615" };

        var byDefault = MatchProfile.ForLead("a", lead, defaultRegion: "IR");
        var byAddress = MatchProfile.ForLead("b", lead with { Address = new PostalAddress(Country: "Iran") }, defaultRegion: "GB");
        var unknown = MatchProfile.ForLead("c", lead, defaultRegion: null);

        Assert.Equal([new PhoneValue(98, "2126947615")], byDefault.Phones);
        Assert.Equal([new PhoneValue(98, "2126947615")], byAddress.Phones);
        Assert.Equal([new PhoneValue(0, "2126947615")], unknown.Phones);
    }

    [Fact]
    public void A_home_or_other_phone_given_alone_is_read_as_personal_or_shared()
    {
        Assert.Equal([new PhoneValue(98, "2126947615", Shared: false)], MatchProfile.ForLead("a", new LeadDetails { HomePhone = "021 2694 7615" }, "IR").Phones);
        Assert.Equal([new PhoneValue(98, "2126947615")], MatchProfile.ForLead("b", new LeadDetails { OtherPhone = "021 2694 7615" }, "IR").Phones);
        Assert.Equal([new PhoneValue(98, "9123456789", Shared: false)], MatchProfile.ForLead("c", new LeadDetails { MobilePhone = "0912 345 6789" }, "IR").Phones);
    }

    [Fact]
    public void A_contacts_or_accounts_phones_are_read_in_its_address_country_before_the_default_one()
    {
        var contact = new ExistingContact("c1", "Ali", "Rezaei") { Phones = ["021 2694 7615"], Address = new PostalAddress(Country: "Iran") };
        var account = new ExistingAccount("a1", "Kimia") { Phones = ["021 2694 7615"], Address = new PostalAddress(Country: "Iran") };

        Assert.Equal([new PhoneValue(98, "2126947615")], MatchProfile.ForContact(contact, null, "GB").Phones);
        Assert.Equal([new PhoneValue(98, "2126947615")], MatchProfile.ForAccount(account, "GB").Phones);
        Assert.Equal([new PhoneValue(98, "2126947615")], MatchProfile.ForContact(contact with { Address = null }, null, "IR").Phones);
        Assert.Equal([new PhoneValue(98, "2126947615")], MatchProfile.ForAccount(account with { Address = null }, "IR").Phones);
    }

    [Fact]
    public void Company_names_that_read_alike_share_one_instance_through_a_memo()
    {
        var memo = new TextMemo();

        var one = MatchProfile.ForLead("a", new LeadDetails { CompanyName = "Contoso Pharma Ltd" }, null, memo);
        var other = MatchProfile.ForAccount(new ExistingAccount("b", "CONTOSO  PHARMA"), null, memo);

        Assert.Equal("CONTOSO PHARMA", one.Company);
        Assert.Same(one.Company, other.Company);
    }

    [Fact]
    public void Only_unreadable_phones_give_no_phone()
    {
        var profile = MatchProfile.ForLead("a", new LeadDetails { MobilePhone = "123", BusinessPhone = "n/a" }, null);

        Assert.Empty(profile.Phones);
    }

    [Fact]
    public void A_company_name_of_a_legal_form_only_is_no_company()
    {
        var profile = MatchProfile.ForLead("a", new LeadDetails { CompanyName = "Ltd." }, null);

        Assert.Null(profile.Company);
        Assert.Empty(profile.CompanyWords);
    }

    [Fact]
    public void An_address_with_only_a_state_or_country_is_no_address()
    {
        var stateOnly = MatchProfile.ForLead("a", new LeadDetails { Address = new PostalAddress(StateOrProvince: "Tehran", Country: "IR") }, null);
        var cityOnly = MatchProfile.ForLead("b", new LeadDetails { Address = new PostalAddress(City: "Tehran") }, null);
        var postalOnly = MatchProfile.ForLead("c", new LeadDetails { Address = new PostalAddress(PostalCode: "  ") }, null);

        Assert.Null(stateOnly.Address);
        Assert.Equal((null, "TEHRAN", null, "TEHRAN"), (cityOnly.Address?.PostalCode, cityOnly.Address?.City, cityOnly.Address?.Street, cityOnly.Address?.Text));
        Assert.Null(postalOnly.Address);
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("googlemail.com")]
    [InlineData("yahoo.com")]
    [InlineData("yahoo.co.uk")]
    [InlineData("yahoo.fr")]
    [InlineData("yahoo.com.br")]
    [InlineData("ymail.com")]
    [InlineData("hotmail.com")]
    [InlineData("hotmail.co.uk")]
    [InlineData("hotmail.fr")]
    [InlineData("outlook.com")]
    [InlineData("live.com")]
    [InlineData("msn.com")]
    [InlineData("icloud.com")]
    [InlineData("me.com")]
    [InlineData("aol.com")]
    [InlineData("proton.me")]
    [InlineData("protonmail.com")]
    [InlineData("gmx.com")]
    [InlineData("gmx.de")]
    [InlineData("gmx.net")]
    [InlineData("web.de")]
    [InlineData("mail.ru")]
    [InlineData("yandex.ru")]
    [InlineData("yandex.com")]
    [InlineData("qq.com")]
    [InlineData("163.com")]
    [InlineData("uol.com.br")]
    [InlineData("bol.com.br")]
    [InlineData("chmail.ir")]
    [InlineData("mail.com")]
    [InlineData("zoho.com")]
    public void Each_free_mail_providers_domain_is_free_mail_and_no_organisations(string domain)
    {
        var profile = MatchProfile.ForLead("a", new LeadDetails { Emails = [$"ann.hale@{domain}"], Website = domain }, null);

        Assert.True(Assert.Single(profile.Emails).FreeMail);
        Assert.Empty(profile.Domains);
        Assert.False(MatchProfile.ForLead("b", new LeadDetails { Emails = [$"ann.hale@x{domain}"] }, null).Emails[0].FreeMail); // the name exactly
    }

    [Fact]
    public void A_website_on_a_free_mail_domain_is_no_organisation_domain()
    {
        var profile = MatchProfile.ForLead("a", new LeadDetails { Website = "https://gmail.com" }, null);

        Assert.Equal(("gmail.com", "gmail.com"), (profile.Website, profile.WebsiteDomain));
        Assert.Empty(profile.Domains);
    }

    [Fact]
    public void A_contact_reads_its_own_company_else_its_accounts_and_its_phones_as_shared()
    {
        var contact = new ExistingContact("c1", "Sara", "Lima")
        {
            Emails = ["sara@contoso.example"],
            Phones = ["+1 425 555 0100", "+1 (425) 555-0100", "+1 425 555 0199"],
            Address = new PostalAddress(City: "Redmond", Country: "US"),
        };

        var own = MatchProfile.ForContact(contact with { CompanyName = "Fabrikam" }, "Contoso", null);
        var account = MatchProfile.ForContact(contact, "Contoso", null);

        Assert.Equal(("c1", MatchKind.Contact, "SARA", "LIMA"), (own.Id, own.Kind, own.First, own.Last));
        Assert.Equal("FABRIKAM", own.Company);
        Assert.Equal("CONTOSO", account.Company);
        Assert.Equal([new PhoneValue(1, "4255550100"), new PhoneValue(1, "4255550199")], account.Phones);
        Assert.Equal(["contoso.example"], account.Domains);
        Assert.Equal("REDMOND", account.Address?.City);
        Assert.Empty(MatchProfile.ForContact(new ExistingContact("c2", "Sara"), null, null).Phones);
    }

    [Fact]
    public void An_account_is_an_organisation_with_its_website_and_phones()
    {
        var account = new ExistingAccount("a1", "Contoso Ltd")
        {
            Emails = ["info@contoso.example"],
            Phones = ["020 7946 0000"],
            Website = "contoso.co.uk",
            Address = new PostalAddress(PostalCode: "SW1A 1AA", Country: "UK"),
        };

        var profile = MatchProfile.ForAccount(account, null);

        Assert.Equal(("a1", MatchKind.Account, false), (profile.Id, profile.Kind, profile.IsPerson));
        Assert.Equal("CONTOSO", profile.Company);
        Assert.Equal([new PhoneValue(44, "2079460000")], profile.Phones);
        Assert.Equal(["contoso.example", "contoso.co.uk"], profile.Domains);
        Assert.Equal(("contoso.co.uk", "contoso.co.uk"), (profile.Website, profile.WebsiteDomain));
        Assert.Equal("SW1A1AA", profile.Address?.PostalCode);
    }

    [Fact]
    public void A_long_postal_code_is_read()
    {
        var code = string.Concat(Enumerable.Repeat("AB1 ", 30));

        var profile = MatchProfile.ForLead("a", new LeadDetails { Address = new PostalAddress(PostalCode: code) }, null);

        Assert.Equal(string.Concat(Enumerable.Repeat("AB1", 30)), profile.Address?.PostalCode);
    }
}
