using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// An account as the host stores it: what a conversion creates, or an existing account given to it (see
/// <see cref="ConversionOptions.ExistingAccount"/>) and returned with the lead's values merged in.
/// </summary>
public sealed record AccountRecord
{
    /// <summary>Gets the account's id in the host's store.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a value indicating whether the conversion creates the account (false: an existing one is attached).</summary>
    public bool IsNew { get; init; }

    /// <summary>Gets the id of the lead a new account was created from (Dynamics 365 <c>originatingleadid</c>); null on an attached account.</summary>
    public string? OriginatingLeadId { get; init; }

    /// <summary>Gets the account's name (Dynamics 365 <c>name</c>), from the lead's company.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the annual revenue.</summary>
    public Money? AnnualRevenue { get; init; }

    /// <summary>Gets the number of employees.</summary>
    public int? NumberOfEmployees { get; init; }

    /// <summary>Gets the main phone (Dynamics 365 <c>telephone1</c>), from the lead's business phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the e-mail address (<c>emailaddress1</c>), from the lead's first e-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the website (<c>websiteurl</c>).</summary>
    public string? Website { get; init; }

    /// <summary>Gets the postal address (<c>address1_*</c>).</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets the lead source.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the do-not-e-mail flag.</summary>
    public bool DoNotEmail { get; init; }

    /// <summary>Gets the do-not-bulk-e-mail flag.</summary>
    public bool DoNotBulkEmail { get; init; }

    /// <summary>Gets the do-not-call flag.</summary>
    public bool DoNotPhone { get; init; }

    /// <summary>Gets the do-not-fax flag.</summary>
    public bool DoNotFax { get; init; }

    /// <summary>Gets the do-not-post flag.</summary>
    public bool DoNotPostalMail { get; init; }

    /// <summary>Gets the custom fields by name. Never null.</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } =
        ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="other"/> holds the same values; lists and dictionaries compare by content.</summary>
    /// <param name="other">The other record.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(AccountRecord? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && IsNew == other.IsNew
                && OriginatingLeadId == other.OriginatingLeadId
                && Name == other.Name
                && Industry == other.Industry
                && AnnualRevenue == other.AnnualRevenue
                && NumberOfEmployees == other.NumberOfEmployees
                && Phone == other.Phone
                && Fax == other.Fax
                && Email == other.Email
                && Website == other.Website
                && Address == other.Address
                && Source == other.Source
                && Owner == other.Owner
                && Description == other.Description
                && DoNotEmail == other.DoNotEmail
                && DoNotBulkEmail == other.DoNotBulkEmail
                && DoNotPhone == other.DoNotPhone
                && DoNotFax == other.DoNotFax
                && DoNotPostalMail == other.DoNotPostalMail
                && ValueEquality.SameEntries(CustomFields, other.CustomFields)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, IsNew, OriginatingLeadId, Name, Industry, AnnualRevenue, NumberOfEmployees, Phone);

    /// <summary>Reads each standard field's value: null when blank (an empty list, a flag that is not set).</summary>
    internal static (TargetField Field, Func<AccountRecord, object?> Read)[] Readers { get; } =
    [
        (AccountFields.Name, r => r.Name),
        (AccountFields.Industry, r => r.Industry),
        (AccountFields.AnnualRevenue, r => r.AnnualRevenue),
        (AccountFields.NumberOfEmployees, r => r.NumberOfEmployees),
        (AccountFields.Phone, r => r.Phone),
        (AccountFields.Fax, r => r.Fax),
        (AccountFields.Email, r => r.Email),
        (AccountFields.Website, r => r.Website),
        (AccountFields.Address, r => r.Address),
        (AccountFields.Source, r => r.Source),
        (AccountFields.Owner, r => r.Owner),
        (AccountFields.Description, r => r.Description),
        (AccountFields.DoNotEmail, r => r.DoNotEmail ? true : null),
        (AccountFields.DoNotBulkEmail, r => r.DoNotBulkEmail ? true : null),
        (AccountFields.DoNotPhone, r => r.DoNotPhone ? true : null),
        (AccountFields.DoNotFax, r => r.DoNotFax ? true : null),
        (AccountFields.DoNotPostalMail, r => r.DoNotPostalMail ? true : null),
    ];

    internal static AccountRecord From(string id, bool isNew, string? originatingLeadId, RecordValues values) => new()
    {
        Id = id,
        IsNew = isNew,
        OriginatingLeadId = originatingLeadId,
        Name = values.Get<string>(AccountFields.Name),
        Industry = values.Get<string>(AccountFields.Industry),
        AnnualRevenue = values.GetValue<Money>(AccountFields.AnnualRevenue),
        NumberOfEmployees = values.GetValue<int>(AccountFields.NumberOfEmployees),
        Phone = values.Get<string>(AccountFields.Phone),
        Fax = values.Get<string>(AccountFields.Fax),
        Email = values.Get<string>(AccountFields.Email),
        Website = values.Get<string>(AccountFields.Website),
        Address = values.Get<PostalAddress>(AccountFields.Address),
        Source = values.GetValue<LeadSource>(AccountFields.Source),
        Owner = values.Get<string>(AccountFields.Owner),
        Description = values.Get<string>(AccountFields.Description),
        DoNotEmail = values.GetValue<bool>(AccountFields.DoNotEmail) ?? false,
        DoNotBulkEmail = values.GetValue<bool>(AccountFields.DoNotBulkEmail) ?? false,
        DoNotPhone = values.GetValue<bool>(AccountFields.DoNotPhone) ?? false,
        DoNotFax = values.GetValue<bool>(AccountFields.DoNotFax) ?? false,
        DoNotPostalMail = values.GetValue<bool>(AccountFields.DoNotPostalMail) ?? false,
        CustomFields = values.CustomFields,
    };
}
