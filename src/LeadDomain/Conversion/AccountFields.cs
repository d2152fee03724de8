using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The standard fields of an <see cref="AccountRecord"/> a conversion rule can write.</summary>
public static class AccountFields
{
    /// <summary>Gets the account's name.</summary>
    public static TargetField Name { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Name), typeof(string));

    /// <summary>Gets the account's industry.</summary>
    public static TargetField Industry { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Industry), typeof(string));

    /// <summary>Gets the account's annual revenue.</summary>
    public static TargetField AnnualRevenue { get; } = new(ConversionTarget.Account, nameof(AccountRecord.AnnualRevenue), typeof(Money));

    /// <summary>Gets the account's number of employees.</summary>
    public static TargetField NumberOfEmployees { get; } = new(ConversionTarget.Account, nameof(AccountRecord.NumberOfEmployees), typeof(int));

    /// <summary>Gets the account's main phone.</summary>
    public static TargetField Phone { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Phone), typeof(string));

    /// <summary>Gets the account's main e-mail address.</summary>
    public static TargetField Email { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Email), typeof(string));

    /// <summary>Gets the source the account came from.</summary>
    public static TargetField Source { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Source), typeof(LeadSource));

    /// <summary>Gets the account's owner.</summary>
    public static TargetField Owner { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Owner), typeof(string));

    /// <summary>Gets the account's description.</summary>
    public static TargetField Description { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Description), typeof(string));
}
