using LeadDomain.Leads;
using LeadDomain.Prediction;
using static LeadDomain.Tests.Prediction.PredictionData;

namespace LeadDomain.Tests.Prediction;

public sealed class PredictionTrainerTests
{
    private const double Exact = 1e-12;

    public static TheoryData<PredictionOptions, string> BadOptions => new()
    {
        { new PredictionOptions { Fields = null! }, "Give at least one field to learn from." },
        { new PredictionOptions(), "Give at least one field to learn from." },
        { Tiny with { Fields = [PredictionField.Source, PredictionField.Rating, PredictionField.Industry, PredictionField.Source, PredictionField.Rating] }, "A field is given more than once: Source (Category), Rating (Category)." },
        { Tiny with { Fields = [PredictionField.Source, default] }, "A field is the default value; take fields from PredictionField's properties and methods." },
        { Tiny with { Algorithm = (PredictionAlgorithm)7 }, "PredictionOptions.Algorithm must be NaiveBayes or LogisticRegression." },
        { Tiny with { NumberEncoding = (PredictionNumberEncoding)7 }, "PredictionOptions.NumberEncoding must be Standardized or Binned." },
        { Tiny with { MinimumConverted = 0 }, "PredictionOptions.MinimumConverted must be at least 1." },
        { Tiny with { MinimumDisqualified = 0 }, "PredictionOptions.MinimumDisqualified must be at least 1." },
        { Tiny with { Smoothing = double.NaN }, "PredictionOptions.Smoothing must be from 0.000001 to 1,000,000." },
        { Tiny with { NumberBins = 1 }, "PredictionOptions.NumberBins must be from 2 to 100." },
        { Tiny with { NumberBins = 101 }, "PredictionOptions.NumberBins must be from 2 to 100." },
        { Tiny with { Regularization = 0 }, "PredictionOptions.Regularization must be a finite number above 0." },
        { Tiny with { Regularization = double.PositiveInfinity }, "PredictionOptions.Regularization must be a finite number above 0." },
        { Tiny with { Regularization = double.NaN }, "PredictionOptions.Regularization must be a finite number above 0." },
        { Tiny with { MaxIterations = 0 }, "PredictionOptions.MaxIterations must be at least 1." },
        { Tiny with { GradeA = 0.5, GradeB = 0.6 }, "The grade cut-offs must be probabilities with 0 < C <= B <= A <= 1; they are A 0.5, B 0.6, C 0.25." },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Each_bad_option_is_refused_word_for_word(PredictionOptions options, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, options));

