using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace LeadDomain.Tests.Fuzzing;

/// <summary>The kinds of structure-aware mutation applied to a valid JSON document.</summary>
internal enum JsonMutationKind
{
    Delete,
    Duplicate,
    Reorder,
    Rename,
    TypeSwap,
    Number,
    LongString,
    ControlCharacters,
    LoneSurrogate,
    Persian,
    DeepNesting,
    Null,
    Truncate,
    Junk,
}

/// <summary>One mutation: its kind, the node it hits (an index into the document's nodes, modulo their count) and a choice among the kind's variants.</summary>
internal sealed record JsonMutation(JsonMutationKind Kind, int Target, int Choice);

/// <summary>A fuzz case over JSON: which seed document, and the mutations applied to it in order.</summary>
internal sealed record JsonCase(int Seed, JsonMutation[] Mutations)
{
    public override string ToString() => $"seed {Seed}: {string.Join(", ", Mutations.Select(m => $"{m.Kind}@{m.Target}/{m.Choice}"))}";
}

/// <summary>
/// Structure-aware mutations of valid JSON documents (snapshots, model files): members deleted, duplicated, reordered
/// and renamed; values swapped for other types, huge and negative numbers, NaN and infinities, long strings, control
/// characters, lone surrogates, Persian text, deep nesting and null; and the text truncated or given stray characters.
/// The document is written by hand, so that it can hold what a JSON writer refuses to write (duplicate members, lone
/// surrogates as \uXXXX escapes, bare NaN).
/// </summary>
internal static class JsonMutator
{
    private const string Raw = "\u0000raw:";

    private static readonly string[] Numbers =
    [
        "0", "-1", "-0", "-0.0", "1e308", "-1e308", "1e309", "1e-400", "4.9e-324", "2147483647", "2147483648", "-2147483649",
        "9223372036854775806", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "79228162514264337593543950335", "79228162514264337593543950336", "123456789012345678901234567890.5", "0.1",
        "1E+2", "100", "36525", "36526", "1000000", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "NaN", "Infinity", "-Infinity",
        "01", "+1", ".5", "1.", "0x10",
    ];

    private static readonly string[] Swaps = ["\"x\"", "0", "-1", "true", "false", "null", "[]", "{}", "[1,\"a\",null]", "{\"a\":1}", "\"\"", "\" \""];

    private static readonly int[] Lengths = [2, 51, 101, 301, 2_001, 4_001, 20_000, 200_000];

    private static readonly string[] Controls = ["\u0000", "\u0001", "\n", "\r\n", "\t", "\u001f", "\u007f", "\u0085", "\u200c", "\u200f", "\ufeff", "\u2028"];

    private static readonly string[] Surrogates = ["\ud800", "\udbff", "\udc00", "\udfff", "\ude00\ud83d"];

    private static readonly int[] Depths = [2, 10, 63, 64, 65, 200, 5_000];

