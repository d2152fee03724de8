using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace LeadDomain.Leads;

/// <summary>An amount of money in one currency, such as a lead's annual revenue or budget.</summary>
public readonly record struct Money
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount, in units of <paramref name="currency"/>.</param>
    /// <param name="currency">An ISO 4217 alphabetic code: three letters A-Z, such as <c>EUR</c>, <c>IRR</c> or <c>BRL</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three uppercase ASCII letters.</exception>
    [JsonConstructor]
    public Money(decimal amount, string currency)
    {
        Guard.Against.Null(currency);
        if (!IsCurrencyCode(currency))
        {
            throw new ArgumentException(
                $"'{currency}' is not an ISO 4217 currency code: expected three uppercase letters A-Z, such as EUR.",
                nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount, in units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 alphabetic currency code.</summary>
    public string Currency { get; }

    /// <summary>Returns the amount and currency, such as <c>1250000.00 EUR</c>, in the invariant culture.</summary>
    /// <returns>The text of the amount.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    internal bool IsValid => Currency is not null && IsCurrencyCode(Currency);

    private static bool IsCurrencyCode(string code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);
}
