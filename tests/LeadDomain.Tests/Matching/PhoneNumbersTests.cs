using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+98 912 345 6789", null, 98, "9123456789")]
    [InlineData(" +98 912 345 6789", null, 98, "9123456789")]
    [InlineData("00989123456789", null, 98, "9123456789")]
    [InlineData("+98 (0)912 345 6789", null, 98, "9123456789")]
    [InlineData("09123456789", "IR", 98, "9123456789")]
    [InlineData("9123456789", "IR", 98, "9123456789")]
    [InlineData("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", 98, "9123456789")]
    [InlineData("٠٩١٢-٣٤٥-٦٧٨٩", "IR", 98, "9123456789")]
    [InlineData("+1 (425) 555-0100", null, 1, "4255550100")]
    [InlineData("1 425 555 0100", "US", 1, "4255550100")]
    [InlineData("+44 20 7946 0000", null, 44, "2079460000")]
    [InlineData("020 7946 0000", "GB", 44, "2079460000")]
    [InlineData("+971 4 123 4567", null, 971, "41234567")]
    [InlineData("+39 06 1234 5678", null, 39, "0612345678")]
    [InlineData("0912 345 6789", null, 0, "9123456789")]
    [InlineData("1234567", null, 0, "1234567")]
    [InlineData("123456789012345", null, 0, "123456789012345")]
    [InlineData("9123456789", "XX", 0, "9123456789")]
    [InlineData("+34 0912 345 678", null, 34, "912345678")] // no national prefix in Spain: a written 0 the length does not allow is dropped
    [InlineData("+354 412 3456", null, 354, "4123456")] // exactly seven digits
    public void A_number_is_read_as_calling_code_and_national_number(string phone, string? region, int code, string number)
    {
        Assert.Equal(new PhoneValue(code, number), PhoneRules.Read(phone, region));
    }

    [Theory]
    [InlineData("123456", null)] // fewer than seven digits
    [InlineData("0000123456", null)] // seven digits with the leading zeros, six without
    [InlineData("1234567890123456", null)] // more than fifteen
    [InlineData("+0 912 345 6789", null)] // no calling code starts with 0
    [InlineData("+999 912 345 6789", null)] // no such calling code
    [InlineData("+", null)]
    [InlineData("+9", null)]
    [InlineData("00", null)]
    [InlineData("+98 912 345", null)] // not a possible length in Iran
    [InlineData("912345", "IR")]
    [InlineData("+98 123456789012345678901234567890", null)]
    [InlineData("123456789012345678901234567890123", null)] // past the 32-digit buffer
    [InlineData("12345678901234567890123456789012", null)] // exactly 32 digits: read, then too long
    [InlineData("no digits at all", "IR")]
    public void A_number_too_short_too_long_or_of_no_country_gives_nothing(string phone, string? region)
    {
        Assert.Null(PhoneRules.Read(phone, region));
    }

    [Fact]
    public void A_plus_after_the_first_digit_is_dropped_like_any_other_sign()
    {
        Assert.Equal(new PhoneValue(0, "98912345678"), PhoneRules.Read("98+912345678", null));
    }

    [Theory]
    [InlineData("IR", 98)]
    [InlineData("US", 1)]
    [InlineData("CA", 1)]
    [InlineData("GB", 44)]
    [InlineData("AE", 971)]
    [InlineData("XX", 0)]
    [InlineData(null, 0)]
    public void The_calling_code_of_a_region(string? region, int code)
    {
        Assert.Equal(code, PhoneRules.CallingCode(region));
    }

    [Theory]
    [InlineData(98, 98, true)]
    [InlineData(98, 1, false)]
    [InlineData(0, 1, true)]
    [InlineData(1, 0, true)]
    [InlineData(0, 0, true)]
    public void Two_numbers_are_comparable_in_one_number_space_or_when_a_code_is_unknown(int x, int y, bool comparable)
    {
        Assert.Equal(comparable, new PhoneValue(x, "9123456789").Comparable(new PhoneValue(y, "9123456789")));
    }

    [Fact]
    public void A_line_is_shared_unless_said_otherwise()
    {
        Assert.True(new PhoneValue(98, "9123456789").Shared);
        Assert.False(new PhoneValue(98, "9123456789", Shared: false).Shared);
    }
}
