namespace LeadDomain.Samples.Console;

/// <summary>
/// A lead file the sample cannot read: missing, a bad header, or a bad row. The message names the file, the line and
/// the column, so that the sample can print it as it is instead of a stack trace.
/// </summary>
public sealed class LeadCsvException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong, where.</param>
    public LeadCsvException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error for one cell (or the whole line, when <paramref name="column"/> is null).</summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The column's name, or null.</param>
    /// <param name="columnNumber">The 1-based column number, or 0.</param>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The error.</returns>
    public static LeadCsvException At(string path, int line, string? column, int columnNumber, string problem) =>
        new(column is null
            ? $"{path}, line {line}: {problem}"
            : $"{path}, line {line}, column {columnNumber} '{column}': {problem}");
}
