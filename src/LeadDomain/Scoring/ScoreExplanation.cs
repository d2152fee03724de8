namespace LeadDomain.Scoring;

/// <summary>A score with the rules that made it: the "top reasons", largest contribution first.</summary>
/// <param name="Score">The score.</param>
/// <param name="Reasons">Every rule that gave points, ordered by the size of its contribution (penalties included), largest first.</param>
/// <remarks>Two explanations are equal when their scores and their reasons, in order, are equal.</remarks>
public sealed record ScoreExplanation(LeadScore Score, IReadOnlyList<ScoreReason> Reasons)
{
    /// <inheritdoc />
    public bool Equals(ScoreExplanation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Score == other.Score
                && (ReferenceEquals(Reasons, other.Reasons)
                    || (Reasons is not null && other.Reasons is not null && Reasons.SequenceEqual(other.Reasons)))));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Score, Reasons?.Count);
}
