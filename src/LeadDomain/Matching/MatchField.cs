namespace LeadDomain.Matching;

/// <summary>A field two records are compared on; each has a weight in <see cref="MatchWeights"/>.</summary>
public enum MatchField
{
    /// <summary>An e-mail address (<see cref="MatchKeys.Email"/>): equal, or one typo in the local part or the domain.</summary>
    Email = 1,

    /// <summary>A phone number (<see cref="MatchKeys.Phone"/>): equal national numbers, or one digit wrong, missing or swapped.</summary>
    Phone = 2,

    /// <summary>
    /// The person's first (given) name, by Jaro-Winkler similarity; it agrees from 0.85 (Salesforce's fuzzy first name
    /// threshold), and then counts in full; an initial agrees with a name it starts. In a swapped reading (first and
    /// last written the other way round) each pair joins a first name with a last name, and the less close pair is
    /// reported as this field.
    /// </summary>
    FirstName = 3,

    /// <summary>
    /// The person's last (family) name, by Jaro-Winkler similarity; it agrees from 0.88, and then counts in full. A
    /// record that gives one name only is read against whichever of the other's names is closer, and two records that
    /// each give one name that differs are neither for nor against (they may be the two halves of one name).
    /// </summary>
    LastName = 4,

    /// <summary>The company name (<see cref="MatchKeys.CompanyName"/>), word by word: typos, abbreviations, initials.</summary>
    CompanyName = 5,

    /// <summary>The website's host (<see cref="MatchKeys.Website"/>), or its registered domain.</summary>
    Website = 6,

    /// <summary>The postal address: postal code, city and street lines.</summary>
    Address = 7,

    /// <summary>An organisation's e-mail domain (not a free-mail one such as gmail.com), when the addresses themselves differ.</summary>
    EmailDomain = 8,

    /// <summary>
    /// Not a field but the organisation's fields together (company name, website, address, e-mail domain, a shared
    /// phone): when their agreements add up to more than <see cref="MatchWeights.OrganizationLimit"/>, a reason of
    /// this kind takes the excess off (its points are negative; its values are the total and the limit).
    /// </summary>
    Organization = 9,

    /// <summary>
    /// Not a field but collective evidence: one record gives one name only, and in the whole input searched, every
    /// record at the organisation that gives that name gives it with the same other name, so the record can be no one
    /// else; it lifts the cap on the tier (0 points; its values are the name and the other name). Only a search over a
    /// set (<see cref="DuplicateFinder"/>) gives it, never the comparison of one pair alone.
    /// </summary>
    NameAtOrganization = 10,
}
