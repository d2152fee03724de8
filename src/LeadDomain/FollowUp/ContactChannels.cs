using LeadDomain.Leads;

namespace LeadDomain.FollowUp;

/// <summary>
/// The ways a follow-up may reach the person: those the lead has data for and the person has not opted out of
/// (Dynamics 365's <c>donotemail</c>, <c>donotphone</c>, <c>donotfax</c>, <c>donotpostalmail</c>; Salesforce's
/// <c>HasOptedOutOfEmail</c>, <c>DoNotCall</c>, <c>HasOptedOutOfFax</c>).
/// </summary>
[Flags]
public enum ContactChannels
{
    /// <summary>No way is both known and allowed: the person cannot be contacted.</summary>
    None = 0,

    /// <summary>E-mail: an address is known and <see cref="LeadDetails.DoNotEmail"/> is not set.</summary>
    Email = 1,

    /// <summary>Phone: a business, mobile, home or other phone is known and <see cref="LeadDetails.DoNotPhone"/> is not set.</summary>
    Phone = 2,

    /// <summary>Fax: a fax number is known and <see cref="LeadDetails.DoNotFax"/> is not set.</summary>
    Fax = 4,

    /// <summary>Post: an address is known and <see cref="LeadDetails.DoNotPostalMail"/> is not set.</summary>
    Post = 8,
}

/// <summary>Reads the channels a lead's details allow.</summary>
internal static class Channels
{
    /// <summary>Whether the lead has a way to reach the person and the person opted out of every one of them.</summary>
    public static bool AllOptedOut(LeadDetails d) =>
        Of(d) == ContactChannels.None && (d.Emails.Count > 0 || d.HasPhone || d.Fax is not null || d.Address is not null);

    public static ContactChannels Of(LeadDetails d) =>
        (d.Emails.Count > 0 && !d.DoNotEmail ? ContactChannels.Email : ContactChannels.None)
        | (d.HasPhone && !d.DoNotPhone ? ContactChannels.Phone : ContactChannels.None)
        | (d.Fax is not null && !d.DoNotFax ? ContactChannels.Fax : ContactChannels.None)
        | (d.Address is not null && !d.DoNotPostalMail ? ContactChannels.Post : ContactChannels.None);
}
