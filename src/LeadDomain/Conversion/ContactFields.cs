using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The standard fields of a contact a conversion map can write.</summary>
public static class ContactFields
{
    /// <summary>Gets the salutation.</summary>
    public static TargetField Salutation { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Salutation), typeof(string));

    /// <summary>Gets the first name.</summary>
    public static TargetField FirstName { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.FirstName), typeof(string));

    /// <summary>Gets the middle name.</summary>
    public static TargetField MiddleName { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.MiddleName), typeof(string));

    /// <summary>Gets the last name.</summary>
    public static TargetField LastName { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.LastName), typeof(string));

    /// <summary>Gets the job title.</summary>
    public static TargetField JobTitle { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.JobTitle), typeof(string));

    /// <summary>Gets the e-mail addresses (<c>emailaddress1</c>-<c>3</c>).</summary>
    public static TargetField Emails { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Emails), typeof(IReadOnlyList<string>));

    /// <summary>Gets the business phone (<c>telephone1</c>).</summary>
    public static TargetField BusinessPhone { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.BusinessPhone), typeof(string));

    /// <summary>Gets the mobile phone.</summary>
    public static TargetField MobilePhone { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.MobilePhone), typeof(string));

    /// <summary>Gets the home phone (<c>telephone2</c>).</summary>
    public static TargetField HomePhone { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.HomePhone), typeof(string));

    /// <summary>Gets the other phone (<c>telephone3</c>).</summary>
    public static TargetField OtherPhone { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.OtherPhone), typeof(string));

    /// <summary>Gets the fax number.</summary>
    public static TargetField Fax { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Fax), typeof(string));

    /// <summary>Gets the postal address (<c>address1_*</c>).</summary>
    public static TargetField Address { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Address), typeof(PostalAddress));

    /// <summary>Gets how the person prefers to be contacted.</summary>
    public static TargetField PreferredContactMethod { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.PreferredContactMethod), typeof(PreferredContactMethod));

    /// <summary>Gets the lead source (written to an existing contact only with <see cref="ConversionOptions.OverwriteLeadSource"/>, as Salesforce does).</summary>
    public static TargetField Source { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Source), typeof(LeadSource));

    /// <summary>Gets the owner.</summary>
    public static TargetField Owner { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Owner), typeof(string));

    /// <summary>Gets the description.</summary>
    public static TargetField Description { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Description), typeof(string));

    /// <summary>Gets the do-not-e-mail flag.</summary>
    public static TargetField DoNotEmail { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.DoNotEmail), typeof(bool));

    /// <summary>Gets the do-not-bulk-e-mail flag.</summary>
    public static TargetField DoNotBulkEmail { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.DoNotBulkEmail), typeof(bool));

    /// <summary>Gets the do-not-call flag.</summary>
    public static TargetField DoNotPhone { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.DoNotPhone), typeof(bool));

    /// <summary>Gets the do-not-fax flag.</summary>
    public static TargetField DoNotFax { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.DoNotFax), typeof(bool));

    /// <summary>Gets the do-not-post flag.</summary>
    public static TargetField DoNotPostalMail { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.DoNotPostalMail), typeof(bool));

    /// <summary>Gets every standard field, in declaration order.</summary>
    internal static TargetField[] All { get; } = [Salutation, FirstName, MiddleName, LastName, JobTitle, Emails, BusinessPhone, MobilePhone, HomePhone, OtherPhone, Fax, Address, PreferredContactMethod, Source, Owner, Description, DoNotEmail, DoNotBulkEmail, DoNotPhone, DoNotFax, DoNotPostalMail];
}
