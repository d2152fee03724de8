using System.Text.Json.Serialization;
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
/// <remarks>Written with System.Text.Json (the shipped LeadDomainJsonContext reads and writes them), an event carries its kind as <c>"$type"</c>, the name of its type.</remarks>
[JsonPolymorphic]
[JsonDerivedType(typeof(LeadCreated), nameof(LeadCreated))]
[JsonDerivedType(typeof(LeadUpdated), nameof(LeadUpdated))]
[JsonDerivedType(typeof(LeadContacted), nameof(LeadContacted))]
[JsonDerivedType(typeof(LeadQualified), nameof(LeadQualified))]
[JsonDerivedType(typeof(LeadDisqualified), nameof(LeadDisqualified))]
[JsonDerivedType(typeof(LeadReactivated), nameof(LeadReactivated))]
[JsonDerivedType(typeof(LeadConverted), nameof(LeadConverted))]
[JsonDerivedType(typeof(LeadActivityLogged), nameof(LeadActivityLogged))]
[JsonDerivedType(typeof(LeadMerged), nameof(LeadMerged))]
[JsonDerivedType(typeof(LeadMergedInto), nameof(LeadMergedInto))]
public abstract record LeadEvent(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser);
