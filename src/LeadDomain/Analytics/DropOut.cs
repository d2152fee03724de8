using LeadDomain.Leads;

namespace LeadDomain.Analytics;

/// <summary>How many times leads were disqualified from a stage for a reason (a lead disqualified twice counts twice).</summary>
/// <param name="Stage">The stage the leads were in (New or Contacted).</param>
/// <param name="Reason">Why they were disqualified.</param>
/// <param name="Count">How many disqualifications.</param>
public readonly record struct DropOut(FunnelStage Stage, DisqualificationReason Reason, long Count);
