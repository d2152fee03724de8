using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Bulk;

/// <summary>
/// What a bulk operation did to one lead: done, or refused with the refusal it would have thrown on its own (Salesforce's
/// one <c>LeadConvertResult</c> per lead). A refused lead is exactly as it was.
/// </summary>
public readonly record struct LeadOutcome
{
    internal LeadOutcome(Lead? lead, Exception? refusal, ConversionResult? conversion = null, LeadMergeResult? merge = null)
    {
        Lead = lead;
        Refusal = refusal;
        Conversion = conversion;
        Merge = merge;
    }

    /// <summary>Gets the lead; null only when the input held a null in its place (refused with an <see cref="ArgumentException"/>).</summary>
    public Lead? Lead { get; }

    /// <summary>Gets the lead's id; the <c>default</c> id when <see cref="Lead"/> is null.</summary>
    public LeadId LeadId => Lead?.Id ?? default;

    /// <summary>Gets a value indicating whether the operation succeeded for this lead.</summary>
    public bool IsDone => Refusal is null;

    /// <summary>
    /// Gets why the lead was refused: a business refusal (an <see cref="OperationRefusedException"/>, such as
    /// <see cref="InvalidLeadTransitionException"/> or <see cref="LeadMergeRefusedException"/>) or a problem with this
    /// lead's arguments (an <see cref="ArgumentException"/>); null when done.
    /// </summary>
    public Exception? Refusal { get; }

    /// <summary>Gets the conversion's records to save, when the operation converted the lead; otherwise null.</summary>
    public ConversionResult? Conversion { get; }

    /// <summary>Gets the merge the lead took part in (as master or subordinate), when the operation merged it; otherwise null.</summary>
    public LeadMergeResult? Merge { get; }
}
