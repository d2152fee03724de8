using System.Buffers;
using System.Runtime.CompilerServices;
using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// Case- and culture-insensitive text comparison that is right for Persian and Arabic: Arabic yeh/alef maksura and kaf
/// compare equal to Persian yeh and keheh, Arabic-Indic and Persian digits to 0-9, and tatweel, harakat and zero-width
/// joiners are ignored. Patterns are folded once when a model is built; lead text is folded as it is read, so that
/// comparing allocates nothing.
/// </summary>
internal static class ScoringText
{
    public static string FoldPattern(string pattern) => TextFolding.Fold(pattern.Trim());

    /// <summary>
    /// Folded patterns with the forms to compare text with, prepared once per rule: for ASCII text folding is ASCII
    /// upper-casing and nothing is ignorable, so the BCL's vectorised ordinal-ignore-case comparisons give the folded
    /// answer (a pattern that folds to non-ASCII can never match ASCII text); text folded already compares ordinally.
    /// Equality looks only at the patterns of the text's length; containment searches for all terms in one pass
    /// (<see cref="SearchValues{T}"/> of strings) instead of one search per term.
    /// </summary>
    public sealed class Patterns
    {
        public Patterns(IEnumerable<string> values)
        {
            Folded = [.. values.Select(FoldPattern)];
            Ascii = [.. Folded.Where(p => System.Text.Ascii.IsValid(p))];
            _shortest = Folded.Length == 0 ? 0 : Folded.Min(p => p.Length);
            _longest = Folded.Length == 0 ? 0 : Folded.Max(p => p.Length);
            _foldedByLength = ByLength(Folded, _longest);
            _asciiByLength = ByLength(Ascii, _longest);
            _foldedTerms = SearchValues.Create(Folded, StringComparison.Ordinal);
            _asciiTerms = SearchValues.Create(Ascii, StringComparison.OrdinalIgnoreCase);
        }

        // A text that folds to more characters than the longest pattern equals none of them.
        private readonly int _longest;

        // Folding only drops characters, so a text shorter than every pattern matches none.
        private readonly int _shortest;

        // Index: a length; value: the patterns of that length (ASCII ones only in the second).
        private readonly string[][] _foldedByLength;
        private readonly string[][] _asciiByLength;

        private readonly SearchValues<string> _foldedTerms;
        private readonly SearchValues<string> _asciiTerms;

        public string[] Folded { get; }

        public string[] Ascii { get; }

        public bool AnyEqual(ReadOnlySpan<char> text)
        {
            if (text.Length < _shortest)
            {
                return false;
            }

            if (System.Text.Ascii.IsValid(text))
            {
                if (text.Length > _longest)
                {
                    return false;
                }

                foreach (var p in _asciiByLength[text.Length])
                {
                    if (text.Equals(p, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            return AnyFolded(text, contains: false);
        }

        public bool AnyContained(ReadOnlySpan<char> text)
        {
            if (text.Length < _shortest)
            {
                return false;
            }

            if (System.Text.Ascii.IsValid(text))
            {
                return Ascii.Length != 0 && text.IndexOfAny(_asciiTerms) >= 0;
            }

            return AnyFolded(text, contains: true);
        }

        /// <summary>Whether text already folded (<see cref="TextFolding"/>) equals one of the patterns.</summary>
        public bool AnyEqualFolded(string folded)
        {
            if ((uint)folded.Length >= (uint)_foldedByLength.Length)
            {
                return false;
            }

            foreach (var p in _foldedByLength[folded.Length])
            {
                if (string.Equals(folded, p, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether text already folded (<see cref="TextFolding"/>) contains one of the patterns.</summary>
        public bool AnyContainedFolded(string folded) =>
            folded.Length >= _shortest && folded.AsSpan().IndexOfAny(_foldedTerms) >= 0;

        private static string[][] ByLength(string[] patterns, int longest)
        {
            var byLength = new string[longest + 1][];
            for (var length = 0; length <= longest; length++)
            {
                byLength[length] = [.. patterns.Where(p => p.Length == length).Distinct(StringComparer.Ordinal)];
            }

            return byLength;
        }

        /// <summary>
        /// Folds the text once (into the stack, or a pooled buffer for long text) and then compares with the BCL's
        /// vectorised span search, instead of folding every character again for every pattern and start position.
        /// </summary>
        [SkipLocalsInit] // every slot read is written first; zeroing the buffer would cost as much as the folding
        private bool AnyFolded(ReadOnlySpan<char> text, bool contains)
        {
            char[]? rented = null;
            Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
            try
            {
                var n = 0;
                foreach (var c in text)
                {
                    if (!TextFolding.IsIgnorable(c))
                    {
                        if (!contains && n == _longest)
                        {
                            return false;
                        }

                        buffer[n++] = TextFolding.Fold(c);
                    }
                }

                var folded = buffer[..n];
                if (contains)
                {
                    return folded.IndexOfAny(_foldedTerms) >= 0;
                }

                foreach (var p in _foldedByLength[n])
                {
                    if (folded.SequenceEqual(p))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> equals the folded <paramref name="pattern"/>.</summary>
    public static bool Equal(ReadOnlySpan<char> text, string pattern)
    {
        // Ignorable characters only ever make the text longer than what it matches.
        if (text.Length < pattern.Length)
        {
            return false;
        }

        var end = MatchAt(text, 0, pattern);
        if (end < 0)
        {
            return false;
        }

        for (var i = end; i < text.Length; i++)
        {
            if (!TextFolding.IsIgnorable(text[i]))
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
            if (!TextFolding.IsIgnorable(text[start]) && MatchAt(text, start, pattern) >= 0)
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
            while (i < text.Length && TextFolding.IsIgnorable(text[i]))
            {
                i++;
            }

            if (i == text.Length || TextFolding.Fold(text[i]) != p)
            {
                return -1;
            }

            i++;
        }

        return i;
    }
}
