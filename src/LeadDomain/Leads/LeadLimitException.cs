namespace LeadDomain.Leads;

/// <summary>
/// The refusal thrown when an operation would take a lead past a size limit of its lifecycle (its status history or
/// its activity log, see <see cref="LeadLifecycleOptions"/>). Nothing is changed.
/// </summary>
public sealed class LeadLimitException : OperationRefusedException
{
    internal LeadLimitException(LeadId leadId, string what, int limit)
        : base($"Lead {leadId} already holds {limit} {what}, the lifecycle's limit: raise the limit in LeadLifecycleOptions, or archive the lead.")
    {
        LeadId = leadId;
        Limit = limit;
    }

    /// <summary>Gets the id of the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the limit reached.</summary>
    public int Limit { get; }
}
