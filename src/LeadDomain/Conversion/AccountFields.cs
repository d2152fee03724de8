using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The standard fields of an account a conversion map can write.</summary>
public static class AccountFields
{
    /// <summary>Gets the account's name (Dynamics 365 <c>name</c>), from the lead's company.</summary>
    public static TargetField Name { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Name), typeof(string));

    /// <summary>Gets the industry.</summary>
    public static TargetField Industry { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Industry), typeof(string));

    /// <summary>Gets the annual revenue.</summary>
    public static TargetField AnnualRevenue { get; } = new(ConversionTarget.Account, nameof(AccountRecord.AnnualRevenue), typeof(Money));

    /// <summary>Gets the number of employees.</summary>
    public static TargetField NumberOfEmployees { get; } = new(ConversionTarget.Account, nameof(AccountRecord.NumberOfEmployees), typeof(int));

    /// <summary>Gets the main phone (Dynamics 365 <c>telephone1</c>), from the lead's business phone.</summary>
    public static TargetField Phone { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Phone), typeof(string));

    /// <summary>Gets the fax number.</summary>
    public static TargetField Fax { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Fax), typeof(string));

    /// <summary>Gets the e-mail address (<c>emailaddress1</c>), from the lead's first e-mail.</summary>
    public static TargetField Email { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Email), typeof(string));

    /// <summary>Gets the website (<c>websiteurl</c>).</summary>
    public static TargetField Website { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Website), typeof(string));

    /// <summary>Gets the postal address (<c>address1_*</c>).</summary>
    public static TargetField Address { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Address), typeof(PostalAddress));

    /// <summary>Gets the lead source.</summary>
    public static TargetField Source { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Source), typeof(LeadSource));

    /// <summary>Gets the owner.</summary>
    public static TargetField Owner { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Owner), typeof(string));

    /// <summary>Gets the description.</summary>
    public static TargetField Description { get; } = new(ConversionTarget.Account, nameof(AccountRecord.Description), typeof(string));

    /// <summary>Gets the do-not-e-mail flag.</summary>
    public static TargetField DoNotEmail { get; } = new(ConversionTarget.Account, nameof(AccountRecord.DoNotEmail), typeof(bool));

    /// <summary>Gets the do-not-bulk-e-mail flag.</summary>
    public static TargetField DoNotBulkEmail { get; } = new(ConversionTarget.Account, nameof(AccountRecord.DoNotBulkEmail), typeof(bool));

    /// <summary>Gets the do-not-call flag.</summary>
    public static TargetField DoNotPhone { get; } = new(ConversionTarget.Account, nameof(AccountRecord.DoNotPhone), typeof(bool));

    /// <summary>Gets the do-not-fax flag.</summary>
    public static TargetField DoNotFax { get; } = new(ConversionTarget.Account, nameof(AccountRecord.DoNotFax), typeof(bool));

    /// <summary>Gets the do-not-post flag.</summary>
    public static TargetField DoNotPostalMail { get; } = new(ConversionTarget.Account, nameof(AccountRecord.DoNotPostalMail), typeof(bool));

    /// <summary>Gets every standard field, in declaration order.</summary>
    internal static TargetField[] All { get; } = [Name, Industry, AnnualRevenue, NumberOfEmployees, Phone, Fax, Email, Website, Address, Source, Owner, Description, DoNotEmail, DoNotBulkEmail, DoNotPhone, DoNotFax, DoNotPostalMail];
}
