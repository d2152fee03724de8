namespace LeadDomain.Conversion;

/// <summary>What converting a lead did to one field of an existing record.</summary>
public enum FieldMergeAction
{
    /// <summary>The record had no value; it now has the lead's.</summary>
    Filled = 1,

    /// <summary>The record had another value; the lead's replaced it.</summary>
    Overwritten = 2,

    /// <summary>The record had another value and kept it; the lead's was not written.</summary>
    Kept = 3,
}
