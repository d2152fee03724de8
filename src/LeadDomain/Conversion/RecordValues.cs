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
