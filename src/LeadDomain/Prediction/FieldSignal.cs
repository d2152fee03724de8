namespace LeadDomain.Prediction;

/// <summary>How much one field tells about conversion in the training data.</summary>
/// <param name="Field">The field.</param>
/// <param name="InformationValue">
/// The field's information value: the sum over its values (categories, or quantile bins for numbers, and "missing"
/// when it occurred) of <c>(p₊ − p₋) · ln(p₊ / p₋)</c>, where <c>p₊</c> and <c>p₋</c> are the smoothed shares of
/// converted and disqualified leads holding the value. Zero when the field separates nothing.
/// </param>
public readonly record struct FieldSignal(PredictionField Field, double InformationValue)
{
    /// <summary>Gets the usual reading of <see cref="InformationValue"/>.</summary>
    public SignalStrength Strength => InformationValue switch
    {
        < 0.02 => SignalStrength.None,
        < 0.1 => SignalStrength.Weak,
        < 0.3 => SignalStrength.Medium,
        _ => SignalStrength.Strong,
    };
}
