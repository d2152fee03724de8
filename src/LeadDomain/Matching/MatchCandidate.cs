namespace LeadDomain.Matching;

/// <summary>An existing record that may be the same person or organisation as a lead, with why.</summary>
/// <remarks>
/// The score adds the weight of each kind of key that matched, once per kind, capped at 100: e-mail 60, phone 40,
/// company name 50, person name 30. Candidates come ordered by score (highest first), then kind, then
/// <see cref="RecordId"/> (ordinal).
/// </remarks>
public sealed class MatchCandidate
{
    internal MatchCandidate(string recordId, MatchKind kind, int score, IReadOnlyList<MatchReason> reasons)
    {
        RecordId = recordId;
        Kind = kind;
        Score = score;
        Reasons = reasons;
    }

    /// <summary>Gets the id of the record: the host's id for an account or a contact, the lead's id ("D" format) for a lead.</summary>
    public string RecordId { get; }

    /// <summary>Gets the kind of record.</summary>
    public MatchKind Kind { get; }

    /// <summary>Gets how strongly the record matches, 0–100 (see the remarks on <see cref="MatchCandidate"/>).</summary>
    public int Score { get; }

    /// <summary>Gets every key the record shares with the lead, ordered by kind then key. Never empty.</summary>
    public IReadOnlyList<MatchReason> Reasons { get; }

    /// <summary>Returns the kind, id, score and reasons, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Kind} {RecordId} ({Score}: {string.Join(", ", Reasons.Select(r => $"{r.Kind} '{r.Key}'"))})";
}
