using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// A contact (a person) the host already has, as far as matching needs it. The library does not load contacts: the
/// host supplies them, from any store.
/// </summary>
/// <remarks>
/// The contact's company is <see cref="CompanyName"/>; when that is null and <see cref="AccountId"/> names an account
/// given to the same <see cref="RecordMatcher"/>, that account's name. Two contacts are equal when every field is
/// equal, lists item by item.
/// </remarks>
public sealed record ExistingContact
{
    /// <summary>Creates a contact with an id and a name.</summary>
    /// <param name="id">The host's id for the contact.</param>
    /// <param name="firstName">The first (given) name, or null.</param>
    /// <param name="lastName">The last (family) name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public ExistingContact(string id, string? firstName = null, string? lastName = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        FirstName = firstName;
        LastName = lastName;
    }

    /// <summary>Gets the host's id for the contact: not empty or white space.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is empty or white space.</exception>
    public string Id
    {
        get;
        init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Id));
    }

    /// <summary>Gets the first (given) name, or null.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last (family) name, or null.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the id of the contact's account, or null.</summary>
    public string? AccountId { get; init; }

    /// <summary>Gets the name of the contact's company, or null (then its account's name is used, when known).</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the contact's postal address, or null.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets the contact's e-mail addresses. Never null; no item is null.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">An item of the value set is null.</exception>
    public IReadOnlyList<string> Emails
    {
        get;
        init => field = RecordLists.Check(value, nameof(Emails));
    } = [];

    /// <summary>Gets the contact's phone numbers. Never null; no item is null.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">An item of the value set is null.</exception>
    public IReadOnlyList<string> Phones
    {
        get;
        init => field = RecordLists.Check(value, nameof(Phones));
    } = [];

    /// <inheritdoc />
    public bool Equals(ExistingContact? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && FirstName == other.FirstName && LastName == other.LastName
                && AccountId == other.AccountId && CompanyName == other.CompanyName && Address == other.Address
                && ValueEquality.SameItems(Emails, other.Emails)
                && ValueEquality.SameItems(Phones, other.Phones)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, FirstName, LastName, AccountId, CompanyName, Address, Emails.Count, Phones.Count);
}
