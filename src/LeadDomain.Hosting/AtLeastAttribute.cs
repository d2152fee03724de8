using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace LeadDomain.Hosting;

/// <summary>
/// A whole number of at least <paramref name="minimum"/>, reported as <c>{key} must be at least {minimum}</c>, with
/// <paramref name="why"/> after it when given. (The generated validator's own <c>Range</c> says "between 1 and
/// 2147483647" and ignores <c>ErrorMessage</c>.)
/// </summary>
/// <param name="minimum">The least value allowed.</param>
/// <param name="why">Why, or null.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AtLeastAttribute(int minimum, string? why = null) : ValidationAttribute
{
    /// <summary>Gets the least value allowed.</summary>
    public int Minimum { get; } = minimum;

    /// <inheritdoc/>
    public override bool IsValid(object? value) => value is int number && number >= Minimum;

    /// <inheritdoc/>
    public override string FormatErrorMessage(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {Minimum}{(why is null ? null : " " + why)}.");
}
