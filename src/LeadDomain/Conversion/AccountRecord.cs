using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// An account (the organisation) produced by a conversion: a plain record the host saves in its own store. When the
/// lead was attached to an existing account, <see cref="IsNew"/> is <see langword="false"/> and the fields hold what
/// the lead carries to it, for the host to merge.
/// </summary>
public sealed record AccountRecord
{
    /// <summary>Gets the account's id: the one the caller supplied or attached, or a generated one.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a value indicating whether the conversion creates the account (rather than attaching an existing one).</summary>
    public bool IsNew { get; init; }

    /// <summary>Gets the account's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the annual revenue.</summary>
    public Money? AnnualRevenue { get; init; }

    /// <summary>Gets the number of employees.</summary>
    public int? NumberOfEmployees { get; init; }

    /// <summary>Gets the main phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the main e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the source the account came from.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the custom fields, by name (ordinal).</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } = ImmutableSortedDictionary<string, CustomFieldValue>.Empty;

    internal static AccountRecord From(string id, bool isNew, RecordValues values) => new()
    {
        Id = id,
        IsNew = isNew,
        Name = values.Get<string>(AccountFields.Name),
        Industry = values.Get<string>(AccountFields.Industry),
        AnnualRevenue = values.GetValue<Money>(AccountFields.AnnualRevenue),
        NumberOfEmployees = values.GetValue<int>(AccountFields.NumberOfEmployees),
        Phone = values.Get<string>(AccountFields.Phone),
        Email = values.Get<string>(AccountFields.Email),
        Source = values.GetValue<LeadSource>(AccountFields.Source),
        Owner = values.Get<string>(AccountFields.Owner),
        Description = values.Get<string>(AccountFields.Description),
        CustomFields = values.CustomFields,
    };
}
