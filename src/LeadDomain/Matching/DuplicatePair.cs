namespace LeadDomain.Matching;

/// <summary>Two records of one set that are, or may be, the same lead, person or organisation, with why.</summary>
public sealed class DuplicatePair
{
    internal DuplicatePair(string first, string second, MatchComparison comparison)
    {
        First = first;
        Second = second;
        Comparison = comparison;
    }

    /// <summary>Gets the id of the record that comes first (ordinal order of the ids; a lead's id in "D" format).</summary>
    public string First { get; }

    /// <summary>Gets the id of the other record.</summary>
    public string Second { get; }

    /// <summary>Gets the comparison of the two, <see cref="First"/> as its first record: tier, score and reasons.</summary>
    public MatchComparison Comparison { get; }

    /// <summary>Returns the ids and the comparison, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{First} ~ {Second}: {Comparison}";
}
