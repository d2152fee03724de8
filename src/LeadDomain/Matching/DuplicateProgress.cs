namespace LeadDomain.Matching;

/// <summary>How far a duplicate search has got, reported every 4,096 records and once at the end of each phase.</summary>
/// <param name="RecordsRead">The records read from the input so far.</param>
/// <param name="RecordsCompared">The records whose candidates have been compared (0 while reading).</param>
/// <param name="PairsFound">The duplicate and possible duplicate pairs found so far.</param>
public readonly record struct DuplicateProgress(int RecordsRead, int RecordsCompared, int PairsFound);
