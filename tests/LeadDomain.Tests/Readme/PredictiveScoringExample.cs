using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Tests.Prediction;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Predictive scoring" example, compiled and run on real leads (the shipped Bank Marketing sample).</summary>
public sealed class PredictiveScoringExample
{
    [Fact]
    public void Runs()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var rows = BankMarketing.Read(BankMarketing.SamplePath);
        var closedLeads = new List<Lead>();
        foreach (var row in rows[..4000])
        {
            var closed = lifecycle.Create(row.Details with { LastName = "Lima" }, "ali");
            if (row.Converted)
            {
                closed.Qualify("ali");
            }
            else
            {
                closed.Disqualify(DisqualificationReason.NoLongerInterested, "ali");
            }

            closedLeads.Add(closed);
        }

        Lead[] leads = [.. rows[4000..].Select(r => lifecycle.Create(r.Details with { LastName = "Rezaei" }, "ali"))];
        var lead = leads[0];
        var yesterday = new LeadPrediction(0.05, LeadGrade.D);
        var output = new StringWriter();

        // README: prediction
        // Learn from closed leads: qualified or converted ones are positive, disqualified ones negative, open ones skipped.
        PredictionTraining training = PredictionTrainer.Train(PredictionExample.From(closedLeads), new PredictionOptions
        {
            Algorithm = PredictionAlgorithm.LogisticRegression,          // or NaiveBayes, the default
            Fields = [PredictionField.CustomCategory("job"), PredictionField.CustomCategory("contact"),
                      PredictionField.CustomCategory("poutcome"), PredictionField.CustomNumber("age"),
                      PredictionField.CustomNumber("euribor3m")],
            GradeA = 0.5, GradeB = 0.25, GradeC = 0.1,                   // cut-offs on the probability
        });
        if (!training.IsTrained)
        {
            output.WriteLine(training.Refusal);  // "Not enough data to train: 12 converted leads; at least 40 are needed."
            return;                              // and keep scoring with the rule-based ScoringModel
        }

        foreach (FieldSignal signal in training.Signals)                // which fields carry signal, strongest first
        {
            output.WriteLine($"{signal.Field.Name}: information value {signal.InformationValue:F3} ({signal.Strength})");
        }

        PredictionModel model = training.Model;                         // immutable, thread-safe: share it
        LeadPrediction prediction = model.Predict(lead);                // (Probability, Grade)
        PredictionExplanation why = model.Explain(lead, top: 3);
        foreach (PredictionReason reason in why.Reasons)                // the fields that pushed it up (+) or down (-)
        {
            output.WriteLine($"{reason.Field.Name} = {reason.Value}: {reason.Contribution:+0.00;-0.00} log-odds");
        }

        var predictions = new LeadPrediction[leads.Length];
        model.Predict(leads, predictions);                              // bulk, no allocation per lead
        PredictionTrend trend = prediction.TrendSince(yesterday);       // Improving, Steady or Declining

        string json = PredictionModelJson.Write(model);                 // versioned and checksummed: store it anywhere
        PredictionModel loaded = PredictionModelJson.Parse(json);       // validated: InvalidPredictionModelException names the problem

        // Naive Bayes learns live, as Odoo does: one closed lead at a time, the same as training again from scratch.
        PredictionModel bayes = PredictionTrainer.Train(PredictionExample.From(closedLeads),
            new PredictionOptions { Fields = model.Fields }).Model!;
        bayes = bayes.Learn(new PredictionExample(lead.Details, Converted: true));
        // README: end

        var text = output.ToString();
        Assert.Contains("poutcome: information value", text, StringComparison.Ordinal);
        Assert.Contains("log-odds", text, StringComparison.Ordinal);
        Assert.Equal(prediction, loaded.Predict(lead));
        Assert.Equal(prediction, predictions[0]);
        Assert.Equal(4001, bayes.ConvertedExamples + bayes.DisqualifiedExamples);
        Assert.True(Enum.IsDefined(trend));
    }
}
