namespace LeadDomain.Prediction;

/// <summary>One field's part in a prediction.</summary>
/// <param name="Field">The field.</param>
/// <param name="Value">The lead's value of the field as text (an enumeration's name, a number in invariant form), or
/// <see langword="null"/> when the lead has none.</param>
/// <param name="Contribution">
/// What the value adds to the log-odds of conversion: positive pushes the probability up, negative pushes it down.
/// For naive Bayes it is <c>ln(P(value | converted) / P(value | disqualified))</c>; for logistic regression the
/// value's weight (times the standardised number).
/// </param>
public readonly record struct PredictionReason(PredictionField Field, string? Value, double Contribution);
