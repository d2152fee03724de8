using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// A contact as the host stores it: what a conversion creates, or an existing contact given to it (see
/// <see cref="ConversionOptions.ExistingContact"/>) and returned with the lead's values merged in.
/// </summary>
public sealed record ContactRecord
{
    /// <summary>Gets the contact's id in the host's store.</summary>
    public required string Id { get; init; }

    /// <summary>Gets a value indicating whether the conversion creates the contact (false: an existing one is attached).</summary>
    public bool IsNew { get; init; }

    /// <summary>Gets the id of the account the contact belongs to, if any.</summary>
    public string? AccountId { get; init; }

    /// <summary>Gets the id of the lead a new contact was created from (Dynamics 365 <c>originatingleadid</c>); null on an attached contact.</summary>
    public string? OriginatingLeadId { get; init; }

    /// <summary>Gets the salutation.</summary>
    public string? Salutation { get; init; }

    /// <summary>Gets the first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Gets the last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the e-mail addresses (<c>emailaddress1</c>-<c>3</c>).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Gets the business phone (<c>telephone1</c>).</summary>
    public string? BusinessPhone { get; init; }

    /// <summary>Gets the mobile phone.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Gets the home phone (<c>telephone2</c>).</summary>
    public string? HomePhone { get; init; }

    /// <summary>Gets the other phone (<c>telephone3</c>).</summary>
    public string? OtherPhone { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the postal address (<c>address1_*</c>).</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets how the person prefers to be contacted.</summary>
    public PreferredContactMethod? PreferredContactMethod { get; init; }

    /// <summary>Gets the lead source (written to an existing contact only with <see cref="ConversionOptions.OverwriteLeadSource"/>, as Salesforce does).</summary>
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
    public bool Equals(ContactRecord? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && IsNew == other.IsNew
                && AccountId == other.AccountId
                && OriginatingLeadId == other.OriginatingLeadId
                && Salutation == other.Salutation
                && FirstName == other.FirstName
                && MiddleName == other.MiddleName
                && LastName == other.LastName
                && JobTitle == other.JobTitle
                && ValueEquality.SameItems(Emails, other.Emails)
                && BusinessPhone == other.BusinessPhone
                && MobilePhone == other.MobilePhone
                && HomePhone == other.HomePhone
                && OtherPhone == other.OtherPhone
                && Fax == other.Fax
                && Address == other.Address
                && PreferredContactMethod == other.PreferredContactMethod
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
    public override int GetHashCode() => HashCode.Combine(Id, IsNew, AccountId, OriginatingLeadId, Salutation, FirstName, MiddleName, LastName);

    /// <summary>Reads each standard field's value: null when blank (an empty list, a flag that is not set).</summary>
    internal static (TargetField Field, Func<ContactRecord, object?> Read)[] Readers { get; } =
    [
        (ContactFields.Salutation, r => r.Salutation),
        (ContactFields.FirstName, r => r.FirstName),
        (ContactFields.MiddleName, r => r.MiddleName),
        (ContactFields.LastName, r => r.LastName),
        (ContactFields.JobTitle, r => r.JobTitle),
        (ContactFields.Emails, r => r.Emails.Count > 0 ? r.Emails : null),
        (ContactFields.BusinessPhone, r => r.BusinessPhone),
        (ContactFields.MobilePhone, r => r.MobilePhone),
        (ContactFields.HomePhone, r => r.HomePhone),
        (ContactFields.OtherPhone, r => r.OtherPhone),
        (ContactFields.Fax, r => r.Fax),
        (ContactFields.Address, r => r.Address),
        (ContactFields.PreferredContactMethod, r => r.PreferredContactMethod),
        (ContactFields.Source, r => r.Source),
        (ContactFields.Owner, r => r.Owner),
        (ContactFields.Description, r => r.Description),
        (ContactFields.DoNotEmail, r => r.DoNotEmail ? true : null),
        (ContactFields.DoNotBulkEmail, r => r.DoNotBulkEmail ? true : null),
        (ContactFields.DoNotPhone, r => r.DoNotPhone ? true : null),
        (ContactFields.DoNotFax, r => r.DoNotFax ? true : null),
        (ContactFields.DoNotPostalMail, r => r.DoNotPostalMail ? true : null),
    ];

    internal static ContactRecord From(string id, bool isNew, string? accountId, string? originatingLeadId, RecordValues values) => new()
    {
        Id = id,
        IsNew = isNew,
        AccountId = accountId,
        OriginatingLeadId = originatingLeadId,
        Salutation = values.Get<string>(ContactFields.Salutation),
        FirstName = values.Get<string>(ContactFields.FirstName),
        MiddleName = values.Get<string>(ContactFields.MiddleName),
        LastName = values.Get<string>(ContactFields.LastName),
        JobTitle = values.Get<string>(ContactFields.JobTitle),
        Emails = values.Get<IReadOnlyList<string>>(ContactFields.Emails) ?? [],
        BusinessPhone = values.Get<string>(ContactFields.BusinessPhone),
        MobilePhone = values.Get<string>(ContactFields.MobilePhone),
        HomePhone = values.Get<string>(ContactFields.HomePhone),
        OtherPhone = values.Get<string>(ContactFields.OtherPhone),
        Fax = values.Get<string>(ContactFields.Fax),
        Address = values.Get<PostalAddress>(ContactFields.Address),
        PreferredContactMethod = values.GetValue<PreferredContactMethod>(ContactFields.PreferredContactMethod),
        Source = values.GetValue<LeadSource>(ContactFields.Source),
        Owner = values.Get<string>(ContactFields.Owner),
        Description = values.Get<string>(ContactFields.Description),
        DoNotEmail = values.GetValue<bool>(ContactFields.DoNotEmail) ?? false,
        DoNotBulkEmail = values.GetValue<bool>(ContactFields.DoNotBulkEmail) ?? false,
        DoNotPhone = values.GetValue<bool>(ContactFields.DoNotPhone) ?? false,
        DoNotFax = values.GetValue<bool>(ContactFields.DoNotFax) ?? false,
        DoNotPostalMail = values.GetValue<bool>(ContactFields.DoNotPostalMail) ?? false,
        CustomFields = values.CustomFields,
    };
}
