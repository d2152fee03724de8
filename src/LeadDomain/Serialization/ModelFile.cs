using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Text;

namespace LeadDomain.Serialization;

/// <summary>
/// What the model files (scoring, prediction) share. Reading is two steps: System.Text.Json's source-generated DTOs
/// check the shape (unknown, repeated, missing and null members, types and ranges) and stop at the first problem, named
/// by its JSON path; then each model's validation step reads the DTO, collecting every problem it finds into this object.
/// </summary>
/// <param name="invalid">Makes the model's <see cref="InvalidStoredDataException"/> from its problems.</param>
internal sealed class ModelFile(Func<IReadOnlyList<string>, InvalidStoredDataException> invalid)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<string> _problems = [];

    /// <summary>Gets how many problems were reported so far.</summary>
    public int Reported => _problems.Count;

    /// <summary>The options of a model file, for a context of its DTOs: strict on read, indented with <c>\n</c> or compact on write.</summary>
    public static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        AllowOutOfOrderMetadataProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = indented,
        NewLine = "\n",

        // A configuration document, not HTML: Persian, '+' and '&' are written as they are, not as \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Report(string problem) => _problems.Add(problem);

    /// <summary>Throws the problems found, if any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw invalid(_problems);
        }
    }

    /// <summary>Reads text: a lone surrogate anywhere is a problem of the file, not an <see cref="ArgumentException"/>.</summary>
    public T Read<T>(string json, JsonTypeInfo<T> info, params (string Name, string Json)[] header)
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            throw invalid([string.Create(CultureInfo.InvariantCulture, $"$ is not valid text: the character at index {e.Index} is half of a surrogate pair")]);
        }

        return Read(utf8, info, header);
    }

    /// <summary>
    /// Reads UTF-8 (a byte order mark is skipped) into the DTO, or throws its first problem of syntax or shape. The
    /// <paramref name="header"/> members tell the format (such as <c>"version": 1</c>): a file without them, or of
    /// another format, reports only that, since another version may mean anything.
    /// </summary>
    public T Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> info, params (string Name, string Json)[] header)
    {
        utf8 = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (!Utf8.IsValid(utf8))
        {
            var offset = 0;
            while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == OperationStatus.Done)
            {
                offset += consumed;
            }

            throw invalid([string.Create(CultureInfo.InvariantCulture, $"$ is not valid UTF-8: the byte at offset {offset} (0x{utf8[offset]:X2}) does not begin a valid sequence")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw invalid([Describe(e)]);
        }

        using (document)
        {
            var root = document.RootElement;
            foreach (var (name, json) in header)
            {
                var problem = root.ValueKind != JsonValueKind.Object ? null
                    : !root.TryGetProperty(name, out var value) ? $"$.{name} is missing; a model file begins with {name} {json}"
                    : value.GetRawText() == json ? null
                    : $"$.{name} {Echo.Cut(value.GetRawText())} is not supported; this library reads {name} {json}";
                if (problem is not null)
                {
                    throw invalid([problem]);
                }
            }

            try
            {
                return root.Deserialize(info) ?? throw invalid(["$ must be an object, not null"]);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                throw invalid([Describe(e)]);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to unescape "\ud800" without its other half.
                throw invalid(["$ holds a string with an escaped half of a surrogate pair, which no text can hold"]);
            }
        }
    }

    /// <summary>
    /// Validates a read DTO: <paramref name="read"/> checks it and builds the model. A null where the file needs an
    /// object (an array item written as <c>null</c>) is reported as a problem of the file rather than thrown as a
    /// <see cref="NullReferenceException"/>.
    /// </summary>
    public TModel Validate<TModel>(Func<TModel> read)
    {
        try
        {
            return read();
        }
        catch (NullReferenceException)
        {
            throw invalid(["$ holds null where an object or a value is needed (an array item, most likely); remove it or give its value"]);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reading a string late (a nested element) with an escaped half of a surrogate pair.
            throw invalid(["$ holds a string with an escaped half of a surrogate pair, which no text can hold"]);
        }
        catch (OverflowException)
        {
            throw invalid(["$ holds a number beyond what the model can hold; keep numbers within their documented ranges"]);
        }
    }

    /// <summary>Reads a nested value held as a <see cref="JsonElement"/> (such as an activity type given as an object).</summary>
    public T? Read<T>(JsonElement element, JsonTypeInfo<T> info, string path)
    {
        try
        {
            return element.Deserialize(info);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            Report(path + Describe(e)[1..]);
            return default;
        }
    }

    /// <summary>Reads the name of a member of <typeparamref name="T"/>, ignoring case; reports an unknown one.</summary>
    public T? Enum<T>(string text, string path)
        where T : struct, Enum
    {
        var name = Array.Find(System.Enum.GetNames<T>(), n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            Report($"{path}: '{Echo.Cut(text)}' is not a {typeof(T).Name}; use one of {string.Join(", ", System.Enum.GetNames<T>())}");
            return null;
        }

        return System.Enum.Parse<T>(name);
    }

    /// <summary>Reads a duration as ISO 8601 (<c>P30D</c>, <c>PT12H</c>; no years or months) or as NodaTime's <c>D:hh:mm:ss.FFFFFFFFF</c>.</summary>
    public Duration? Duration(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (DurationPattern.Roundtrip.Parse(text) is { Success: true } roundtrip)
        {
            return roundtrip.Value;
        }

        if (PeriodPattern.NormalizingIso.Parse(text) is { Success: true, Value: { Years: 0, Months: 0 } period })
        {
            return period.ToDuration();
        }

        Report($"{path}: '{Echo.Cut(text)}' is not a duration; write ISO 8601 without years or months (P30D, PT12H, P1DT30M) or D:hh:mm:ss (30:00:00:00)");
        return null;
    }

    /// <summary>Reports a number that is not finite or is beyond 1e100 in size (no model comes near; beyond it a score could overflow).</summary>
    public double Finite(double value, string path)
    {
        if (!(Math.Abs(value) <= 1e100))
        {
            Report(FormattableString.Invariant($"{path} must be a finite number of at most 1e100 in size; it is {value}"));
        }

        return value;
    }

    /// <summary>Reports a count below <paramref name="minimum"/> or above <see cref="int.MaxValue"/>.</summary>
    public long Whole(long value, string path, long minimum = 0)
    {
        if (value < minimum || value > int.MaxValue)
        {
            Report(FormattableString.Invariant($"{path} must be a whole number from {minimum} to {int.MaxValue}; it is {value}"));
        }

        return value;
    }

    /// <summary>Reports each member that is present where <paramref name="what"/> has none, or missing where it needs one.</summary>
    public void Expect(string path, string what, params (string Name, bool Present, bool Wanted)[] members)
    {
        foreach (var (name, present, wanted) in members.Where(m => m.Present != m.Wanted))
        {
            Report(present ? $"{path}.{name} is not a member of {what}" : $"{path}.{name} is missing; {what} needs it");
        }
    }

    /// <summary>Runs a builder step, reporting its <see cref="ArgumentException"/> at <paramref name="path"/>.</summary>
    public void Apply(string path, Action step)
    {
        try
        {
            step();
        }
        catch (ArgumentException e)
        {
            // ArgumentException.Message appends " (Parameter 'x')", which names a C# parameter, not a JSON member.
            var suffix = e.ParamName is { } p ? $" (Parameter '{p}')" : string.Empty;
            Report($"{path}: {(e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message)}");
        }
    }

    /// <summary>Says what System.Text.Json found, at its JSON path, without its C# type names.</summary>
    private static string Describe(Exception e)
    {
        var message = e.Message;
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var path = (e as JsonException)?.Path ?? (at >= 0 ? message[(at + 7)..].Split(' ')[0] : "$");
        message = at >= 0 ? message[..at] : message;
        var inner = e.InnerException?.Message ?? string.Empty;
        var quoted = message.Split('\'') is { Length: > 2 } parts ? Echo.Cut(parts[1]) : string.Empty;
        return e switch
        {
            JsonException { LineNumber: { } line, InnerException: null or JsonException } j when j.Path is null => string.Create(CultureInfo.InvariantCulture,
                $"$ is not valid JSON at line {line + 1}, byte {j.BytePositionInLine + 1} of the line: {message[..Math.Max(0, message.IndexOf(" LineNumber:", StringComparison.Ordinal))]}"),
            { InnerException: InvalidOperationException } when inner.Contains("UTF-16", StringComparison.Ordinal) => $"{path} is not valid text: it holds half of a surrogate pair",
            { InnerException: InvalidOperationException } when inner.Split('\'') is [_, var found, var rest] =>
                $"{path} must be {rest.Replace(" as ", string.Empty, StringComparison.Ordinal).TrimEnd('.') switch { "a boolean" => "true or false", var kind => kind }}, not {Token(found)}",
            { InnerException: FormatException } => $"{path} is out of range for this member (or not a whole number where one is needed)",
            NotSupportedException => $"{path} must begin with its kind, such as \"kind\": \"oneOf\"",
            _ when message.StartsWith("The JSON property", StringComparison.Ordinal) => $"{path} is not a known member here (names are case-sensitive); see the schema",
            _ when message.StartsWith("Duplicate property", StringComparison.Ordinal) => $"{path} appears more than once",
            _ when message.Split("including: ") is [_, var names] && names.TrimEnd('.').Split(", ") is { } missing =>
                $"{string.Join(", ", missing.Select(m => $"{path}.{m.Trim('\'')}"))} {(missing.Length == 1 ? "is" : "are")} missing; see the schema for what is required",
            _ when message.Contains("doesn't allow null values", StringComparison.Ordinal) => $"{path} must not be null",
            _ when message.StartsWith("Read unrecognized type discriminator", StringComparison.Ordinal) => $"{path}.kind: '{quoted}' is not a kind this member can have",
            _ => $"{path} does not have the JSON type the schema gives it here",
        };
    }

    private static string Token(string tokenType) => tokenType switch
    {
        "StartObject" => "an object",
        "StartArray" => "an array",
        "String" => "a string",
        "Number" => "a number",
        "True" or "False" => "a boolean",
        _ => "null",
    };
}
