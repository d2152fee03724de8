namespace LeadDomain.Matching;

/// <summary>
/// Words people shorten in company names and street lines, each mapped to one form (folded, as
/// <see cref="MatchText.AddWords"/> gives words), so that "Contoso International Technologies" and "Contoso Intl Tech"
/// compare equal word by word, and "12 Main Street" and "12 Main St" too.
/// </summary>
internal static class Abbreviations
{
    // Each short form and variant is written as the full word, so that a typo in the full word ("Brotehrs") still
    // agrees with the short form ("Bros"), as it agrees with the full word.
    private static readonly Dictionary<string, string> Company = Build(
        ("INTL", "INTERNATIONAL"), ("INTERNATL", "INTERNATIONAL"), ("TECH", "TECHNOLOGY"), ("TECHNOLOGIES", "TECHNOLOGY"),
        ("MFG", "MANUFACTURING"), ("SVCS", "SERVICES"), ("SERVICE", "SERVICES"), ("BROS", "BROTHERS"), ("SYS", "SYSTEMS"),
        ("SOLNS", "SOLUTIONS"), ("GRP", "GROUP"), ("ASSOC", "ASSOCIATES"), ("IND", "INDUSTRIES"), ("DEPT", "DEPARTMENT"),
        ("ENG", "ENGINEERING"), ("LABS", "LABORATORIES"), ("LABORATORY", "LABORATORIES"), ("AND", "&"), ("THE", string.Empty),
        ("و", "&"));

    private static readonly Dictionary<string, string> Street = Build(
        ("STREET", "ST"), ("AVENUE", "AVE"), ("AV", "AVE"), ("ROAD", "RD"), ("BOULEVARD", "BLVD"), ("DRIVE", "DR"),
        ("LANE", "LN"), ("SQUARE", "SQ"), ("SUITE", "STE"), ("FLOOR", "FL"), ("NORTH", "N"), ("SOUTH", "S"),
        ("EAST", "E"), ("WEST", "W"), ("RUA", "R"), ("AVENIDA", "AVE"),
        ("خیابان", "خ"), ("کوچه", "ک"), ("بلوار", "بل"), ("میدان", "م"), ("پلاک", "پ"), ("طبقه", "ط"), ("واحد", "و"),
        ("شارع", "ش"));

    /// <summary>The company words with their usual abbreviations made one; "and", "&amp;" and "the" dropped.</summary>
    public static string[] CompanyWords(List<string> words)
    {
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            var mapped = Company.TryGetValue(word, out var short_) ? short_ : word;
            if (mapped.Length > 0 && mapped != "&")
            {
                result.Add(mapped);
            }
        }

        return result.Count > 0 ? [.. result] : [.. words];
    }

    /// <summary>
    /// The folded words of the street lines (<see cref="MatchText.Words"/>), with their usual abbreviations made one,
    /// joined by spaces; null when there are none. One string is allocated, whatever the number of words.
    /// </summary>
    public static string? StreetLine(string? line1, string? line2, string? line3)
    {
        var length = (line1?.Length ?? 0) + (line2?.Length ?? 0) + (line3?.Length ?? 0);
        if (length == 0)
        {
            return null;
        }

        // Each line folded into one buffer (a normalised line may be longer than the original: sized after it).
        var (a, b, c) = (line1 is null ? null : MatchText.Source(line1), line2 is null ? null : MatchText.Source(line2), line3 is null ? null : MatchText.Source(line3));
        length = (a?.Length ?? 0) + (b?.Length ?? 0) + (c?.Length ?? 0) + 2;
        Span<char> folded = length <= 256 ? stackalloc char[length] : new char[length];
        var n = 0;
        foreach (var line in (ReadOnlySpan<string?>)[a, b, c])
        {
            if (line is null)
            {
                continue;
            }

            var written = MatchText.FoldWords(line, folded[(n > 0 ? n + 1 : 0)..], ' ');
            if (written > 0)
            {
                if (n > 0)
                {
                    folded[n++] = ' ';
                }

                n += written;
            }
        }

        if (n == 0)
        {
            return null;
        }

        // An abbreviation is at most one character longer than its word (AV → AVE), so twice the length fits.
        var lookup = Street.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> result = n <= 128 ? stackalloc char[2 * n] : new char[2 * n];
        var m = 0;
        var text = folded[..n];
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            var mapped = lookup.TryGetValue(word, out var short_) ? short_.AsSpan() : word;
            if (m > 0)
            {
                result[m++] = ' ';
            }

            mapped.CopyTo(result[m..]);
            m += mapped.Length;
        }

        return new string(result[..m]);
    }

    private static Dictionary<string, string> Build(params (string Variant, string Canonical)[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (variant, canonical) in pairs)
        {
            map[MatchText.Words(variant) ?? variant] = canonical.Length == 0 || canonical == "&" ? canonical : MatchText.Words(canonical)!;
        }

        return map;
    }
}
