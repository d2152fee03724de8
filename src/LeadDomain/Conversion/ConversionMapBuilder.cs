using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// Builds a <see cref="ConversionMap"/>. Every problem is found by <see cref="Build"/>, never during a conversion.
/// Start empty (<see cref="ConversionMap.CreateBuilder"/>) or from the default map (<see cref="ConversionMap.ToBuilder"/>
/// on <see cref="ConversionMap.Default"/>).
/// </summary>
public sealed class ConversionMapBuilder
{
    private readonly List<Func<int, ConversionRule>> _rules = [];
    private readonly List<TargetField> _targets = [];

    internal ConversionMapBuilder(IEnumerable<ConversionRule> rules)
    {
        foreach (var rule in rules)
        {
            Add(rule.Target, _ => rule);
        }
    }

    /// <summary>Copies a lead field to a target field that holds the same type of value.</summary>
    /// <param name="from">The lead field.</param>
    /// <param name="to">The target field.</param>
    /// <returns>This builder.</returns>
    public ConversionMapBuilder Map(LeadField from, TargetField to) => Add(to, n => new MapRule(n, from, to));

    /// <summary>
    /// Writes text composed from several lead fields with a composite format, for example
    /// <c>Compose(AccountFields.Description, "{0} / {1}", LeadField.Industry, LeadField.Custom("Region", CustomFieldKind.Text))</c>.
    /// Missing values are left out; nothing is written when every source is empty.
    /// </summary>
    /// <param name="to">A text target field.</param>
    /// <param name="format">A composite format that uses every placeholder {0} to {n-1}.</param>
    /// <param name="from">The lead fields, in placeholder order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> or <paramref name="from"/> is null.</exception>
    public ConversionMapBuilder Compose(TargetField to, string format, params LeadField[] from)
    {
        Guard.Against.Null(format);
        Guard.Against.Null(from);
        LeadField[] sources = [.. from];
        return Add(to, n => new ComposeRule(n, format, sources, to));
    }

    /// <summary>
    /// Writes what <paramref name="convert"/> makes of a lead field (for example a custom number to a whole number of
    /// employees); nothing is written when the lead field is empty or the function returns <see langword="null"/>.
    /// </summary>
    /// <typeparam name="TIn">The lead field's type (see <see cref="LeadField.ValueType"/>).</typeparam>
    /// <typeparam name="TOut">The target field's type (or its nullable form).</typeparam>
    /// <param name="from">The lead field.</param>
    /// <param name="to">The target field.</param>
    /// <param name="convert">The conversion; it must be pure, as the map is shared.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convert"/> is null.</exception>
    public ConversionMapBuilder Transform<TIn, TOut>(LeadField from, TargetField to, Func<TIn, TOut> convert)
    {
        Guard.Against.Null(convert);
        return Add(to, n => new ConvertRule<TIn, TOut>(n, from, to, convert));
    }

    /// <summary>Writes the first item of a list field (the default map's account e-mail); the field stays in the
    /// unmapped report when the list has more items and no other rule carries it.</summary>
    internal ConversionMapBuilder First(LeadField from, TargetField to) => Add(to, n => new FirstItemRule(n, from, to));

    /// <summary>Removes every rule that writes <paramref name="to"/> (to change what the default map does with it).</summary>
    /// <param name="to">The target field.</param>
    /// <returns>This builder.</returns>
    public ConversionMapBuilder Remove(TargetField to)
    {
        for (var i = _targets.Count - 1; i >= 0; i--)
        {
            if (_targets[i] == to)
            {
                _targets.RemoveAt(i);
                _rules.RemoveAt(i);
            }
        }

        return this;
    }

    /// <summary>Checks the rules and builds the map.</summary>
    /// <returns>An immutable, thread-safe map.</returns>
    /// <exception cref="InvalidConversionMapException">A rule reads or writes an unknown field, writes a value of another
    /// type, has a bad composite format, or two rules write one field; the exception lists every problem.</exception>
    public ConversionMap Build()
    {
        var rules = _rules.Select((make, i) => make(i + 1)).ToArray();
        var problems = rules.SelectMany(r => r.Problems()).ToList();
        foreach (var group in rules.Where(r => r.Target.IsKnown).GroupBy(r => (r.Target.Target, r.Target.Name, r.Target.IsCustom)).Where(g => g.Count() > 1))
        {
            problems.Add($"{group.First().Target} is written by rules {string.Join(" and ", group.Select(r => r.Number))}; keep one (Remove the others)");
        }

        return problems.Count > 0 ? throw new InvalidConversionMapException(problems) : new ConversionMap(rules);
    }

    private ConversionMapBuilder Add(TargetField to, Func<int, ConversionRule> make)
    {
        _targets.Add(to);
        _rules.Add(make);
        return this;
    }
}
