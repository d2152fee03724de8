using System.Runtime.InteropServices;

namespace LeadDomain.Matching;

/// <summary>
/// What one search has already folded: each name, city and company name as given, with its folded form, and each
/// folded form once. Records of one search repeat these texts (common first names, one company's colleagues, a
/// city), so a text seen before is looked up rather than folded again, and every profile of the search that holds a
/// value holds the same instance of it: fewer strings to allocate and for the collector to keep, and equal values that
/// compare by reference. Lives as long as the search (or the matcher) that made it; memory linear in the distinct texts.
/// </summary>
internal sealed class TextMemo
{
    private readonly Dictionary<string, string?> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Name, string[] Words)> _companies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folded = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _foldedBySpan;

    public TextMemo() => _foldedBySpan = _folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="MatchText.Words(string?, TextMemo?)"/> of <paramref name="text"/>, from the memo when it was folded before.</summary>
    public string? Words(string? text)
    {
        if (text is null)
        {
            return null;
        }

        ref var words = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, text, out var seen);
        if (!seen)
        {
            words = MatchText.Words(text, this);
        }

        return words;
    }

    /// <summary>A company name's words and their join (see <see cref="MatchProfile"/>), from the memo when the name was read before.</summary>
    public (string? Name, string[] Words) Company(string name, Func<string, TextMemo, (string? Name, string[] Words)> read)
    {
        ref var company = ref CollectionsMarshal.GetValueRefOrAddDefault(_companies, name, out var seen);
        if (!seen)
        {
            company = read(name, this);
        }

        return company;
    }

    /// <summary>The one instance of <paramref name="text"/> in this memo (made the first time it is asked for).</summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        if (_foldedBySpan.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = new string(text);
        _folded.Add(made);
        return made;
    }
}
