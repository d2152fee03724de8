using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>How records are matched. An immutable record: start from <see cref="Default"/> and change it with <c>with</c>.</summary>
public sealed record MatchOptions
{
    /// <summary>Gets the default options: duplicate at 50, possible duplicate at 40, at most 50 records per blocking key, no default country.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>Gets the score from which two records are <see cref="MatchTier.Duplicate"/>, 1–10,000; default 50: the same e-mail address (Dynamics 365's default rule), or two whole names and one of the organisation's fields, with nothing against.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above 10,000.</exception>
    public int DuplicateScore
    {
        get;
        init => field = value is >= 1 and <= 10_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DuplicateScore), value, "The duplicate score must be between 1 and 10,000.");
    } = 50;

    /// <summary>
    /// Gets the score from which two records are <see cref="MatchTier.PossibleDuplicate"/>, 1–10,000, at most
    /// <see cref="DuplicateScore"/>; default 40: an e-mail address alone, or a whole name alone, but not a phone alone.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above 10,000.</exception>
    public int PossibleDuplicateScore
    {
        get;
        init => field = value is >= 1 and <= 10_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PossibleDuplicateScore), value, "The possible duplicate score must be between 1 and 10,000.");
    } = 40;

    /// <summary>
    /// Gets how many records may share a blocking key before the key stops proposing pairs, at least 2; default 50.
    /// </summary>
    /// <remarks>
    /// A key many records share identifies none of them: a company switchboard, <c>info@</c>, a common name. Such a key
    /// is ignored, for every record, rather than cut to its first records, so the answer does not depend on input
    /// order. It also bounds the cost: N records cost O(N × keys per record × MaxRecordsPerKey) comparisons at most.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 2.</exception>
    public int MaxRecordsPerKey
    {
        get;
        init => field = value >= 2
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecordsPerKey), value, "At least 2 records must be allowed to share a key.");
    } = 50;

    /// <summary>
    /// Gets the country of phone numbers written without a calling code when the record's address names none: an ISO
    /// 3166 code (<c>IR</c>, <c>IRN</c>) or a name (<c>Iran</c>, <c>ایران</c>); null when unknown.
    /// </summary>
    /// <exception cref="ArgumentException">The value set names no country.</exception>
    public string? DefaultCountry
    {
        get;
        init
        {
            if (value is not null && Countries.Region(value) is null)
            {
                throw new ArgumentException(
                    $"The default country '{Echo.Cut(value)}' is not a country: give an ISO 3166 code such as 'IR' or 'BR', or a country's name.",
                    nameof(DefaultCountry));
            }

            field = value;
        }
    }

    /// <summary>Gets the weights used when both records name a person (leads, contacts); default <see cref="MatchWeights.People"/>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public MatchWeights PersonWeights
    {
        get;
        init => field = Guard.Against.Null(value, nameof(PersonWeights));
    } = MatchWeights.People;

    /// <summary>Gets the weights used when either record names no person (accounts); default <see cref="MatchWeights.Organizations"/>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public MatchWeights OrganizationWeights
    {
        get;
        init => field = Guard.Against.Null(value, nameof(OrganizationWeights));
    } = MatchWeights.Organizations;

    /// <summary>The default country's region code, after checking that the two scores are in order.</summary>
    internal string? Checked()
    {
        if (PossibleDuplicateScore > DuplicateScore)
        {
            throw new ArgumentException(
                $"PossibleDuplicateScore ({PossibleDuplicateScore}) is above DuplicateScore ({DuplicateScore}): lower it, or raise DuplicateScore.",
                "options");
        }

        return Countries.Region(DefaultCountry);
    }
}
