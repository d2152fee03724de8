using LeadDomain.Leads;
using LeadDomain.Prediction;
using static LeadDomain.Tests.Prediction.PredictionData;

namespace LeadDomain.Tests.Prediction;

/// <summary>
/// Logistic regression as trained by <c>LogisticRegressionTrainer</c>: the weights it returns are the optimum of the
/// L2-regularised log-loss (its gradient is zero there: every column's residuals balance its penalty), numbers are
/// standardised by their population mean and standard deviation, and the Newton steps report their progress (issue 13).
/// </summary>
public sealed class LogisticRegressionTrainerTests
{
    private static PredictionModel Logistic(PredictionExample[] examples, IReadOnlyList<PredictionField> fields, double regularization, PredictionNumberEncoding encoding = PredictionNumberEncoding.Standardized, int maxIterations = 100, IProgress<double>? progress = null)
    {
        var training = PredictionTrainer.Train(
            examples,
            new PredictionOptions
            {
                Algorithm = PredictionAlgorithm.LogisticRegression,
                Fields = fields,
                MinimumConverted = 1,
                MinimumDisqualified = 1,
                NumberBins = 4,
                NumberEncoding = encoding,
                Regularization = regularization,
                MaxIterations = maxIterations,
            },
            progress);
        return training.Model ?? throw new InvalidOperationException(training.Refusal);
    }

    /// <summary>
    /// The gradient of <c>Σ log(1 + e^η) − yη + λ/2 · Σ w²</c> (the intercept not penalised), column by column, at the
    /// model's weights: the residuals <c>p − y</c> summed over the rows where a column is active (times the column's
    /// value), plus λ times its weight.
    /// </summary>
    private static List<(string Column, double Gradient)> Gradient(PredictionModel model, PredictionExample[] examples, double lambda)
    {
        var residuals = examples.Select(e => (1 / (1 + Math.Exp(-model.LogOdds(e.Details)))) - (e.Converted ? 1 : 0)).ToArray();
        var gradient = new List<(string, double)> { ("intercept", residuals.Sum()) };
        foreach (var field in model.FieldModels)
        {
            if (field.Encoding == FieldEncoding.Linear)
            {
                double slope = 0, missing = 0;
                for (var i = 0; i < examples.Length; i++)
                {
                    if (FieldModel.TryNumber(field.Field, examples[i].Details, out var x))
                    {
                        slope += residuals[i] * (x - field.Mean) * field.Scale;
                    }
                    else
                    {
                        missing += residuals[i];
                    }
                }

                gradient.Add(($"{field.Field.Name} slope", slope + (lambda * field.Weights[0])));
                gradient.Add(($"{field.Field.Name} missing", missing + (lambda * field.MissingWeight)));
                continue;
            }

            var sums = new double[field.SlotCount];
            var missingSum = 0.0;
            for (var i = 0; i < examples.Length; i++)
            {
                var slot = field.Slot(examples[i].Details);
                Assert.NotEqual(FieldModel.Unseen, slot); // every training value has its column
                if (slot == FieldModel.Missing)
                {
                    missingSum += residuals[i];
                }
                else
                {
                    sums[slot] += residuals[i];
                }
            }

            for (var s = 0; s < sums.Length; s++)
            {
                gradient.Add(($"{field.Field.Name} {s}", sums[s] + (lambda * field.Weights[s])));
            }

            gradient.Add(($"{field.Field.Name} missing", missingSum + (lambda * field.MissingWeight)));
        }

        return gradient;
    }

    [Theory]
    [InlineData(PredictionNumberEncoding.Standardized, 1.0, 1)]
    [InlineData(PredictionNumberEncoding.Standardized, 0.05, 2)]
    [InlineData(PredictionNumberEncoding.Binned, 1.0, 3)]
    [InlineData(PredictionNumberEncoding.Binned, 0.05, 4)]
    public void The_weights_are_the_optimum_of_the_regularised_log_loss(PredictionNumberEncoding encoding, double lambda, int seed)
    {
        var examples = RandomExamples(new Random(seed), 300);

        var model = Logistic(examples, MixedFields, lambda, encoding);

        var gradient = Gradient(model, examples, lambda);
        Assert.All(gradient, g => Assert.True(Math.Abs(g.Gradient) < 1e-6, $"{g.Column}: {g.Gradient}"));
        Assert.Contains(model.FieldModels, f => f.Weights.Any(w => Math.Abs(w) > 0.01)); // not all zero
        Assert.Equal(encoding == PredictionNumberEncoding.Binned ? FieldEncoding.Bins : FieldEncoding.Linear, model.FieldModels[3].Encoding);
    }

