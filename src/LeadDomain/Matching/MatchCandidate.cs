namespace LeadDomain.Matching;

/// <summary>An existing record that is, or may be, the same person or organisation as a lead, with why.</summary>
/// <remarks>
/// Candidates come ordered by tier (duplicates first), then score (highest first), then kind, then
/// <see cref="RecordId"/> (ordinal).
/// </remarks>
public sealed class MatchCandidate
{
    internal MatchCandidate(string recordId, MatchKind kind, MatchComparison comparison)
    {
        RecordId = recordId;
        Kind = kind;
        Comparison = comparison;
    }

    /// <summary>Gets the id of the record: the host's id for an account or a contact, the lead's id ("D" format) for a lead.</summary>
    public string RecordId { get; }

    /// <summary>Gets the kind of record.</summary>
    public MatchKind Kind { get; }

    /// <summary>Gets the comparison of the lead (first) with the record (second): tier, score and reasons.</summary>
    public MatchComparison Comparison { get; }

    /// <summary>Returns the kind, id and comparison, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {RecordId}: {Comparison}";
}
