using System.Globalization;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Prediction;

/// <summary>
/// A conversion probability learned from closed leads by <see cref="PredictionTrainer"/>: scores one lead or many,
/// grades them A-D, and tells which fields pushed each prediction up or down.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: train it once (say nightly), share it, save it with <see cref="PredictionModelJson"/>.
/// The prediction is additive in log-odds: a base (<see cref="PredictionExplanation.BaseLogOdds"/>) plus one
/// contribution per field, each looked up in arrays prepared at training time, so scoring allocates nothing and the
/// same lead always gets the same probability. A category value never seen in training gets the smoothed weight of
/// a count of zero (naive Bayes) or nothing (logistic regression); a missing value gets the weight learned for
/// "missing" when training data had missing values, and nothing otherwise.
/// </remarks>
public sealed class PredictionModel
{
    private readonly FieldModel[] _fields;

    internal PredictionModel(
        PredictionAlgorithm algorithm, FieldModel[] fields, double intercept, int converted, int disqualified, double smoothing,
        double gradeA, double gradeB, double gradeC)
    {
        Algorithm = algorithm;
        _fields = fields;
        Intercept = intercept;
        ConvertedExamples = converted;
        DisqualifiedExamples = disqualified;
        Smoothing = smoothing;
        GradeAThreshold = gradeA;
        GradeBThreshold = gradeB;
        GradeCThreshold = gradeC;
        Fields = [.. fields.Select(f => f.Field)];
    }

    /// <summary>Gets the algorithm the model was trained with.</summary>
    public PredictionAlgorithm Algorithm { get; }

    /// <summary>Gets the fields the model reads, in the order they were given.</summary>
    public IReadOnlyList<PredictionField> Fields { get; }

    /// <summary>Gets the number of converted leads the model learned from.</summary>
    public int ConvertedExamples { get; }

    /// <summary>Gets the number of disqualified leads the model learned from.</summary>
    public int DisqualifiedExamples { get; }

    /// <summary>Gets the lowest probability graded A.</summary>
    public double GradeAThreshold { get; }

    /// <summary>Gets the lowest probability graded B.</summary>
    public double GradeBThreshold { get; }

    /// <summary>Gets the lowest probability graded C; below it, D.</summary>
    public double GradeCThreshold { get; }

    internal double Intercept { get; }

    internal double Smoothing { get; }

    internal IReadOnlyList<FieldModel> FieldModels => _fields;

    /// <summary>Predicts one lead.</summary>
    /// <param name="details">The lead's details.</param>
    /// <returns>The probability and grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public LeadPrediction Predict(LeadDetails details)
    {
        Guard.Against.Null(details);
        return FromLogOdds(LogOdds(details));
    }

    /// <summary>Predicts one lead.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The probability and grade, from the lead's current details.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public LeadPrediction Predict(Lead lead)
    {
        Guard.Against.Null(lead);
        return FromLogOdds(LogOdds(lead.Details));
    }

    /// <summary>Predicts many leads into a span, allocating nothing per lead.</summary>
    /// <param name="leads">The leads' details.</param>
    /// <param name="predictions">Where the predictions go, one per lead at the same index.</param>
    /// <exception cref="ArgumentException"><paramref name="predictions"/> is shorter than <paramref name="leads"/>, or a lead is null; no prediction is written then.</exception>
    public void Predict(ReadOnlySpan<LeadDetails> leads, Span<LeadPrediction> predictions)
    {
        CheckBulk(leads.Length, predictions.Length);
        foreach (var lead in leads)
        {
            if (lead is null)
            {
                throw new ArgumentException("A lead's details are null.", nameof(leads));
            }
        }

        for (var i = 0; i < leads.Length; i++)
        {
            predictions[i] = FromLogOdds(LogOdds(leads[i]));
        }
    }

    /// <summary>Predicts many leads into a span, allocating nothing per lead.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="predictions">Where the predictions go, one per lead at the same index.</param>
    /// <exception cref="ArgumentException"><paramref name="predictions"/> is shorter than <paramref name="leads"/>, or a lead is null; no prediction is written then.</exception>
    public void Predict(ReadOnlySpan<Lead> leads, Span<LeadPrediction> predictions)
    {
        CheckBulk(leads.Length, predictions.Length);
        foreach (var lead in leads)
        {
            if (lead is null)
            {
                throw new ArgumentException("A lead is null.", nameof(leads));
            }
        }

        for (var i = 0; i < leads.Length; i++)
        {
            predictions[i] = FromLogOdds(LogOdds(leads[i].Details));
        }
    }

