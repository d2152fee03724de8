namespace LeadDomain.Conversion;

/// <summary>
/// The exception thrown when a conversion map is not valid: unknown fields, a value of one type written to a field of
/// another, two rules writing one field, a bad composite format. <see cref="Problems"/> lists every problem found.
/// </summary>
public sealed class InvalidConversionMapException : ArgumentException
{
    internal InvalidConversionMapException(IReadOnlyList<string> problems)
        : base($"The conversion map is not valid: {string.Join("; ", problems)}.")
    {
        Problems = problems;
    }

    /// <summary>Gets the problems, each naming the rule (by its position in the builder) and the fields concerned.</summary>
    public IReadOnlyList<string> Problems { get; }
}
