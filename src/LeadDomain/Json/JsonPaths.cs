using System.Globalization;
using System.Text.Json;

namespace LeadDomain.Json;

/// <summary>
/// What the library's JSON readers (scoring models, prediction models) share: naming a place in a document as a JSON
/// path, describing what stands there, and reading an object's members once so that repeated and damaged names are
/// reported rather than thrown.
/// </summary>
internal static class JsonPaths
{
    /// <summary>The path of member <paramref name="name"/> of the object at <paramref name="path"/>: <c>$.a.b</c>, or <c>$.a['b c']</c> for a name that is not an identifier.</summary>
    public static string Member(string path, string name)
    {
        var simple = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return simple ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    /// <summary>The path of item <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>What a value of <paramref name="kind"/> is, with its article, for messages.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// The members of the object <paramref name="element"/> at <paramref name="path"/> by name, the first of a repeated
    /// name kept; a repeated name, and a name escaped as half of a surrogate pair (not text: a damaged file), are reported.
    /// </summary>
    public static Dictionary<string, JsonElement> Members(JsonElement element, string path, Action<string> report)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var index = 0;
        foreach (var member in element.EnumerateObject())
        {
            string? name;
            try
            {
                name = member.Name;
            }
            catch (InvalidOperationException)
            {
                name = null;
            }

            if (name is null)
            {
                report(string.Create(CultureInfo.InvariantCulture, $"{path}: the name of member {index} is not valid text (a lone surrogate escape)"));
            }
            else if (!members.TryAdd(name, member.Value))
            {
                report($"{Member(path, name)} appears more than once");
            }

            index++;
        }

        return members;
    }
}
