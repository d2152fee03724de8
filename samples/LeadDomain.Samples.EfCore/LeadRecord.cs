namespace LeadDomain.Samples.EfCore;

/// <summary>
/// A lead as one database row: a few columns to query on (state, owner, modified), the version as the optimistic
/// concurrency token, and the whole <see cref="Leads.LeadSnapshot"/> as JSON, so that the schema does not change
/// when the library adds a field.
/// </summary>
public sealed class LeadRecord
{
    /// <summary>Gets or sets the lead's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the lead's state, such as Open, for queries.</summary>
    public string State { get; set; } = string.Empty;

    /// <summary>Gets or sets the lead's status reason, such as Contacted, for queries.</summary>
    public string StatusReason { get; set; } = string.Empty;

    /// <summary>Gets or sets the lead's owner, for queries.</summary>
    public string? Owner { get; set; }

    /// <summary>Gets or sets when the lead last changed, as ISO text (which sorts).</summary>
    public string ModifiedAt { get; set; } = string.Empty;

    /// <summary>Gets or sets the lead's version: the concurrency token, compared on every update.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the snapshot as JSON.</summary>
    public string Snapshot { get; set; } = string.Empty;
}
