namespace LeadDomain.Matching;

/// <summary>How records are matched. An immutable record: start from <see cref="Default"/> and change it with <c>with</c>.</summary>
public sealed record MatchOptions
{
    /// <summary>Gets the default options: minimum score 40, at most 100 records per key, no default country.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>
    /// Gets the lowest score a candidate or a duplicate pair needs, 1–100. The default, 40, takes an e-mail, a phone
    /// or a company name alone, and a person name only with something else.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above 100.</exception>
    public int MinimumScore
    {
        get;
        init => field = value is >= 1 and <= MatchWeights.Maximum
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumScore), value, "The minimum score must be between 1 and 100.");
    } = 40;

    /// <summary>
    /// Gets how many records of one kind may share a key before the key stops counting, at least 2; default 100.
    /// </summary>
    /// <remarks>
    /// A key many records share identifies none of them: a company switchboard, <c>info@</c>, a chain's name, a name as
    /// common as "Ali Rezaei". Such a key is ignored, for every record, rather than cut to its first records, so the
    /// answer does not depend on input order. It also bounds the cost: duplicate detection compares at most
    /// <c>MaxRecordsPerKey</c> records per key, so N leads cost O(N × keys per lead × MaxRecordsPerKey), never O(N²).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 2.</exception>
    public int MaxRecordsPerKey
    {
        get;
        init => field = value >= 2
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecordsPerKey), value, "At least 2 records must be allowed to share a key.");
    } = 100;

    /// <summary>
    /// Gets the country calling code of phone numbers written without one (such as <c>98</c>), or null; see
    /// <see cref="MatchKeys.Phone"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is not one to three digits after an optional <c>+</c>, or starts with 0.</exception>
    public string? DefaultCountryCode
    {
        get;
        init
        {
            _ = MatchKeys.CountryCode(value);
            field = value;
        }
    }
}
