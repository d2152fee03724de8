using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>The standard fields of a <see cref="ContactRecord"/> a conversion rule can write.</summary>
public static class ContactFields
{
    /// <summary>Gets the contact's first name.</summary>
    public static TargetField FirstName { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.FirstName), typeof(string));

    /// <summary>Gets the contact's last name.</summary>
    public static TargetField LastName { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.LastName), typeof(string));

    /// <summary>Gets the contact's job title.</summary>
    public static TargetField JobTitle { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.JobTitle), typeof(string));

    /// <summary>Gets the contact's e-mail addresses.</summary>
    public static TargetField Emails { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Emails), typeof(IReadOnlyList<string>));

    /// <summary>Gets the contact's phone numbers.</summary>
    public static TargetField Phones { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Phones), typeof(IReadOnlyList<string>));

    /// <summary>Gets how the contact prefers to be reached.</summary>
    public static TargetField PreferredContactMethod { get; } =
        new(ConversionTarget.Contact, nameof(ContactRecord.PreferredContactMethod), typeof(PreferredContactMethod));

    /// <summary>Gets the source the contact came from.</summary>
    public static TargetField Source { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Source), typeof(LeadSource));

    /// <summary>Gets the contact's owner.</summary>
    public static TargetField Owner { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Owner), typeof(string));

    /// <summary>Gets the contact's description.</summary>
    public static TargetField Description { get; } = new(ConversionTarget.Contact, nameof(ContactRecord.Description), typeof(string));
}
