using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>PredictionOptions.cs: equality by value, every member taking part and the fields compared by content.</summary>
public sealed class PredictionOptionsTests : RecordEqualityTests<PredictionOptions>
{
    private static PredictionOptions Full => new() { Fields = [PredictionField.Industry, PredictionField.Source] };

    protected override PredictionOptions EqualitySample => Full;

    [Fact]
    public void Not_a_number_equals_itself_as_the_record_would_compare_it()
    {
        var options = Full with { Smoothing = double.NaN };

        Assert.Equal(options, options with { });
    }
}
