using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>OpportunityRecord.cs: equality by value, every member taking part and the custom fields compared by content.</summary>
public sealed class OpportunityRecordTests : RecordEqualityTests<OpportunityRecord>
{
    private static OpportunityRecord Full => new()
    {
        Id = "o-1",
        AccountId = "a-1",
        ContactId = "c-1",
        OriginatingLeadId = "l-1",
        Name = "Kimia roll-out",
        Budget = new Money(50_000, "EUR"),
        PurchaseTimeframe = PurchaseTimeframe.ThisQuarter,
        CustomerNeed = "Must have",
        IsDecisionMaker = true,
        Rating = LeadRating.Warm,
        Source = LeadSource.Partner,
        Campaign = "Spring",
        Owner = "reza",
        Description = "First order",
        CustomFields = new Dictionary<string, CustomFieldValue> { ["tier"] = CustomFieldValue.FromText("gold") },
    };

    protected override OpportunityRecord EqualitySample => Full;
}
