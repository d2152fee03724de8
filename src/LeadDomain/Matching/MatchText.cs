using System.Globalization;
using System.Text;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// Text as matching compares it: the library's folding (<see cref="TextFolding"/>: case, Arabic ي/ى/ك to Persian
/// ی/ک, Persian and Arabic-Indic digits, tatweel, harakat, ZWNJ) plus the letter variants people type for one another
/// in Persian and Arabic names (أ/إ/آ/ٱ → ا, ؤ → و, ئ → ی, ة/ۀ → ه, a lone hamza ء dropped), Latin diacritics removed
/// and compatibility forms (full-width letters, Arabic presentation forms) made ordinary.
/// </summary>
internal static class MatchText
{
    /// <summary>The matching fold of one character, or '\0' when the character is dropped.</summary>
    public static char Fold(char c)
    {
        if (TextFolding.IsIgnorable(c))
        {
            return '\0';
        }

        return c switch
        {
            '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
            '\u0624' => '\u0648',
            '\u0626' => '\u06CC',
            '\u0629' or '\u06C0' or '\u06D5' => '\u0647',
            '\u0621' => '\0',
            _ => TextFolding.Fold(c),
        };
    }

    /// <summary>
    /// Appends the words of <paramref name="text"/>, each folded: dots and apostrophes join (<c>S.A.</c> → <c>SA</c>),
    /// every other character that is not a letter, a digit or a combining mark separates.
    /// </summary>
    public static void AddWords(string text, List<string> words, TextMemo? memo = null)
    {
        var source = Source(text);
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var folded = buffer[..FoldWords(source, buffer, ' ')];
        if (folded.IsEmpty)
        {
            return;
        }

        foreach (var range in folded.Split(' '))
        {
            words.Add(memo?.Intern(folded[range]) ?? new string(folded[range]));
        }
    }

    /// <summary>The folded words of <paramref name="text"/> joined by single spaces, or null when there are none (with <paramref name="memo"/>, its one instance of them).</summary>
    public static string? Words(string? text, TextMemo? memo = null)
    {
        if (text is null)
        {
            return null;
        }

        var source = Source(text);
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var n = FoldWords(source, buffer, ' ');
        return n == 0 ? null : memo?.Intern(buffer[..n]) ?? new string(buffer[..n]);
    }

    /// <summary>The text in the form <see cref="FoldWords"/> reads: compatibility-decomposed when it holds characters that need it.</summary>
    public static string Source(string text) => NeedsDecomposition(text) ? text.Normalize(NormalizationForm.FormKD) : text;

    /// <summary>
    /// Writes the folded words of <paramref name="source"/> (see <see cref="Source"/>) to <paramref name="destination"/>
    /// (at least as long as the source), separated by <paramref name="separator"/> (none when it is '\0'), and returns
    /// the length written; allocates nothing.
    /// </summary>
    public static int FoldWords(ReadOnlySpan<char> source, Span<char> destination, char separator)
    {
        var n = 0;
        var pending = false;
        foreach (var c in source)
        {
            if (c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            char folded;
            if (c < '\u0080')
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    pending = n > 0;
                    continue;
                }

                folded = TextFolding.Fold(c);
            }
            else
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
                {
                    continue;
                }

                if (!char.IsLetterOrDigit(c) && category != UnicodeCategory.SpacingCombiningMark)
                {
                    pending = n > 0;
                    continue;
                }

                folded = Fold(c);
                if (folded == '\0')
                {
                    continue;
                }
            }

            if (pending && separator != '\0')
            {
                destination[n++] = separator;
            }

            pending = false;
            destination[n++] = folded;
        }

        return n;
    }

    /// <summary>
    /// A phonetic skeleton of a folded word, for blocking: up to four consonant classes, vowels and repeats dropped, a
    /// first letter that is a vowel kept as it is (unlike Soundex, a first consonant is written as its class too, so
    /// Catherine and Katherine share C/K's class). Latin letters use Soundex's classes; Arabic-script letters that sound
    /// alike in Persian (ث/س/ص, ذ/ز/ض/ظ, ت/ط, ح/ه, ق/غ) share a class and the long vowels ا/و/ی are dropped after the
    /// first letter.
    /// </summary>
    public static string Skeleton(ReadOnlySpan<char> word)
    {
        Span<char> result = stackalloc char[SkeletonLength];
        return new string(result[..Skeleton(word, result)]);
    }

    /// <summary>The longest skeleton.</summary>
    public const int SkeletonLength = 4;

    /// <summary>Writes <see cref="Skeleton(ReadOnlySpan{char})"/> to <paramref name="result"/> (at least <see cref="SkeletonLength"/> long) and returns its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> word, Span<char> result)
    {
        result = result[..SkeletonLength];
        var n = 0;
        var last = '\0';
        foreach (var c in word)
        {
            if (c == ' ')
            {
                continue;
            }

            var cls = Class(c);
            if (n == 0)
            {
                result[n++] = cls == '\0' ? c : cls;
                last = cls;
                continue;
            }

            if (cls == '\0')
            {
                // A vowel separates two equal consonants in Soundex only across H/W; keep it simple: vowels reset nothing.
                continue;
            }

            if (cls != last)
            {
                result[n++] = cls;
                if (n == result.Length)
                {
                    break;
                }
            }

            last = cls;
        }

        return n;
    }

    private static char Class(char c) => c switch
    {
        'B' or 'F' or 'P' or 'V' => '1',
        'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
        'D' or 'T' => '3',
        'L' => '4',
        'M' or 'N' => '5',
        'R' => '6',
        'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'H' or 'W' => '\0',
        '\u0627' or '\u0648' or '\u06CC' or '\u0639' => '\0',
        '\u062B' or '\u0635' => '\u0633',
        '\u0630' or '\u0636' or '\u0638' => '\u0632',
        '\u0637' => '\u062A',
        '\u062D' => '\u0647',
        '\u063A' => '\u0642',
        _ => c,
    };

    private static bool NeedsDecomposition(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080' && !(c is (>= '\u0600' and <= '\u06FF') or '\u200C' or '\u200D'))
            {
                return true;
            }
        }

        return false;
    }
}
