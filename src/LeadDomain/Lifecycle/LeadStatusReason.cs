namespace LeadDomain.Lifecycle;

/// <summary>
/// The precise status of a lead inside its <see cref="LeadState"/> (Dynamics 365's "status reason"): New and Contacted
/// are Open, the four disqualification reasons are Disqualified.
/// </summary>
public enum LeadStatusReason
{
    /// <summary>Open, and nobody has reached the person yet.</summary>
    New = 1,

    /// <summary>Open, and the person has been contacted.</summary>
    Contacted = 2,

    /// <summary>Qualified.</summary>
    Qualified = 3,

    /// <summary>Disqualified: the business went elsewhere.</summary>
    Lost = 4,

    /// <summary>Disqualified: the person could not be reached.</summary>
    CannotContact = 5,

    /// <summary>Disqualified: the person is no longer interested.</summary>
    NoLongerInterested = 6,

    /// <summary>Disqualified: the lead was canceled.</summary>
    Canceled = 7,

    /// <summary>Converted.</summary>
    Converted = 8,
}
