using Ardalis.GuardClauses;
using NodaTime;

namespace LeadDomain.Leads;

/// <summary>
/// A field of a lead, as a conversion rule reads it and a merge chooses it: one of the standard fields of <see cref="LeadDetails"/>, or a
/// custom field by name and kind.
/// </summary>
public readonly record struct LeadField
{
    private LeadField(string name, Type valueType, CustomFieldKind? customKind)
    {
        Name = name;
        ValueType = valueType;
        CustomKind = customKind;
    }

    /// <summary>Gets the field's name: the <see cref="LeadDetails"/> property, or the custom field's name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of a custom field; <see langword="null"/> for a standard field.</summary>
    public CustomFieldKind? CustomKind { get; }

    /// <summary>Gets a value indicating whether this is a custom field.</summary>
    public bool IsCustom => CustomKind is not null;

    /// <summary>Gets the type of the field's value (for example <see cref="string"/>, <see cref="Money"/>, <see cref="int"/>).</summary>
    public Type ValueType { get; }

    internal bool IsKnown => Name is not null;

    /// <summary>Gets the lead's topic (what the lead is about).</summary>
    public static LeadField Topic { get; } = new(nameof(LeadDetails.Topic), typeof(string), null);

    /// <summary>Gets the contact's first name.</summary>
    public static LeadField FirstName { get; } = new(nameof(LeadDetails.FirstName), typeof(string), null);

    /// <summary>Gets the contact's last name.</summary>
    public static LeadField LastName { get; } = new(nameof(LeadDetails.LastName), typeof(string), null);

    /// <summary>Gets the company name.</summary>
    public static LeadField CompanyName { get; } = new(nameof(LeadDetails.CompanyName), typeof(string), null);

    /// <summary>Gets the job title.</summary>
    public static LeadField JobTitle { get; } = new(nameof(LeadDetails.JobTitle), typeof(string), null);

    /// <summary>Gets the e-mail addresses (a list of text).</summary>
    public static LeadField Emails { get; } = new(nameof(LeadDetails.Emails), typeof(IReadOnlyList<string>), null);

    /// <summary>Gets the salutation.</summary>
    public static LeadField Salutation { get; } = new(nameof(LeadDetails.Salutation), typeof(string), null);

    /// <summary>Gets the middle name.</summary>
    public static LeadField MiddleName { get; } = new(nameof(LeadDetails.MiddleName), typeof(string), null);

    /// <summary>Gets the business phone.</summary>
    public static LeadField BusinessPhone { get; } = new(nameof(LeadDetails.BusinessPhone), typeof(string), null);

    /// <summary>Gets the mobile phone.</summary>
    public static LeadField MobilePhone { get; } = new(nameof(LeadDetails.MobilePhone), typeof(string), null);

    /// <summary>Gets the home phone.</summary>
    public static LeadField HomePhone { get; } = new(nameof(LeadDetails.HomePhone), typeof(string), null);

    /// <summary>Gets the other phone.</summary>
    public static LeadField OtherPhone { get; } = new(nameof(LeadDetails.OtherPhone), typeof(string), null);

    /// <summary>Gets the fax number.</summary>
    public static LeadField Fax { get; } = new(nameof(LeadDetails.Fax), typeof(string), null);

    /// <summary>Gets the website.</summary>
    public static LeadField Website { get; } = new(nameof(LeadDetails.Website), typeof(string), null);

    /// <summary>Gets the postal address.</summary>
    public static LeadField Address { get; } = new(nameof(LeadDetails.Address), typeof(PostalAddress), null);

    /// <summary>Gets the campaign.</summary>
    public static LeadField Campaign { get; } = new(nameof(LeadDetails.Campaign), typeof(string), null);

    /// <summary>Gets the do-not-e-mail flag (carried when set).</summary>
    public static LeadField DoNotEmail { get; } = new(nameof(LeadDetails.DoNotEmail), typeof(bool), null);

    /// <summary>Gets the do-not-bulk-e-mail flag (carried when set).</summary>
    public static LeadField DoNotBulkEmail { get; } = new(nameof(LeadDetails.DoNotBulkEmail), typeof(bool), null);

    /// <summary>Gets the do-not-call flag (carried when set).</summary>
    public static LeadField DoNotPhone { get; } = new(nameof(LeadDetails.DoNotPhone), typeof(bool), null);

    /// <summary>Gets the do-not-fax flag (carried when set).</summary>
    public static LeadField DoNotFax { get; } = new(nameof(LeadDetails.DoNotFax), typeof(bool), null);

    /// <summary>Gets the do-not-post flag (carried when set).</summary>
    public static LeadField DoNotPostalMail { get; } = new(nameof(LeadDetails.DoNotPostalMail), typeof(bool), null);

    /// <summary>Gets the preferred contact method.</summary>
    public static LeadField PreferredContactMethod { get; } =
        new(nameof(LeadDetails.PreferredContactMethod), typeof(PreferredContactMethod), null);

    /// <summary>Gets the lead source.</summary>
    public static LeadField Source { get; } = new(nameof(LeadDetails.Source), typeof(LeadSource), null);

    /// <summary>Gets the industry.</summary>
    public static LeadField Industry { get; } = new(nameof(LeadDetails.Industry), typeof(string), null);

    /// <summary>Gets the annual revenue.</summary>
    public static LeadField AnnualRevenue { get; } = new(nameof(LeadDetails.AnnualRevenue), typeof(Money), null);

    /// <summary>Gets the budget.</summary>
    public static LeadField Budget { get; } = new(nameof(LeadDetails.Budget), typeof(Money), null);

    /// <summary>Gets the number of employees.</summary>
    public static LeadField NumberOfEmployees { get; } = new(nameof(LeadDetails.NumberOfEmployees), typeof(int), null);

    /// <summary>Gets the purchase timeframe.</summary>
    public static LeadField PurchaseTimeframe { get; } = new(nameof(LeadDetails.PurchaseTimeframe), typeof(PurchaseTimeframe), null);

    /// <summary>Gets whether the contact decides the purchase.</summary>
    public static LeadField IsDecisionMaker { get; } = new(nameof(LeadDetails.IsDecisionMaker), typeof(bool), null);

    /// <summary>Gets the need the lead stated.</summary>
    public static LeadField StatedNeed { get; } = new(nameof(LeadDetails.StatedNeed), typeof(string), null);

    /// <summary>Gets the rating.</summary>
    public static LeadField Rating { get; } = new(nameof(LeadDetails.Rating), typeof(LeadRating), null);

    /// <summary>Gets the owner.</summary>
    public static LeadField Owner { get; } = new(nameof(LeadDetails.Owner), typeof(string), null);

    /// <summary>Gets the description.</summary>
    public static LeadField Description { get; } = new(nameof(LeadDetails.Description), typeof(string), null);

    /// <summary>Gets every standard field, in the order of <see cref="LeadDetails"/>.</summary>
    public static IReadOnlyList<LeadField> Standard { get; } =
    [
        Topic, Salutation, FirstName, MiddleName, LastName, CompanyName, JobTitle, Emails, BusinessPhone, MobilePhone,
        HomePhone, OtherPhone, Fax, Website, Address, PreferredContactMethod, Source, Campaign, Industry, AnnualRevenue,
        Budget, NumberOfEmployees, PurchaseTimeframe, IsDecisionMaker, StatedNeed, Rating, Owner, Description, DoNotEmail,
        DoNotBulkEmail, DoNotPhone, DoNotFax, DoNotPostalMail,
    ];

    /// <summary>A custom field of the lead, by name and kind.</summary>
    /// <param name="name">The custom field's name (ordinal, as stored in <see cref="LeadDetails.CustomFields"/>).</param>
    /// <param name="kind">The kind of value the rule expects; a lead whose field holds another kind has it reported as unmapped.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public static LeadField Custom(string name, CustomFieldKind kind)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(kind);
        return new(name, ClrType(kind), kind);
    }

    /// <inheritdoc />
    public override string ToString() =>
        !IsKnown ? "(unknown lead field)" : IsCustom ? $"custom field '{Name}' ({CustomKind})" : Name;

    internal static Type ClrType(CustomFieldKind kind) => kind switch
    {
        CustomFieldKind.Text => typeof(string),
        CustomFieldKind.Number => typeof(decimal),
        CustomFieldKind.Boolean => typeof(bool),
        CustomFieldKind.Date => typeof(LocalDate),
        _ => typeof(Money),
    };

    /// <summary>The field's value on <paramref name="details"/>, boxed; <see langword="null"/> when it holds none.</summary>
    internal object? Read(LeadDetails details)
    {
        if (IsCustom)
        {
            return details.CustomFields.TryGetValue(Name, out var value) && value.Kind == CustomKind ? Unwrap(value) : null;
        }

        return Name switch
        {
            nameof(LeadDetails.Topic) => details.Topic,
            nameof(LeadDetails.FirstName) => details.FirstName,
            nameof(LeadDetails.LastName) => details.LastName,
            nameof(LeadDetails.CompanyName) => details.CompanyName,
            nameof(LeadDetails.JobTitle) => details.JobTitle,
            nameof(LeadDetails.Emails) => details.Emails.Count > 0 ? details.Emails : null,
            nameof(LeadDetails.Salutation) => details.Salutation,
            nameof(LeadDetails.MiddleName) => details.MiddleName,
            nameof(LeadDetails.BusinessPhone) => details.BusinessPhone,
            nameof(LeadDetails.MobilePhone) => details.MobilePhone,
            nameof(LeadDetails.HomePhone) => details.HomePhone,
            nameof(LeadDetails.OtherPhone) => details.OtherPhone,
            nameof(LeadDetails.Fax) => details.Fax,
            nameof(LeadDetails.Website) => details.Website,
            nameof(LeadDetails.Address) => details.Address,
            nameof(LeadDetails.Campaign) => details.Campaign,
            nameof(LeadDetails.DoNotEmail) => details.DoNotEmail ? true : null,
            nameof(LeadDetails.DoNotBulkEmail) => details.DoNotBulkEmail ? true : null,
            nameof(LeadDetails.DoNotPhone) => details.DoNotPhone ? true : null,
            nameof(LeadDetails.DoNotFax) => details.DoNotFax ? true : null,
            nameof(LeadDetails.DoNotPostalMail) => details.DoNotPostalMail ? true : null,
            nameof(LeadDetails.PreferredContactMethod) => details.PreferredContactMethod,
            nameof(LeadDetails.Source) => details.Source,
            nameof(LeadDetails.Industry) => details.Industry,
            nameof(LeadDetails.AnnualRevenue) => details.AnnualRevenue,
            nameof(LeadDetails.Budget) => details.Budget,
            nameof(LeadDetails.NumberOfEmployees) => details.NumberOfEmployees,
            nameof(LeadDetails.PurchaseTimeframe) => details.PurchaseTimeframe,
            nameof(LeadDetails.IsDecisionMaker) => details.IsDecisionMaker,
            nameof(LeadDetails.StatedNeed) => details.StatedNeed,
            nameof(LeadDetails.Rating) => details.Rating,
            nameof(LeadDetails.Owner) => details.Owner,
            nameof(LeadDetails.Description) => details.Description,
            _ => null,
        };
    }

    /// <summary>
    /// Returns <paramref name="details"/> with this standard field set to <paramref name="value"/>, as <see cref="Read"/>
    /// gives it (null empties the field; a consent flag is set by <see langword="true"/>). Not for custom fields.
    /// </summary>
    internal LeadDetails With(LeadDetails details, object? value) => Name switch
    {
        nameof(LeadDetails.Topic) => details with { Topic = (string?)value },
        nameof(LeadDetails.FirstName) => details with { FirstName = (string?)value },
        nameof(LeadDetails.LastName) => details with { LastName = (string?)value },
        nameof(LeadDetails.CompanyName) => details with { CompanyName = (string?)value },
        nameof(LeadDetails.JobTitle) => details with { JobTitle = (string?)value },
        nameof(LeadDetails.Emails) => details with { Emails = (IReadOnlyList<string>?)value ?? [] },
        nameof(LeadDetails.Salutation) => details with { Salutation = (string?)value },
        nameof(LeadDetails.MiddleName) => details with { MiddleName = (string?)value },
        nameof(LeadDetails.BusinessPhone) => details with { BusinessPhone = (string?)value },
        nameof(LeadDetails.MobilePhone) => details with { MobilePhone = (string?)value },
        nameof(LeadDetails.HomePhone) => details with { HomePhone = (string?)value },
        nameof(LeadDetails.OtherPhone) => details with { OtherPhone = (string?)value },
        nameof(LeadDetails.Fax) => details with { Fax = (string?)value },
        nameof(LeadDetails.Website) => details with { Website = (string?)value },
        nameof(LeadDetails.Address) => details with { Address = (PostalAddress?)value },
        nameof(LeadDetails.Campaign) => details with { Campaign = (string?)value },
        nameof(LeadDetails.DoNotEmail) => details with { DoNotEmail = value is true },
        nameof(LeadDetails.DoNotBulkEmail) => details with { DoNotBulkEmail = value is true },
        nameof(LeadDetails.DoNotPhone) => details with { DoNotPhone = value is true },
        nameof(LeadDetails.DoNotFax) => details with { DoNotFax = value is true },
        nameof(LeadDetails.DoNotPostalMail) => details with { DoNotPostalMail = value is true },
        nameof(LeadDetails.PreferredContactMethod) => details with { PreferredContactMethod = (PreferredContactMethod?)value },
        nameof(LeadDetails.Source) => details with { Source = (LeadSource?)value },
        nameof(LeadDetails.Industry) => details with { Industry = (string?)value },
        nameof(LeadDetails.AnnualRevenue) => details with { AnnualRevenue = (Money?)value },
        nameof(LeadDetails.Budget) => details with { Budget = (Money?)value },
        nameof(LeadDetails.NumberOfEmployees) => details with { NumberOfEmployees = (int?)value },
        nameof(LeadDetails.PurchaseTimeframe) => details with { PurchaseTimeframe = (PurchaseTimeframe?)value },
        nameof(LeadDetails.IsDecisionMaker) => details with { IsDecisionMaker = (bool?)value },
        nameof(LeadDetails.StatedNeed) => details with { StatedNeed = (string?)value },
        nameof(LeadDetails.Rating) => details with { Rating = (LeadRating?)value },
        nameof(LeadDetails.Owner) => details with { Owner = (string?)value },
        nameof(LeadDetails.Description) => details with { Description = (string?)value },
        _ => throw new InvalidOperationException($"{this} is not a standard field."),
    };

    /// <summary>Every field of <paramref name="details"/> that holds a value (custom fields with the kind they hold).</summary>
    internal static IEnumerable<LeadField> WithValues(LeadDetails details)
    {
        foreach (var field in Standard)
        {
            if (field.Read(details) is not null)
            {
                yield return field;
            }
        }

        foreach (var (name, value) in details.CustomFields)
        {
            yield return Custom(name, value.Kind);
        }
    }

    internal static object? Unwrap(CustomFieldValue value) => value.Kind switch
    {
        CustomFieldKind.Text => value.Text,
        CustomFieldKind.Number => value.Number,
        CustomFieldKind.Boolean => value.Boolean,
        CustomFieldKind.Date => value.Date,
        _ => value.Money,
    };
}
