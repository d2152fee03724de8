using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>Two leads that may be the same person or organisation, with why.</summary>
/// <remarks>The score is computed as for a <see cref="MatchCandidate"/> (e-mail 60, phone 40, company name 50, person name 30, capped at 100).</remarks>
public sealed class DuplicateLeadPair
{
    internal DuplicateLeadPair(LeadId first, LeadId second, int score, IReadOnlyList<MatchReason> reasons)
    {
        First = first;
        Second = second;
        Score = score;
        Reasons = reasons;
    }

    /// <summary>Gets the lead of the pair whose id comes first (ordinal order of the ids' text).</summary>
    public LeadId First { get; }

    /// <summary>Gets the other lead.</summary>
    public LeadId Second { get; }

    /// <summary>Gets how strongly the two match, 0–100.</summary>
    public int Score { get; }

    /// <summary>Gets every key the two leads share, ordered by kind then key. Never empty.</summary>
    public IReadOnlyList<MatchReason> Reasons { get; }

    /// <summary>Returns the ids, score and reasons, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{First} ~ {Second} ({Score}: {string.Join(", ", Reasons.Select(r => $"{r.Kind} '{r.Key}'"))})";
}
