namespace LeadDomain.Scoring;

/// <summary>One rule that contributed to a score.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Group">Whether it is a fit or an engagement rule.</param>
/// <param name="Points">The points it gave, before the group cap (negative for a penalty; decayed for engagement).</param>
public readonly record struct ScoreReason(string Rule, ScoreGroup Group, double Points);
