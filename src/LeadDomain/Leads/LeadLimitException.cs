namespace LeadDomain.Leads;

/// <summary>
/// The refusal thrown when an operation would take a lead past a size limit of its lifecycle (its status history or
/// its activity log, see <see cref="LeadLifecycleOptions"/>), or past the highest version a lead can have. Nothing is changed.
/// </summary>
public sealed class LeadLimitException : OperationRefusedException
{
    internal LeadLimitException(LeadId leadId, string what, int limit)
        : base($"Lead {leadId} already holds {limit} {what}, the lifecycle's limit: raise the limit in LeadLifecycleOptions, or archive the lead.")
    {
        LeadId = leadId;
        Limit = limit;
    }

    internal LeadLimitException(LeadId leadId, long version)
        : base($"Lead {leadId} is at version {version}, the highest a lead can reach: archive the lead and start a new one.")
    {
        LeadId = leadId;
        Limit = int.MaxValue;
    }

    /// <summary>Gets the id of the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the limit reached; <see cref="int.MaxValue"/> when the lead's version is at its highest (<c>long.MaxValue - 1</c>).</summary>
    public int Limit { get; }
}
