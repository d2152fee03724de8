using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// The exception thrown by a strict conversion (<see cref="ConversionOptions.Strict"/>) when lead fields holding a
/// value would be left behind. The lead is unchanged.
/// </summary>
public sealed class UnmappedLeadFieldsException : InvalidOperationException
{
    internal UnmappedLeadFieldsException(LeadId leadId, IReadOnlyList<LeadField> fields)
        : base($"Lead {leadId} was not converted: no rule carries {string.Join(", ", fields)} to the records it would create or attach. "
            + "Map them, or convert without Strict to accept the loss.")
    {
        LeadId = leadId;
        Fields = fields;
    }

    /// <summary>Gets the lead's id.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the fields that would be left behind.</summary>
    public IReadOnlyList<LeadField> Fields { get; }
}
