using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("EUR")]
    [InlineData("AAA")]
    [InlineData("ZZZ")]
    public void Three_upper_case_letters_are_a_currency(string currency)
    {
        var money = new Money(12.5m, currency);

        Assert.Equal((12.5m, currency), (money.Amount, money.Currency));
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("eur")]
    [InlineData("eUR")]
    [InlineData("EuR")]
    [InlineData("EUr")]
    [InlineData("E1R")]
    [InlineData("ÉUR")]
    [InlineData("@UR")]
    [InlineData("EU[")]
    public void Anything_else_is_refused_word_for_word(string currency)
    {
        var error = Assert.Throws<ArgumentException>(() => new Money(1, currency));

        Assert.Equal("currency", error.ParamName);
        Assert.Equal($"'{currency}' is not an ISO 4217 currency code: expected three uppercase letters A-Z, such as EUR. (Parameter 'currency')", error.Message);
    }

    [Fact]
    public void A_null_currency_is_a_null_argument() =>
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new Money(1, null!)).ParamName);

    [Fact]
    public void It_is_written_in_the_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1234.50 EUR", new Money(1234.50m, "EUR").ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Only_a_constructed_amount_is_valid()
    {
        Assert.True(new Money(0, "EUR").IsValid);
        Assert.False(default(Money).IsValid);
    }
}
