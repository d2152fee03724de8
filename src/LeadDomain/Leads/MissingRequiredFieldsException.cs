namespace LeadDomain.Leads;

/// <summary>
/// The refusal thrown when a lead would be created or saved without a field its <see cref="LeadCreationPolicy"/>
/// requires. Nothing is created or changed.
/// </summary>
public sealed class MissingRequiredFieldsException : OperationRefusedException
{
    internal MissingRequiredFieldsException(LeadCreationPolicy policy, IReadOnlyList<string> missingFields)
        : base($"A lead needs {string.Join(" and ", missingFields)} under the {policy.Name} rule: fill {(missingFields.Count == 1 ? "it" : "them")} in, or choose another LeadCreationPolicy.")
    {
        Policy = policy;
        MissingFields = missingFields;
    }

    /// <summary>Gets the policy that requires the fields.</summary>
    public LeadCreationPolicy Policy { get; }

    /// <summary>Gets the names of the missing fields (properties of <see cref="LeadDetails"/>).</summary>
    public IReadOnlyList<string> MissingFields { get; }
}
