using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// What a lead must hold to be created or saved by an edit: the required fields of one of the peers. Checked by
/// <see cref="LeadLifecycle.Create"/> and <see cref="Lead.Edit"/> (a refusal names the missing fields), not by
/// <see cref="LeadLifecycle.Restore"/>: a stored lead is restored whatever the policy it was created under.
/// </summary>
public sealed class LeadCreationPolicy
{
    private readonly Func<LeadDetails, IReadOnlyList<string>> _missing;

    private LeadCreationPolicy(string name, Func<LeadDetails, IReadOnlyList<string>> missing)
    {
        Name = name;
        _missing = missing;
    }

    /// <summary>
    /// Gets Dynamics 365's rule, the default: the last name is required (the lead table's business-required columns are
    /// the last name and the topic; an empty topic is composed from the company and the name).
    /// </summary>
    public static LeadCreationPolicy Dynamics { get; } = new("Dynamics 365", d =>
        d.LastName is null ? [nameof(LeadDetails.LastName)] : []);

    /// <summary>Gets Salesforce's rule: the last name and the company are required.</summary>
    public static LeadCreationPolicy Salesforce { get; } = new("Salesforce", d =>
        (d.LastName, d.CompanyName) switch
        {
            (null, null) => [nameof(LeadDetails.LastName), nameof(LeadDetails.CompanyName)],
            (null, _) => [nameof(LeadDetails.LastName)],
            (_, null) => [nameof(LeadDetails.CompanyName)],
            _ => [],
        });

    /// <summary>
    /// Gets the loose rule: a lead needs only something to call it by, a topic, a company or a person's name (first or last).
    /// </summary>
    public static LeadCreationPolicy Lenient { get; } = new("lenient", d =>
        d.Topic is null && d.CompanyName is null && d.FirstName is null && d.LastName is null
            ? ImmutableArray.Create(nameof(LeadDetails.Topic))
            : []);

    /// <summary>Gets the rule's name, as messages show it.</summary>
    public string Name { get; }

    /// <summary>Lists the required fields <paramref name="details"/> lacks (details in stored form: trimmed, empty text as null).</summary>
    internal IReadOnlyList<string> MissingFields(LeadDetails details) => _missing(details);

    /// <inheritdoc />
    public override string ToString() => Name;
}
