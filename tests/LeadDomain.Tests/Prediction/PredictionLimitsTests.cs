using LeadDomain.Leads;
using LeadDomain.Prediction;
using static LeadDomain.Tests.Prediction.PredictionData;

namespace LeadDomain.Tests.Prediction;

/// <summary>
/// Data and options at the edges: what would make weights overflow into infinities and NaN, or a training run take
/// minutes, is refused with a reason, never turned into a model that predicts NaN.
/// </summary>
public sealed class PredictionLimitsTests
{
    [Theory]
    [InlineData(1e-20, PredictionNumberEncoding.Binned)]
    [InlineData(1e-300, PredictionNumberEncoding.Binned)]
    [InlineData(1e-300, PredictionNumberEncoding.Standardized)]
    public void Barely_regularised_logistic_regression_on_separable_data_keeps_finite_weights(double regularization, PredictionNumberEncoding numbers)
    {
        var examples = Enumerable.Range(0, 100)
            .Select(i => new PredictionExample(new LeadDetails { NumberOfEmployees = i, Industry = i < 50 ? "x" : "y" }, Converted: i >= 50))
            .ToArray();
        var options = new PredictionOptions
        {
            Algorithm = PredictionAlgorithm.LogisticRegression, NumberEncoding = numbers, Regularization = regularization,
            Fields = [PredictionField.NumberOfEmployees, PredictionField.Industry],
        };

        var model = PredictionTrainer.Train(examples, options).Model!;

        Assert.All(examples, e => Assert.True(double.IsFinite(model.Predict(e.Details).Probability), $"{e.Details.NumberOfEmployees}: {model.Predict(e.Details)}"));
        Assert.True(model.Predict(examples[99].Details).Probability > model.Predict(examples[0].Details).Probability, $"{model.Predict(examples[99].Details)} vs {model.Predict(examples[0].Details)}");
        Assert.Equal(model.Predict(examples[0].Details), PredictionModelJson.Parse(PredictionModelJson.Write(model)).Predict(examples[0].Details));
    }

    [Fact]
    public void Logistic_regression_over_thousands_of_values_is_refused_with_a_reason()
    {
        var examples = Enumerable.Range(0, 2_500)
            .Select(i => new PredictionExample(new LeadDetails { JobTitle = $"title {i}" }, Converted: i % 3 == 0))
            .ToArray();
        var options = new PredictionOptions { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = [PredictionField.JobTitle] };

        var training = PredictionTrainer.Train(examples, options);

        Assert.False(training.IsTrained);
        Assert.Null(training.Model);
        Assert.StartsWith("Too many values to train logistic regression on: 2501 columns, at most 2000; JobTitle alone has 2500 values.", training.Refusal, StringComparison.Ordinal);
        Assert.True(PredictionTrainer.Train(examples, options with { Algorithm = PredictionAlgorithm.NaiveBayes }).IsTrained);
    }

    [Theory]
    [InlineData(1e308)]
    [InlineData(double.Epsilon)]
    [InlineData(1e-7)]
    [InlineData(1e7)]
    public void Smoothing_outside_its_range_is_refused(double smoothing)
    {
        var e = Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, Tiny with { Smoothing = smoothing }));

        Assert.Contains("PredictionOptions.Smoothing must be from 0.000001 to 1,000,000", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e6)]
    public void Smoothing_at_the_ends_of_its_range_predicts_numbers(double smoothing)
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny with { Smoothing = smoothing }).Model!;

        Assert.True(double.IsFinite(model.Predict(new LeadDetails { Source = LeadSource.Seminar }).Probability));
        Assert.True(double.IsFinite(model.Predict(new LeadDetails { Source = LeadSource.Web }).Probability));
    }

    [Theory]
    [InlineData("\"scale\": ", "1e308")]
    [InlineData("\"weight\": ", "-1e300")]
    [InlineData("\"intercept\": ", "1e200")]
    public void A_model_file_with_numbers_that_could_overflow_a_score_is_refused(string member, string value)
    {
        var examples = Enumerable.Range(0, 20)
            .Select(i => new PredictionExample(new LeadDetails { NumberOfEmployees = i }, Converted: i % 2 == 0))
            .ToArray();
        var model = PredictionTrainer.Train(examples, new PredictionOptions
        {
            Algorithm = PredictionAlgorithm.LogisticRegression, Fields = [PredictionField.NumberOfEmployees], MinimumConverted = 1, MinimumDisqualified = 1,
        }).Model!;
        var json = PredictionModelJson.Write(model);
        var at = json.IndexOf(member, StringComparison.Ordinal) + member.Length;
        var end = json.IndexOfAny([',', '\n', '}'], at);
        var forged = json[..at] + value + json[end..];

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(forged));

        Assert.Contains(e.Problems, p => p.Contains("must be a finite number of at most 1e100 in size", StringComparison.Ordinal));
    }

    [Fact]
    public void A_naive_Bayes_file_with_a_smoothing_out_of_range_is_refused()
    {
        var json = PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, Tiny).Model!);

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(json.Replace("\"smoothing\": 1", "\"smoothing\": 1e-9", StringComparison.Ordinal)));

        Assert.Contains("$.smoothing must be from 0.000001 to 1,000,000", e.Problems);
    }
}
