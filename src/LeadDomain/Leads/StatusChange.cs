using NodaTime;

namespace LeadDomain.Leads;

/// <summary>One entry of a lead's status history.</summary>
/// <param name="From">The status reason before the change, or null for the entry that records the lead's creation.</param>
/// <param name="To">The status reason after the change; for a disqualification it is the reason.</param>
/// <param name="At">When the change happened.</param>
/// <param name="ActingUser">Who made the change.</param>
public readonly record struct StatusChange(LeadStatusReason? From, LeadStatusReason To, Instant At, string ActingUser);
