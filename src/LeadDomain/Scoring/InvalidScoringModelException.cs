namespace LeadDomain.Scoring;

/// <summary>
/// The exception thrown when a scoring model is not valid: duplicate rule names, bad thresholds or caps, unknown
/// fields in its JSON form. <see cref="Problems"/> lists every problem found.
/// </summary>
public sealed class InvalidScoringModelException : ArgumentException
{
    internal InvalidScoringModelException(IReadOnlyList<string> problems)
        : base($"The scoring model is not valid: {string.Join("; ", problems)}.")
    {
        Problems = problems;
    }

    /// <summary>Gets the problems, each naming the rule, field or JSON path concerned.</summary>
    public IReadOnlyList<string> Problems { get; }
}
