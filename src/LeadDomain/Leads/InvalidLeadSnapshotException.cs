namespace LeadDomain.Leads;

/// <summary>
/// The exception thrown when a <see cref="LeadSnapshot"/> describes a lead that cannot exist. <see cref="Problems"/>
/// lists every problem found, not only the first.
/// </summary>
public sealed class InvalidLeadSnapshotException : ArgumentException
{
    internal InvalidLeadSnapshotException(LeadId leadId, IReadOnlyList<string> problems)
        : base($"The snapshot of lead {leadId} describes a lead that cannot exist: {string.Join("; ", problems)}.", "snapshot")
    {
        LeadId = leadId;
        Problems = problems;
    }

    /// <summary>Gets the id the snapshot carries (possibly empty, which is one of the problems then).</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the problems, each a short sentence fragment.</summary>
    public IReadOnlyList<string> Problems { get; }
}
