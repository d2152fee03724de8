using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadDomain.Leads;

/// <summary>
/// System.Text.Json converters for the open sets, so that a snapshot written with System.Text.Json (reflection or
/// source generation) reads back the same: each value is an object with its code and name (and its state or kind).
/// The values are checked against the lifecycle when the snapshot is restored, not here.
/// </summary>
internal static class CodeJson
{
    public static (int Code, string Name, string? Extra) Read(ref Utf8JsonReader reader, string extraName, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{what} is an object with a code and a name.");
        }

        int? code = null;
        string? name = null;
        string? extra = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException($"{what} is an object with a code and a name.");
            }

            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "code":
                    code = reader.GetInt32();
                    break;
                case "name":
                    name = reader.GetString();
                    break;
                default:
                    if (property == extraName)
                    {
                        extra = reader.GetString();
                        break;
                    }

                    throw new JsonException($"{what} has no member '{Echo.Cut(property)}'; its members are code, name and {extraName}.");
            }
        }

        return (code ?? throw new JsonException($"{what} needs its code."), name ?? throw new JsonException($"{what} needs its name."), extra);
    }

    public static void Write(Utf8JsonWriter writer, int code, string name, string? extraName = null, string? extra = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("code", code);
        writer.WriteString("name", name);
        if (extraName is not null)
        {
            writer.WriteString(extraName, extra);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="DisqualificationReason"/> as <c>{"code":4,"name":"Lost"}</c>.</summary>
internal sealed class DisqualificationReasonJsonConverter : JsonConverter<DisqualificationReason>
{
    public override DisqualificationReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (code, name, _) = CodeJson.Read(ref reader, "-", "A disqualification reason");
        return DisqualificationReason.FromParts(code, name);
    }

    public override void Write(Utf8JsonWriter writer, DisqualificationReason value, JsonSerializerOptions options) =>
        CodeJson.Write(writer, value.Code, value.Name);
}

/// <summary>Reads and writes a <see cref="LeadStatusReason"/> as <c>{"code":4,"name":"Lost","state":"Disqualified"}</c>.</summary>
internal sealed class LeadStatusReasonJsonConverter : JsonConverter<LeadStatusReason>
{
    public override LeadStatusReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (code, name, state) = CodeJson.Read(ref reader, "state", "A status reason");
        return LeadStatusReason.FromParts(code, name, Enum.TryParse<LeadState>(state, out var s) && Enum.IsDefined(s) ? s : default);
    }

    public override void Write(Utf8JsonWriter writer, LeadStatusReason value, JsonSerializerOptions options) =>
        CodeJson.Write(writer, value.Code, value.Name, "state", value.State.ToString());
}

/// <summary>Reads and writes an <see cref="ActivityType"/> as <c>{"code":3,"name":"Web Visit","kind":"Engagement"}</c>.</summary>
internal sealed class ActivityTypeJsonConverter : JsonConverter<ActivityType>
{
    public override ActivityType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (code, name, kind) = CodeJson.Read(ref reader, "kind", "An activity type");
        return ActivityType.FromParts(code, name, Enum.TryParse<ActivityKind>(kind, out var k) && Enum.IsDefined(k) ? k : default);
    }

    public override void Write(Utf8JsonWriter writer, ActivityType value, JsonSerializerOptions options) =>
        CodeJson.Write(writer, value.Code, value.Name, "kind", value.Kind.ToString());
}

/// <summary>A <see cref="LeadId"/> as its GUID string, such as <c>"3f2c9a1e-…"</c>.</summary>
internal sealed class LeadIdJsonConverter : JsonConverter<LeadId>
{
    public override LeadId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Guid.TryParseExact(reader.GetString(), "D", out var id)
            ? new LeadId(id)
            : throw new JsonException("A lead id is a GUID string such as \"3f2c9a1e-5b7d-4c8e-9f10-2a3b4c5d6e7f\".");

    public override void Write(Utf8JsonWriter writer, LeadId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
