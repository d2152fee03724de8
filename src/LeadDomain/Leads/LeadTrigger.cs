namespace LeadDomain.Leads;

/// <summary>The operations that move a lead through its life, or change it while it is open.</summary>
public enum LeadTrigger
{
    /// <summary>Record that the person was reached: New becomes Contacted.</summary>
    MarkContacted = 1,

    /// <summary>Qualify an open lead, when the <see cref="QualificationPolicy"/> is met.</summary>
    Qualify = 2,

    /// <summary>Disqualify an open lead with a <see cref="DisqualificationReason"/>.</summary>
    Disqualify = 3,

    /// <summary>Bring a disqualified, or a qualified but not converted, lead back to Open (New).</summary>
    Reactivate = 4,

    /// <summary>Convert a qualified lead into an account, a contact and/or an opportunity.</summary>
    Convert = 5,

    /// <summary>Change an open lead's details.</summary>
    Edit = 6,

    /// <summary>Add an entry to the activity log of a lead that is not converted.</summary>
    LogActivity = 7,

    /// <summary>
    /// Merge a duplicate into a master lead (<see cref="LeadLifecycle.Merge"/>):
    /// the lead is closed as Disqualified (Canceled), points at its master, and never changes again. An open, qualified
    /// or disqualified lead can be merged; a converted one cannot.
    /// </summary>
    Merge = 8,
}
