using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// The refusal thrown when conversion options cannot all apply: an option that would have no effect (an opportunity
/// name with no opportunity, a new-record id for a record that is attached, the lead source to overwrite with no
/// existing contact), or records that do not fit together (an existing contact of another account). Every option has
/// an effect or is refused, never silently ignored. Nothing is converted or changed.
/// </summary>
public sealed class InvalidConversionOptionsException : OperationRefusedException
{
    internal InvalidConversionOptionsException(IReadOnlyList<string> problems)
        : base($"The conversion options cannot all apply: {Echo.List(problems)}. Remove or correct those options.")
    {
        Problems = Echo.Bounded(problems);
    }

    /// <summary>Gets the problems, each naming the option (at most 20, then a count of the rest).</summary>
    public IReadOnlyList<string> Problems { get; }
}
