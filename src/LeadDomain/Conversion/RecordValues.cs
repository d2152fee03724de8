using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The values the rules wrote into one record, before the record is made.</summary>
internal sealed class RecordValues
{
    private readonly Dictionary<string, object> _standard = new(StringComparer.Ordinal);
    private ImmutableSortedDictionary<string, CustomFieldValue>.Builder? _custom;

    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields =>
        _custom?.ToImmutable() ?? ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal);

    public void Set(TargetField field, object value)
    {
        if (field.CustomKind is { } kind)
        {
            _custom ??= ImmutableSortedDictionary.CreateBuilder<string, CustomFieldValue>(StringComparer.Ordinal);
            _custom[field.Name] = Wrap(kind, value);
        }
        else
        {
            _standard[field.Name] = value;
        }
    }

    public void Remove(TargetField field) => _standard.Remove(field.Name);

    /// <summary>The values of an existing account, blanks left out.</summary>
    public static RecordValues Of(AccountRecord record) => Of(record, AccountRecord.Readers, record.CustomFields);

    /// <summary>The values of an existing contact, blanks left out.</summary>
    public static RecordValues Of(ContactRecord record) => Of(record, ContactRecord.Readers, record.CustomFields);

    /// <summary>The field's value, or null when it is blank.</summary>
    public object? Read(TargetField field)
    {
        if (field.CustomKind is not null)
        {
            return _custom is not null && _custom.TryGetValue(field.Name, out var custom) && custom.Kind == field.CustomKind
                ? LeadField.Unwrap(custom)
                : null;
        }

        return _standard.TryGetValue(field.Name, out var value) ? value : null;
    }

    /// <summary>Whether two field values are the same: lists item by item, the rest by value.</summary>
    public static bool Same(object a, object b) =>
        a is IReadOnlyList<string> x && b is IReadOnlyList<string> y ? x.SequenceEqual(y, StringComparer.Ordinal) : a.Equals(b);

    private static RecordValues Of<T>(T record, (TargetField Field, Func<T, object?> Read)[] readers, IReadOnlyDictionary<string, CustomFieldValue>? custom)
    {
        var values = new RecordValues();
        foreach (var (field, read) in readers)
        {
            if (read(record) is { } value)
            {
                values._standard[field.Name] = value;
            }
        }

        if (custom is { Count: > 0 })
        {
            values._custom = ImmutableSortedDictionary.CreateBuilder<string, CustomFieldValue>(StringComparer.Ordinal);
            foreach (var (name, value) in custom)
            {
                values._custom[name] = value;
            }
        }

        return values;
    }

    public T? Get<T>(TargetField field)
        where T : class => _standard.TryGetValue(field.Name, out var value) ? (T)value : null;

    public T? GetValue<T>(TargetField field)
        where T : struct => _standard.TryGetValue(field.Name, out var value) ? (T)value : null;

    private static CustomFieldValue Wrap(CustomFieldKind kind, object value) => kind switch
    {
        CustomFieldKind.Text => CustomFieldValue.FromText((string)value),
        CustomFieldKind.Number => CustomFieldValue.FromNumber((decimal)value),
        CustomFieldKind.Boolean => CustomFieldValue.FromBoolean((bool)value),
        CustomFieldKind.Date => CustomFieldValue.FromDate((NodaTime.LocalDate)value),
        _ => CustomFieldValue.FromMoney((Money)value),
    };
}
