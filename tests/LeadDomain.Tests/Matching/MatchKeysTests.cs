using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class MatchKeysTests
{
    [Theory]
    [InlineData("  Sara.Lima+crm@Contoso.EXAMPLE ", "sara.lima+crm@contoso.example")]
    [InlineData("sara@contoso.example", "sara@contoso.example")]
    [InlineData("SARA@CONTOSO.EXAMPLE", "sara@contoso.example")]
    public void Email_keys_fold_case_and_trim_only(string email, string expected)
    {
        Assert.Equal(expected, MatchKeys.Email(email));
    }

    [Fact]
    public void Email_keys_keep_dots_and_plus_tags()
    {
        Assert.NotEqual(MatchKeys.Email("j.smith@contoso.example"), MatchKeys.Email("jsmith@contoso.example"));
        Assert.NotEqual(MatchKeys.Email("jsmith+news@contoso.example"), MatchKeys.Email("jsmith@contoso.example"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("@contoso.example")]
    [InlineData("sara@")]
    public void Email_without_local_part_or_domain_has_no_key(string email)
    {
        Assert.Null(MatchKeys.Email(email));
    }

    [Theory]
    [InlineData("۰۹۱۲ ۳۴۵ ۶۷۸۹")]
    [InlineData("+98 912 345 6789")]
    [InlineData("00989123456789")]
    [InlineData("٠٩١٢-٣٤٥-٦٧٨٩")]
    [InlineData("+98 (0)912 345 6789")]
    [InlineData("0912.345.6789")]
    public void Iranian_mobile_numbers_in_any_writing_give_one_key(string phone)
    {
        Assert.Equal("9123456789", MatchKeys.Phone(phone));
        Assert.Equal("9123456789", MatchKeys.Phone(phone, "IR"));
        Assert.Equal("9123456789", MatchKeys.Phone(phone, "ایران"));
    }

    [Theory]
    [InlineData("+1 (425) 555-0100", null, "4255550100")]
    [InlineData("001 425 555 0100", null, "4255550100")]
    [InlineData("+44 20 7946 0000", null, "2079460000")]
    [InlineData("020 7946 0000", "GB", "2079460000")]
    [InlineData("+44 20 7946 0000", "United Kingdom", "2079460000")]
    [InlineData("+44 20 7946 0000", "IR", "+442079460000")]
    [InlineData("+39 06 1234 5678", null, "0612345678")]
    [InlineData("06 1234 5678", "IT", "0612345678")]
    [InlineData("+971 4 123 4567", "IRN", "+97141234567")]
    [InlineData("+971 4 123 4567", null, "41234567")]
    [InlineData("04 123 4567", "الإمارات العربية المتحدة", "41234567")]
    [InlineData("1 425 555 0100", "US", "4255550100")]
    public void Country_codes_and_national_prefixes_are_removed_unless_foreign_to_the_country(string phone, string? country, string expected)
    {
        Assert.Equal(expected, MatchKeys.Phone(phone, country));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("0123456")]
    [InlineData("+98 912 345")]
    [InlineData("+98")]
    [InlineData("+0912345678")]
    [InlineData("tel: none")]
    public void Numbers_with_fewer_than_7_significant_digits_have_no_key(string phone)
    {
        Assert.Null(MatchKeys.Phone(phone));
    }

    [Theory]
    [InlineData("0912 345 678", "IR")]
    [InlineData("+98 912 345 67890", null)]
    [InlineData("425 555 010", "US")]
    public void Numbers_of_a_length_the_country_does_not_have_are_refused_by_its_rules(string phone, string? country)
    {
        Assert.Null(MatchKeys.Phone(phone, country));
    }

    [Theory]
    [InlineData("98")]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("XX")]
    public void A_country_that_names_no_country_is_refused(string country)
    {
        var error = Assert.Throws<ArgumentException>(() => MatchKeys.Phone("09123456789", country));
        Assert.Equal("country", error.ParamName);
    }

    [Theory]
    [InlineData("\"Sara Lima\" <Sara@Contoso.example>", "sara@contoso.example")]
    [InlineData("Sara Lima <sara@contoso.example>", "sara@contoso.example")]
    [InlineData("sara@contoso.example (Sara Lima)", "sara@contoso.example")]
    [InlineData("mailto:sara@contoso.example;", "sara@contoso.example")]
    [InlineData("\"رضایی، علی\" <ali@kimia.example>", "ali@kimia.example")]
    [InlineData("<sara@contoso.example>", "sara@contoso.example")] // the bracket first
    [InlineData("(Sara Lima) sara@contoso.example", "sara@contoso.example")] // the comment first
    [InlineData("sara@contoso.example (Sara Lima", "sara@contoso.example")] // a comment never closed
    [InlineData("\"sara@contoso.example\";", "sara@contoso.example")] // quotes and a semicolon around it
    [InlineData("'sara@contoso.example',", "sara@contoso.example")]
    public void Email_keys_read_the_address_as_users_paste_it(string email, string expected)
    {
        Assert.Equal(expected, MatchKeys.Email(email));
    }

    [Theory]
    [InlineData("sara@contoso.example, ali@kimia.example")]
    [InlineData("sara@contoso.example; ali@kimia.example")]
    [InlineData("<sara@contoso.example> <ali@kimia.example>")]
    [InlineData("sara@contoso.example ali@kimia.example")]
    [InlineData("sara@contoso.example (Sara) ali@kimia.example")] // something after the comment
    [InlineData("<sara@contoso.example")] // a bracket never closed
    [InlineData(">sara@contoso.example")] // a character no address holds, first
    public void A_field_with_two_addresses_is_not_one_key(string email)
    {
        Assert.Null(MatchKeys.Email(email));
    }

    [Theory]
    [InlineData("https://www.Contoso.com/about", "contoso.com")]
    [InlineData("contoso.com", "contoso.com")]
    [InlineData("http://shop.contoso.co.uk:8080?x=1", "shop.contoso.co.uk")]
    [InlineData("www.kimia.ir.", "kimia.ir")]
    [InlineData("://contoso.com", "contoso.com")] // a scheme's separator first
    [InlineData("user:secret@www.contoso.com:8080/x", "contoso.com")] // user and port
    [InlineData("@contoso.com", "contoso.com")]
    public void Website_keys_are_the_host(string website, string expected)
    {
        Assert.Equal(expected, MatchKeys.Website(website));
    }

    [Theory]
    [InlineData("/contoso.com")] // a path only
    [InlineData(":contoso.com")] // a port only
    [InlineData("https://")]
    [InlineData("localhost")]
    public void Website_keys_need_a_host_with_a_dot(string website)
    {
        Assert.Null(MatchKeys.Website(website));
    }

    [Fact]
    public void A_null_website_is_refused_and_an_unknown_country_is_told_word_for_word()
    {
        Assert.Equal("website", Assert.Throws<ArgumentNullException>(() => MatchKeys.Website(null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => MatchKeys.Phone("0912 345 6789", "Atlantis"));
        Assert.Equal("The country 'Atlantis' is not a country: give an ISO 3166 code such as 'IR' or 'BR', or a country's name. (Parameter 'country')", e.Message);
    }

    [Theory]
    [InlineData("شرکت کیمیا گستر", "كيميا گستر سهامی خاص")]
    [InlineData("Contoso Ltd.", "CONTOSO, LLC")]
    [InlineData("Müller GmbH", "Muller")]
    [InlineData("Contoso", "contoso inc")]
    [InlineData("Fabrikam S.A.", "FABRIKAM")]
    [InlineData("Fabrikam S. A.", "Fabrikam")]
    [InlineData("Fabrikam Co., Ltd.", "Fabrikam")]
    [InlineData("Adventure Works Ltda", "ADVENTURE-WORKS")]
    [InlineData("کیمیا گستر (سهامی خاص)", "کیمیا گستر")]
    [InlineData("کیمیا گستر ش.م.م", "کیمیا گستر")]
    [InlineData("کیمیا گستر با مسئولیت محدود", "کیمیا گستر")]
    [InlineData("شركة النور ذ.م.م", "النور")]
    [InlineData("کیـمیا گستر", "کیمیا گستر")]
    [InlineData("Ｃｏｎｔｏｓｏ", "Contoso")]
    [InlineData("Société Générale SA", "Societe Generale")]
    [InlineData("مؤسسة الأمل", "موسسه الامل")]
    [InlineData("مؤسسة الأمل", "الأمل")]
    [InlineData("شركة الإتقان", "الاتقان")]
    [InlineData("آریا صنعت", "اریا صنعت")]
    [InlineData("فناوری‌های نوین", "فناوریهای نوین")]
    [InlineData("دانش ۱۴۰۲", "دانش 1402")]
    public void Company_name_variants_give_one_key(string a, string b)
    {
        Assert.NotNull(MatchKeys.CompanyName(a));
        Assert.Equal(MatchKeys.CompanyName(a), MatchKeys.CompanyName(b));
    }

    [Theory]
    [InlineData("Contoso Ltd.", "CONTOSO")]
    [InlineData("Müller GmbH", "MULLER")]
    [InlineData("  Adventure   Works,  Inc. ", "ADVENTURE WORKS")]
    [InlineData("شرکت کیمیا گستر", "کیمیا گستر")]
    [InlineData("كيميا گستر سهامی خاص", "کیمیا گستر")]
    [InlineData("شركة النور ذ.م.م", "النور")]
    [InlineData("مؤسسة النور المحدودة", "النور")]
    public void Company_keys_are_as_computed_by_hand(string name, string expected)
    {
        Assert.Equal(expected, MatchKeys.CompanyName(name));
    }

    [Theory]
    [InlineData("Contoso", "Fabrikam")]
    [InlineData("کیمیا گستر", "کیمیا پارس")]
    [InlineData("Contoso Bank", "Contoso")]
    public void Different_companies_keep_different_keys(string a, string b)
    {
        Assert.NotEqual(MatchKeys.CompanyName(a), MatchKeys.CompanyName(b));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("Inc.")]
    [InlineData("Co. Ltd")]
    [InlineData("شرکت سهامی خاص")]
    public void Company_names_with_only_legal_forms_or_punctuation_have_no_key(string name)
    {
        Assert.Null(MatchKeys.CompanyName(name));
    }

    [Theory]
    [InlineData("Sara", "Lima", "SARA LIMA")]
    [InlineData("  josé ", "LIMA-SOUZA", "JOSE LIMA SOUZA")]
    [InlineData("علي", "رضائي", "علی رضایی")]
    [InlineData(null, "Lima", "LIMA")]
    [InlineData("Sara", null, "SARA")]
    public void Person_keys_fold_and_keep_the_order(string? first, string? last, string expected)
    {
        Assert.Equal(expected, MatchKeys.PersonName(first, last));
    }

    [Fact]
    public void Person_keys_keep_first_and_last_name_apart_in_order()
    {
        Assert.NotEqual(MatchKeys.PersonName("Ali", "Rezaei"), MatchKeys.PersonName("Rezaei", "Ali"));
        Assert.Equal(MatchKeys.PersonName("علی", "رضایی"), MatchKeys.PersonName("علي", "رضايي"));
        Assert.Null(MatchKeys.PersonName(null, null));
        Assert.Null(MatchKeys.PersonName(" ", "-"));
    }

    [Fact]
    public void Null_texts_are_refused()
    {
        Assert.Equal("email", Assert.Throws<ArgumentNullException>(() => MatchKeys.Email(null!)).ParamName);
        Assert.Equal("phone", Assert.Throws<ArgumentNullException>(() => MatchKeys.Phone(null!)).ParamName);
        Assert.Equal("companyName", Assert.Throws<ArgumentNullException>(() => MatchKeys.CompanyName(null!)).ParamName);
    }
}
