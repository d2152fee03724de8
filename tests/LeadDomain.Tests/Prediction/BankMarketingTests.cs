using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>The models on real leads: the shipped 10 % sample of UCI Bank Marketing, without <c>duration</c>.</summary>
public sealed class BankMarketingTests
{
    private static readonly PredictionExample[] Sample = BankMarketing.Read(BankMarketing.SamplePath);

    // FLOORS-TBD
    [Theory]
    [InlineData(PredictionAlgorithm.NaiveBayes, 0.70)]
    [InlineData(PredictionAlgorithm.LogisticRegression, 0.70)]
    public void The_AUC_on_the_sample_stays_above_its_floor(PredictionAlgorithm algorithm, double floor)
    {
        var (train, test) = BankMarketing.Split(Sample, 0.7, seed: 42);
        var model = PredictionTrainer.Train(train, new PredictionOptions { Algorithm = algorithm, Fields = BankMarketing.Fields }).Model!;

        Assert.InRange(BankMarketing.Auc(model, test), floor, 1);
    }

    [Fact]
    public void The_sample_holds_the_documented_rows()
    {
        Assert.Equal(4119, Sample.Length);
        Assert.Equal(451, Sample.Count(e => e.Converted));
    }
}
