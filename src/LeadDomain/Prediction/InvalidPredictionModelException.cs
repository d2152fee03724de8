namespace LeadDomain.Prediction;

/// <summary>
/// The exception thrown when the JSON form of a prediction model is not valid: not JSON, another format or version,
/// missing or unknown members, counts that do not add up, a checksum that does not match. <see cref="Problems"/>
/// lists every problem found.
/// </summary>
public sealed class InvalidPredictionModelException : ArgumentException
{
    internal InvalidPredictionModelException(IReadOnlyList<string> problems)
        : base($"The prediction model is not valid: {string.Join("; ", problems)}.")
    {
        Problems = problems;
    }

    /// <summary>Gets the problems, each naming the JSON path concerned.</summary>
    public IReadOnlyList<string> Problems { get; }
}
