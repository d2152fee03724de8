using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using static LeadDomain.Tests.Prediction.PredictionData;

namespace LeadDomain.Tests.Prediction;

public sealed class PredictionModelTests
{
    private const double Exact = 1e-12;

    // The table: converted Web, Web, TradeShow; disqualified Web, Partner, Partner, Partner. Laplace smoothing 1 over the
    // 3 values seen: P(v | converted) = (n + 1) / (3 + 3), P(v | disqualified) = (n + 1) / (4 + 3); prior odds 3 / 4.
    [Fact]
    public void Naive_Bayes_smooths_the_counts_as_computed_by_hand()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;

        // Web: 3/4 · (3/6) / (2/7) = 21/16, so p = 21/37.
        Assert.Equal(21.0 / 37, model.Predict(new LeadDetails { Source = LeadSource.Web }).Probability, Exact);

        // TradeShow: 3/4 · (2/6) / (1/7) = 7/4, so p = 7/11 (smoothing keeps the zero disqualified count from giving 1).
        Assert.Equal(7.0 / 11, model.Predict(new LeadDetails { Source = LeadSource.TradeShow }).Probability, Exact);

        // Partner: 3/4 · (1/6) / (4/7) = 7/32, so p = 7/39.
        Assert.Equal(7.0 / 39, model.Predict(new LeadDetails { Source = LeadSource.Partner }).Probability, Exact);
    }

    [Fact]
    public void An_unseen_value_gets_the_smoothed_weight_of_a_zero_count()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;

        // Seminar never occurred: 3/4 · (1/6) / (1/7) = 7/8, so p = 7/15.
        Assert.Equal(7.0 / 15, model.Predict(new LeadDetails { Source = LeadSource.Seminar }).Probability, Exact);
    }

    [Fact]
    public void A_missing_value_never_seen_in_training_leaves_the_prior()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;

        Assert.Equal(3.0 / 7, model.Predict(new LeadDetails()).Probability, Exact);
        Assert.Empty(model.Explain(new LeadDetails(), top: 3).Reasons);
    }

    [Fact]
    public void A_missing_value_seen_in_training_is_a_value_of_its_own()
    {
        // The last Partner loses its source: 4 values seen (Web, TradeShow, Partner, missing).
        var table = SourceTable;
        table[^1] = Example(null, false);
        var model = PredictionTrainer.Train(table, Tiny).Model!;

        // Missing: 3/4 · ((0 + 1) / (3 + 4)) / ((1 + 1) / (4 + 4)) = 3/7, so p = 3/10.
        Assert.Equal(3.0 / 10, model.Predict(new LeadDetails()).Probability, Exact);

        // Web: 3/4 · (3/7) / (2/8) = 9/7, so p = 9/16.
        Assert.Equal(9.0 / 16, model.Predict(new LeadDetails { Source = LeadSource.Web }).Probability, Exact);
    }

    [Fact]
    public void Text_categories_are_folded_like_the_rest_of_the_library()
    {
        var options = Tiny with { Fields = [PredictionField.Industry] };
        PredictionExample[] examples =
        [
            new(new LeadDetails { Industry = "نرم‌افزار" }, true),
            new(new LeadDetails { Industry = "Retail" }, false),
        ];
        var model = PredictionTrainer.Train(examples, options).Model!;

        // Arabic yeh and kaf, case and surrounding space do not make a new value.
        Assert.Equal(
            model.Predict(examples[0].Details).Probability,
            model.Predict(new LeadDetails { Industry = " نرم‌افزار " }).Probability);
        Assert.Equal(
            model.Predict(examples[1].Details).Probability,
            model.Predict(new LeadDetails { Industry = "  rETAIL" }).Probability);
        Assert.Equal(0.5, model.Predict(new LeadDetails { Industry = "   " }).Probability, Exact); // white space is missing, not a value: the prior 1/1
    }

    [Fact]
    public void Explain_gives_the_fields_that_pushed_the_probability_largest_first()
    {
        var options = Tiny with { Fields = [PredictionField.Source, PredictionField.Rating] };
        PredictionExample[] examples =
        [
            .. SourceTable.Select((e, i) => e with { Details = e.Details with { Rating = i % 2 == 0 ? LeadRating.Hot : LeadRating.Cold } }),
        ];
        var model = PredictionTrainer.Train(examples, options).Model!;

        var why = model.Explain(new LeadDetails { Source = LeadSource.TradeShow, Rating = LeadRating.Hot }, top: 5);

        // TradeShow: ln((2/6) / (1/7)) = ln(7/3). Hot is on examples 0, 2, 4, 6: 2 of 3 converted, 2 of 4 disqualified,
        // so ln((3/5) / (3/6)) = ln(6/5).
        Assert.Equal(new (PredictionField, string?)[] { (PredictionField.Source, "TradeShow"), (PredictionField.Rating, "Hot") }, why.Reasons.Select(r => (r.Field, r.Value)));
        Assert.Equal(Math.Log(7.0 / 3), why.Reasons[0].Contribution, Exact);
        Assert.Equal(Math.Log(6.0 / 5), why.Reasons[1].Contribution, Exact);
        Assert.Equal(Math.Log(3.0 / 4), why.BaseLogOdds, Exact);
        var logOdds = why.BaseLogOdds + why.Reasons.Sum(r => r.Contribution);
        Assert.Equal(1 / (1 + Math.Exp(-logOdds)), why.Prediction.Probability, Exact);
        Assert.Single(model.Explain(new LeadDetails { Source = LeadSource.TradeShow, Rating = LeadRating.Hot }, top: 1).Reasons);
    }

    [Fact]
    public void Grades_follow_the_configured_cut_offs()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny with { GradeA = 0.6, GradeB = 0.5, GradeC = 0.2 }).Model!;

        Assert.Equal(LeadGrade.A, model.Predict(new LeadDetails { Source = LeadSource.TradeShow }).Grade); // 7/11 = 0.636
        Assert.Equal(LeadGrade.B, model.Predict(new LeadDetails { Source = LeadSource.Web }).Grade);       // 21/37 = 0.568
        Assert.Equal(LeadGrade.C, model.Predict(new LeadDetails()).Grade);                                 // 3/7 = 0.429
        Assert.Equal(LeadGrade.D, model.Predict(new LeadDetails { Source = LeadSource.Partner }).Grade);   // 7/39 = 0.179
        Assert.Equal(LeadGrade.D, model.WithGradeThresholds(0.9, 0.8, 0.7).Predict(new LeadDetails { Source = LeadSource.TradeShow }).Grade);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.WithGradeThresholds(0.5, 0.6, 0.2));
    }

    [Fact]
    public void Below_the_minimum_data_the_trainer_refuses_and_says_why()
    {
        var examples = Enumerable.Range(0, 39).Select(_ => Example(LeadSource.Web, true))
            .Concat(Enumerable.Range(0, 100).Select(_ => Example(LeadSource.Partner, false)));

        var training = PredictionTrainer.Train(examples, new PredictionOptions { Fields = [PredictionField.Source] });

        Assert.False(training.IsTrained);
        Assert.Null(training.Model);
        Assert.Equal("Not enough data to train: 39 converted leads; at least 40 are needed.", training.Refusal);
        Assert.Equal((39, 100), (training.Converted, training.Disqualified));
        Assert.True(PredictionTrainer.Train(examples.Append(Example(LeadSource.Web, true)), new PredictionOptions { Fields = [PredictionField.Source] }).IsTrained);
    }

    [Fact]
    public void Open_leads_are_not_training_data()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var qualified = lifecycle.Create(new LeadDetails { LastName = "A", Source = LeadSource.Web }, "ali");
        qualified.Qualify("ali");
        var converted = lifecycle.Create(new LeadDetails { LastName = "B", Source = LeadSource.Web }, "ali");
        converted.Qualify("ali");
        converted.MarkConverted(new LeadConversion("acc", "con", "opp"), "ali");
        var lost = lifecycle.Create(new LeadDetails { LastName = "C", Source = LeadSource.Partner }, "ali");
        lost.Disqualify(DisqualificationReason.Lost, "ali");
        var open = lifecycle.Create(new LeadDetails { LastName = "D", Source = LeadSource.Partner }, "ali");
        Lead[] leads = [qualified, converted, lost, open];

        var fromLeads = PredictionTrainer.Train(PredictionExample.From(leads), Tiny);
        var fromSnapshots = PredictionTrainer.Train(PredictionExample.From(leads.Select(l => l.ToSnapshot())), Tiny);

        Assert.Equal((2, 1), (fromLeads.Converted, fromLeads.Disqualified));
        Assert.Equal(PredictionModelJson.Write(fromLeads.Model!), PredictionModelJson.Write(fromSnapshots.Model!));
        Assert.Equal(fromLeads.Model!.Predict(open.Details), fromLeads.Model.Predict(open));
    }

    [Fact]
    public void The_trainer_reports_which_fields_carry_signal()
    {
        // Source decides the outcome; the rating is the same for every lead.
        PredictionExample[] examples =
        [
            .. Enumerable.Range(0, 200).Select(i => new PredictionExample(
                new LeadDetails { Source = i % 2 == 0 ? LeadSource.Web : LeadSource.Partner, Rating = LeadRating.Warm }, i % 2 == 0)),
        ];

        var training = PredictionTrainer.Train(examples, Tiny with { Fields = [PredictionField.Rating, PredictionField.Source] });

        Assert.Equal(new[] { PredictionField.Source, PredictionField.Rating }, training.Signals.Select(s => s.Field));
        Assert.Equal(SignalStrength.Strong, training.Signals[0].Strength);
        Assert.Equal(0, training.Signals[1].InformationValue, Exact);
        Assert.Equal(SignalStrength.None, training.Signals[1].Strength);
    }

    [Fact]
    public void Logistic_regression_finds_the_rates_of_each_category_when_barely_regularised()
    {
        // Web converts 30 of 100, Partner 10 of 100; with almost no penalty the fitted probabilities are those rates.
        PredictionExample[] examples =
        [
            .. Enumerable.Range(0, 100).Select(i => Example(LeadSource.Web, i < 30)),
            .. Enumerable.Range(0, 100).Select(i => Example(LeadSource.Partner, i < 10)),
        ];

        var model = PredictionTrainer.Train(examples, Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression, Regularization = 1e-9 }).Model!;

        Assert.Equal(0.3, model.Predict(new LeadDetails { Source = LeadSource.Web }).Probability, 1e-6);
        Assert.Equal(0.1, model.Predict(new LeadDetails { Source = LeadSource.Partner }).Probability, 1e-6);
        Assert.Equal(PredictionAlgorithm.LogisticRegression, model.Algorithm);
    }

    [Fact]
    public void Logistic_regression_gives_unseen_and_never_missing_values_nothing()
    {
        PredictionExample[] examples =
        [
            .. Enumerable.Range(0, 100).Select(i => new PredictionExample(new LeadDetails { Source = LeadSource.Web, NumberOfEmployees = i }, i < 30)),
            .. Enumerable.Range(0, 100).Select(i => new PredictionExample(new LeadDetails { Source = LeadSource.Partner, NumberOfEmployees = i }, i < 10)),
        ];
        var options = Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = [PredictionField.Source, PredictionField.NumberOfEmployees] };
        var model = PredictionTrainer.Train(examples, options).Model!;

        var why = model.Explain(new LeadDetails { Source = LeadSource.Seminar }, top: 5);

        Assert.Empty(why.Reasons);
        Assert.Equal(1 / (1 + Math.Exp(-why.BaseLogOdds)), why.Prediction.Probability, Exact);
    }

    [Fact]
    public void Logistic_regression_learns_a_weight_for_missing_when_values_were_missing()
    {
        // Leads without a source convert 50 of 100, the others 10 of 100.
        PredictionExample[] examples =
        [
            .. Enumerable.Range(0, 100).Select(i => Example(null, i < 50)),
            .. Enumerable.Range(0, 100).Select(i => Example(LeadSource.Partner, i < 10)),
        ];

        var model = PredictionTrainer.Train(examples, Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression, Regularization = 1e-9 }).Model!;

        Assert.Equal(0.5, model.Predict(new LeadDetails()).Probability, 1e-6);
        Assert.Equal(0.1, model.Predict(new LeadDetails { Source = LeadSource.Partner }).Probability, 1e-6);
    }

    [Fact]
    public void Logistic_regression_standardises_numbers()
    {
        // Conversion rises with the number of employees; the same data in thousands gives the same model.
        PredictionExample[] Data(int unit) =>
        [
            .. Enumerable.Range(0, 200).Select(i => new PredictionExample(
                new LeadDetails { NumberOfEmployees = i * unit }, (i * 7919 % 200) < i)),
        ];
        var options = Tiny with { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = [PredictionField.NumberOfEmployees] };

        var small = PredictionTrainer.Train(Data(1), options).Model!;
        var large = PredictionTrainer.Train(Data(1000), options).Model!;

        Assert.True(small.Predict(new LeadDetails { NumberOfEmployees = 190 }).Probability > small.Predict(new LeadDetails { NumberOfEmployees = 10 }).Probability);
        Assert.Equal(
            small.Predict(new LeadDetails { NumberOfEmployees = 150 }).Probability,
            large.Predict(new LeadDetails { NumberOfEmployees = 150_000 }).Probability,
            1e-9);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var examples = BankMarketing.Read(BankMarketing.SamplePath);
        foreach (var algorithm in new[] { PredictionAlgorithm.NaiveBayes, PredictionAlgorithm.LogisticRegression })
        {
            var options = new PredictionOptions { Algorithm = algorithm, Fields = BankMarketing.Fields };
            Assert.Equal(
                PredictionModelJson.Write(PredictionTrainer.Train(examples, options).Model!),
                PredictionModelJson.Write(PredictionTrainer.Train(examples, options).Model!));
        }
    }

    [Fact]
    public void Learning_one_more_lead_equals_training_again_from_scratch()
    {
        var examples = RandomExamples(new Random(7), 60);
        var first = Train(examples[..59], PredictionAlgorithm.NaiveBayes, CategoryFields);

        var updated = first.Learn(examples[59]);

        Assert.Equal(PredictionModelJson.Write(Train(examples, PredictionAlgorithm.NaiveBayes, CategoryFields)), PredictionModelJson.Write(updated));
        Assert.NotEqual(PredictionModelJson.Write(first), PredictionModelJson.Write(updated));
        Assert.Throws<InvalidOperationException>(() => Train(examples, PredictionAlgorithm.LogisticRegression).Learn(examples[0]));
    }

    [Fact]
    public void Bad_options_are_refused_naming_the_option()
    {
        Assert.Contains("at least one field", Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, new PredictionOptions())).Message, StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, Tiny with { Fields = [PredictionField.Source, PredictionField.Source] })).Message, StringComparison.Ordinal);
        Assert.Contains("PredictionOptions.Smoothing", Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, Tiny with { Smoothing = 0 })).Message, StringComparison.Ordinal);
        Assert.Contains("PredictionOptions.NumberBins", Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, Tiny with { NumberBins = 1 })).Message, StringComparison.Ordinal);
        Assert.Contains("grade cut-offs", Assert.Throws<ArgumentException>(() => PredictionTrainer.Train(SourceTable, Tiny with { GradeC = 0.9 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_compares_two_scorings()
    {
        var earlier = new LeadPrediction(0.40, LeadGrade.C);

        Assert.Equal(PredictionTrend.Improving, new LeadPrediction(0.45, LeadGrade.C).TrendSince(earlier));
        Assert.Equal(PredictionTrend.Steady, new LeadPrediction(0.41, LeadGrade.C).TrendSince(earlier));
        Assert.Equal(PredictionTrend.Steady, new LeadPrediction(0.39, LeadGrade.C).TrendSince(earlier));
        Assert.Equal(PredictionTrend.Declining, new LeadPrediction(0.30, LeadGrade.C).TrendSince(earlier));
        Assert.Equal(PredictionTrend.Steady, new LeadPrediction(0.45, LeadGrade.C).TrendSince(earlier, tolerance: 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => earlier.TrendSince(earlier, -0.1));
    }

    [Fact]
    public void Auc_counts_ties_as_half()
    {
        // Pairs (converted, disqualified): (0.9, 0.1) right, (0.9, 0.5) right, (0.5, 0.1) right, (0.5, 0.5) tie: 3.5 / 4.
        Assert.Equal(0.875, PredictionEvaluation.Auc([0.9, 0.5, 0.5, 0.1], [true, true, false, false]));
        Assert.Equal(0.0, PredictionEvaluation.Auc([0.1, 0.9], [true, false]));
        Assert.Throws<ArgumentException>(() => PredictionEvaluation.Auc([0.1, 0.9], [true, true]));
    }

    [Fact]
    public void The_model_tells_what_it_learned_from()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny with { Fields = [PredictionField.Source, PredictionField.Rating] }).Model!;

        Assert.Equal(PredictionAlgorithm.NaiveBayes, model.Algorithm);
        Assert.Equal(new[] { PredictionField.Source, PredictionField.Rating }, model.Fields);
        Assert.Equal((3, 4), (model.ConvertedExamples, model.DisqualifiedExamples));
        Assert.Equal((0.75, 0.5, 0.25), (model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold));
    }

    [Fact]
    public void Null_leads_are_refused()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;

        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => model.Predict((LeadDetails)null!)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => model.Predict((Lead)null!)).ParamName);
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => model.Explain((LeadDetails)null!, 3)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => model.Explain((Lead)null!, 3)).ParamName);
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => model.Explain(new LeadDetails(), -1)).ParamName); // as documented (was an ArgumentException)
        var noDetails = Assert.Throws<ArgumentException>(() => model.Learn(default));
        Assert.Equal("example", noDetails.ParamName);
        Assert.StartsWith("The example has no details.", noDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predicting_many_leads_gives_what_predicting_each_gives()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;
        LeadDetails[] details = [new() { Source = LeadSource.Web }, new(), new() { Source = LeadSource.Partner }];
        var leads = details.Select(d => TestLeads.NewLifecycle().Create(d with { LastName = "X" }, "ali")).ToArray();
        var expected = details.Select(model.Predict).ToArray();

        var fromDetails = new LeadPrediction[3];
        model.Predict(details, fromDetails);
        var fromLeads = new LeadPrediction[4]; // room to spare is fine
        model.Predict(leads, fromLeads);

        Assert.Equal(expected, fromDetails);
        Assert.Equal(expected, fromLeads[..3]);
        Assert.Equal(default, fromLeads[3]);
        Assert.Equal(expected[0], model.Predict(leads[0]));
    }

    [Fact]
    public void Predicting_many_leads_into_too_little_room_or_with_a_null_lead_writes_nothing()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;
        LeadDetails[] details = [new() { Source = LeadSource.Web }, new()];
        var leads = details.Select(d => TestLeads.NewLifecycle().Create(d with { LastName = "X" }, "ali")).ToArray();

        var short1 = Assert.Throws<ArgumentException>(() => model.Predict(details, new LeadPrediction[1]));
        var short2 = Assert.Throws<ArgumentException>(() => model.Predict(leads, new LeadPrediction[1]));
        Assert.Equal("predictions", short1.ParamName);
        Assert.StartsWith("There are 2 leads but room for 1 predictions.", short1.Message, StringComparison.Ordinal);
        Assert.Equal(short1.Message, short2.Message);

        var written = new LeadPrediction[2];
        var nullDetails = Assert.Throws<ArgumentException>(() => model.Predict([details[0], null!], written));
        var nullLead = Assert.Throws<ArgumentException>(() => model.Predict([leads[0], null!], written));
        Assert.Equal(("leads", "leads"), (nullDetails.ParamName, nullLead.ParamName));
        Assert.StartsWith("A lead's details are null.", nullDetails.Message, StringComparison.Ordinal);
        Assert.StartsWith("A lead is null.", nullLead.Message, StringComparison.Ordinal);
        Assert.All(written, p => Assert.Equal(default, p));
    }

    [Fact]
    public void Explain_orders_by_size_either_way_then_by_field_order_and_takes_top()
    {
        // Web pushes up by ln(21/16), Partner down by ln(7/32)... two fields reading the same source give equal contributions.
        var options = Tiny with { Fields = [PredictionField.Source, PredictionField.CustomCategory("none"), PredictionField.Rating] };
        PredictionExample[] examples =
        [
            .. SourceTable.Select((e, i) => e with { Details = e.Details with { Rating = i < 3 ? LeadRating.Hot : LeadRating.Cold } }),
        ];
        var model = PredictionTrainer.Train(examples, options).Model!;
        var lead = new LeadDetails { Source = LeadSource.Partner, Rating = LeadRating.Hot };

        var why = model.Explain(lead, top: 5);

        // Partner: ln((1/6) / (4/7)) = ln(7/24), about -1.23; Hot: ln((4/5) / (1/6)) = ln(24/5), about 1.57.
        Assert.Equal(new[] { PredictionField.Rating, PredictionField.Source }, why.Reasons.Select(r => r.Field));
        Assert.Equal(Math.Log(24.0 / 5), why.Reasons[0].Contribution, Exact);
        Assert.Equal(Math.Log(7.0 / 24), why.Reasons[1].Contribution, Exact);
        Assert.Equal(model.Predict(lead), why.Prediction);
        Assert.Empty(model.Explain(lead, top: 0).Reasons);
        Assert.Equal(model.Predict(lead), model.Explain(lead, top: 0).Prediction);
        var one = Assert.Single(model.Explain(lead, top: 1).Reasons);
        Assert.Equal(PredictionField.Rating, one.Field);

        // Two fields with equal contributions keep the order they were given in.
        var twice = PredictionTrainer.Train(SourceTable.Select(e => e with { Details = e.Details with { Industry = e.Details.Source.ToString() } }).ToArray(),
            Tiny with { Fields = [PredictionField.Industry, PredictionField.Source] }).Model!;
        var both = twice.Explain(new LeadDetails { Source = LeadSource.Web, Industry = "Web" }, top: 2);
        Assert.Equal(both.Reasons[0].Contribution, both.Reasons[1].Contribution);
        Assert.Equal(new[] { PredictionField.Industry, PredictionField.Source }, both.Reasons.Select(r => r.Field));
        var lifecycleLead = TestLeads.NewLifecycle().Create(lead with { LastName = "X" }, "ali");
        Assert.Equal(model.Explain(lifecycleLead.Details, 5).Reasons, model.Explain(lifecycleLead, 5).Reasons);
    }

    [Fact]
    public void A_probability_equal_to_a_cut_off_gets_that_grade()
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;
        var lead = new LeadDetails { Source = LeadSource.Web };
        var p = model.Predict(lead).Probability;
        var above = Math.BitIncrement(p);

        Assert.Equal(LeadGrade.A, model.WithGradeThresholds(p, p, p).Predict(lead).Grade);
        Assert.Equal(LeadGrade.B, model.WithGradeThresholds(above, p, p).Predict(lead).Grade);
        Assert.Equal(LeadGrade.C, model.WithGradeThresholds(above, above, p).Predict(lead).Grade);
        Assert.Equal(LeadGrade.D, model.WithGradeThresholds(above, above, above).Predict(lead).Grade);
        var copy = model.WithGradeThresholds(0.9, 0.8, 0.7);
        Assert.Equal((0.9, 0.8, 0.7), (copy.GradeAThreshold, copy.GradeBThreshold, copy.GradeCThreshold));
        Assert.Equal(p, copy.Predict(lead).Probability);
        Assert.Equal((model.ConvertedExamples, model.DisqualifiedExamples), (copy.ConvertedExamples, copy.DisqualifiedExamples));
        Assert.Equal(model.Fields, copy.Fields);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(0.5, 0.5, 0.5)]
    [InlineData(1, 0.5, double.Epsilon)]
    public void Grade_cut_offs_at_their_edges_are_accepted(double a, double b, double c)
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!.WithGradeThresholds(a, b, c);

        Assert.Equal((a, b, c), (model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold));
    }

    [Theory]
    [InlineData(0.5, 0.5, 0)]
    [InlineData(0.5, 0.4, 0.45)]
    [InlineData(0.5, 0.6, 0.4)]
    [InlineData(1.0000001, 0.5, 0.4)]
    [InlineData(double.NaN, 0.5, 0.4)]
    public void Grade_cut_offs_out_of_order_or_range_are_refused(double a, double b, double c)
    {
        var model = PredictionTrainer.Train(SourceTable, Tiny).Model!;

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => model.WithGradeThresholds(a, b, c));

        Assert.Equal("a", e.ParamName);
        Assert.StartsWith(FormattableString.Invariant($"The grade cut-offs must be probabilities with 0 < C <= B <= A <= 1; they are A {a}, B {b}, C {c}."), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logistic_regression_refuses_to_learn_saying_how_it_learns()
    {
        var model = Train(RandomExamples(new Random(3), 40), PredictionAlgorithm.LogisticRegression);

        var e = Assert.Throws<InvalidOperationException>(() => model.Learn(new PredictionExample(new LeadDetails(), true)));

        Assert.Equal("A logistic regression model learns only by training again; incremental updates are for naive Bayes.", e.Message);
    }

    [Fact]
    public void Learning_a_lead_with_or_without_a_number_equals_training_again_with_the_same_bins()
    {
        PredictionExample[] examples =
        [
            .. Enumerable.Range(0, 20).Select(i => new PredictionExample(new LeadDetails { NumberOfEmployees = i % 5 == 0 ? null : i * 10 }, i % 3 == 0)),
        ];
        var options = Tiny with { Fields = [PredictionField.NumberOfEmployees], NumberBins = 4 };
        var first = PredictionTrainer.Train(examples[..18], options).Model!;
        var edges = first.FieldModels[0].Edges;

        var updated = first.Learn(examples[18]).Learn(examples[19]).Learn(new PredictionExample(new LeadDetails(), false));

        var field = updated.FieldModels[0];
        Assert.Equal(edges, field.Edges);
        Assert.Equal(first.FieldModels[0].MissingDisqualified + 1, field.MissingDisqualified);
        Assert.Equal(first.FieldModels[0].Converted!.Sum() + first.FieldModels[0].Disqualified!.Sum() + 2, field.Converted!.Sum() + field.Disqualified!.Sum());
        Assert.Equal((first.ConvertedExamples + 1, first.DisqualifiedExamples + 2), (updated.ConvertedExamples, updated.DisqualifiedExamples));
    }
}
