using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// A field of an account, contact or opportunity that a conversion rule writes: a standard field (see
/// <see cref="AccountFields"/>, <see cref="ContactFields"/>, <see cref="OpportunityFields"/>) or a custom field.
/// </summary>
public readonly record struct TargetField
{
    internal TargetField(ConversionTarget target, string name, Type valueType, CustomFieldKind? customKind = null)
    {
        Target = target;
        Name = name;
        ValueType = valueType;
        CustomKind = customKind;
    }

    /// <summary>Gets the record the field belongs to.</summary>
    public ConversionTarget Target { get; }

    /// <summary>Gets the field's name: the record's property, or the custom field's name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of a custom field; <see langword="null"/> for a standard field.</summary>
    public CustomFieldKind? CustomKind { get; }

    /// <summary>Gets a value indicating whether this is a custom field.</summary>
    public bool IsCustom => CustomKind is not null;

    /// <summary>Gets the type of value the field holds.</summary>
    public Type ValueType { get; }

    internal bool IsKnown => Name is not null && Enum.IsDefined(Target);

    /// <summary>A custom field of a record, by name and kind.</summary>
    /// <param name="target">The record.</param>
    /// <param name="name">The custom field's name.</param>
    /// <param name="kind">The kind of value it holds.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="target"/> or
    /// <paramref name="kind"/> is not a defined value.</exception>
    public static TargetField Custom(ConversionTarget target, string name, CustomFieldKind kind)
    {
        Guard.Against.EnumOutOfRange(target);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(kind);
        return new(target, name, LeadField.ClrType(kind), kind);
    }

    /// <inheritdoc />
    public override string ToString() =>
        !IsKnown ? "(unknown target field)" : IsCustom ? $"{Target} custom field '{Name}' ({CustomKind})" : $"{Target}.{Name}";
}
