using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace LeadDomain.Leads;

/// <summary>
/// The typed value of one of a lead's custom fields. Create one with <see cref="FromText"/>, <see cref="FromNumber"/>,
/// <see cref="FromBoolean"/>, <see cref="FromDate"/> or <see cref="FromMoney"/>; exactly the property that matches
/// <see cref="Kind"/> holds a value.
/// </summary>
public readonly record struct CustomFieldValue
{
    [JsonConstructor]
    internal CustomFieldValue(CustomFieldKind kind, string? text, decimal? number, bool? boolean, LocalDate? date, Money? money)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Boolean = boolean;
        Date = date;
        Money = money;
    }

    /// <summary>Gets the type of the value.</summary>
    public CustomFieldKind Kind { get; }

    /// <summary>Gets the text, when <see cref="Kind"/> is <see cref="CustomFieldKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>Gets the number, when <see cref="Kind"/> is <see cref="CustomFieldKind.Number"/>.</summary>
    public decimal? Number { get; }

    /// <summary>Gets the yes/no value, when <see cref="Kind"/> is <see cref="CustomFieldKind.Boolean"/>.</summary>
    public bool? Boolean { get; }

    /// <summary>Gets the date, when <see cref="Kind"/> is <see cref="CustomFieldKind.Date"/>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the amount, when <see cref="Kind"/> is <see cref="CustomFieldKind.Money"/>.</summary>
    public Money? Money { get; }

    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text; any script is welcome.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static CustomFieldValue FromText(string text) =>
        new(CustomFieldKind.Text, Guard.Against.Null(text), null, null, null, null);

    /// <summary>Creates a number value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromNumber(decimal number) => new(CustomFieldKind.Number, null, number, null, null, null);

    /// <summary>Creates a yes/no value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromBoolean(bool value) => new(CustomFieldKind.Boolean, null, null, value, null, null);

    /// <summary>Creates a date value.</summary>
    /// <param name="date">The date, in any calendar system NodaTime supports.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDate(LocalDate date) => new(CustomFieldKind.Date, null, null, null, date, null);

    /// <summary>Creates a money value.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="money"/> is the default value, which has no currency.</exception>
    public static CustomFieldValue FromMoney(Money money)
    {
        if (!money.IsValid)
        {
            throw new ArgumentException("The money value has no currency; create it with the Money constructor.", nameof(money));
        }

        return new(CustomFieldKind.Money, null, null, null, null, money);
    }

    /// <summary>
    /// Gets a value indicating whether exactly the property that matches <see cref="Kind"/> holds a value (a value read
    /// from a store or a JSON document may not).
    /// </summary>
    internal bool IsWellFormed => Kind switch
    {
        CustomFieldKind.Text => Text is not null && Number is null && Boolean is null && Date is null && Money is null,
        CustomFieldKind.Number => Text is null && Number is not null && Boolean is null && Date is null && Money is null,
        CustomFieldKind.Boolean => Text is null && Number is null && Boolean is not null && Date is null && Money is null,
        CustomFieldKind.Date => Text is null && Number is null && Boolean is null && Date is not null && Money is null,
        CustomFieldKind.Money => Text is null && Number is null && Boolean is null && Date is null && Money is { IsValid: true },
        _ => false,
    };

    /// <summary>Returns the value as invariant text, such as <c>42</c>, <c>true</c>, <c>2026-11-25</c> or <c>10 EUR</c>.</summary>
    /// <returns>The text of the value.</returns>
    public override string ToString() => Kind switch
    {
        CustomFieldKind.Text => Text ?? string.Empty,
        CustomFieldKind.Number => Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        CustomFieldKind.Boolean => Boolean is true ? "true" : "false",
        CustomFieldKind.Date => Date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty,
        CustomFieldKind.Money => Money?.ToString() ?? string.Empty,
        _ => string.Empty,
    };
}
