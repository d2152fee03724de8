using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// What a conversion produced: the records for the host to save, the ids recorded on the lead, and every lead field
/// that holds a value no rule carried to any of the records.
/// </summary>
public sealed class ConversionResult
{
    internal ConversionResult(
        LeadId leadId, AccountRecord? account, ContactRecord? contact, OpportunityRecord? opportunity, IReadOnlyList<FieldMerge> merged, IReadOnlyList<LeadField> unmapped)
    {
        MergedFields = merged;
        LeadId = leadId;
        Account = account;
        Contact = contact;
        Opportunity = opportunity;
        UnmappedFields = unmapped;
        Conversion = new LeadConversion(account?.Id, contact?.Id, opportunity?.Id);
    }

    /// <summary>Gets the converted lead's id.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the account created or attached; <see langword="null"/> when there is none.</summary>
    public AccountRecord? Account { get; }

    /// <summary>Gets the contact created or attached; <see langword="null"/> when there is none.</summary>
    public ContactRecord? Contact { get; }

    /// <summary>Gets the opportunity created; <see langword="null"/> when there is none.</summary>
    public OpportunityRecord? Opportunity { get; }

    /// <summary>
    /// Gets, field by field, where the lead's values met an existing account's or contact's: filled (the record had no
    /// value), overwritten, or kept (the record's value stays; the lead's is not written). Empty when nothing is attached.
    /// </summary>
    public IReadOnlyList<FieldMerge> MergedFields { get; }

    /// <summary>
    /// Gets the lead fields that hold a value no rule carried to any record: data the conversion leaves behind on the
    /// (read-only) lead. Custom fields appear with the kind they hold.
    /// </summary>
    public IReadOnlyList<LeadField> UnmappedFields { get; }

    /// <summary>Gets the ids recorded on the lead (<see cref="Lead.Conversion"/>).</summary>
    public LeadConversion Conversion { get; }
}
