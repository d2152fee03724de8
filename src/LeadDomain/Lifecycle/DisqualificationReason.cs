namespace LeadDomain.Lifecycle;

/// <summary>Why a lead was disqualified (the status reasons of a Disqualified lead in Dynamics 365).</summary>
public enum DisqualificationReason
{
    /// <summary>The business went elsewhere.</summary>
    Lost = 1,

    /// <summary>The person could not be reached.</summary>
    CannotContact = 2,

    /// <summary>The person is no longer interested.</summary>
    NoLongerInterested = 3,

    /// <summary>The lead was canceled.</summary>
    Canceled = 4,
}
