using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>The digit rules of e-mail addresses, phones and postal addresses (<c>PairComparer.Contacts.cs</c>).</summary>
public sealed class PairComparerContactsTests
{
    [Fact]
    public void A_name_with_more_than_64_digits_is_left_to_the_edit_distance()
    {
        var many = new string('1', 65);
        var exactly = new string('1', 64);

        Assert.True(PairComparer.DigitsMayAgree(many, "x9"));
        Assert.True(PairComparer.DigitsMayAgree("x9", many));
        Assert.False(PairComparer.DigitsMayAgree(exactly, "x9"));
        Assert.True(PairComparer.DigitsMayAgree(exactly, exactly + "x"));
    }

    [Theory]
    [InlineData("A1B2", "12", true)]
    [InlineData("12", "1x2", true)]
    [InlineData("", "", true)]
    [InlineData("ABC", "XYZ", true)]
    [InlineData("1", "", false)]
    [InlineData("", "1", false)]
    [InlineData("12", "123", false)]
    [InlineData("123", "12", false)]
    [InlineData("12", "21", false)]
    [InlineData("12A", "12", true)]
    public void Same_digits_means_the_same_digits_in_the_same_order(string x, string y, bool same)
    {
        Assert.Equal(same, PairComparer.SameDigits(x, y));
    }

    [Theory]
    [InlineData("123", "321", 0, true)]
    [InlineData("1234", "1235", 2, true)]
    [InlineData("1234", "1235", 1, false)]
    [InlineData("1234", "5678", 4, false)]
    [InlineData("1234", "5678", 8, true)]
    [InlineData("12-34", "1234x", 0, true)]
    [InlineData("1234", "123", 1, true)]
    [InlineData("1234", "123", 0, false)]
    [InlineData("0999", "9990", 0, true)]
    public void Digit_counts_differ_by_at_most_the_given_total(string x, string y, int most, bool within)
    {
        Assert.Equal(within, PairComparer.DigitCountsWithin(x, y, most));
        Assert.Equal(within, PairComparer.DigitCountsWithin(y, x, most));
    }

    [Theory]
    [InlineData("123", "1234", true)] // the last digit dropped
    [InlineData("1234", "124", true)] // a middle digit dropped
    [InlineData("1234", "234", true)] // the first dropped
    [InlineData("1234", "12", false)] // two dropped
    [InlineData("1234", "1243", true)] // the last two swapped
    [InlineData("1234", "2134", true)] // the first two swapped
    [InlineData("1234", "1324", true)]
    [InlineData("1234", "1342", false)] // rotated, not swapped
    [InlineData("1234", "1234", false)] // equal: not a typo of this kind
    [InlineData("1234", "1235", false)]
    [InlineData("1234", "1254", false)]
    [InlineData("12", "1", true)]
    [InlineData("1", "", true)]
    [InlineData("MAIN ST", "MAIN ST", false)] // no digits
    [InlineData("1", "2", false)]
    public void Digits_swapped_or_dropped(string x, string y, bool typo)
    {
        Assert.Equal(typo, PairComparer.DigitsSwappedOrDropped(x, y));
        Assert.Equal(typo, PairComparer.DigitsSwappedOrDropped(y, x));
    }

    [Fact]
    public void Text_with_more_than_64_digits_is_not_a_house_number_typo()
    {
        var many = new string('1', 65);

        Assert.False(PairComparer.DigitsSwappedOrDropped(many, many.AsSpan(1)));
        Assert.False(PairComparer.DigitsSwappedOrDropped(many.AsSpan(1), many));
        Assert.True(PairComparer.DigitsSwappedOrDropped(many.AsSpan(1), many.AsSpan(2)));
    }

    [Theory]
    [InlineData("12", "21", true)]
    [InlineData("12", "12", true)]
    [InlineData("123", "132", true)]
    [InlineData("123", "312", false)]
    [InlineData("12", "1", true)]
    [InlineData("12", "", false)]
    [InlineData("1", "", true)]
    [InlineData("123", "1", false)]
    [InlineData("", "", true)]
    public void Digits_of_mailbox_names_may_agree(string x, string y, bool agree)
    {
        Assert.Equal(agree, PairComparer.DigitsMayAgree("name" + x, "name" + y));
        Assert.Equal(agree, PairComparer.DigitsMayAgree("name" + y, "name" + x));
    }
}
