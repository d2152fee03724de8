namespace LeadDomain.Matching;

/// <summary>
/// What a comparison decides, in the two tiers Dynamics 365 and Salesforce both use: a record that is the same (block
/// or merge it) and one that may be (show it to a person).
/// </summary>
public enum MatchTier
{
    /// <summary>Not a duplicate: the score is below <see cref="MatchOptions.PossibleDuplicateScore"/>.</summary>
    None = 0,

    /// <summary>May be the same lead, person or organisation: show it to a person before merging (Salesforce's "alert").</summary>
    PossibleDuplicate = 1,

    /// <summary>The same lead, person or organisation: merge it, or block creating it (Salesforce's "block").</summary>
    Duplicate = 2,
}
