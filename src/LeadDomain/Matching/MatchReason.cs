using System.Globalization;

namespace LeadDomain.Matching;

/// <summary>One field two records were compared on: how similar the values were, and the points that gave.</summary>
/// <param name="Field">The field.</param>
/// <param name="Similarity">How similar the two values were, 0–1 (1: equal once normalised).</param>
/// <param name="Points">What the field added to the score: positive when the values agreed, negative when they
/// disagreed, 0 in between (see <see cref="FieldWeight"/>).</param>
/// <param name="First">The first record's value, normalised (the one that came closest to the second's).</param>
/// <param name="Second">The second record's value, normalised.</param>
public readonly record struct MatchReason(MatchField Field, double Similarity, int Points, string First, string Second)
{
    /// <summary>Returns the field, points, similarity and both values, such as <c>Phone +23 (0.90: '9123456789' ~ '9123456780')</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Field} {(Points >= 0 ? "+" : string.Empty)}{Points} ({Similarity:0.00}: '{First}' ~ '{Second}')");
}
