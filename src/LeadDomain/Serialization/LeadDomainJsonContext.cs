using System.Text.Json;
using System.Text.Json.Serialization;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace LeadDomain.Serialization;

/// <summary>
/// The System.Text.Json source-generated context for storing leads and publishing their events: trim- and
/// NativeAOT-safe, with no reflection. A <see cref="LeadSnapshot"/> and every <see cref="LeadEvent"/> (polymorphic: a
/// <c>"$type"</c> member such as <c>"LeadQualified"</c>, read in any position) are written with camel-case members,
/// enumerations as names, lead ids as strings, instants and dates as ISO 8601 (NodaTime.Serialization.SystemTextJson),
/// custom fields with their kind (<c>{"kind":"Date","date":"2027-03-21"}</c>) and the open sets (status reasons,
/// disqualification reasons, activity types) as objects with their code and name.
/// </summary>
/// <remarks>
/// Use it rather than a context of your own: a context compiled in another assembly cannot reach the library's
/// internal constructors and silently drops custom fields. Reading checks the shape only; restore a snapshot read
/// back with <see cref="LeadLifecycle.Restore"/>, which checks that the lead can exist.
/// <code>
/// string json = JsonSerializer.Serialize(lead.ToSnapshot(), LeadDomainJsonContext.Default.LeadSnapshot);
/// Lead again = lifecycle.Restore(JsonSerializer.Deserialize(json, LeadDomainJsonContext.Default.LeadSnapshot)!);
/// </code>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(InstantJsonConverter), typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(LeadSnapshot))]
[JsonSerializable(typeof(LeadEvent))]
[JsonSerializable(typeof(IReadOnlyList<LeadEvent>))]
public sealed partial class LeadDomainJsonContext : JsonSerializerContext;

/// <summary>An <see cref="Instant"/> as ISO 8601 in UTC, <c>"2026-03-20T09:30:00Z"</c>: NodaTime.Serialization.SystemTextJson's converter over <see cref="InstantPattern.ExtendedIso"/>.</summary>
/// <remarks>Not <c>NodaConverters.InstantConverter</c>: that class's static constructor also builds its composite converters, which are not trim-safe.</remarks>
internal sealed class InstantJsonConverter() : DelegatingJsonConverter<Instant>(new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso));

/// <summary>A <see cref="LocalDate"/> as ISO 8601, <c>"2027-03-21"</c> (ISO calendar only): NodaTime.Serialization.SystemTextJson's converter over <see cref="LocalDatePattern.Iso"/>.</summary>
internal sealed class LocalDateJsonConverter() : DelegatingJsonConverter<LocalDate>(new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, date =>
{
    if (date.Calendar != CalendarSystem.Iso)
    {
        throw new ArgumentException($"A custom field's date is stored in the ISO calendar; convert {date} with WithCalendar(CalendarSystem.Iso).", nameof(date));
    }
}));

/// <summary>A converter with a parameterless constructor (as source generation needs) over one of NodaTime's.</summary>
internal abstract class DelegatingJsonConverter<T>(JsonConverter<T> inner) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => inner.Read(ref reader, typeToConvert, options)!;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}
