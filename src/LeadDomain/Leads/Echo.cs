using System.Text;

namespace LeadDomain.Leads;

/// <summary>
/// Keeps messages bounded: input echoed in a message is cut to <see cref="MaxEchoed"/> characters, and a list of
/// problems shows the first <see cref="MaxListed"/> and counts the rest.
/// </summary>
internal static class Echo
{
    public const int MaxEchoed = 100;
    public const int MaxListed = 20;

    /// <summary>Returns <paramref name="text"/> cut to 100 characters (never splitting a surrogate pair), with "…" when cut.</summary>
    public static string Cut(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        if (text.Length <= MaxEchoed)
        {
            return text;
        }

        var end = MaxEchoed;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }

    /// <summary>Joins the first 20 problems with "; " and adds how many more there are.</summary>
    public static string List(IReadOnlyList<string> problems)
    {
        if (problems.Count <= MaxListed)
        {
            return string.Join("; ", problems);
        }

        var text = new StringBuilder();
        for (var i = 0; i < MaxListed; i++)
        {
            text.Append(problems[i]).Append("; ");
        }

        return text.Append("and ").Append(problems.Count - MaxListed).Append(" more").ToString();
    }

    /// <summary>Returns the first 20 problems, for an exception's list: bounded like its message.</summary>
    public static IReadOnlyList<string> Bounded(IReadOnlyList<string> problems) =>
        problems.Count <= MaxListed ? problems : [.. problems.Take(MaxListed), $"and {problems.Count - MaxListed} more"];

    /// <summary>Tells whether <paramref name="text"/> is well-formed UTF-16: no lone surrogate, so UTF-8 can hold it unchanged.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text) => !text.ContainsAnyInRange('\uD800', '\uDFFF') || Utf16Valid(text);

    private static bool Utf16Valid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
