namespace LeadDomain.Bulk;

/// <summary>How far a bulk operation has got, reported every 1,000 leads and once at the end.</summary>
/// <param name="Processed">How many leads have an outcome so far.</param>
/// <param name="Done">How many of them were done.</param>
/// <param name="Refused">How many of them were refused.</param>
public readonly record struct BulkProgress(int Processed, int Done, int Refused);
