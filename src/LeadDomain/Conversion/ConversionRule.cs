using System.Globalization;
using System.Text;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Text;

namespace LeadDomain.Conversion;

/// <summary>One rule of a <see cref="ConversionMap"/>: reads lead fields, writes one target field.</summary>
internal abstract class ConversionRule(int number, IReadOnlyList<LeadField> sources, TargetField target)
{
    /// <summary>Gets the rule's 1-based position in the builder, used to name it in errors.</summary>
    public int Number { get; } = number;

    public IReadOnlyList<LeadField> Sources { get; } = sources;

    public TargetField Target { get; } = target;

    /// <summary>The value to write; <see langword="null"/> when the lead gives none.</summary>
    public abstract object? Produce(LeadDetails details);

    /// <summary>The problems of this rule alone (types, formats), each naming the rule.</summary>
    public abstract IEnumerable<string> Problems();

    /// <summary>Whether the value written holds the whole of the lead's values (a rule that keeps part of a list does
    /// not, and leaves the field in the unmapped report unless another rule carries it).</summary>
    public virtual bool CarriesAll(LeadDetails details) => true;

    protected string Name => $"rule {Number} ({Describe()})";

    protected abstract string Describe();

    protected IEnumerable<string> UnknownFields()
    {
        foreach (var source in Sources)
        {
            if (!source.IsKnown)
            {
                yield return $"{Name}: reads an unknown lead field (use the LeadField members or LeadField.Custom)";
            }
        }

        if (!Target.IsKnown)
        {
            yield return $"{Name}: writes an unknown target field (use AccountFields, ContactFields, OpportunityFields or TargetField.Custom)";
        }
    }
}

/// <summary>Copies a lead field to a target field of the same type.</summary>
internal sealed class MapRule(int number, LeadField from, TargetField to) : ConversionRule(number, [from], to)
{
    public override object? Produce(LeadDetails details) => Sources[0].Read(details);

    public override IEnumerable<string> Problems()
    {
        var unknown = UnknownFields().ToList();
        if (unknown.Count > 0)
        {
            return unknown;
        }

        return Sources[0].ValueType == Target.ValueType
            ? []
            : [$"{Name}: a {Sources[0].ValueType.Name} cannot be written to a {Target.ValueType.Name} field; use Transform"];
    }

    protected override string Describe() => $"{Sources[0]} -> {Target}";
}

