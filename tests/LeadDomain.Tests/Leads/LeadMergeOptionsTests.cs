using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>LeadMergeOptions.cs: equality by value, the field choices compared by content.</summary>
public sealed class LeadMergeOptionsTests
{
    private static readonly LeadId Master = LeadId.New();

    private static LeadMergeOptions Full => new()
    {
        Master = Master,
        FieldChoices = new Dictionary<LeadField, LeadId> { [LeadField.Topic] = Master },
    };

    public static TheoryData<string> EqualityMembers => RecordEquality.Members<LeadMergeOptions>();

    [Theory]
    [MemberData(nameof(EqualityMembers))]
    public void Options_that_differ_in_one_member_alone_are_not_equal(string name) =>
        RecordEquality.AssertMemberCounts(Full, name);

    [Fact]
    public void Lists_and_dictionaries_compare_by_content_not_by_instance() =>
        RecordEquality.AssertCollectionsCompareByContent(Full);

    [Fact]
    public void The_default_options_equal_new_ones() => Assert.Equal(LeadMergeOptions.Default, new LeadMergeOptions());
}
