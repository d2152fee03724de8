namespace LeadDomain.Prediction;

/// <summary>Which way a lead's predicted probability moved between two scorings.</summary>
public enum PredictionTrend
{
    /// <summary>The probability rose by more than the tolerance.</summary>
    Improving = 1,

    /// <summary>The probability moved by no more than the tolerance.</summary>
    Steady = 2,

    /// <summary>The probability fell by more than the tolerance.</summary>
    Declining = 3,
}
