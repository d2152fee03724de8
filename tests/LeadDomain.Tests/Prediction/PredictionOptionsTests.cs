using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>PredictionOptions.cs: equality by value, every member taking part and the fields compared by content.</summary>
public sealed class PredictionOptionsTests
{
    private static PredictionOptions Full => new() { Fields = [PredictionField.Industry, PredictionField.Source] };

    public static TheoryData<string> EqualityMembers => RecordEquality.Members<PredictionOptions>();

    [Theory]
    [MemberData(nameof(EqualityMembers))]
    public void Options_that_differ_in_one_member_alone_are_not_equal(string name) =>
        RecordEquality.AssertMemberCounts(Full, name);

    [Fact]
    public void Lists_and_dictionaries_compare_by_content_not_by_instance() =>
        RecordEquality.AssertCollectionsCompareByContent(Full);

    [Fact]
    public void Not_a_number_equals_itself_as_the_record_would_compare_it()
    {
        var options = Full with { Smoothing = double.NaN };

        Assert.Equal(options, options with { });
    }
}
