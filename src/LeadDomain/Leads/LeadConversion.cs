using Ardalis.GuardClauses;

namespace LeadDomain.Leads;

/// <summary>
/// What a lead was converted into: the ids, in the host's own store, of the account, contact and opportunity that
/// were created or attached. At least one is present.
/// </summary>
public sealed record LeadConversion
{
    /// <summary>Creates a conversion record.</summary>
    /// <param name="accountId">The account's id, or null when no account was created or attached.</param>
    /// <param name="contactId">The contact's id, or null when no contact was created or attached.</param>
    /// <param name="opportunityId">The opportunity's id, or null when no opportunity was created.</param>
    /// <exception cref="ArgumentException">All three ids are null, or one of them is empty, white space, longer than
    /// 100 characters or holds a lone surrogate (which no UTF-8 store can keep).</exception>
    public LeadConversion(string? accountId, string? contactId, string? opportunityId)
    {
        if (accountId is null && contactId is null && opportunityId is null)
        {
            throw new ArgumentException("A conversion creates or attaches at least one account, contact or opportunity.");
        }

        AccountId = Id(accountId, nameof(accountId));
        ContactId = Id(contactId, nameof(contactId));
        OpportunityId = Id(opportunityId, nameof(opportunityId));
    }

    /// <summary>Gets the account's id, or null.</summary>
    public string? AccountId { get; }

    /// <summary>Gets the contact's id, or null.</summary>
    public string? ContactId { get; }

    /// <summary>Gets the opportunity's id, or null.</summary>
    public string? OpportunityId { get; }

    private static string? Id(string? id, string parameterName)
    {
        if (id is null)
        {
            return null;
        }

        Guard.Against.NullOrWhiteSpace(id, parameterName);
        if (id.Length > LeadDetailsRules.ShortTextLength || !Echo.IsWellFormed(id))
        {
            throw new ArgumentException(
                $"The id '{Echo.Cut(id)}' is longer than {LeadDetailsRules.ShortTextLength} characters or holds a lone surrogate; a record's id is short, well-formed text.",
                parameterName);
        }

        return id;
    }
}
