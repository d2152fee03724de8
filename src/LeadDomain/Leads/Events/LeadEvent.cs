using NodaTime;

namespace LeadDomain.Leads;

/// <summary>
/// Something that happened to a lead, raised by every successful operation and kept until the host drains it with
/// <see cref="Lead.DrainEvents"/> to publish it.
/// </summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Version">The lead's <see cref="Lead.Version"/> after the operation.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who did it.</param>
public abstract record LeadEvent(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser);
