using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// Everything a seller can edit on a lead: contact data, qualification facts (BANT) and custom fields. An immutable
/// record: change it with a <c>with</c> expression and hand it to <see cref="Lead.Edit"/>.
/// </summary>
/// <remarks>
/// Text in any script is ordinary input: names, company names and phone numbers written in Persian or Arabic,
/// with digits ۰-۹ or ٠-٩, are kept exactly as given (only surrounding white space is trimmed). When
/// <see cref="Topic"/> is empty, the lead composes one from the company, the person's name and the source, as
/// Dynamics 365 does. Two details are equal when every field is equal, lists and custom fields included.
/// </remarks>
public sealed record LeadDetails
{
    /// <summary>
    /// Gets what the lead is about; it becomes the opportunity name on conversion. When a lead is created or edited with
    /// an empty topic, one is composed and stored; it is kept as it is on later edits until the topic is emptied again.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>Gets how to address the person, such as "Ms." or "Dr." (Dynamics 365 <c>salutation</c>).</summary>
    public string? Salutation { get; init; }

    /// <summary>Gets the person's first (given) name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the person's middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Gets the person's last (family) name; required by <see cref="LeadCreationPolicy.Dynamics"/>, the default.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the name of the person's organisation.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the person's job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>
    /// Gets the person's e-mail addresses, the primary one first: at most three, as Dynamics 365's
    /// <c>emailaddress1</c>-<c>3</c>. Never null.
    /// </summary>
    public IReadOnlyList<string> Emails { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Gets the business phone (Dynamics 365 <c>telephone1</c>, Salesforce <c>Phone</c>).</summary>
    public string? BusinessPhone { get; init; }

    /// <summary>Gets the mobile phone (Dynamics 365 <c>mobilephone</c>, Salesforce <c>MobilePhone</c>).</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Gets the home phone (Dynamics 365 <c>telephone2</c>).</summary>
    public string? HomePhone { get; init; }

    /// <summary>Gets another phone (Dynamics 365 <c>telephone3</c>).</summary>
    public string? OtherPhone { get; init; }

    /// <summary>Gets the fax number (Dynamics 365 <c>fax</c>, Salesforce <c>Fax</c>).</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the organisation's website (Dynamics 365 <c>websiteurl</c>, Salesforce <c>Website</c>).</summary>
    public string? Website { get; init; }

    /// <summary>Gets the postal address, or null when none is known.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets how the person prefers to be contacted, when known.</summary>
    public PreferredContactMethod? PreferredContactMethod { get; init; }

    /// <summary>Gets the broad channel the lead came from, when known.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>Gets the campaign that generated the lead (Dynamics 365 <c>campaignid</c>): its id or name in the host's store.</summary>
    public string? Campaign { get; init; }

    /// <summary>Gets the organisation's industry.</summary>
    public string? Industry { get; init; }

    /// <summary>Gets the organisation's annual revenue. The amount may not be negative.</summary>
    public Money? AnnualRevenue { get; init; }

    /// <summary>Gets the budget the lead has for the purchase (the "B" of BANT). The amount may not be negative.</summary>
    public Money? Budget { get; init; }

    /// <summary>Gets the organisation's number of employees. May not be negative.</summary>
    public int? NumberOfEmployees { get; init; }

    /// <summary>Gets when the lead expects to buy (the "T" of BANT).</summary>
    public PurchaseTimeframe? PurchaseTimeframe { get; init; }

    /// <summary>Gets whether the person decides on the purchase (the "A" of BANT), when known.</summary>
    public bool? IsDecisionMaker { get; init; }

    /// <summary>Gets the need the lead stated (the "N" of BANT).</summary>
    public string? StatedNeed { get; init; }

    /// <summary>Gets the lead's rating, when one has been given.</summary>
    public LeadRating? Rating { get; init; }

    /// <summary>Gets the user or team responsible for the lead.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets free text about the lead.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the person asked not to be e-mailed (Dynamics 365 <c>donotemail</c>, Salesforce <c>HasOptedOutOfEmail</c>).</summary>
    public bool DoNotEmail { get; init; }

    /// <summary>Gets a value indicating whether the person asked to receive no bulk (marketing) e-mail (Dynamics 365 <c>donotbulkemail</c>).</summary>
    public bool DoNotBulkEmail { get; init; }

    /// <summary>Gets a value indicating whether the person asked not to be called (Dynamics 365 <c>donotphone</c>, Salesforce <c>DoNotCall</c>).</summary>
    public bool DoNotPhone { get; init; }

    /// <summary>Gets a value indicating whether the person asked to receive no fax (Dynamics 365 <c>donotfax</c>, Salesforce <c>HasOptedOutOfFax</c>).</summary>
    public bool DoNotFax { get; init; }

    /// <summary>Gets a value indicating whether the person asked to receive no post (Dynamics 365 <c>donotpostalmail</c>).</summary>
    public bool DoNotPostalMail { get; init; }

    /// <summary>Gets the lead's custom fields by name (names compare ordinally). Never null.</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get; init; } =
        ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(LeadDetails? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Topic == other.Topic
                && Salutation == other.Salutation
                && FirstName == other.FirstName
                && MiddleName == other.MiddleName
                && LastName == other.LastName
                && CompanyName == other.CompanyName
                && JobTitle == other.JobTitle
                && ValueEquality.SameItems(Emails, other.Emails)
                && BusinessPhone == other.BusinessPhone
                && MobilePhone == other.MobilePhone
                && HomePhone == other.HomePhone
                && OtherPhone == other.OtherPhone
                && Fax == other.Fax
                && Website == other.Website
                && Address == other.Address
                && PreferredContactMethod == other.PreferredContactMethod
                && Source == other.Source
                && Campaign == other.Campaign
                && Industry == other.Industry
                && AnnualRevenue == other.AnnualRevenue
                && Budget == other.Budget
                && NumberOfEmployees == other.NumberOfEmployees
                && PurchaseTimeframe == other.PurchaseTimeframe
                && IsDecisionMaker == other.IsDecisionMaker
                && StatedNeed == other.StatedNeed
                && Rating == other.Rating
                && Owner == other.Owner
                && Description == other.Description
                && DoNotEmail == other.DoNotEmail
                && DoNotBulkEmail == other.DoNotBulkEmail
                && DoNotPhone == other.DoNotPhone
                && DoNotFax == other.DoNotFax
                && DoNotPostalMail == other.DoNotPostalMail
                && ValueEquality.SameEntries(CustomFields, other.CustomFields)));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Topic);
        hash.Add(FirstName);
        hash.Add(LastName);
        hash.Add(CompanyName);
        hash.Add(Emails?.Count);
        hash.Add(BusinessPhone);
        hash.Add(MobilePhone);
        hash.Add(Source);
        hash.Add(CustomFields?.Count);
        return hash.ToHashCode();
    }

    /// <summary>Gets a value indicating whether any phone (business, mobile, home or other; not the fax) is known.</summary>
    internal bool HasPhone => BusinessPhone is not null || MobilePhone is not null || HomePhone is not null || OtherPhone is not null;

    /// <summary>Gets the phones that are known, in the order business, mobile, home, other; the fax is not a phone.</summary>
    internal IEnumerable<string> PhoneNumbers
    {
        get
        {
            if (BusinessPhone is not null) yield return BusinessPhone;
            if (MobilePhone is not null) yield return MobilePhone;
            if (HomePhone is not null) yield return HomePhone;
            if (OtherPhone is not null) yield return OtherPhone;
        }
    }
}
