using System.Globalization;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

public sealed class CustomFieldValueTests
{
    private static readonly Money Ten = new(10m, "BRL");
    private static readonly LocalDate Day = new(2026, 11, 25);

    [Fact]
    public void Each_factory_sets_its_kind_and_only_its_property()
    {
        var text = CustomFieldValue.FromText("Norte");
        var number = CustomFieldValue.FromNumber(42.5m);
        var yes = CustomFieldValue.FromBoolean(true);
        var date = CustomFieldValue.FromDate(Day);
        var money = CustomFieldValue.FromMoney(Ten);

        Assert.Equal((CustomFieldKind.Text, "Norte"), (text.Kind, text.Text));
        Assert.Equal((CustomFieldKind.Number, (decimal?)42.5m), (number.Kind, number.Number));
        Assert.Equal((CustomFieldKind.Boolean, (bool?)true), (yes.Kind, yes.Boolean));
        Assert.Equal((CustomFieldKind.Date, (LocalDate?)Day), (date.Kind, date.Date));
        Assert.Equal((CustomFieldKind.Money, (Money?)Ten), (money.Kind, money.Money));
        Assert.All(new[] { text, number, yes, date, money }, v => Assert.True(v.IsWellFormed));
        Assert.All(new[] { text, number, yes, date, money }, v => Assert.Equal(1, Set(v)));
    }

    [Fact]
    public void A_null_text_is_a_null_argument() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => CustomFieldValue.FromText(null!)).ParamName);

    [Fact]
    public void Money_without_a_currency_is_refused_word_for_word()
    {
        var error = Assert.Throws<ArgumentException>(() => CustomFieldValue.FromMoney(default));

        Assert.Equal("money", error.ParamName);
        Assert.Equal("The money value has no currency; create it with the Money constructor. (Parameter 'money')", error.Message);
    }

    [Fact]
    public void It_is_written_as_invariant_text()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("Norte", CustomFieldValue.FromText("Norte").ToString());
            Assert.Equal(string.Empty, CustomFieldValue.FromText(string.Empty).ToString());
            Assert.Equal("1234.5", CustomFieldValue.FromNumber(1234.5m).ToString());
            Assert.Equal("true", CustomFieldValue.FromBoolean(true).ToString());
            Assert.Equal("false", CustomFieldValue.FromBoolean(false).ToString());
            Assert.Equal("2026-11-25", CustomFieldValue.FromDate(Day).ToString());
            Assert.Equal("10 BRL", CustomFieldValue.FromMoney(Ten).ToString());
            Assert.Equal(string.Empty, default(CustomFieldValue).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_stored_value_missing_its_property_is_written_as_empty_text()
    {
        Assert.Equal(string.Empty, new CustomFieldValue(CustomFieldKind.Text, null, null, null, null, null).ToString());
        Assert.Equal(string.Empty, new CustomFieldValue(CustomFieldKind.Number, null, null, null, null, null).ToString());
        Assert.Equal("false", new CustomFieldValue(CustomFieldKind.Boolean, null, null, null, null, null).ToString());
        Assert.Equal(string.Empty, new CustomFieldValue(CustomFieldKind.Date, null, null, null, null, null).ToString());
        Assert.Equal(string.Empty, new CustomFieldValue(CustomFieldKind.Money, null, null, null, null, null).ToString());
    }

    public static TheoryData<CustomFieldKind> Kinds =>
        [CustomFieldKind.Text, CustomFieldKind.Number, CustomFieldKind.Boolean, CustomFieldKind.Date, CustomFieldKind.Money];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_stored_value_is_well_formed_only_with_exactly_its_own_property(CustomFieldKind kind)
    {
        var own = (int)kind - 1;
        for (var other = 0; other < 5; other++)
        {
            // its own property only: well-formed; none: not; its own and another: not.
            Assert.Equal(other == own, Make(kind, other).IsWellFormed);
            if (other != own)
            {
                Assert.False(Make(kind, own, other).IsWellFormed);
            }
        }

        Assert.False(new CustomFieldValue(kind, null, null, null, null, null).IsWellFormed);
    }

    [Fact]
    public void A_stored_value_of_no_kind_or_with_money_without_currency_is_not_well_formed()
    {
        Assert.False(default(CustomFieldValue).IsWellFormed);
        Assert.False(new CustomFieldValue((CustomFieldKind)99, "x", null, null, null, null).IsWellFormed);
        Assert.False(new CustomFieldValue(CustomFieldKind.Money, null, null, null, null, default(Money)).IsWellFormed);
    }

    private static CustomFieldValue Make(CustomFieldKind kind, params int[] set) => new(
        kind,
        set.Contains(0) ? "x" : null,
        set.Contains(1) ? 1m : null,
        set.Contains(2) ? true : null,
        set.Contains(3) ? Day : null,
        set.Contains(4) ? Ten : null);

    private static int Set(CustomFieldValue v) =>
        (v.Text is null ? 0 : 1) + (v.Number is null ? 0 : 1) + (v.Boolean is null ? 0 : 1) + (v.Date is null ? 0 : 1) + (v.Money is null ? 0 : 1);
}
