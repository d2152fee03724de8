namespace LeadDomain.FollowUp;

/// <summary>What a lead is due for.</summary>
public enum FollowUpKind
{
    /// <summary>No one has contacted the lead since it was created (or reactivated).</summary>
    FirstContact = 1,

    /// <summary>The lead was contacted; the next touch is due.</summary>
    NextTouch = 2,
}