        Assert.Equal("options", e.ParamName);
        Assert.Equal(message + " (Parameter 'options')", e.Message);
    }

    [Fact]
    public void Options_at_the_edges_of_their_ranges_are_accepted()
    {
        foreach (var options in new[]
        {
            Tiny with { NumberBins = 2, Fields = [PredictionField.NumberOfEmployees] },
            Tiny with { NumberBins = 100, Fields = [PredictionField.NumberOfEmployees] },
            Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression, MaxIterations = 1, Regularization = double.Epsilon },
            Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression, NumberEncoding = PredictionNumberEncoding.Binned, Fields = [PredictionField.NumberOfEmployees] },
        })
        {
            Assert.True(PredictionTrainer.Train(SourceTable, options).IsTrained);
        }
    }

    [Fact]
    public void Null_arguments_and_examples_without_details_are_refused()
    {
        Assert.Equal("examples", Assert.Throws<ArgumentNullException>(() => PredictionTrainer.Train(null!, Tiny)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => PredictionTrainer.Train(SourceTable, null!)).ParamName);

        var e = Assert.Throws<ArgumentException>(() => PredictionTrainer.Train([.. SourceTable, default], Tiny));

        Assert.Equal("examples", e.ParamName);
        Assert.StartsWith("An example has no details.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_little_data_of_both_outcomes_is_refused_naming_both()
    {
        var training = PredictionTrainer.Train(SourceTable, Tiny with { MinimumConverted = 4, MinimumDisqualified = 5 });

        Assert.False(training.IsTrained);
        Assert.Equal("Not enough data to train: 3 converted leads; at least 4 are needed and 4 disqualified leads; at least 5 are needed.", training.Refusal);
        Assert.Empty(training.Signals);
        Assert.Equal("Not enough data to train: 4 disqualified leads; at least 5 are needed.", PredictionTrainer.Train(SourceTable, Tiny with { MinimumDisqualified = 5 }).Refusal);
    }

    [Fact]
    public void Exactly_the_minimum_data_is_enough()
    {
        var training = PredictionTrainer.Train(SourceTable, Tiny with { MinimumConverted = 3, MinimumDisqualified = 4 });

        Assert.True(training.IsTrained);
        Assert.Null(training.Refusal);
        Assert.Equal((3, 4), (training.Converted, training.Disqualified));
    }

    [Theory]
    [InlineData(PredictionAlgorithm.NaiveBayes)]
    [InlineData(PredictionAlgorithm.LogisticRegression)]
    public void Progress_is_reported_from_start_to_end(PredictionAlgorithm algorithm)
    {
        var reports = new List<double>();

        PredictionTrainer.Train(SourceTable, Tiny with { Algorithm = algorithm }, new SyncProgress(reports.Add));

        Assert.Equal(0.1, reports[0]);
        Assert.Equal(0.4, reports[1]);
        Assert.Equal(1, reports[^1]);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public void A_cancelled_training_throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(SourceTable, Tiny, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void The_information_value_of_a_field_as_computed_by_hand()
    {
        // Source over SourceTable, smoothing 1 over 3 values: Web (2+1)/6 vs (1+1)/7, TradeShow 2/6 vs 1/7, Partner 1/6 vs 4/7.
        double Term(double pc, double pd) => (pc - pd) * Math.Log(pc / pd);
        var expected = Term(3.0 / 6, 2.0 / 7) + Term(2.0 / 6, 1.0 / 7) + Term(1.0 / 6, 4.0 / 7);

        var training = PredictionTrainer.Train(SourceTable, Tiny);

        var signal = Assert.Single(training.Signals);
        Assert.Equal(PredictionField.Source, signal.Field);
        Assert.Equal(expected, signal.InformationValue, Exact);
    }

    [Fact]
    public void The_information_value_counts_missing_as_a_value_when_it_occurred()
    {
        // The last Partner loses its source: 4 values. Web 3/7 vs 2/8, TradeShow 2/7 vs 1/8, Partner 1/7 vs 3/8, missing 1/7 vs 2/8.
        double Term(double pc, double pd) => (pc - pd) * Math.Log(pc / pd);
        var expected = Term(3.0 / 7, 2.0 / 8) + Term(2.0 / 7, 1.0 / 8) + Term(1.0 / 7, 3.0 / 8) + Term(1.0 / 7, 2.0 / 8);
        var table = SourceTable;
        table[^1] = Example(null, false);

        Assert.Equal(expected, Assert.Single(PredictionTrainer.Train(table, Tiny).Signals).InformationValue, Exact);
    }

    [Fact]
    public void Fields_of_equal_signal_keep_the_order_given()
    {
        var examples = SourceTable.Select(e => e with { Details = e.Details with { Industry = e.Details.Source.ToString() } }).ToArray();

        var training = PredictionTrainer.Train(examples, Tiny with { Fields = [PredictionField.Industry, PredictionField.Rating, PredictionField.Source] });

        Assert.Equal(new[] { PredictionField.Industry, PredictionField.Source, PredictionField.Rating }, training.Signals.Select(s => s.Field));
        Assert.Equal(training.Signals[0].InformationValue, training.Signals[1].InformationValue);
    }

    [Fact]
    public void Numbers_are_cut_at_quantiles_skipping_repeated_edges_and_the_minimum()
    {
        PredictionExample[] Numbers(params int?[] values) =>
            [.. values.Select((v, i) => new PredictionExample(new LeadDetails { NumberOfEmployees = v }, i % 2 == 0))];
        double[] Edges(PredictionExample[] examples, int bins) =>
            PredictionTrainer.Train(examples, Tiny with { Fields = [PredictionField.NumberOfEmployees], NumberBins = bins }).Model!.FieldModels[0].Edges;

        // Ten values, four bins: the values at sorted indexes 10/4 = 2, 20/4 = 5 and 30/4 = 7.
        Assert.Equal(new double[] { 2, 5, 7 }, Edges(Numbers(9, 8, 7, 6, 5, 4, 3, 2, 1, 0), 4));

        // Missing values are not counted; an edge equal to the smallest value or to the edge before it is skipped.
        Assert.Equal(new double[] { 5 }, Edges(Numbers(1, 1, 1, 5, 5, 5, null, null), 3));
        Assert.Empty(Edges(Numbers(4, 4, 4, 4), 4));
        Assert.Equal(new double[] { 5 }, Edges(Numbers(0, 5, 5, 5), 4)); // three quantiles at 5: one edge
        Assert.Empty(Edges(Numbers(null, null), 4));
        Assert.Equal(new double[] { 1 }, Edges(Numbers(0, 1), 2));
    }

    [Fact]
    public void Naive_Bayes_counts_each_bin_and_missing()
    {
        PredictionExample[] examples =
        [
            new(new LeadDetails { NumberOfEmployees = 1 }, true), new(new LeadDetails { NumberOfEmployees = 2 }, true),
            new(new LeadDetails { NumberOfEmployees = 9 }, false), new(new LeadDetails(), false), new(new LeadDetails(), true),
            new(new LeadDetails { NumberOfEmployees = 8 }, true),
        ];

        var field = PredictionTrainer.Train(examples, Tiny with { Fields = [PredictionField.NumberOfEmployees], NumberBins = 2 }).Model!.FieldModels[0];

        // Present 1, 2, 8, 9: one edge, at sorted index 2 (8).
        Assert.Equal(new double[] { 8 }, field.Edges);
        Assert.Equal(new long[] { 2, 1 }, field.Converted);
        Assert.Equal(new long[] { 0, 1 }, field.Disqualified);
        Assert.Equal((1, 1), (field.MissingConverted, field.MissingDisqualified));
    }

    [Fact]
    public void A_token_cancelled_before_training_stops_it_before_any_progress()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var reports = new List<double>();

        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(SourceTable, Tiny, new SyncProgress(reports.Add), cancelled.Token));

        Assert.Empty(reports);
    }

    [Fact]
    public void A_token_cancelled_while_reading_the_data_stops_naive_Bayes_before_it_counts()
    {
        using var cancel = new CancellationTokenSource();
        var reports = new List<double>();

        Assert.ThrowsAny<OperationCanceledException>(() => PredictionTrainer.Train(SourceTable, Tiny, new SyncProgress(p =>
        {
            reports.Add(p);
            cancel.Cancel();
        }), cancel.Token));

        Assert.Equal([0.1], reports);
    }

    [Fact]
    public void Training_is_traced_with_the_number_of_examples()
    {
        var stopped = new List<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadDomain.Diagnostics.LeadDomainMetrics.ActivitySourceName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
            ActivityStopped = activity => { lock (stopped) { stopped.Add(activity); } },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        PredictionTrainer.Train(SourceTable, Tiny);

        lock (stopped)
        {
            var training = Assert.Single(stopped, a => a.OperationName == "LeadDomain.TrainPrediction" && a.GetTagItem("leaddomain.examples") is 7);
            Assert.NotNull(training);
        }
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
