namespace LeadDomain.Leads;

/// <summary>
/// The refusal thrown when leads cannot be merged as asked: the master is not open, a lead is converted or merged
/// already, a history is full, or a choice would leave the master without a required field. No lead is changed.
/// </summary>
public sealed class LeadMergeRefusedException : OperationRefusedException
{
    internal LeadMergeRefusedException(LeadId? masterId, IReadOnlyList<string> problems)
        : base($"The leads cannot be merged{(masterId is { } id ? $" into lead {id}" : string.Empty)}: {Echo.List(problems)}. No lead was changed.")
    {
        MasterId = masterId;
        Problems = Echo.Bounded(problems);
    }

    /// <summary>Gets the master asked for or chosen by the rule; null when no lead could be master.</summary>
    public LeadId? MasterId { get; }

    /// <summary>Gets every reason the merge was refused (at most 20, and a count of the rest).</summary>
    public IReadOnlyList<string> Problems { get; }
}
