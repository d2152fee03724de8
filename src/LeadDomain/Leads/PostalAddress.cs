namespace LeadDomain.Leads;

/// <summary>
/// A postal address, as Dynamics 365's lead holds its first address (<c>address1_line1</c>-<c>line3</c>, city, state
/// or province, postal code, country) and Salesforce its Street, City, State, PostalCode and Country. Every part is
/// optional; the lead stores each part trimmed, and an address with no part at all as no address.
/// </summary>
/// <param name="Line1">The first street line.</param>
/// <param name="Line2">The second street line.</param>
/// <param name="Line3">The third street line.</param>
/// <param name="City">The city.</param>
/// <param name="StateOrProvince">The state or province.</param>
/// <param name="PostalCode">The postal (ZIP) code.</param>
/// <param name="Country">The country or region, as written (a name or an ISO 3166 code).</param>
public sealed record PostalAddress(
    string? Line1 = null,
    string? Line2 = null,
    string? Line3 = null,
    string? City = null,
    string? StateOrProvince = null,
    string? PostalCode = null,
    string? Country = null)
{
    /// <summary>Gets a value indicating whether no part is given.</summary>
    public bool IsEmpty => Line1 is null && Line2 is null && Line3 is null && City is null && StateOrProvince is null
        && PostalCode is null && Country is null;
}
