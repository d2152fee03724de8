namespace LeadDomain.FollowUp;

/// <summary>What the library suggests doing with a stale lead; the host decides.</summary>
public enum SuggestedAction
{
    /// <summary>Follow up: call, write or meet.</summary>
    FollowUp = 1,

    /// <summary>Disqualify as Cannot Contact: several attempts and never an answer.</summary>
    DisqualifyCannotContact = 2,

    /// <summary>Disqualify as No Longer Interested: the lead answered once, then went quiet for long.</summary>
    DisqualifyNoLongerInterested = 3,
}
