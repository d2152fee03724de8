using LeadDomain.Leads;
using PhoneNumbers;

namespace LeadDomain.Matching;

/// <summary>
/// A phone number as matching compares it: the country calling code (0 when unknown), the national significant number,
/// and whether the line may be shared (a business, other or untyped number: a switchboard) rather than personal (mobile, home).
/// </summary>
internal readonly record struct PhoneValue(int CountryCode, string Number, bool Shared = true)
{
    /// <summary>Whether the two can be the same line: same number space (same code, or one code unknown).</summary>
    public bool Comparable(PhoneValue other) => CountryCode == other.CountryCode || CountryCode == 0 || other.CountryCode == 0;
}

/// <summary>
/// Reads phone numbers with libphonenumber's metadata: each country's calling code, national (trunk) prefix and
/// possible lengths. The parse itself is a single pass over the digits (libphonenumber's own <c>Parse</c> costs
/// several microseconds a number, too slow for a million records), but every country fact comes from its tables.
/// </summary>
internal static class PhoneRules
{
    /// <summary>The fewest digits a national significant number may have to be used.</summary>
    public const int MinimumDigits = 7;

    private static readonly Lazy<Tables> Data = new(Tables.Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The calling code of a region code, or 0.</summary>
    public static int CallingCode(string? region) =>
        region is not null && Data.Value.ByRegion.TryGetValue(region, out var rule) ? rule.CountryCode : 0;

    /// <summary>
    /// Reads <paramref name="phone"/>: Persian and Arabic-Indic digits folded, every other non-digit but a leading
    /// <c>+</c> dropped; <c>+</c> or <c>00</c> starts an international number (its calling code read from
    /// libphonenumber's list); any other number is national in <paramref name="region"/> when it is known. The
    /// national prefix of the country (such as Iran's and the UK's <c>0</c>, NANP's <c>1</c>) is removed, also after a
    /// calling code (<c>+98 (0)912…</c>). With a country, the number must have one of its possible lengths; without
    /// one, leading zeros are removed. Fewer than 7 digits give nothing.
    /// </summary>
    public static PhoneValue? Read(string phone, string? region)
    {
        Span<char> buffer = stackalloc char[32];
        var n = 0;
        var plus = false;
        foreach (var c in phone)
        {
            if (c == '+' && n == 0)
            {
                plus = true;
                continue;
            }

            var folded = TextFolding.Fold(c);
            if (char.IsAsciiDigit(folded))
            {
                if (n == buffer.Length)
                {
                    return null;
                }

                buffer[n++] = folded;
            }
        }

        ReadOnlySpan<char> digits = buffer[..n];
        var tables = Data.Value;
        Rule? rule = null;
        if (plus || digits.StartsWith("00"))
        {
            if (!plus)
            {
                digits = digits[2..];
            }

            for (var length = 1; length <= 3 && length < digits.Length && rule is null; length++)
            {
                if (digits[0] != '0' && tables.ByCode.TryGetValue(int.Parse(digits[..length], provider: null), out var found))
                {
                    rule = found;
                    digits = digits[length..];
                }
            }

            if (rule is null)
            {
                return null;
            }
        }
        else if (region is not null && tables.ByRegion.TryGetValue(region, out var home))
        {
            rule = home;
        }

        if (rule is null)
        {
            digits = digits.TrimStart('0');
            return digits.Length is >= MinimumDigits and <= 15 ? new PhoneValue(0, digits.ToString()) : null;
        }

        if (rule.Prefix.Length > 0 && digits.StartsWith(rule.Prefix))
        {
            digits = digits[rule.Prefix.Length..];
        }
        else if (digits.StartsWith("0") && rule.Possible(digits.Length - 1) && !rule.Possible(digits.Length))
        {
            digits = digits[1..];
        }

        return digits.Length >= MinimumDigits && rule.Possible(digits.Length) ? new PhoneValue(rule.CountryCode, digits.ToString()) : null;
    }

    private sealed class Rule(int countryCode, string prefix, int lengths)
    {
        public int CountryCode { get; } = countryCode;

        public string Prefix { get; } = prefix;

        public bool Possible(int length) => length is > 0 and < 31 && (lengths & (1 << length)) != 0;
    }

    private sealed class Tables
    {
        public Dictionary<string, Rule> ByRegion { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, Rule> ByCode { get; } = [];

        public static Tables Build()
        {
            var util = PhoneNumberUtil.GetInstance();
            var tables = new Tables();
            foreach (var region in util.GetSupportedRegions())
            {
                var metadata = util.GetMetadataForRegion(region);
                var lengths = 0;
                foreach (var length in metadata.GeneralDesc.PossibleLengthList)
                {
                    lengths |= length is > 0 and < 31 ? 1 << length : 0;
                }

                var rule = new Rule(metadata.CountryCode, metadata.NationalPrefix ?? string.Empty, lengths);
                tables.ByRegion[region] = rule;
                if (util.GetRegionCodeForCountryCode(metadata.CountryCode) == region)
                {
                    tables.ByCode[metadata.CountryCode] = rule;
                }
            }

            return tables;
        }
    }
}
