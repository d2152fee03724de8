namespace LeadDomain.Matching;

/// <summary>
/// Words people shorten in company names and street lines, each mapped to one form (folded, as
/// <see cref="MatchText.AddWords"/> gives words), so that "Contoso International Technologies" and "Contoso Intl Tech"
/// compare equal word by word, and "12 Main Street" and "12 Main St" too.
/// </summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, string> Company = Build(
        ("INTERNATIONAL", "INTL"), ("INTERNATL", "INTL"), ("TECHNOLOGIES", "TECH"), ("TECHNOLOGY", "TECH"),
        ("MANUFACTURING", "MFG"), ("SERVICES", "SVCS"), ("SERVICE", "SVCS"), ("BROTHERS", "BROS"), ("SYSTEMS", "SYS"),
        ("SOLUTIONS", "SOLNS"), ("GROUP", "GRP"), ("ASSOCIATES", "ASSOC"), ("INDUSTRIES", "IND"), ("DEPARTMENT", "DEPT"),
        ("ENGINEERING", "ENG"), ("LABORATORIES", "LABS"), ("LABORATORY", "LABS"), ("AND", "&"), ("THE", string.Empty),
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

    /// <summary>The street line's words with their usual abbreviations made one, joined by spaces.</summary>
    public static string StreetLine(string folded)
    {
        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (Street.TryGetValue(words[i], out var short_))
            {
                words[i] = short_;
            }
        }

        return string.Join(' ', words);
    }

    private static Dictionary<string, string> Build(params (string Long, string Short)[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (@long, @short) in pairs)
        {
            map[MatchText.Words(@long) ?? @long] = @short.Length == 0 || @short == "&" ? @short : MatchText.Words(@short)!;
        }

        return map;
    }
}
