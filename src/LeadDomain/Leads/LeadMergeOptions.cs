using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// How a merge picks its master and values: by default the master by the rule of
/// <see cref="LeadLifecycle.Merge"/>, and for each field the master's value, or else the first non-empty value among the other leads in
/// the order given; <see cref="FieldChoices"/> picks a lead field by field instead, as Dynamics 365's merge dialog does.
/// </summary>
public sealed record LeadMergeOptions
{
    /// <summary>Gets the default options: no choices.</summary>
    public static LeadMergeOptions Default { get; } = new();

    /// <summary>Gets the id of the lead to merge the others into; null (the default) lets the rule pick it.</summary>
    public LeadId? Master { get; init; }

    /// <summary>
    /// Gets the lead whose value a field takes, field by field, whatever the others hold, even when it holds none (the
    /// field is then emptied, and the values that lose are reported). For <see cref="LeadField.Emails"/> the chosen
    /// lead's addresses come first (the primary), then the others'. A custom field is chosen by name; its kind is
    /// ignored. Every lead named must take part in the merge. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<LeadField, LeadId> FieldChoices { get; init; } = ImmutableDictionary<LeadField, LeadId>.Empty;

    /// <summary>Whether <paramref name="other"/> holds the same values; lists and dictionaries compare by content.</summary>
    /// <param name="other">The other options.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(LeadMergeOptions? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Master == other.Master
                && ValueEquality.SameEntries(FieldChoices, other.FieldChoices)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Master, FieldChoices.Count);
}
