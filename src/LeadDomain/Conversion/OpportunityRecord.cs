using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>An opportunity a conversion creates.</summary>
public sealed record OpportunityRecord
{
    /// <summary>Gets the opportunity's id in the host's store.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the account the opportunity is for.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the id of the contact the opportunity is with, if any.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the id of the lead the opportunity was created from (Dynamics 365 <c>originatingleadid</c>).</summary>
    public string? OriginatingLeadId { get; init; }

    /// <summary>Gets the opportunity's name, from the lead's topic.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the budget.</summary>
    public Money? Budget { get; init; }

    /// <summary>Gets the purchase timeframe.</summary>
    public PurchaseTimeframe? PurchaseTimeframe { get; init; }

    /// <summary>Gets the customer's need.</summary>
    public string? CustomerNeed { get; init; }

    /// <summary>Gets whether the contact decides.</summary>
    public bool? IsDecisionMaker { get; init; }

    /// <summary>Gets the rating.</summary>
    public LeadRating? Rating { get; init; }

    /// <summary>Gets the lead source.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the source campaign (Dynamics 365 <c>campaignid</c>).</summary>
    public string? Campaign { get; init; }

    /// <summary>Gets the owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the custom fields by name. Never null.</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } =
        ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="other"/> holds the same values; lists and dictionaries compare by content.</summary>
    /// <param name="other">The other record.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(OpportunityRecord? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && AccountId == other.AccountId
                && ContactId == other.ContactId
                && OriginatingLeadId == other.OriginatingLeadId
                && Name == other.Name
                && Budget == other.Budget
                && PurchaseTimeframe == other.PurchaseTimeframe
                && CustomerNeed == other.CustomerNeed
                && IsDecisionMaker == other.IsDecisionMaker
                && Rating == other.Rating
                && Source == other.Source
                && Campaign == other.Campaign
                && Owner == other.Owner
                && Description == other.Description
                && ValueEquality.SameEntries(CustomFields, other.CustomFields)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, AccountId, ContactId, OriginatingLeadId, Name, Budget, PurchaseTimeframe, CustomerNeed);

    /// <summary>Reads each standard field's value: null when blank (an empty list, a flag that is not set).</summary>
    internal static (TargetField Field, Func<OpportunityRecord, object?> Read)[] Readers { get; } =
    [
        (OpportunityFields.Name, r => r.Name),
        (OpportunityFields.Budget, r => r.Budget),
        (OpportunityFields.PurchaseTimeframe, r => r.PurchaseTimeframe),
        (OpportunityFields.CustomerNeed, r => r.CustomerNeed),
        (OpportunityFields.IsDecisionMaker, r => r.IsDecisionMaker),
        (OpportunityFields.Rating, r => r.Rating),
        (OpportunityFields.Source, r => r.Source),
        (OpportunityFields.Campaign, r => r.Campaign),
        (OpportunityFields.Owner, r => r.Owner),
        (OpportunityFields.Description, r => r.Description),
    ];

    internal static OpportunityRecord From(string id, string accountId, string? contactId, string originatingLeadId, RecordValues values) => new()
    {
        Id = id,
        AccountId = accountId,
        ContactId = contactId,
        OriginatingLeadId = originatingLeadId,
        Name = values.Get<string>(OpportunityFields.Name),
        Budget = values.GetValue<Money>(OpportunityFields.Budget),
        PurchaseTimeframe = values.GetValue<PurchaseTimeframe>(OpportunityFields.PurchaseTimeframe),
        CustomerNeed = values.Get<string>(OpportunityFields.CustomerNeed),
        IsDecisionMaker = values.GetValue<bool>(OpportunityFields.IsDecisionMaker),
        Rating = values.GetValue<LeadRating>(OpportunityFields.Rating),
        Source = values.GetValue<LeadSource>(OpportunityFields.Source),
        Campaign = values.Get<string>(OpportunityFields.Campaign),
        Owner = values.Get<string>(OpportunityFields.Owner),
        Description = values.Get<string>(OpportunityFields.Description),
        CustomFields = values.CustomFields,
    };
}
