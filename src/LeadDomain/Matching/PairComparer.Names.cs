using System.Globalization;

namespace LeadDomain.Matching;

/// <summary>How close two people's names, or two companies' names, are.</summary>
internal static partial class PairComparer
{
    // The lowest similarity a spelling of the same sound is read from.
    private const double SameSoundFloor = 0.75;

    /// <summary>The similarity of two folded names, or -1 when either is missing. An initial agrees (0.9) with a name it starts.</summary>
    internal static double NameSimilarity(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return -1;
        }

        if (x == y)
        {
            return 1;
        }

        // One name in Arabic script and the other in Latin letters (or any two scripts): the library does not
        // transliterate, so the two cannot be compared; that is no evidence either way, not a disagreement.
        if (ScriptOf(x) != ScriptOf(y))
        {
            return -1;
        }

        if (x.Length == 1 || y.Length == 1)
        {
            return x[0] == y[0] ? 0.9 : 0;
        }

        var s = Similarity.JaroWinkler(x, y);

        // Every word of one name among the other's words (Santos Silva and Silva, Maria and Maria Clara): people drop
        // a second surname or a middle name, but another family may share the word, so not proof either way.
        if (s < 0.85 && (x.Contains(' ', StringComparison.Ordinal) || y.Contains(' ', StringComparison.Ordinal)) && WordsWithin(x, y))
        {
            s = 0.85;
        }

        // One letter wrong, missing or swapped in a short name: in three letters, just enough for a first name and not
        // proof either way for a last name; an agreement from four (Jaro-Winkler underrates a typo near the start of a
        // short name: ارش/اش, سامی/سای).
        if (s < NameAgree && Math.Max(x.Length, y.Length) >= 3 && Similarity.EditDistance(x, y, 1) <= 1)
        {
            s = Math.Max(s, Math.Max(x.Length, y.Length) >= 4 ? NameAgree : FirstNameAgree);
        }

        // A spelling of the same sound (Steven/Stephen, Layla/Leila): the same phonetic skeleton, and close letters
        // (Jaro-Winkler from 0.75: Layla/Leila is 0.76).
        if (s is >= SameSoundFloor and < PhoneticAgree && SameSkeleton(x, y))
        {
            s = PhoneticAgree;
        }

        var bareX = WithoutArticle(x);
        var bareY = WithoutArticle(y);
        if (bareX.Length != x.Length || bareY.Length != y.Length)
        {
            s = Math.Max(s, Similarity.JaroWinkler(bareX, bareY));
        }