    /// <summary>Cases over <paramref name="seedCount"/> seeds, with one to four mutations each.</summary>
    public static Gen<JsonCase> Cases(int seedCount) =>
        from seed in Gen.Choose(0, seedCount - 1)
        from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Choose(3, 4)))
        from mutations in Gen.ArrayOf(Mutation, count)
        select new JsonCase(seed, mutations);

    private static Gen<JsonMutation> Mutation =>
        from kind in Gen.Elements(Enum.GetValues<JsonMutationKind>())
        from target in Gen.Choose(0, 1_000_000)
        from choice in Gen.Choose(0, 1_000_000)
        select new JsonMutation(kind, target, choice);

    /// <summary>Applies the case's mutations to its seed and writes the result.</summary>
    public static string Apply(string seedJson, JsonCase c)
    {
        var root = JsonNode.Parse(seedJson)!;
        var document = new Document();
        var textMutations = new List<JsonMutation>();
        foreach (var mutation in c.Mutations)
        {
            if (mutation.Kind is JsonMutationKind.Truncate or JsonMutationKind.Junk)
            {
                textMutations.Add(mutation);
            }
            else
            {
                root = document.Mutate(root, mutation);
            }
        }

        var text = document.Write(root);
        foreach (var mutation in textMutations)
        {
            text = mutation.Kind == JsonMutationKind.Truncate
                ? text[..(mutation.Choice % Math.Max(text.Length, 1))]
                : text.Insert(mutation.Target % (text.Length + 1), (mutation.Choice % 7) switch
                {
                    0 => "\ud800", 1 => "{", 2 => "]", 3 => ",", 4 => "\"", 5 => "\u0000", _ => "\\u12",
                });
        }

        return text;
    }

    /// <summary>A long string of <paramref name="length"/> characters of one of several scripts.</summary>
    public static string LongText(int length, int choice) => (choice % 3) switch
    {
        0 => new string('x', length),
        1 => new string('ی', length),
        _ => string.Concat(Enumerable.Repeat("😀", (length / 2) + 1))[..length],
    };

    /// <summary>Nested arrays (or objects) <paramref name="depth"/> deep.</summary>
    public static string Nested(int depth, bool objects)
    {
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            text.Append(objects ? "{\"a\":" : "[");
        }

        text.Append('1');
        for (var i = 0; i < depth; i++)
        {
            text.Append(objects ? '}' : ']');
        }

        return text.ToString();
    }

    private static JsonValue RawNode(string json) => JsonValue.Create(Raw + json);

    /// <summary>Writes a string as a JSON string literal, with lone surrogates as \uXXXX escapes.</summary>
    private static void WriteString(StringBuilder output, string text)
    {
        output.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case < ' ': output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        output.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }

    /// <summary>The document being mutated, with what a JSON node cannot hold itself: duplicate members and member order.</summary>
    private sealed class Document
    {
        private readonly Dictionary<JsonObject, List<(string Name, string Json)>> _duplicates = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<JsonObject, int> _orders = new(ReferenceEqualityComparer.Instance);

        public JsonNode Mutate(JsonNode root, JsonMutation mutation)
        {
            var slots = new List<Slot>();
            Collect(root, null, null, -1, slots);
            var slot = slots[mutation.Target % slots.Count];
            var choice = mutation.Choice;
            switch (mutation.Kind)
            {
                case JsonMutationKind.Delete:
                    if (slot.Parent is JsonObject o)
                    {
                        o.Remove(slot.Name!);
                    }
                    else if (slot.Parent is JsonArray a)
                    {
                        a.RemoveAt(slot.Index);
                    }

                    return root;
                case JsonMutationKind.Duplicate:
                    if (slot.Parent is JsonObject owner)
                    {
                        var twin = choice % 2 == 0 ? Write(slot.Node) : Swaps[choice % Swaps.Length];
                        Duplicates(owner).Add((slot.Name!, twin));
                    }
                    else if (slot.Parent is JsonArray list)
                    {
                        list.Insert(slot.Index, slot.Node?.DeepClone());
                    }

                    return root;
                case JsonMutationKind.Reorder:
                    if (slot.Node is JsonObject reordered)
                    {
                        _orders[reordered] = choice;
                    }
                    else if (slot.Parent is JsonObject parent)
                    {
                        _orders[parent] = choice;
                    }

                    return root;
                case JsonMutationKind.Rename:
                    if (slot.Parent is JsonObject renamed)
                    {
                        var value = slot.Node;
                        renamed.Remove(slot.Name!);
                        var name = (choice % 4) switch
                        {
                            0 => slot.Name!.ToUpperInvariant(),
                            1 => slot.Name + "x",
                            2 => "",
                            _ => slot.Name!.Length > 1 ? slot.Name[..^1] : "\ud800",
                        };
                        if (!renamed.ContainsKey(name))
                        {
                            renamed[name] = value;
                        }
                    }

                    return root;
                default:
                    return Replace(root, slot, Value(mutation.Kind, slot.Node, choice));
            }
        }

        public string Write(JsonNode? node)
        {
            var output = new StringBuilder();
            Write(output, node);
            return output.ToString();
        }

        private static JsonValue? Value(JsonMutationKind kind, JsonNode? current, int choice) => kind switch
        {
            JsonMutationKind.TypeSwap => RawNode(Swaps[choice % Swaps.Length]),
            JsonMutationKind.Number => RawNode(Numbers[choice % Numbers.Length]),
            JsonMutationKind.LongString => JsonValue.Create(LongText(Lengths[choice % Lengths.Length], choice / Lengths.Length)),
            JsonMutationKind.ControlCharacters => JsonValue.Create(Insert(current, Controls[choice % Controls.Length], choice)),
            JsonMutationKind.LoneSurrogate => JsonValue.Create(Insert(current, Surrogates[choice % Surrogates.Length], choice)),
            JsonMutationKind.Persian => JsonValue.Create((choice % 3) switch { 0 => "علی رضایی", 1 => "۱۲۳٤٥", _ => "كيميا گستر" }),
            JsonMutationKind.DeepNesting => RawNode(Nested(Depths[choice % Depths.Length], choice % 2 == 0)),
            _ => null,
        };

        /// <summary>The text of the current value (a string's own text, any other value's JSON) with <paramref name="insert"/> put at a chosen place.</summary>
        private static string Insert(JsonNode? current, string insert, int choice)
        {
            var text = current is JsonValue v && v.TryGetValue<string>(out var s) && !s.StartsWith(Raw, StringComparison.Ordinal)
                ? s
                : current?.ToJsonString() ?? "";
            var at = choice % (text.Length + 1);
            if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
            {
                at--;
            }

            return text.Insert(at, insert);
        }

        private static JsonNode Replace(JsonNode root, Slot slot, JsonNode? value)
        {
            switch (slot.Parent)
            {
                case JsonObject o:
                    o[slot.Name!] = value;
                    return root;
                case JsonArray a:
                    a[slot.Index] = value;
                    return root;
                default:
                    return value ?? RawNode("null")!;
            }
        }

        private static void Collect(JsonNode? node, JsonNode? parent, string? name, int index, List<Slot> slots)
        {
            slots.Add(new Slot(node, parent, name, index));
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o.ToArray())
                    {
                        Collect(child, o, key, -1, slots);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Collect(a[i], a, null, i, slots);
                    }

                    break;
            }
        }

        private List<(string Name, string Json)> Duplicates(JsonObject o)
        {
            if (!_duplicates.TryGetValue(o, out var list))
            {
                _duplicates[o] = list = [];
            }

            return list;
        }

        private void Write(StringBuilder output, JsonNode? node)
        {
            switch (node)
            {
                case null:
                    output.Append("null");
                    break;
                case JsonObject o:
                    var members = o.Select(m => (m.Key, Json: (string?)null, Node: m.Value)).ToList();
                    if (_duplicates.TryGetValue(o, out var twins))
                    {
                        members.AddRange(twins.Select(t => (t.Name, (string?)t.Json, (JsonNode?)null)));
                    }

                    if (_orders.TryGetValue(o, out var order))
                    {
                        var random = new Random(order);
                        members = [.. members.OrderBy(_ => random.Next())];
                    }

                    output.Append('{');
                    for (var i = 0; i < members.Count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append(',');
                        }

                        WriteString(output, members[i].Key);
                        output.Append(':');
                        if (members[i].Json is { } json)
                        {
                            output.Append(json);
                        }
                        else
                        {
                            Write(output, members[i].Node);
                        }
                    }

                    output.Append('}');
                    break;
                case JsonArray a:
                    output.Append('[');
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (i > 0)
                        {
                            output.Append(',');
                        }

                        Write(output, a[i]);
                    }

                    output.Append(']');
                    break;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    if (s.StartsWith(Raw, StringComparison.Ordinal))
                    {
                        output.Append(s.AsSpan(Raw.Length));
                    }
                    else
                    {
                        WriteString(output, s);
                    }

                    break;
                default:
                    output.Append(node.ToJsonString());
                    break;
            }
        }

        private sealed record Slot(JsonNode? Node, JsonNode? Parent, string? Name, int Index);
    }
}
