namespace LeadDomain.Leads;

/// <summary>
/// The exception thrown when a <see cref="LeadSnapshot"/> describes a lead that cannot exist. <see cref="InvalidStoredDataException.Problems"/>
/// lists every problem found (bounded), not only the first.
/// </summary>
public sealed class InvalidLeadSnapshotException : InvalidStoredDataException
{
    internal InvalidLeadSnapshotException(LeadId leadId, IReadOnlyList<string> problems)
        : base($"The snapshot of lead {leadId} describes a lead that cannot exist: {Echo.List(problems)}. Correct the stored data or restore an earlier snapshot.", problems)
    {
        LeadId = leadId;
    }

    /// <summary>Gets the id the snapshot carries (possibly empty, which is one of the problems then).</summary>
    public LeadId LeadId { get; }
}