    /// <summary>Predicts one lead and tells which fields pushed the probability up or down the most.</summary>
    /// <param name="details">The lead's details.</param>
    /// <param name="top">How many reasons to give at most, such as 3.</param>
    /// <returns>The prediction and its reasons, the largest contribution (either way) first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public PredictionExplanation Explain(LeadDetails details, int top)
    {
        Guard.Against.Null(details);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var reasons = new List<(PredictionReason Reason, int Order)>(_fields.Length);
        var logOdds = Intercept;
        for (var i = 0; i < _fields.Length; i++)
        {
            var contribution = _fields[i].Contribution(details);
            logOdds += contribution;
            if (contribution != 0)
            {
                reasons.Add((new PredictionReason(_fields[i].Field, FieldModel.Text(_fields[i].Field, details), contribution), i));
            }
        }

        PredictionReason[] ordered =
        [
            .. reasons.OrderByDescending(r => Math.Abs(r.Reason.Contribution)).ThenBy(r => r.Order).Take(top).Select(r => r.Reason),
        ];
        return new PredictionExplanation(FromLogOdds(logOdds), Intercept, ordered);
    }

    /// <summary>Predicts one lead and tells which fields pushed the probability up or down the most.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="top">How many reasons to give at most, such as 3.</param>
    /// <returns>The prediction and its reasons, the largest contribution (either way) first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public PredictionExplanation Explain(Lead lead, int top)
    {
        Guard.Against.Null(lead);
        return Explain(lead.Details, top);
    }

    /// <summary>
    /// Learns from one more closed lead, as Odoo updates its frequencies when a lead closes: the result equals a model
    /// trained from scratch on all the examples, with the number bins of this model (bins are learned once).
    /// </summary>
    /// <param name="example">The lead that closed.</param>
    /// <returns>A new model; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="example"/> has no details.</exception>
    /// <exception cref="InvalidOperationException">The model is a logistic regression, which learns only by training again.</exception>
    public PredictionModel Learn(PredictionExample example)
    {
        if (example.Details is null)
        {
            throw new ArgumentException("The example has no details.", nameof(example));
        }

        if (Algorithm != PredictionAlgorithm.NaiveBayes)
        {
            throw new InvalidOperationException("A logistic regression model learns only by training again; incremental updates are for naive Bayes.");
        }

        return NaiveBayesTrainer.Learn(this, example);
    }

    /// <summary>A copy of this model with other grade cut-offs.</summary>
    /// <param name="a">The lowest probability graded A.</param>
    /// <param name="b">The lowest probability graded B.</param>
    /// <param name="c">The lowest probability graded C; below it, D.</param>
    /// <returns>The new model.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cut-offs are not 0 &lt; c ≤ b ≤ a ≤ 1.</exception>
    public PredictionModel WithGradeThresholds(double a, double b, double c)
    {
        CheckGrades(a, b, c);
        return new PredictionModel(Algorithm, _fields, Intercept, ConvertedExamples, DisqualifiedExamples, Smoothing, a, b, c);
    }

    internal static void CheckGrades(double a, double b, double c)
    {
        if (!(c > 0 && c <= b && b <= a && a <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(a), string.Create(CultureInfo.InvariantCulture, $"The grade cut-offs must be probabilities with 0 < C <= B <= A <= 1; they are A {a}, B {b}, C {c}."));
        }
    }

    internal double LogOdds(LeadDetails details)
    {
        var logOdds = Intercept;
        foreach (var field in _fields)
        {
            logOdds += field.Contribution(details);
        }

        return logOdds;
    }

    private static void CheckBulk(int leads, int predictions)
    {
        if (predictions < leads)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"There are {leads} leads but room for {predictions} predictions."), nameof(predictions));
        }
    }

    private LeadPrediction FromLogOdds(double logOdds)
    {
        var p = 1 / (1 + Math.Exp(-logOdds));
        var grade = p >= GradeAThreshold ? LeadGrade.A : p >= GradeBThreshold ? LeadGrade.B : p >= GradeCThreshold ? LeadGrade.C : LeadGrade.D;
        return new LeadPrediction(p, grade);
    }
}
