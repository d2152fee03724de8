using LeadDomain.Leads;

namespace LeadDomain.Prediction;

/// <summary>What a <see cref="PredictionTrainer"/> learns from, and how.</summary>
/// <remarks>Checked when training starts: <see cref="PredictionTrainer.Train"/> names the option that is not valid.</remarks>
public sealed record PredictionOptions
{
    /// <summary>Gets the algorithm; <see cref="PredictionAlgorithm.NaiveBayes"/> unless given.</summary>
    public PredictionAlgorithm Algorithm { get; init; } = PredictionAlgorithm.NaiveBayes;

    /// <summary>Gets the fields to learn from, at least one, each once. Required.</summary>
    public IReadOnlyList<PredictionField> Fields { get; init; } = [];

    /// <summary>Gets the fewest converted (qualified or converted) leads to train on; 40 unless given, as Dynamics 365 asks. At least 1.</summary>
    public int MinimumConverted { get; init; } = 40;

    /// <summary>Gets the fewest disqualified leads to train on; 40 unless given, as Dynamics 365 asks. At least 1.</summary>
    public int MinimumDisqualified { get; init; } = 40;

    /// <summary>
    /// Gets the Laplace smoothing of naive Bayes (and of the information values): the count added to every value; 1
    /// unless given. From 0.000001 to 1,000,000 (beyond, the smoothed frequencies underflow or overflow).
    /// </summary>
    public double Smoothing { get; init; } = 1;

    /// <summary>Gets the number of quantile bins a number field is cut into for naive Bayes (fewer when values repeat); 10 unless given. From 2 to 100.</summary>
    public int NumberBins { get; init; } = 10;

    /// <summary>
    /// Gets the L2 regularisation of logistic regression: the objective is the summed log loss plus
    /// <c>Regularization / 2 · ‖w‖²</c> (the intercept is not penalised); 1 unless given, which is scikit-learn's
    /// default (<c>C = 1</c>). Above 0.
    /// </summary>
    public double Regularization { get; init; } = 1;

    /// <summary>
    /// Gets how logistic regression reads number fields: <see cref="PredictionNumberEncoding.Standardized"/> (one
    /// weight on the standardised number) unless given, or <see cref="PredictionNumberEncoding.Binned"/> (a weight per
    /// quantile bin, <see cref="NumberBins"/> of them, which follows effects that are not straight lines). Naive Bayes always bins.
    /// </summary>
    public PredictionNumberEncoding NumberEncoding { get; init; } = PredictionNumberEncoding.Standardized;

    /// <summary>Gets the most Newton steps logistic regression takes; 100 unless given (it usually converges in under 15). At least 1.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Gets the lowest probability graded A; 0.75 unless given.</summary>
    public double GradeA { get; init; } = 0.75;

    /// <summary>Gets the lowest probability graded B; 0.5 unless given.</summary>
    public double GradeB { get; init; } = 0.5;

    /// <summary>Gets the lowest probability graded C; 0.25 unless given. Below it, D. The cut-offs need 0 &lt; C ≤ B ≤ A ≤ 1.</summary>
    public double GradeC { get; init; } = 0.25;

    /// <summary>Whether <paramref name="other"/> holds the same values; lists and dictionaries compare by content.</summary>
    /// <param name="other">The other options.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(PredictionOptions? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Algorithm == other.Algorithm
                && ValueEquality.SameItems(Fields, other.Fields)
                && MinimumConverted == other.MinimumConverted
                && MinimumDisqualified == other.MinimumDisqualified
                && Smoothing.Equals(other.Smoothing)
                && NumberBins == other.NumberBins
                && Regularization.Equals(other.Regularization)
                && NumberEncoding == other.NumberEncoding
                && MaxIterations == other.MaxIterations
                && GradeA.Equals(other.GradeA)
                && GradeB.Equals(other.GradeB)
                && GradeC.Equals(other.GradeC)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Algorithm, Fields.Count, MinimumConverted, MinimumDisqualified, Smoothing, NumberBins, Regularization, NumberEncoding);

    /// <summary>The smallest smoothing accepted, in options and in a model read from JSON.</summary>
    internal const double MinSmoothing = 1e-6;

    /// <summary>The largest smoothing accepted.</summary>
    internal const double MaxSmoothing = 1e6;
}
