using NodaTime;

namespace LeadDomain.Leads;

/// <summary>A qualified lead was converted; it never changes again.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's version after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
/// <param name="Conversion">What it was converted into.</param>
public sealed record LeadConverted(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, LeadConversion Conversion)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser);
