namespace LeadDomain.Leads;

/// <summary>
/// The base of the exceptions for stored data that cannot be read back: a lead snapshot, a scoring or prediction model
/// file. <see cref="Problems"/> lists what is wrong (at most the first 20, then a count of the rest).
/// </summary>
public abstract class InvalidStoredDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A sentence naming the data and its problems.</param>
    /// <param name="problems">The problems, each a short sentence fragment.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    protected InvalidStoredDataException(string message, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(message, innerException) => Problems = Echo.Bounded(problems);

    /// <summary>Gets the problems found, each a short sentence fragment; at most 20, then one entry counting the rest.</summary>
    public IReadOnlyList<string> Problems { get; }
}
