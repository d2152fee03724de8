using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>An opportunity (the deal in progress) created by a conversion: a plain record the host saves in its own store.</summary>
public sealed record OpportunityRecord
{
    /// <summary>Gets the opportunity's id: the one the caller supplied, or a generated one.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the account the opportunity is for.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the id of the contact the opportunity is with, when the conversion created or attached one.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the opportunity's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the budget.</summary>
    public Money? Budget { get; init; }

    /// <summary>Gets when the customer means to buy.</summary>
    public PurchaseTimeframe? PurchaseTimeframe { get; init; }

    /// <summary>Gets the customer's need.</summary>
    public string? CustomerNeed { get; init; }

    /// <summary>Gets whether the contact decides the purchase.</summary>
    public bool? IsDecisionMaker { get; init; }

    /// <summary>Gets the rating.</summary>
    public LeadRating? Rating { get; init; }

    /// <summary>Gets the source the opportunity came from.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the custom fields, by name (ordinal).</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } = ImmutableSortedDictionary<string, CustomFieldValue>.Empty;

    internal static OpportunityRecord From(string id, string accountId, string? contactId, RecordValues values) => new()
    {
        Id = id,
        AccountId = accountId,
        ContactId = contactId,
        Name = values.Get<string>(OpportunityFields.Name),
        Budget = values.GetValue<Money>(OpportunityFields.Budget),
        PurchaseTimeframe = values.GetValue<PurchaseTimeframe>(OpportunityFields.PurchaseTimeframe),
        CustomerNeed = values.Get<string>(OpportunityFields.CustomerNeed),
        IsDecisionMaker = values.GetValue<bool>(OpportunityFields.IsDecisionMaker),
        Rating = values.GetValue<LeadRating>(OpportunityFields.Rating),
        Source = values.GetValue<LeadSource>(OpportunityFields.Source),
        Owner = values.Get<string>(OpportunityFields.Owner),
        Description = values.Get<string>(OpportunityFields.Description),
        CustomFields = values.CustomFields,
    };
}
