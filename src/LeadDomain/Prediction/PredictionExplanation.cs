namespace LeadDomain.Prediction;

/// <summary>A prediction and the fields that pushed it up or down the most.</summary>
public sealed class PredictionExplanation
{
    internal PredictionExplanation(LeadPrediction prediction, double baseLogOdds, IReadOnlyList<PredictionReason> reasons)
    {
        Prediction = prediction;
        BaseLogOdds = baseLogOdds;
        Reasons = reasons;
    }

    /// <summary>Gets the prediction.</summary>
    public LeadPrediction Prediction { get; }

    /// <summary>
    /// Gets the log-odds every lead starts from (naive Bayes: the converted-to-disqualified ratio of the training data;
    /// logistic regression: the intercept). It plus every field's contribution gives the prediction's log-odds.
    /// </summary>
    public double BaseLogOdds { get; }

    /// <summary>Gets the reasons, the largest contribution (up or down) first; fields that contributed nothing are left out.</summary>
    public IReadOnlyList<PredictionReason> Reasons { get; }
}
