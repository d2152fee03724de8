namespace LeadDomain.Matching;

/// <summary>
/// The comparison of two records: the decision (<see cref="Tier"/>), the score it came from, and every field compared
/// with the points it gave.
/// </summary>
/// <remarks>
/// <see cref="Score"/> is the sum of the reasons' points. <see cref="Tier"/> is <see cref="MatchTier.Duplicate"/> at
/// <see cref="MatchOptions.DuplicateScore"/> or more and <see cref="MatchTier.PossibleDuplicate"/> at
/// <see cref="MatchOptions.PossibleDuplicateScore"/> or more, except that it is never more than possible when
/// <see cref="IsCapped"/>: for two people, when a first or last name disagrees (a different person at the same
/// company) or when nothing identifies the person (no e-mail address, no personal phone, not both names agree: only
/// company, switchboard, address or website in common); for organisations, when neither the company name nor the
/// website agrees. A search over a set (<see cref="DuplicateFinder"/>) lifts the cap on two people when one gives a
/// single name that agrees and the whole input holds only one person of that name at their organisation
/// (<see cref="MatchField.NameAtOrganization"/>).
/// </remarks>
public sealed class MatchComparison
{
    internal MatchComparison(MatchTier tier, int score, bool isCapped, IReadOnlyList<MatchReason> reasons)
    {
        Tier = tier;
        Score = score;
        IsCapped = isCapped;
        Reasons = reasons;
    }

    /// <summary>Gets the decision.</summary>
    public MatchTier Tier { get; }

    /// <summary>Gets the sum of the reasons' points (may be negative).</summary>
    public int Score { get; }

    /// <summary>Gets a value indicating whether a rule kept the tier at <see cref="MatchTier.PossibleDuplicate"/> or below
    /// whatever the score (see the remarks on <see cref="MatchComparison"/>).</summary>
    public bool IsCapped { get; }

    /// <summary>Gets every field both records had, in the order of <see cref="MatchField"/>.</summary>
    public IReadOnlyList<MatchReason> Reasons { get; }

    /// <summary>Returns the tier, score and reasons, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Tier} {Score}{(IsCapped ? " (capped)" : string.Empty)}: {string.Join(", ", Reasons)}";
}