        return s;
    }

    /// <summary>The script of a folded name's first letter: 1 Latin, 2 Arabic, 3 any other.</summary>
    internal static int ScriptOf(string name)
    {
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F'))
            {
                return 1;
            }

            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF'))
            {
                return 2;
            }

            if (char.IsLetter(c))
            {
                return 3;
            }
        }

        return 0;
    }

    /// <summary>Whether every word of the name with fewer words is a word of the other (no allocation).</summary>
    private static bool WordsWithin(string x, string y)
    {
        var (few, many) = x.AsSpan().Count(' ') <= y.AsSpan().Count(' ') ? (x, y) : (y, x);
        foreach (var range in few.AsSpan().Split(' '))
        {
            var word = few.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            var found = false;
            foreach (var other in many.AsSpan().Split(' '))
            {
                if (many.AsSpan(other).SequenceEqual(word))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSkeleton(string x, string y)
    {
        Span<char> one = stackalloc char[MatchText.SkeletonLength];
        Span<char> two = stackalloc char[MatchText.SkeletonLength];
        return one[..MatchText.Skeleton(x, one)].SequenceEqual(two[..MatchText.Skeleton(y, two)]);
    }

    /// <summary>Without the Arabic article ال (or AL, AL-, EL) that one writing keeps and another drops.</summary>
    private static ReadOnlySpan<char> WithoutArticle(string name)
    {
        var span = name.AsSpan();
        if (span.Length > 4 && span.StartsWith("\u0627\u0644"))
        {
            return span[2..].TrimStart(' ');
        }

        if (span.Length > 4 && (span.StartsWith("AL ") || span.StartsWith("EL ")))
        {
            return span[3..];
        }

        return span;
    }

    /// <summary>
    /// The similarity of two company names' words: the better of the whole names' Jaro-Winkler (when they have
    /// different numbers of words) and a word-by-word match (equal words, a word that abbreviates the other by starting
    /// it, typos; a word with no counterpart counts nothing; numbers must be equal), and 0.9 when one name is the
    /// initials of the other (IBM, International Business Machines).
    /// </summary>
    internal static double CompanySimilarity(string xName, string[] x, string yName, string[] y)
    {
        if (xName == yName)
        {
            return 1;
        }

        // The whole names' letters only when the words are split differently (ContosoPharma, Contoso Pharma): with as
        // many words on each side, a long shared prefix would hide a word that differs.
        var whole = x.Length != y.Length ? Similarity.JaroWinkler(xName, yName) : 0;

        // Each pair of words is compared once (the comparison is symmetric), and the greedy matching read both ways.
        var cells = x.Length * y.Length;
        Span<double> pairs = cells <= 64 ? stackalloc double[cells] : new double[cells];
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < y.Length; j++)
            {
                pairs[(i * y.Length) + j] = WordSimilarity(x[i], y[j]);
            }
        }

        var words = Math.Max(Words(pairs, x.Length, y.Length, transposed: false), Words(pairs, y.Length, x.Length, transposed: true));
        var acronym = IsAcronym(x, y) || IsAcronym(y, x) ? 0.9 : 0;
        var numbersDiffer = NumbersDiffer(x, y);
        var s = Math.Max(Math.Max(whole, words), acronym);
        return numbersDiffer ? Math.Min(s, 0.5) : s;
    }

    /// <summary>
    /// How well the words of the shorter name are found in the longer (0 when it has more words), from
    /// <paramref name="pairs"/>, the similarity of every pair of words: row by row, shorter name's words first, or
    /// (<paramref name="transposed"/>) column by column.
    /// </summary>
    private static double Words(ReadOnlySpan<double> pairs, int shorter, int longer, bool transposed)
    {
        if (shorter > longer)
        {
            return 0;
        }

        // Each word of the longer name counts for one word of the shorter only ("Yasmin Yasmin" is not "Fajr Yasmin"),
        // taken greedily, the best word still free for each word in turn.
        double total = 0;
        var used = 0UL;
        for (var w = 0; w < shorter; w++)
        {
            double best = 0;
            var bestAt = -1;
            for (var at = 0; at < longer; at++)
            {
                if (at < 64 && (used & (1UL << at)) != 0)
                {
                    continue;
                }

                var s = transposed ? pairs[(at * shorter) + w] : pairs[(w * longer) + at];
                if (s > best)
                {
                    best = s;
                    bestAt = at;
                    if (s >= 1)
                    {
                        break;
                    }
                }
            }

            if (bestAt is >= 0 and < 64 && best >= WordAgree)
            {
                used |= 1UL << bestAt;
            }

            // A word with no counterpart (not even a typo of one) is a different word: "Horizon Pharma" is not
            // "Horizon Foods", however alike the letters of the two words.
            total += best >= WordAgree ? best : 0;
        }

        // Words only the longer name has count a little against it: "Contoso" vs "Contoso Pharma Logistics".
        var coverage = (double)shorter / longer;
        return total / shorter * (0.85 + (0.15 * coverage));
    }

    /// <summary>How alike two words of company names are (symmetric): 1 equal, 0 when either is a number and they differ, 0.92 when one starts the other (3 letters or more), else Jaro-Winkler, raised to agreement for one typo.</summary>
    private static double WordSimilarity(string word, string other)
    {
        if (word == other)
        {
            return 1;
        }

        if (char.IsAsciiDigit(word[0]) || char.IsAsciiDigit(other[0]))
        {
            return 0;
        }

        if ((word.Length >= 3 && other.StartsWith(word, StringComparison.Ordinal)) || (other.Length >= 3 && word.StartsWith(other, StringComparison.Ordinal)))
        {
            return 0.92;
        }

        // One letter wrong, missing, extra or two swapped is a typo even in a short word (نقش, نهش), where
        // Jaro-Winkler falls below agreement: it counts as just agreeing.
        var s = Similarity.JaroWinkler(word, other);
        return s < WordAgree && word.Length >= 3 && other.Length >= 3 && Similarity.EditDistance(word, other, 1) == 1 ? WordAgree : s;
    }

    private static bool IsAcronym(string[] one, string[] many)
    {
        if (one.Length != 1 || many.Length < 2 || one[0].Length != many.Length)
        {
            return false;
        }

        for (var i = 0; i < many.Length; i++)
        {
            if (one[0][i] != many[i][0])
            {
                return false;
            }
        }

        return true;
    }

    private static bool NumbersDiffer(string[] x, string[] y)
    {
        foreach (var word in x)
        {
            if (char.IsAsciiDigit(word[0]) && Array.IndexOf(y, word) < 0 && HasNumber(y))
            {
                return true;
            }
        }

        foreach (var word in y)
        {
            if (char.IsAsciiDigit(word[0]) && Array.IndexOf(x, word) < 0 && HasNumber(x))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNumber(string[] words)
    {
        foreach (var word in words)
        {
            if (char.IsAsciiDigit(word[0]))
            {
                return true;
            }
        }

        return false;
    }
}
