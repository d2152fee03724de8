namespace LeadDomain.Matching;

/// <summary>
/// The weight of each field in a comparison. An immutable record: start from <see cref="People"/> or
/// <see cref="Organizations"/> and change it with <c>with</c>.
/// </summary>
/// <remarks>
/// The defaults follow record-linkage practice (an agreement weighs what it says about identity: an e-mail address or
/// a phone number more than a shared company; a different name counts against) and the peers' rules: Dynamics 365's
/// default duplicate detection rules match leads and contacts on e-mail address, and accounts on account name and
/// website; Salesforce's standard matching rules compare names fuzzily together with e-mail, phone, company and
/// address.
/// </remarks>
public sealed record MatchWeights
{
    /// <summary>
    /// Gets the weights for two people (both records name a person): e-mail 50/−15, phone 35/−15, first name 15/−25, last
    /// name 25/−30, company 20/−15, website 10/−15, address 15/−15, e-mail domain 10/0; the organisation's fields together
    /// at most 30 (<see cref="OrganizationLimit"/>). Every disagreement weighs more than the 10 points by which both
    /// names and a company (60) clear <see cref="MatchOptions.DuplicateScore"/> (50), so one disagreement is enough to
    /// make such a pair a possible duplicate only.
    /// </summary>
    public static MatchWeights People { get; } = new()
    {
        Email = new(50, -15),
        Phone = new(35, -15),
        FirstName = new(15, -25),
        LastName = new(25, -30),
        CompanyName = new(20, -15),
        Website = new(10, -15),
        Address = new(15, -15),
        EmailDomain = new(10, 0),
        OrganizationLimit = 30,
    };

    /// <summary>
    /// Gets the weights for organisations (either record names no person, as an account): company 40/−25, website
    /// 30/−10, e-mail 40/0, phone 30/−5, address 20/−5, e-mail domain 25/0, no limit on them together; names do not count.
    /// </summary>
    public static MatchWeights Organizations { get; } = new()
    {
        Email = new(40, 0),
        Phone = new(30, -5),
        CompanyName = new(40, -25),
        Website = new(30, -10),
        Address = new(20, -5),
        EmailDomain = new(25, 0),
    };

    /// <summary>Gets the weight of <see cref="MatchField.Email"/>.</summary>
    public FieldWeight Email { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.Phone"/>.</summary>
    public FieldWeight Phone { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.FirstName"/>.</summary>
    public FieldWeight FirstName { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.LastName"/>.</summary>
    public FieldWeight LastName { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.CompanyName"/>.</summary>
    public FieldWeight CompanyName { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.Website"/>.</summary>
    public FieldWeight Website { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.Address"/>.</summary>
    public FieldWeight Address { get; init; }

    /// <summary>Gets the weight of <see cref="MatchField.EmailDomain"/>.</summary>
    public FieldWeight EmailDomain { get; init; }

    /// <summary>
    /// Gets the most points the organisation's fields may give together (company name, website, address, e-mail
    /// domain, and a phone both records list only as a business or other line), 0–10,000; default 10,000 (no limit).
    /// </summary>
    /// <remarks>
    /// Colleagues share all of these at once, so for two people they are one piece of evidence ("same organisation"),
    /// not several: record linkage's field weights assume fields that disagree independently, and adding up five
    /// correlated agreements would make a colleague with the same name look like the same person.
    /// <see cref="People"/> sets 30: a little more than the company name alone.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 0 or above 10,000.</exception>
    public int OrganizationLimit
    {
        get;
        init => field = value is >= 0 and <= 10_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(OrganizationLimit), value, "The organisation limit must be between 0 and 10,000.");
    } = 10_000;
}
