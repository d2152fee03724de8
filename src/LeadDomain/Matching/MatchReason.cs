namespace LeadDomain.Matching;

/// <summary>One key two records share.</summary>
/// <param name="Kind">What the key is made from.</param>
/// <param name="Key">The normalised key both records gave (see <see cref="MatchKeys"/>).</param>
public readonly record struct MatchReason(MatchKeyKind Kind, string Key);
