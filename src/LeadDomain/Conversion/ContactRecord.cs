using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// A contact (the person) produced by a conversion: a plain record the host saves in its own store. When the lead was
/// attached to an existing contact, <see cref="IsNew"/> is <see langword="false"/> and the fields hold what the lead
/// carries to it, for the host to merge.
/// </summary>
public sealed record ContactRecord
{
    /// <summary>Gets the contact's id: the one the caller supplied or attached, or a generated one.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a value indicating whether the conversion creates the contact (rather than attaching an existing one).</summary>
    public bool IsNew { get; init; }

    /// <summary>Gets the id of the account a new contact belongs to; <see langword="null"/> for an attached contact.</summary>
    public string? AccountId { get; init; }

    /// <summary>Gets the first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the e-mail addresses.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Gets the phone numbers.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>Gets how the contact prefers to be reached.</summary>
    public PreferredContactMethod? PreferredContactMethod { get; init; }

    /// <summary>Gets the source the contact came from.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the custom fields, by name (ordinal).</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } = ImmutableSortedDictionary<string, CustomFieldValue>.Empty;

    internal static ContactRecord From(string id, bool isNew, string? accountId, RecordValues values) => new()
    {
        Id = id,
        IsNew = isNew,
        AccountId = accountId,
        FirstName = values.Get<string>(ContactFields.FirstName),
        LastName = values.Get<string>(ContactFields.LastName),
        JobTitle = values.Get<string>(ContactFields.JobTitle),
        Emails = values.Get<IReadOnlyList<string>>(ContactFields.Emails) ?? [],
        Phones = values.Get<IReadOnlyList<string>>(ContactFields.Phones) ?? [],
        PreferredContactMethod = values.GetValue<PreferredContactMethod>(ContactFields.PreferredContactMethod),
        Source = values.GetValue<LeadSource>(ContactFields.Source),
        Owner = values.Get<string>(ContactFields.Owner),
        Description = values.Get<string>(ContactFields.Description),
        CustomFields = values.CustomFields,
    };
}
