using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// The exception thrown when a scoring model is not valid: a model file that cannot be read (its problems name their
/// JSON paths), or a model built in code whose rule names repeat or whose thresholds are out of order.
/// <see cref="InvalidStoredDataException.Problems"/> lists every problem found (bounded).
/// </summary>
public sealed class InvalidScoringModelException : InvalidStoredDataException
{
    internal InvalidScoringModelException(IReadOnlyList<string> problems)
        : base($"The scoring model is not valid: {Echo.List(problems)}. Correct the model file (scoring-model.schema.json describes it) or the rules built in code.", problems)
    {
    }
}
