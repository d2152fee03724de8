using LeadDomain.Leads;

namespace LeadDomain.Samples.EfCore;

/// <summary>
/// Someone else saved the lead after it was loaded: this save was refused and the stored lead is theirs, unchanged.
/// Load the lead again, redo the edit on the fresh copy, and save that.
/// </summary>
public sealed class LeadConcurrencyException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="id">The lead.</param>
    /// <param name="loadedVersion">The version this edit started from.</param>
    /// <param name="storedVersion">The version stored now, or null when the lead was deleted.</param>
    /// <param name="inner">EF Core's exception.</param>
    public LeadConcurrencyException(LeadId id, long loadedVersion, long? storedVersion, Exception inner)
        : base(storedVersion is { } stored
            ? $"Lead {id} was changed by someone else (it is at version {stored}; this edit started from version {loadedVersion}). Nothing was saved: reload the lead and apply the edit again."
            : $"Lead {id} was deleted after this edit loaded it at version {loadedVersion}. Nothing was saved.",
            inner)
    {
        Id = id;
        LoadedVersion = loadedVersion;
        StoredVersion = storedVersion;
    }

    /// <summary>Gets the lead's id.</summary>
    public LeadId Id { get; }

    /// <summary>Gets the version the refused edit started from.</summary>
    public long LoadedVersion { get; }

    /// <summary>Gets the version stored now, or null when the lead is gone.</summary>
    public long? StoredVersion { get; }
}
