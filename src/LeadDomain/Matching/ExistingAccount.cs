using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// An account (an organisation) the host already has, as far as matching needs it. The library does not load
/// accounts: the host supplies them, from any store.
/// </summary>
/// <remarks>Two accounts are equal when every field is equal, lists item by item.</remarks>
public sealed record ExistingAccount
{
    /// <summary>Creates an account with an id and a name.</summary>
    /// <param name="id">The host's id for the account.</param>
    /// <param name="name">The account's name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public ExistingAccount(string id, string? name = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Name = name;
    }

    /// <summary>Gets the host's id for the account: not empty or white space.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is empty or white space.</exception>
    public string Id
    {
        get;
        init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Id));
    }

    /// <summary>Gets the account's name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the account's e-mail addresses. Never null; no item is null.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">An item of the value set is null.</exception>
    public IReadOnlyList<string> Emails
    {
        get;
        init => field = RecordLists.Check(value, nameof(Emails));
    } = [];

    /// <summary>Gets the account's phone numbers. Never null; no item is null.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">An item of the value set is null.</exception>
    public IReadOnlyList<string> Phones
    {
        get;
        init => field = RecordLists.Check(value, nameof(Phones));
    } = [];

    /// <summary>Gets the account's website, or null (Dynamics 365 <c>websiteurl</c>, Salesforce <c>Website</c>).</summary>
    public string? Website { get; init; }

    /// <summary>Gets the account's postal address, or null.</summary>
    public PostalAddress? Address { get; init; }

    /// <inheritdoc />
    public bool Equals(ExistingAccount? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Name == other.Name && Website == other.Website && Address == other.Address
                && ValueEquality.SameItems(Emails, other.Emails)
                && ValueEquality.SameItems(Phones, other.Phones)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Website, Address, Emails.Count, Phones.Count);
}
