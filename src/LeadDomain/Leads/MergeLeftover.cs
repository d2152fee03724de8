namespace LeadDomain.Leads;

/// <summary>
/// A non-empty value of a merged lead that the master does not hold after the merge: nothing is lost silently. The value
/// stays on the lead it came from (a merged lead keeps its details).
/// </summary>
/// <param name="From">The lead that holds the value.</param>
/// <param name="Field">The field.</param>
/// <param name="Value">The value, as <c>Field</c> reads it: text, a <see cref="Money"/>, a <see cref="PostalAddress"/>, an
/// enum value, <see langword="true"/> for a consent flag, the unwrapped value of a custom field; one address for
/// <see cref="LeadField.Emails"/>.</param>
/// <param name="Reason">Why the master does not hold it.</param>
public readonly record struct MergeLeftover(LeadId From, LeadField Field, object Value, MergeLeftoverReason Reason);
