namespace LeadDomain.Prediction;

/// <summary>How a <see cref="PredictionModel"/> learns a conversion probability from closed leads.</summary>
public enum PredictionAlgorithm
{
    /// <summary>
    /// Naive Bayes over field-value frequencies with Laplace smoothing (Odoo's approach); numbers are put into
    /// quantile bins learned at training time. Can be updated one closed lead at a time.
    /// </summary>
    NaiveBayes = 1,

    /// <summary>
    /// L2-regularised logistic regression, trained in-process with Newton's method: categories one-hot encoded,
    /// numbers standardised.
    /// </summary>
    LogisticRegression = 2,
}
