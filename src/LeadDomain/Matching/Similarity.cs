namespace LeadDomain.Matching;

/// <summary>
/// String similarity for comparing fields: Jaro-Winkler for names (typos, transposed letters, shared prefixes weigh
/// most) and the optimal string alignment distance (Levenshtein plus adjacent transpositions) for digit strings and
/// identifiers. Both are symmetric: <c>f(a, b) == f(b, a)</c>.
/// </summary>
internal static class Similarity
{
    /// <summary>The Jaro-Winkler similarity, 0–1 (1 when equal), with the usual prefix scale 0.1 over at most 4 characters.</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 1;
        }

        // Stryker disable once Block : without it no character of an empty text matches, and the result is 0 as well
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        // Symmetric by construction: always walk the shorter string against the longer (ties broken by content).
        if (a.Length > b.Length || (a.Length == b.Length && a.SequenceCompareTo(b) > 0))
        {
            var t = a;
            a = b;
            b = t;
        }

        return b.Length <= 64 ? ShortJaroWinkler(a, b) : LongJaroWinkler(a, b);
    }

    /// <summary><see cref="JaroWinkler"/> for texts of any length, <paramref name="a"/> the shorter, non-empty and different.</summary>
    internal static double LongJaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var window = Math.Max(0, (b.Length / 2) - 1);
        // Stryker disable once Conditional,Equality : on the stack or the heap, the same flags
        Span<bool> matchedA = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        // Stryker disable once Conditional,Equality : on the stack or the heap, the same flags
        Span<bool> matchedB = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        return Winkler(a, b, matches, transpositions);
    }

    /// <summary>
    /// <see cref="JaroWinkler"/> for texts of at most 64 characters, <paramref name="a"/> the shorter: the matched
    /// characters kept as bits of two words instead of two arrays (names and words are short; this is the hot path).
    /// </summary>
    internal static double ShortJaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var window = Math.Max(0, (b.Length / 2) - 1);
        ulong matchedA = 0;
        ulong matchedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            var c = a[i];
            for (var j = from; j <= to; j++)
            {
                if (b[j] == c && (matchedB & (1UL << j)) == 0)
                {
                    matchedA |= 1UL << i;
                    matchedB |= 1UL << j;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        // The matched characters of each in order, compared pairwise: each bit walked once.
        var transpositions = 0;
        var restA = matchedA;
        var restB = matchedB;
        while (restA != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(restA);
            var k = System.Numerics.BitOperations.TrailingZeroCount(restB);
            if (a[i] != b[k])
            {
                transpositions++;
            }

            restA &= restA - 1;
            restB &= restB - 1;
        }

        return Winkler(a, b, matches, transpositions);
    }

    /// <summary>The Jaro similarity from the matches and transpositions, raised for a common prefix of up to 4 characters.</summary>
    private static double Winkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int matches, int transpositions)
    {
        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        var prefix = 0;
        var most = Math.Min(4, a.Length);
        while (prefix < most && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>
    /// The optimal string alignment distance (insertions, deletions, substitutions and adjacent transpositions, each
    /// 1), or <paramref name="limit"/> + 1 as soon as it is known to exceed <paramref name="limit"/>.
    /// </summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Stryker disable once Block : without it the band gives 0 for equal texts as well
        if (a.SequenceEqual(b))
        {
            return 0;
        }

        // Only the diagonal band |i - j| <= limit can stay within the limit (Ukkonen): 2 × limit + 1 cells a row
        // instead of the whole row; a cell outside the band counts as "over the limit".
        var over = limit + 1;
        var width = b.Length + 1;
        // Stryker disable once Equality : on the stack or the heap, the same rows
        Span<int> rows = (3 * width) <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        rows.Fill(over);
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width && j <= limit; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - limit);
            var high = Math.Min(b.Length, i + limit);
            current[low - 1] = low == 1 ? Math.Min(i, over) : over;
            if (high + 1 < width)
            {
                current[high + 1] = over;
            }

            var best = current[low - 1];
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = Math.Min(value, over);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return over;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], over);
    }

    /// <summary>1 minus the edit distance over the longer length, 0 when the distance exceeds <paramref name="limit"/>.</summary>
    public static double Edit(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        var distance = EditDistance(a, b, limit);
        return distance > limit ? 0 : 1 - ((double)distance / Math.Max(1, Math.Max(a.Length, b.Length)));
    }
}
