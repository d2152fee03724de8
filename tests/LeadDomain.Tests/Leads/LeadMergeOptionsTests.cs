using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>LeadMergeOptions.cs: equality by value, the field choices compared by content.</summary>
public sealed class LeadMergeOptionsTests : RecordEqualityTests<LeadMergeOptions>
{
    private static readonly LeadId Master = LeadId.New();

    private static LeadMergeOptions Full => new()
    {
        Master = Master,
        FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Topic] = Master },
    };

    protected override LeadMergeOptions EqualitySample => Full;

    [Fact]
    public void The_default_options_equal_new_ones() => Assert.Equal(LeadMergeOptions.Default, new LeadMergeOptions());
}
