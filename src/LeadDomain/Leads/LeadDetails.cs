using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// Everything a seller can edit on a lead: contact data, qualification facts (BANT) and custom fields. An immutable
/// record: change it with a <c>with</c> expression and hand it to <see cref="Lead.Edit"/>.
/// </summary>
/// <remarks>
/// Text in any script is ordinary input: names, company names and phone numbers written in Persian or Arabic,
/// with digits ۰-۹ or ٠-٩, are kept exactly as given (only surrounding white space is trimmed). When
/// <see cref="Topic"/> is empty, the lead composes one from the company, the person's name and the source, as
/// Dynamics 365 does. Two details are equal when every field is equal, lists and custom fields included.
/// </remarks>
public sealed record LeadDetails
{
    /// <summary>
    /// Gets what the lead is about; it becomes the opportunity name on conversion. When a lead is created or edited with
    /// an empty topic, one is composed and stored; it is kept as it is on later edits until the topic is emptied again.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>Gets the person's first (given) name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the person's last (family) name.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the name of the person's organisation.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the person's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the person's e-mail addresses, the preferred one first. Never null.</summary>
    public IReadOnlyList<string> Emails { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Gets the person's phone numbers, the preferred one first. Never null.</summary>
    public IReadOnlyList<string> Phones { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Gets how the person prefers to be contacted, when known.</summary>
    public PreferredContactMethod? PreferredContactMethod { get; init; }

    /// <summary>Gets the broad channel the lead came from, when known.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the organisation's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the organisation's annual revenue. The amount may not be negative.</summary>
    public Money? AnnualRevenue { get; init; }

    /// <summary>Gets the budget the lead has for the purchase (the "B" of BANT). The amount may not be negative.</summary>
    public Money? Budget { get; init; }

    /// <summary>Gets the organisation's number of employees. May not be negative.</summary>
    public int? NumberOfEmployees { get; init; }

    /// <summary>Gets when the lead expects to buy (the "T" of BANT).</summary>
    public PurchaseTimeframe? PurchaseTimeframe { get; init; }

    /// <summary>Gets whether the person decides on the purchase (the "A" of BANT), when known.</summary>
    public bool? IsDecisionMaker { get; init; }

    /// <summary>Gets the need the lead stated (the "N" of BANT).</summary>
    public string? StatedNeed { get; init; }

    /// <summary>Gets the lead's rating, when one has been given.</summary>
    public LeadRating? Rating { get; init; }

    /// <summary>Gets the user or team responsible for the lead.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets free text about the lead.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the lead's custom fields by name (names compare ordinally). Never null.</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } =
        ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(LeadDetails? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Topic == other.Topic
                && FirstName == other.FirstName
                && LastName == other.LastName
                && CompanyName == other.CompanyName
                && JobTitle == other.JobTitle
                && SameItems(Emails, other.Emails)
                && SameItems(Phones, other.Phones)
                && PreferredContactMethod == other.PreferredContactMethod
                && Source == other.Source
                && Industry == other.Industry
                && AnnualRevenue == other.AnnualRevenue
                && Budget == other.Budget
                && NumberOfEmployees == other.NumberOfEmployees
                && PurchaseTimeframe == other.PurchaseTimeframe
                && IsDecisionMaker == other.IsDecisionMaker
                && StatedNeed == other.StatedNeed
                && Rating == other.Rating
                && Owner == other.Owner
                && Description == other.Description
                && SameFields(CustomFields, other.CustomFields)));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Topic);
        hash.Add(FirstName);
        hash.Add(LastName);
        hash.Add(CompanyName);
        hash.Add(Emails?.Count);
        hash.Add(Phones?.Count);
        hash.Add(Source);
        hash.Add(CustomFields?.Count);
        return hash.ToHashCode();
    }

    private static bool SameItems(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameFields(IReadOnlyDictionary<string, CustomFieldValue>? a, IReadOnlyDictionary<string, CustomFieldValue>? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (name, value) in a)
        {
            if (!b.TryGetValue(name, out var theirs) || theirs != value)
            {
                return false;
            }
        }

        return true;
    }
}
