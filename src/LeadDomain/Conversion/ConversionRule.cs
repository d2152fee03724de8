using System.Globalization;
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
            : [$"{Name}: a {Sources[0].ValueType.Name} cannot be written to a {Target.ValueType.Name} field; use Convert"];
    }

    protected override string Describe() => $"{Sources[0]} -> {Target}";
}

/// <summary>Composes text from several lead fields with a composite format such as "{0} {1}".</summary>
internal sealed class ComposeRule(int number, string format, IReadOnlyList<LeadField> from, TargetField to)
    : ConversionRule(number, from, to)
{
    public override object? Produce(LeadDetails details)
    {
        var values = new object?[Sources.Count];
        var any = false;
        for (var i = 0; i < values.Length; i++)
        {
            var value = Sources[i].Read(details);
            values[i] = Text(value);
            any |= value is not null;
        }

        if (!any)
        {
            return null;
        }

        // Missing parts leave doubled or trailing spaces ("{0} {1}" without a first name): fold them away.
        var composed = string.Join(' ', string.Format(CultureInfo.InvariantCulture, format, values)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return composed.Length == 0 ? null : composed;
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

        string? formatProblem = null;
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, format, new object?[Sources.Count]);
        }
        catch (FormatException)
        {
            formatProblem = $"{Name}: the format \"{format}\" is not a composite format with placeholders {{0}} to {{{Sources.Count - 1}}}";
        }

        if (formatProblem is not null)
        {
            yield return formatProblem;
            yield break;
        }

        for (var i = 0; i < Sources.Count; i++)
        {
            if (!format.Contains($"{{{i}", StringComparison.Ordinal))
            {
                yield return $"{Name}: the format \"{format}\" never uses {{{i}}} ({Sources[i]}), so its value would be lost";
            }
        }
    }

    protected override string Describe() => $"compose \"{format}\" -> {Target}";

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
