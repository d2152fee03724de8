using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The standard fields of an <see cref="OpportunityRecord"/> a conversion rule can write.</summary>
public static class OpportunityFields
{
    /// <summary>Gets the opportunity's name (the lead's topic by default).</summary>
    public static TargetField Name { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Name), typeof(string));

    /// <summary>Gets the opportunity's budget.</summary>
    public static TargetField Budget { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Budget), typeof(Money));

    /// <summary>Gets when the customer means to buy.</summary>
    public static TargetField PurchaseTimeframe { get; } =
        new(ConversionTarget.Opportunity, nameof(OpportunityRecord.PurchaseTimeframe), typeof(PurchaseTimeframe));

    /// <summary>Gets the customer's need.</summary>
    public static TargetField CustomerNeed { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.CustomerNeed), typeof(string));

    /// <summary>Gets whether the contact decides the purchase.</summary>
    public static TargetField IsDecisionMaker { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.IsDecisionMaker), typeof(bool));

    /// <summary>Gets the opportunity's rating.</summary>
    public static TargetField Rating { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Rating), typeof(LeadRating));

    /// <summary>Gets the source the opportunity came from.</summary>
    public static TargetField Source { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Source), typeof(LeadSource));

    /// <summary>Gets the opportunity's owner.</summary>
    public static TargetField Owner { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Owner), typeof(string));

    /// <summary>Gets the opportunity's description.</summary>
    public static TargetField Description { get; } = new(ConversionTarget.Opportunity, nameof(OpportunityRecord.Description), typeof(string));
}
