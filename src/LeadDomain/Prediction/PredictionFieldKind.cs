namespace LeadDomain.Prediction;

/// <summary>How a <see cref="PredictionField"/> is read.</summary>
public enum PredictionFieldKind
{
    /// <summary>A category (text, a choice or yes/no): each distinct value, folded as the library folds text, is learned apart.</summary>
    Category = 1,

    /// <summary>A number: binned (naive Bayes) or standardised (logistic regression).</summary>
    Number = 2,
}
