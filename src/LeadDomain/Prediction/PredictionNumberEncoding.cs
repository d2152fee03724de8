namespace LeadDomain.Prediction;

/// <summary>How logistic regression turns a number field into features (<see cref="PredictionOptions.NumberEncoding"/>).</summary>
public enum PredictionNumberEncoding
{
    /// <summary>The number minus its training mean, over its standard deviation, with one weight: the log-odds move in a straight line with the number.</summary>
    Standardized = 1,

    /// <summary>One weight per quantile bin learned at training time, as naive Bayes does: the log-odds may rise and fall with the number.</summary>
    Binned = 2,
}
