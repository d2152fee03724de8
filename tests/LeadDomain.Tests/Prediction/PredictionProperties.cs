using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using static LeadDomain.Tests.Prediction.PredictionData;

namespace LeadDomain.Tests.Prediction;

/// <summary>
/// Invariants of training and scoring over random data. Each case is built from a seed FsCheck draws (and the
/// algorithm), so a failure names the seed that reproduces it.
/// </summary>
public sealed class PredictionProperties
{
    private static PredictionAlgorithm AlgorithmOf(bool bayes) => bayes ? PredictionAlgorithm.NaiveBayes : PredictionAlgorithm.LogisticRegression;

    [Property(MaxTest = 60)]
    public Property Probabilities_are_between_0_and_1_and_match_their_grade(int seed, bool bayes)
    {
        var random = new Random(seed);
        var model = Train(RandomExamples(random, random.Next(2, 120)), AlgorithmOf(bayes));
        var leads = Enumerable.Range(0, 50).Select(_ => RandomLead(random)).ToArray();
        return leads.All(lead =>
        {
            var p = model.Predict(lead);
            var grade = p.Probability >= model.GradeAThreshold ? LeadGrade.A
                : p.Probability >= model.GradeBThreshold ? LeadGrade.B
                : p.Probability >= model.GradeCThreshold ? LeadGrade.C : LeadGrade.D;
            return p.Probability is >= 0 and <= 1 && p.Grade == grade;
        }).Label($"seed {seed}, {AlgorithmOf(bayes)}");
    }

    [Property(MaxTest = 40)]
    public Property Bulk_scoring_equals_one_by_one_and_explaining(int seed, bool bayes)
    {
        var random = new Random(seed);
        var model = Train(RandomExamples(random, random.Next(2, 120)), AlgorithmOf(bayes));
        var leads = Enumerable.Range(0, random.Next(0, 200)).Select(_ => RandomLead(random)).ToArray();
        var bulk = new LeadPrediction[leads.Length];
        model.Predict(leads, bulk);
        return leads.Select((lead, i) => bulk[i] == model.Predict(lead) && bulk[i] == model.Explain(lead, top: 3).Prediction).All(x => x)
            .Label($"seed {seed}, {AlgorithmOf(bayes)}");
    }

    [Property(MaxTest = 40)]
    public Property A_model_read_back_from_JSON_is_the_same_model(int seed, bool bayes)
    {
        var random = new Random(seed);
        var model = Train(RandomExamples(random, random.Next(2, 120)), AlgorithmOf(bayes));
        var json = PredictionModelJson.Write(model);
        var back = PredictionModelJson.Parse(json);
        var leads = Enumerable.Range(0, 50).Select(_ => RandomLead(random));
        return (PredictionModelJson.Write(back) == json && leads.All(lead => back.Predict(lead) == model.Predict(lead)))
            .Label($"seed {seed}, {AlgorithmOf(bayes)}");
    }

    [Property(MaxTest = 40)]
    public Property Learning_leads_one_by_one_equals_training_from_scratch(int seed)
    {
        var random = new Random(seed);
        var examples = RandomExamples(random, random.Next(2, 80));
        var start = random.Next(2, examples.Length + 1);
        var model = Train(examples[..start], PredictionAlgorithm.NaiveBayes, CategoryFields);
        foreach (var example in examples[start..])
        {
            model = model.Learn(example);
        }

        var scratch = Train(examples, PredictionAlgorithm.NaiveBayes, CategoryFields);
        return (PredictionModelJson.Write(model) == PredictionModelJson.Write(scratch)
                && Enumerable.Range(0, 30).Select(_ => RandomLead(random)).All(lead => model.Predict(lead) == scratch.Predict(lead)))
            .Label($"seed {seed}, {examples.Length} examples, learned from {start}");
    }
}
