namespace LeadDomain.Matching;

/// <summary>The kind of record a candidate is.</summary>
public enum MatchKind
{
    /// <summary>An existing account (an organisation) the host supplied.</summary>
    Account = 1,

    /// <summary>An existing contact (a person) the host supplied.</summary>
    Contact = 2,

    /// <summary>Another lead: a possible duplicate.</summary>
    Lead = 3,
}