    [Fact]
    public void Fewer_iterations_than_needed_stop_short_of_the_optimum()
    {
        var examples = RandomExamples(new Random(5), 300);

        var gradient = Gradient(Logistic(examples, MixedFields, 0.05, maxIterations: 1), examples, 0.05);

        Assert.Contains(gradient, g => Math.Abs(g.Gradient) > 1e-3);
    }

    [Fact]
    public void A_number_is_standardised_by_its_population_mean_and_standard_deviation_with_a_missing_column_when_missing()
    {
        // Employees 10, 20, 30, 40 (mean 25, population standard deviation √125) and one missing.
        PredictionExample[] examples =
        [
            new(new LeadDetails { NumberOfEmployees = 10 }, false), new(new LeadDetails { NumberOfEmployees = 20 }, true),
            new(new LeadDetails { NumberOfEmployees = 30 }, false), new(new LeadDetails { NumberOfEmployees = 40 }, true),
            new(new LeadDetails(), true), new(new LeadDetails(), false), new(new LeadDetails(), true),
        ];

        var model = Logistic(examples, [PredictionField.NumberOfEmployees], 1);

        var field = Assert.Single(model.FieldModels);
        Assert.Equal(25, field.Mean, 12);
        Assert.Equal(1 / Math.Sqrt(125), field.Scale, 12);
        Assert.True(field.MissingWeight > 0.01, $"missing weight {field.MissingWeight}"); // two of three missing converted
        Assert.All(Gradient(model, examples, 1), g => Assert.True(Math.Abs(g.Gradient) < 1e-6, $"{g.Column}: {g.Gradient}"));
    }

    [Fact]
    public void A_number_present_everywhere_has_no_missing_column_and_a_constant_one_no_scale()
    {
        PredictionExample[] present =
        [
            new(new LeadDetails { NumberOfEmployees = 10 }, false), new(new LeadDetails { NumberOfEmployees = 20 }, true),
            new(new LeadDetails { NumberOfEmployees = 30 }, true),
        ];
        PredictionExample[] constant =
        [
            new(new LeadDetails { NumberOfEmployees = 7 }, false), new(new LeadDetails { NumberOfEmployees = 7 }, true),
            new(new LeadDetails { NumberOfEmployees = 7 }, true), new(new LeadDetails(), false),
        ];

        var presentField = Assert.Single(Logistic(present, [PredictionField.NumberOfEmployees], 1).FieldModels);
        var constantModel = Logistic(constant, [PredictionField.NumberOfEmployees], 1);
        var constantField = Assert.Single(constantModel.FieldModels);

        Assert.Equal(0, presentField.MissingWeight);
        Assert.Equal(20, presentField.Mean, 12);
        Assert.Equal(1 / Math.Sqrt(200.0 / 3), presentField.Scale, 12);
        Assert.Equal((7.0, 0.0), (constantField.Mean, constantField.Scale));
        Assert.Equal(0, constantField.Weights[0]);
        Assert.All(Gradient(constantModel, constant, 1), g => Assert.True(Math.Abs(g.Gradient) < 1e-6, $"{g.Column}: {g.Gradient}"));
    }

    [Fact]
    public void Only_missing_numbers_give_a_mean_and_scale_of_zero()
    {
        PredictionExample[] examples = [new(new LeadDetails(), false), new(new LeadDetails(), true), new(new LeadDetails { Source = LeadSource.Web }, true)];

        var field = Assert.Single(Logistic(examples, [PredictionField.NumberOfEmployees], 1).FieldModels);

        Assert.Equal((0.0, 0.0, 0.0), (field.Mean, field.Scale, field.Weights[0]));
    }

