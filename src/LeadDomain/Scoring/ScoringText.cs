namespace LeadDomain.Scoring;

/// <summary>
/// Case- and culture-insensitive text comparison that is right for Persian and Arabic: Arabic yeh/alef maksura and kaf
/// compare equal to Persian yeh and keheh, Arabic-Indic and Persian digits to 0-9, and tatweel, harakat and zero-width
/// joiners are ignored. Patterns are folded once when a model is built; lead text is folded as it is read, so that
/// comparing allocates nothing.
/// </summary>
internal static class ScoringText
{
    public static string FoldPattern(string pattern)
    {
        var trimmed = pattern.AsSpan().Trim();
        var result = new char[trimmed.Length];
        var n = 0;
        foreach (var c in trimmed)
        {
            if (!IsIgnorable(c))
            {
                result[n++] = Fold(c);
            }
        }

        return new string(result, 0, n);
    }

    /// <summary>Whether <paramref name="text"/> equals the folded <paramref name="pattern"/>.</summary>
    public static bool Equal(ReadOnlySpan<char> text, string pattern)
    {
        var end = MatchAt(text, 0, pattern);
        if (end < 0)
        {
            return false;
        }

        for (var i = end; i < text.Length; i++)
        {
            if (!IsIgnorable(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> contains the folded <paramref name="pattern"/>.</summary>
    public static bool Contains(ReadOnlySpan<char> text, string pattern)
    {
        for (var start = 0; start + pattern.Length <= text.Length; start++)
        {
            if (!IsIgnorable(text[start]) && MatchAt(text, start, pattern) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches the pattern from <paramref name="start"/>; returns the index after the match, or -1.</summary>
    private static int MatchAt(ReadOnlySpan<char> text, int start, string pattern)
    {
        var i = start;
        foreach (var p in pattern)
        {
            while (i < text.Length && IsIgnorable(text[i]))
            {
                i++;
            }

            if (i == text.Length || Fold(text[i]) != p)
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    private static bool IsIgnorable(char c) =>
        c is '\u0640' or '\u200C' or '\u200D' or '\u0670' or (>= '\u064B' and <= '\u065F');

    private static char Fold(char c) => c switch
    {
        < '\u0080' => c is >= 'a' and <= 'z' ? (char)(c - 32) : c,
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => char.ToUpperInvariant(c),
    };
}
