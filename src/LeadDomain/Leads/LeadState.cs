namespace LeadDomain.Leads;

/// <summary>Where a lead stands in its life (Dynamics 365's "status").</summary>
public enum LeadState
{
    /// <summary>Available to a seller to take through qualification; the status reason is New or Contacted.</summary>
    Open = 1,

    /// <summary>A good candidate, ready to be converted (or reactivated).</summary>
    Qualified = 2,

    /// <summary>Not a good candidate, with a <see cref="DisqualificationReason"/>; it can be reactivated.</summary>
    Disqualified = 3,

    /// <summary>Converted into an account, a contact and/or an opportunity; the lead never changes again.</summary>
    Converted = 4,
}
