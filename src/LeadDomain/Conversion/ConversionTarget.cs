namespace LeadDomain.Conversion;

/// <summary>The kinds of record a lead is converted into.</summary>
public enum ConversionTarget
{
    /// <summary>The organisation.</summary>
    Account = 1,

    /// <summary>The person.</summary>
    Contact = 2,

    /// <summary>The deal in progress.</summary>
    Opportunity = 3,
}
