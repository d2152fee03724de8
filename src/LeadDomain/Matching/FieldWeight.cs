namespace LeadDomain.Matching;

/// <summary>
/// What one field adds to a comparison's score: <see cref="Agree"/> points when the two values are equal, fewer (down
/// to half) as they are only similar, <see cref="Disagree"/> points (zero or negative) when they are clearly
/// different, nothing when either record lacks the field.
/// </summary>
/// <param name="Agree">The points for equal values, 0–1000.</param>
/// <param name="Disagree">The points for different values, -1000–0.</param>
public readonly record struct FieldWeight(int Agree, int Disagree)
{
    /// <summary>Gets the points for equal values, 0–1000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 0 or above 1000.</exception>
    public int Agree
    {
        get;
        init => field = value is >= 0 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Agree), value, "The points for agreeing values must be between 0 and 1000.");
    } = Agree is >= 0 and <= 1000
        ? Agree
        : throw new ArgumentOutOfRangeException(nameof(Agree), Agree, "The points for agreeing values must be between 0 and 1000.");

    /// <summary>Gets the points for different values, -1000–0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is above 0 or below -1000.</exception>
    public int Disagree
    {
        get;
        init => field = value is >= -1000 and <= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Disagree), value, "The points for disagreeing values must be between -1000 and 0.");
    } = Disagree is >= -1000 and <= 0
        ? Disagree
        : throw new ArgumentOutOfRangeException(nameof(Disagree), Disagree, "The points for disagreeing values must be between -1000 and 0.");
}
