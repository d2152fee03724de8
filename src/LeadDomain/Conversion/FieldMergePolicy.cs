namespace LeadDomain.Conversion;

/// <summary>How a lead's value is applied to a field of an existing account or contact the lead is converted onto.</summary>
public enum FieldMergePolicy
{
    /// <summary>
    /// Write the lead's value only where the record has none (an empty field, an empty list, a flag not set): Salesforce's
    /// rule for <c>convertLead</c> onto existing records, and the default.
    /// </summary>
    FillBlanks = 1,

    /// <summary>Write the lead's value wherever it has one, replacing the record's.</summary>
    Overwrite = 2,

    /// <summary>Never write: the record keeps its value.</summary>
    Keep = 3,
}
