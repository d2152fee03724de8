using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>The models on real leads: the shipped 10 % sample of UCI Bank Marketing, without <c>duration</c>.</summary>
public sealed class BankMarketingTests
{
    private static readonly PredictionExample[] Sample = BankMarketing.Read(BankMarketing.SamplePath);

    // The floor. Measured on this sample (4,119 leads, 451 converted), stratified 70/30, seed 42, all columns but
    // duration (`dotnet run -c Release -- auc <sample> 30` in benchmarks/LeadDomain.Benchmarks, see RESULTS.md):
    //   naive Bayes 0.7850; logistic regression 0.7790 (numbers standardised), 0.7968 (numbers binned).
    // On this split the figure is deterministic, so the margin is not there for chance: it is there for honest
    // changes (bin edges, smoothing, the optimiser's tolerance) that move the AUC as much as another split would.
    // Over 30 other splits (seeds 1-30) the AUC varies with a standard deviation of 0.015-0.020 (means 0.767, 0.758,
    // 0.768). A floor of 0.75 sits 0.029-0.047 (about two of those deviations) below the measured figures, and above
    // what a crippled model scores: 0.5 for a coin toss, 0.740 (naive Bayes) and 0.732 (logistic regression) on this
    // split with the five economic indicators, the strongest fields by information value, left out.
    private const double Floor = 0.75;

    [Theory]
    [InlineData(PredictionAlgorithm.NaiveBayes, PredictionNumberEncoding.Standardized)]
    [InlineData(PredictionAlgorithm.LogisticRegression, PredictionNumberEncoding.Standardized)]
    [InlineData(PredictionAlgorithm.LogisticRegression, PredictionNumberEncoding.Binned)]
    public void The_AUC_on_the_sample_stays_above_its_floor(PredictionAlgorithm algorithm, PredictionNumberEncoding numbers)
    {
        var (train, test) = BankMarketing.Split(Sample, 0.7, seed: 42);
        var options = new PredictionOptions { Algorithm = algorithm, Fields = BankMarketing.Fields, NumberEncoding = numbers };
        var model = PredictionTrainer.Train(train, options).Model!;

        Assert.InRange(BankMarketing.Auc(model, test), Floor, 1);
    }

    [Fact]
    public void The_sample_holds_the_documented_rows()
    {
        Assert.Equal(4119, Sample.Length);
        Assert.Equal(451, Sample.Count(e => e.Converted));
    }
}
