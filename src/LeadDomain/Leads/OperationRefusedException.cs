namespace LeadDomain.Leads;

/// <summary>
/// The base of every business refusal: an operation the rules do not allow now (a transition, a lead without its
/// required fields, conversion options that cannot apply, fields no map carries). Catch it to show the message to a
/// user; the lead or record it concerns is left exactly as it was.
/// </summary>
/// <remarks>Caller bugs are <see cref="ArgumentException"/>s, and bad stored data is an <see cref="InvalidStoredDataException"/>.</remarks>
public abstract class OperationRefusedException : InvalidOperationException
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="message">A sentence saying what was refused and what to do.</param>
    protected OperationRefusedException(string message)
        : base(message)
    {
    }
}
