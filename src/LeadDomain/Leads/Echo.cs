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

    /// <summary>The most characters one problem keeps in a message or an exception's list (a path or a name echoed in
    /// it can be as long as the input).</summary>
    public const int MaxProblem = 300;

    /// <summary>Returns <paramref name="text"/> cut to 100 characters (never splitting a surrogate pair), with "…" when cut.</summary>
    public static string Cut(string? text) => Cut(text, MaxEchoed);

    private static string Cut(string? text, int max)
    {
        if (text is null)
        {
            return "null";
        }

        if (text.Length <= max)
        {
            return text;
        }

        var end = max;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }

    /// <summary>Joins the first 20 problems (each cut to 300 characters) with "; " and adds how many more there are.</summary>
    public static string List(IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Math.Min(problems.Count, MaxListed); i++)
        {
            text.Append(i == 0 ? string.Empty : "; ").Append(Cut(problems[i], MaxProblem));
        }

        return problems.Count <= MaxListed ? text.ToString() : text.Append("; and ").Append(problems.Count - MaxListed).Append(" more").ToString();
    }

    /// <summary>Returns the first 20 problems, each cut to 300 characters, for an exception's list: bounded like its message.</summary>
    public static IReadOnlyList<string> Bounded(IReadOnlyList<string> problems) =>
        problems.Count <= MaxListed && problems.All(p => p.Length <= MaxProblem)
            ? problems
            : [.. problems.Take(MaxListed).Select(p => Cut(p, MaxProblem)), .. problems.Count > MaxListed ? [$"and {problems.Count - MaxListed} more"] : Array.Empty<string>()];

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
