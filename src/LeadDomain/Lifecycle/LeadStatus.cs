namespace LeadDomain.Lifecycle;

/// <summary>Maps between the public state / status reason pairs and the machine's states.</summary>
internal static class LeadStatus
{
    public static LeadState StateOf(LeadStatusReason reason) => reason switch
    {
        LeadStatusReason.New or LeadStatusReason.Contacted => LeadState.Open,
        LeadStatusReason.Qualified => LeadState.Qualified,
        LeadStatusReason.Converted => LeadState.Converted,
        _ => LeadState.Disqualified,
    };

    public static LifecycleState MachineStateOf(LeadStatusReason reason) => reason switch
    {
        LeadStatusReason.New => LifecycleState.New,
        LeadStatusReason.Contacted => LifecycleState.Contacted,
        LeadStatusReason.Qualified => LifecycleState.Qualified,
        LeadStatusReason.Converted => LifecycleState.Converted,
        _ => LifecycleState.Disqualified,
    };

    public static LeadStatusReason ToStatusReason(DisqualificationReason reason) => reason switch
    {
        DisqualificationReason.Lost => LeadStatusReason.Lost,
        DisqualificationReason.CannotContact => LeadStatusReason.CannotContact,
        DisqualificationReason.NoLongerInterested => LeadStatusReason.NoLongerInterested,
        DisqualificationReason.Canceled => LeadStatusReason.Canceled,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a disqualification reason."),
    };

    public static DisqualificationReason? ToDisqualificationReason(LeadStatusReason reason) => reason switch
    {
        LeadStatusReason.Lost => DisqualificationReason.Lost,
        LeadStatusReason.CannotContact => DisqualificationReason.CannotContact,
        LeadStatusReason.NoLongerInterested => DisqualificationReason.NoLongerInterested,
        LeadStatusReason.Canceled => DisqualificationReason.Canceled,
        _ => null,
    };
}
