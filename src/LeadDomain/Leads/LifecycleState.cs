namespace LeadDomain.Leads;

/// <summary>
/// The states of the Stateless machine: <see cref="Open"/> is the superstate of <see cref="New"/> and
/// <see cref="Contacted"/>; the four disqualification reasons share one <see cref="Disqualified"/> state because
/// they allow the same transitions.
/// </summary>
internal enum LifecycleState
{
    Open,
    New,
    Contacted,
    Qualified,
    Disqualified,
    Converted,
}
