using LeadDomain.Scoring;

namespace LeadDomain.Prediction;

/// <summary>A predicted conversion probability and the grade it falls in.</summary>
/// <param name="Probability">The probability, from 0 to 1, that the lead converts (or qualifies).</param>
/// <param name="Grade">The grade, by the model's cut-offs (<see cref="PredictionModel.GradeAThreshold"/> and the others).</param>
public readonly record struct LeadPrediction(double Probability, LeadGrade Grade)
{
    /// <summary>Tells which way the probability moved since an earlier scoring of the same lead.</summary>
    /// <param name="earlier">The earlier prediction.</param>
    /// <param name="tolerance">The largest change, in probability, still read as steady; 0.02 unless given.</param>
    /// <returns><see cref="PredictionTrend.Improving"/> when this probability is more than <paramref name="tolerance"/>
    /// above the earlier one, <see cref="PredictionTrend.Declining"/> when it is more than that below, and
    /// <see cref="PredictionTrend.Steady"/> otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative, not a number, or 1 or more.</exception>
    public PredictionTrend TrendSince(LeadPrediction earlier, double tolerance = 0.02)
    {
        if (!(tolerance >= 0 && tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be at least 0 and below 1.");
        }

        var change = Probability - earlier.Probability;
        return change > tolerance ? PredictionTrend.Improving : change < -tolerance ? PredictionTrend.Declining : PredictionTrend.Steady;
    }
}