/// <summary>Composes text from several lead fields with a composite format such as "{0} {1}".</summary>
/// <remarks>
/// Values are written exactly as the lead holds them. Where a value is missing, the format's own text around it is
/// joined, and only that text (never a value) has its runs of spaces folded to one and its spaces trimmed at either
/// end, so that "{0} {1}" without a first name gives "Lima", not " Lima".
/// </remarks>
internal sealed class ComposeRule(int number, string format, IReadOnlyList<LeadField> from, TargetField to)
    : ConversionRule(number, from, to)
{
    private Segment[]? _segments;

    /// <summary>Gets the format cut into literal text and placeholders; built once, on first use (a race builds it twice, alike).</summary>
    private Segment[] Segments => _segments ??= Parse(format) ?? throw new InvalidOperationException($"{Name}: the format was not checked.");

    public override object? Produce(LeadDetails details)
    {
        var composed = new StringBuilder();
        var literal = new StringBuilder();
        var any = false;
        foreach (var segment in Segments)
        {
            if (segment.Index < 0)
            {
                literal.Append(segment.Text);
                continue;
            }

            if (Text(Sources[segment.Index].Read(details)) is not { } value)
            {
                continue;
            }

            AppendLiteral(composed, literal, trimStart: !any, trimEnd: false);
            composed.Append(string.Format(CultureInfo.InvariantCulture, segment.Text, value));
            literal.Clear();
            any = true;
        }

        if (!any)
        {
            return null;
        }

        AppendLiteral(composed, literal, trimStart: false, trimEnd: true);
        return composed.Length == 0 ? null : composed.ToString();
    }

    public override IEnumerable<string> Problems()
    {
        foreach (var problem in UnknownFields())
        {
            yield return problem;
        }

        if (Target.IsKnown && Target.ValueType != typeof(string))
        {
            yield return $"{Name}: composes text, but {Target} holds a {Target.ValueType.Name}";
        }

        if (Sources.Count == 0)
        {
            yield return $"{Name}: composes from no lead field";
            yield break;
        }

        var segments = Valid(format, Sources.Count) ? Parse(format) : null;
        if (segments is null || !Agrees(format, segments, Sources.Count))
        {
            yield return $"{Name}: the format \"{format}\" is not a composite format with placeholders {{0}} to {{{Sources.Count - 1}}} (braces meant as text are written {{{{ and }}}}, and a placeholder's own format may hold none)";
            yield break;
        }

        for (var i = 0; i < Sources.Count; i++)
        {
            if (!segments.Any(s => s.Index == i))
            {
                yield return $"{Name}: the format \"{format}\" never uses {{{i}}} ({Sources[i]}), so its value would be lost";
            }
        }
    }

    protected override string Describe() => $"compose \"{format}\" -> {Target}";

    /// <summary>Whether .NET accepts the format for <paramref name="count"/> values.</summary>
    private static bool Valid(string format, int count)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, format, new object?[count]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether the segments write what .NET writes for the format, given a distinct marker for each value.</summary>
    private static bool Agrees(string format, Segment[] segments, int count)
    {
        var values = new object?[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = string.Create(CultureInfo.InvariantCulture, $"\u0001{i}\u0002");
        }

        var written = new StringBuilder();
        foreach (var segment in segments)
        {
            written.Append(segment.Index < 0 ? segment.Text : string.Format(CultureInfo.InvariantCulture, segment.Text, values[segment.Index]));
        }

        return written.ToString() == string.Format(CultureInfo.InvariantCulture, format, values);
    }

    /// <summary>
    /// Cuts a composite format into literal text ("{{" and "}}" undone) and placeholders (each the text of a
    /// one-value format such as "{0,-10}" and the index it reads); null for a format this reading and .NET's would
    /// not agree on, such as a placeholder whose own format holds a brace.
    /// </summary>
    private static Segment[]? Parse(string format)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c is '{' or '}' && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i + 1);
            var digits = i + 1;
            while (digits < format.Length && char.IsAsciiDigit(format[digits]))
            {
                digits++;
            }

            var inner = close < 0 ? -1 : format.IndexOf('{', i + 1, close - i - 1);
            if (close < 0 || inner >= 0 || digits == i + 1 || digits - i - 1 > 6)
            {
                return null;
            }

            if (literal.Length > 0)
            {
                segments.Add(new Segment(-1, literal.ToString()));
                literal.Clear();
            }

            var index = int.Parse(format.AsSpan(i + 1, digits - i - 1), CultureInfo.InvariantCulture);
            segments.Add(new Segment(index, string.Concat("{0", format.AsSpan(digits, close - digits), "}")));
            i = close;
        }

        if (literal.Length > 0)
        {
            segments.Add(new Segment(-1, literal.ToString()));
        }

        return [.. segments];
    }

    /// <summary>Appends the format's own text, its runs of spaces folded to one and trimmed where asked.</summary>
    private static void AppendLiteral(StringBuilder composed, StringBuilder literal, bool trimStart, bool trimEnd)
    {
        var space = false;
        var start = composed.Length;
        foreach (var chunk in literal.GetChunks())
        {
            AppendFolded(composed, chunk.Span, start, trimStart, ref space);
        }

        if (trimEnd)
        {
            while (composed.Length > start && composed[^1] == ' ')
            {
                composed.Length--;
            }
        }
    }

    private static void AppendFolded(StringBuilder composed, ReadOnlySpan<char> text, int start, bool trimStart, ref bool space)
    {
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (!space && !(trimStart && composed.Length == start))
                {
                    composed.Append(' ');
                }

                space = true;
                continue;
            }

            composed.Append(c);
            space = false;
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IReadOnlyList<string> list => string.Join(", ", list),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        bool b => b ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Literal text (<see cref="Index"/> -1) or a placeholder reading value <see cref="Index"/>.</summary>
    private readonly record struct Segment(int Index, string Text);
}

/// <summary>Writes the first item of a lead's list (the default map's account e-mail); carries the field only when the list has one item.</summary>
internal sealed class FirstItemRule(int number, LeadField from, TargetField to) : ConversionRule(number, [from], to)
{
    public override object? Produce(LeadDetails details) =>
        Sources[0].Read(details) is IReadOnlyList<string> { Count: > 0 } items ? items[0] : null;

    public override bool CarriesAll(LeadDetails details) =>
        Sources[0].Read(details) is not IReadOnlyList<string> { Count: > 1 };

    public override IEnumerable<string> Problems() => UnknownFields();

    protected override string Describe() => $"first of {Sources[0]} -> {Target}";
}

/// <summary>Converts one lead field with a caller's function (for example a number to a whole number, or a list to its first item).</summary>
internal sealed class ConvertRule<TIn, TOut>(int number, LeadField from, TargetField to, Func<TIn, TOut> convert)
    : ConversionRule(number, [from], to)
{
    public override object? Produce(LeadDetails details) =>
        Sources[0].Read(details) is TIn value ? convert(value) : null;

    public override IEnumerable<string> Problems()
    {
        var unknown = UnknownFields().ToList();
        if (unknown.Count > 0)
        {
            return unknown;
        }

        var problems = new List<string>();
        var input = Nullable.GetUnderlyingType(typeof(TIn)) ?? typeof(TIn);
        if (!input.IsAssignableFrom(Sources[0].ValueType))
        {
            problems.Add($"{Name}: the function takes a {typeof(TIn).Name}, but {Sources[0]} holds a {Sources[0].ValueType.Name}");
        }

        var output = Nullable.GetUnderlyingType(typeof(TOut)) ?? typeof(TOut);
        if (!Target.ValueType.IsAssignableFrom(output))
        {
            problems.Add($"{Name}: the function returns a {typeof(TOut).Name}, but {Target} holds a {Target.ValueType.Name}");
        }

        return problems;
    }

    protected override string Describe() => $"convert {Sources[0]} -> {Target}";
}
