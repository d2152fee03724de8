namespace LeadDomain.Conversion;

/// <summary>
/// One field of an existing account or contact where the lead's value and the record's met: filled, overwritten or
/// kept, with both values, so that a host can show a user what the conversion did (or asks before saving).
/// </summary>
/// <param name="Field">The record's field.</param>
/// <param name="Action">What happened to it.</param>
/// <param name="ExistingValue">The record's value before the conversion; null when it had none.</param>
/// <param name="LeadValue">The value the lead's map produced for the field.</param>
public readonly record struct FieldMerge(TargetField Field, FieldMergeAction Action, object? ExistingValue, object LeadValue);
