namespace LeadDomain.Scoring;

/// <summary>A score with the rules that made it: the "top reasons", largest contribution first.</summary>
/// <param name="Score">The score.</param>
/// <param name="Reasons">Every rule that gave points, ordered by the size of its contribution (penalties included), largest first.</param>
public sealed record ScoreExplanation(LeadScore Score, IReadOnlyList<ScoreReason> Reasons);
