namespace LeadDomain.Leads;

/// <summary>
/// The character folding every text comparison in the library shares: case (invariant upper case), Arabic yeh/alef
/// maksura/kaf to their Persian forms, Arabic-Indic and Persian digits to 0-9, and tatweel, harakat, superscript alef,
/// ZWNJ and ZWJ ignored. Lives in the core so that a lead can keep its text folded from the moment it is stored.
/// </summary>
internal static class TextFolding
{
    /// <summary>Whether <paramref name="c"/> is dropped by folding (it never changes what a word says).</summary>
    public static bool IsIgnorable(char c) =>
        c is '\u0640' or '\u200C' or '\u200D' or '\u0670' or (>= '\u064B' and <= '\u065F');

    /// <summary>The folded form of one character that is not ignorable.</summary>
    /// <remarks>
    /// The scripts our users write in are answered from the table of Unicode's simple upper-case mapping directly:
    /// outside ASCII, <see cref="char.ToUpperInvariant(char)"/> asks ICU, one call per character, which made folding a
    /// Persian name cost about 25 ns a letter. Arabic-script letters have no case; Latin-1 letters upper-case by
    /// subtracting 0x20. A test holds every one of the 65,536 characters to <see cref="char.ToUpperInvariant(char)"/>.
    /// </remarks>
    public static char Fold(char c) => c switch
    {
        < '\u0080' => c is >= 'a' and <= 'z' ? (char)(c - 32) : c,
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') or (>= '\u2000' and <= '\u206F') => c,
        (>= '\u00E0' and <= '\u00FE') and not '\u00F7' => (char)(c - 0x20),
        (>= '\u0080' and <= '\u00DF') and not '\u00B5' => c,
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>Folds <paramref name="text"/>: ignorable characters dropped, the others folded.</summary>
    public static string Fold(string text) =>
        string.Create(FoldedLength(text), text, static (destination, source) => Fold(source, destination));

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long); returns the folded length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!IsIgnorable(c))
            {
                destination[n++] = Fold(c);
            }
        }

        return n;
    }

    private static int FoldedLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!IsIgnorable(c))
            {
                n++;
            }
        }

        return n;
    }
}
