using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The standard fields of an opportunity a conversion map can write.</summary>
public static class OpportunityFields
{
    /// <summary>Gets the opportunity's name, from the lead's topic.</summary>
    public static TargetField Name { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Name), typeof(string));

    /// <summary>Gets the budget.</summary>
    public static TargetField Budget { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Budget), typeof(Money));

    /// <summary>Gets the purchase timeframe.</summary>
    public static TargetField PurchaseTimeframe { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.PurchaseTimeframe), typeof(PurchaseTimeframe));

    /// <summary>Gets the customer's need.</summary>
    public static TargetField CustomerNeed { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.CustomerNeed), typeof(string));

    /// <summary>Gets whether the contact decides.</summary>
    public static TargetField IsDecisionMaker { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.IsDecisionMaker), typeof(bool));

    /// <summary>Gets the rating.</summary>
    public static TargetField Rating { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Rating), typeof(LeadRating));

    /// <summary>Gets the lead source.</summary>
    public static TargetField Source { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Source), typeof(LeadSource));

    /// <summary>Gets the source campaign (Dynamics 365 <c>campaignid</c>).</summary>
    public static TargetField Campaign { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Campaign), typeof(string));

    /// <summary>Gets the owner.</summary>
    public static TargetField Owner { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Owner), typeof(string));

    /// <summary>Gets the description.</summary>
    public static TargetField Description { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Description), typeof(string));

    /// <summary>Gets every standard field, in declaration order.</summary>
    internal static TargetField[] All { get; } = [Name, Budget, PurchaseTimeframe, CustomerNeed, IsDecisionMaker, Rating, Source, Campaign, Owner, Description];
}
