using NodaTime;

namespace LeadDomain.Leads;

/// <summary>One entry of a lead's activity log.</summary>
/// <param name="Type">What happened.</param>
/// <param name="At">When it happened (which may be before the lead was created, for imported history).</param>
public readonly record struct LeadActivity(ActivityType Type, Instant At);
