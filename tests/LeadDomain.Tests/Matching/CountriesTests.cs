using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("IR", "IR")]
    [InlineData("ir", "IR")]
    [InlineData(" I R ", "IR")]
    [InlineData("IRN", "IR")]
    [InlineData("Iran", "IR")]
    [InlineData("Brasil", "BR")]
    [InlineData("Brazil", "BR")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("الإمارات العربية المتحدة", "AE")]
    [InlineData("Ｉｒａｎ", "IR")]
    [InlineData("USA", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("England", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("Emirates", "AE")]
    [InlineData("Iran, Islamic Republic of", "IR")]
    [InlineData("Persia", "IR")]
    [InlineData("ایران", "IR")]
    [InlineData("إيران", "IR")]
    [InlineData("امارات", "AE")]
    [InlineData("الإمارات", "AE")]
    [InlineData("عربستان", "SA")]
    [InlineData("السعودية", "SA")]
    [InlineData("عراق", "IQ")]
    [InlineData("العراق", "IQ")]
    [InlineData("ترکیه", "TR")]
    [InlineData("تركيا", "TR")]
    [InlineData("افغانستان", "AF")]
    [InlineData("مصر", "EG")]
    [InlineData("قطر", "QA")]
    [InlineData("کویت", "KW")]
    [InlineData("الكويت", "KW")]
    [InlineData("بحرین", "BH")]
    [InlineData("البحرين", "BH")]
    [InlineData("عمان", "OM")]
    [InlineData("الأردن", "JO")]
    [InlineData("لبنان", "LB")]
    [InlineData("سوريا", "SY")]
    [InlineData("سوریه", "SY")]
    [InlineData("آلمان", "DE")]
    [InlineData("انگلستان", "GB")]
    [InlineData("آمریکا", "US")]
    [InlineData("برزیل", "BR")]
    public void A_country_code_name_or_common_short_form_is_read_as_its_region(string country, string region)
    {
        Assert.Equal(region, Countries.Region(country));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("Atlantis")]
    [InlineData("XX")]
    public void Text_that_names_no_country_has_no_region(string? country)
    {
        Assert.Null(Countries.Region(country));
    }

    [Fact]
    public void A_long_text_is_read_without_failing()
    {
        Assert.Null(Countries.Region(new string('x', 300)));
        Assert.Equal("IR", Countries.Region(new string(' ', 200) + "Iran"));
    }
}
