using LeadDomain.Leads;

namespace LeadDomain.Prediction;

/// <summary>
/// The exception thrown when the JSON form of a prediction model is not valid: not JSON, another format or version,
/// missing or unknown members, counts that do not add up, a checksum that does not match.
/// <see cref="InvalidStoredDataException.Problems"/> lists every problem found (bounded), each naming its JSON path.
/// </summary>
public sealed class InvalidPredictionModelException : InvalidStoredDataException
{
    internal InvalidPredictionModelException(IReadOnlyList<string> problems)
        : base($"The prediction model is not valid: {Echo.List(problems)}. Train the model again and write it with PredictionModelJson.Write; a file edited by hand fails its checksum.", problems)
    {
    }
}