    [Fact]
    public void A_category_missing_somewhere_has_its_own_column_and_one_missing_nowhere_has_none()
    {
        PredictionExample[] examples =
        [
            Example(LeadSource.Web, true), Example(LeadSource.Web, true), Example(LeadSource.Partner, false),
            Example(null, true), Example(null, true), Example(null, false), Example(LeadSource.Partner, false),
        ];

        var model = Logistic(examples, [PredictionField.Source], 1);
        var withoutMissing = Logistic(SourceTable, [PredictionField.Source], 1);

        var field = Assert.Single(model.FieldModels);
        Assert.Equal(2, field.SlotCount);
        Assert.True(field.MissingWeight > 0.01, $"missing weight {field.MissingWeight}");
        Assert.Equal(0, Assert.Single(withoutMissing.FieldModels).MissingWeight);
        Assert.All(Gradient(model, examples, 1), g => Assert.True(Math.Abs(g.Gradient) < 1e-6, $"{g.Column}: {g.Gradient}"));
        Assert.All(Gradient(withoutMissing, SourceTable, 1), g => Assert.True(Math.Abs(g.Gradient) < 1e-6, $"{g.Column}: {g.Gradient}"));
    }

    [Fact]
    public void The_intercept_starts_from_the_base_rate_and_with_no_signal_stays_there()
    {
        // Every lead from the web: the source's column is the intercept again, and the log-odds are the base rate's
        // wherever the weight between them is split.
        PredictionExample[] examples = [Example(LeadSource.Web, true), Example(LeadSource.Web, false), Example(LeadSource.Web, false), Example(LeadSource.Web, false)];

        var model = Logistic(examples, [PredictionField.Source], 1);

        Assert.Equal(Math.Log(1.0 / 3), model.LogOdds(examples[0].Details), 6);
    }

    [Fact]
    public void Separable_data_barely_regularised_keep_finite_weights_that_order_the_leads()
    {
        PredictionExample[] examples =
        [
            Example(LeadSource.Web, true), Example(LeadSource.Web, true), Example(LeadSource.Web, true),
            Example(LeadSource.Partner, false), Example(LeadSource.Partner, false), Example(LeadSource.Partner, false),
        ];

        var model = Logistic(examples, [PredictionField.Source], double.Epsilon);

        var web = model.LogOdds(examples[0].Details);
        var partner = model.LogOdds(examples[3].Details);
        Assert.True(double.IsFinite(web) && double.IsFinite(partner));
        Assert.True(web > 5 && partner < -5, $"web {web}, partner {partner}");
        Assert.True(model.Predict(examples[0].Details).Probability > 0.99);
    }

    [Fact]
    public void Each_Newton_step_after_the_first_reports_its_share_of_the_last_six_tenths()
    {
        var reports = new List<double>();
        var examples = RandomExamples(new Random(6), 200);

        Logistic(examples, MixedFields, 1, maxIterations: 50, progress: new SyncProgress(reports.Add));

        // 0.1 (read), 0.4 (columns), then 0.4 + 0.6 × i / 50 from the second step on, then 1.
        Assert.Equal([0.1, 0.4], reports[..2]);
        Assert.Equal(1, reports[^1]);
        var steps = reports[2..^1];
        Assert.NotEmpty(steps);
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.Equal(0.4 + (0.6 * (i + 1) / 50), steps[i], 12);
        }

        Assert.True(steps.Count < 49, $"{steps.Count} steps: Newton's method converges in a few");
    }

    [Fact]
    public void A_search_cancelled_between_Newton_steps_stops()
    {
        using var cancellation = new CancellationTokenSource();
        var examples = RandomExamples(new Random(7), 200);
        var options = new PredictionOptions { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = MixedFields, MinimumConverted = 1, MinimumDisqualified = 1 };

        Assert.Throws<OperationCanceledException>(() => PredictionTrainer.Train(
            examples, options, new SyncProgress(p =>
            {
                if (p > 0.4 && p < 1)
                {
                    cancellation.Cancel();
                }
            }),
            cancellation.Token));
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
