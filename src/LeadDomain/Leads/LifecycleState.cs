namespace LeadDomain.Leads;

/// <summary>
/// The states of the Stateless machine: <see cref="Open"/> is the superstate of <see cref="New"/> and
/// <see cref="Contacted"/>; the four disqualification reasons share one <see cref="Disqualified"/> state because
/// they allow the same transitions. <see cref="Merged"/> is a lead merged into another: Disqualified (Canceled) by its
/// status reason, but terminal, so it is a state of its own.
/// </summary>
internal enum LifecycleState
{
    Open,
    New,
    Contacted,
    Qualified,
    Disqualified,
    Converted,
    Merged,
}
