using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using LeadDomain.Serialization;
using NodaTime.Text;

namespace LeadDomain.Scoring;

/// <summary>
/// Reads and writes a <see cref="ScoringModel"/> as JSON, so that a model can live in a configuration file or a
/// database. Reading goes through <see cref="ScoringModel.CreateBuilder"/>, so every check of the builder applies;
/// writing gives JSON that reads back into a model that scores every lead identically. Trim- and NativeAOT-safe
/// (System.Text.Json source generation).
/// </summary>
/// <remarks>
/// <para>The format, version 1, is described by the JSON Schema <c>scoring-model.schema.json</c> shipped in the package
/// (<c>contentFiles/any/any/schemas/</c>): point a file's <c>$schema</c> at it and an editor checks it as you type.</para>
/// <code language="json">
/// {
///   "version": 1,
///   "caps": { "fit": 60, "engagement": 40 },
///   "rating": { "hot": 70, "warm": 40 },
///   "grade": { "a": 75, "b": 50, "c": 25 },
///   "fit": [
///     { "kind": "oneOf", "name": "industry", "field": "Industry", "values": [ "Software", "نرم‌افزار" ], "points": 10 },
///     { "kind": "range", "name": "revenue", "field": "AnnualRevenue", "min": 1000000, "currency": "EUR", "points": 8 },
///     { "kind": "customFlag", "name": "dnc", "customField": "do_not_contact", "points": -50 }
///   ],
///   "engagement": [
///     { "name": "visits", "activity": "WebVisit", "points": 3, "window": "P30D", "halfLife": "P7D", "cap": { "points": 10, "period": "P1D" } },
///     { "name": "webinars", "activity": { "code": 100, "name": "Webinar Attended", "kind": "Engagement" }, "points": 20, "window": "P90D" }
///   ]
/// }
/// </code>
/// <para>Fit rule kinds: <c>oneOf</c>, <c>containsAny</c>, <c>range</c>, <c>present</c>, <c>source</c>, <c>timeframe</c>,
/// <c>decisionMaker</c>, <c>customFlag</c>. Field, source, timeframe and well-known activity names are read ignoring
/// case; a host's own activity type is an object with its code, name and kind. Durations are ISO 8601 without years or
/// months (<c>P30D</c>, <c>PT12H</c>) or NodaTime's <c>D:hh:mm:ss.FFFFFFFFF</c>, which is what is written.</para>
/// <para>A document whose shape does not match the schema (syntax, unknown or repeated members, wrong types) throws
/// <see cref="InvalidScoringModelException"/> naming the first problem and its JSON path; a document of the right shape
/// reports every problem of its rules at once, such as <c>$.fit[2].field: 'Industri' is not a LeadTextField</c>.</para>
/// </remarks>
public static class ScoringModelJson
{
    private static readonly ScoringJsonContext Indented = new(ModelFile.Options(indented: true));

    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The JSON text, in the format described on <see cref="ScoringModelJson"/>.</param>
    /// <returns>The model, built and checked by <see cref="ScoringModelBuilder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidScoringModelException">The text is not a valid model; its problems name their JSON paths.</exception>
    public static ScoringModel Parse(string json)
    {
        var file = new ModelFile(p => new InvalidScoringModelException(p));
        return file.Validate(() => Read(file.Read(Guard.Against.Null(json), Indented.ScoringFile, ("version", "1")), file));
    }

    /// <summary>Reads a model from UTF-8 JSON, such as the bytes of a file (a byte order mark is skipped).</summary>
    /// <param name="utf8Json">The UTF-8 JSON, in the format described on <see cref="ScoringModelJson"/>.</param>
    /// <returns>The model, built and checked by <see cref="ScoringModelBuilder"/>.</returns>
    /// <exception cref="InvalidScoringModelException">The bytes are not valid UTF-8 or not a valid model; its problems name their JSON paths.</exception>
    public static ScoringModel Parse(ReadOnlySpan<byte> utf8Json)
    {
        var file = new ModelFile(p => new InvalidScoringModelException(p));
        var dto = file.Read(utf8Json, Indented.ScoringFile, ("version", "1"));
        return file.Validate(() => Read(dto, file));
    }

    /// <summary>Writes a model as indented JSON (two spaces, <c>\n</c> line ends), in the format described on <see cref="ScoringModelJson"/>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text; <see cref="Parse(string)"/> reads it back into a model that scores every lead identically,
    /// and writing that model again gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule's name or text holds half of a surrogate pair, which UTF-8 cannot carry.</exception>
    public static string Write(ScoringModel model)
    {
        Guard.Against.Null(model);
        FitDto[] fit = [.. model.Fit.Select(rule => rule switch
        {
            TextOneOfRule r => new OneOfDto(r.Name, r.Points, r.Field.ToString(), r.Values),
            TextContainsAnyRule r => new ContainsAnyDto(r.Name, r.Points, r.Field.ToString(), r.Terms),
            NumberRangeRule r => new RangeDto(r.Name, r.Points, r.Field.ToString(), r.Min, r.Max, r.Currency),
            PresenceRule r => new PresentDto(r.Name, r.Points, r.Field.ToString()),
            SourceRule r => new SourceDto(r.Name, r.Points, [.. r.Sources.Select(s => s.ToString())]),
            TimeframeRule r => new TimeframeDto(r.Name, r.Points, [.. r.Timeframes.Select(t => t.ToString())]),
            DecisionMakerRule r => new DecisionMakerDto(r.Name, r.Points, r.IsDecisionMaker),
            CustomFlagRule r => (FitDto)new CustomFlagDto(r.Name, r.Points, r.CustomField),
            _ => throw new InvalidOperationException($"Rule '{rule.Name}' is of a kind the JSON form does not know: {rule.GetType().Name}."),
        })];
        foreach (var rule in fit)
        {
            Check(rule.Name, rule switch { OneOfDto r => r.Values, ContainsAnyDto r => r.Terms, CustomFlagDto r => [r.CustomField], _ => [] });
        }

        foreach (var rule in model.Engagement)
        {
            Check(rule.Name, [rule.Type.Name]);
        }

        EngagementDto[] engagement = [.. model.Engagement.Select(r => new EngagementDto(
            r.Name,
            r.Type.IsWellKnown ? JsonSerializer.SerializeToElement(r.Type.Identifier, Indented.String) : JsonSerializer.SerializeToElement(r.Type, Indented.ActivityType),
            r.Points,
            DurationPattern.Roundtrip.Format(r.Window),
            r.HalfLife is { } h ? DurationPattern.Roundtrip.Format(h) : null,
            r.Cap is { } c ? new CapDto(c.MaxPoints, DurationPattern.Roundtrip.Format(c.Period)) : null))];
        var file = new ScoringFile(
            1,
            new CapsDto(model.FitCap, model.EngagementCap),
            new RatingDto(model.HotThreshold, model.WarmThreshold),
            new GradeDto(model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold),
            fit,
            engagement);
        return JsonSerializer.Serialize(file, Indented.ScoringFile);
    }

    /// <summary>
    /// Refuses text with half of a surrogate pair: the builder accepts it, but the writer would silently turn it into
    /// U+FFFD, and the model read back would no longer match what the original matched.
    /// </summary>
    private static void Check(string ruleName, IEnumerable<string> texts)
    {
        if (!Echo.IsWellFormed(ruleName) || texts.Any(t => !Echo.IsWellFormed(t)))
        {
            throw new ArgumentException($"Rule '{Echo.Cut(ruleName)}' holds text with half of a surrogate pair, which its JSON form cannot carry; correct the text.");
        }
    }

    /// <summary>The validation step: every rule read on its own, its problems reported with its path; only good rules reach the builder.</summary>
    private static ScoringModel Read(ScoringFile dto, ModelFile file)
    {
        var builder = ScoringModel.CreateBuilder();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var types = new Dictionary<ActivityType, string>();
        if (dto.Caps is { } caps)
        {
            file.Apply("$.caps", () => builder.WithCaps(caps.Fit, caps.Engagement));
        }

        builder.WithRatingThresholds(dto.Rating?.Hot ?? 70, dto.Rating?.Warm ?? 40)
            .WithGradeThresholds(dto.Grade?.A ?? 75, dto.Grade?.B ?? 50, dto.Grade?.C ?? 25);
        foreach (var (rule, path) in (dto.Fit ?? []).Select((r, i) => (r, $"$.fit[{i}]")))
        {
            var start = file.Reported;
            var name = Name(rule.Name, path);
            file.Finite(rule.Points, $"{path}.points");
            Func<ScoringModelBuilder>? add = rule switch
            {
                OneOfDto r when Texts(r.Values, $"{path}.values") is var ok && file.Enum<LeadTextField>(r.Field, $"{path}.field") is { } f && ok =>
                    () => builder.WhenOneOf(name, f, r.Values, r.Points),
                ContainsAnyDto r when Texts(r.Terms, $"{path}.terms") is var ok && file.Enum<LeadTextField>(r.Field, $"{path}.field") is { } f && ok =>
                    () => builder.WhenContainsAny(name, f, r.Terms, r.Points),
                RangeDto r when file.Enum<LeadNumberField>(r.Field, $"{path}.field") is { } f => () => builder.WhenInRange(name, f, r.Min, r.Max, r.Points, r.Currency),
                PresentDto r when file.Enum<LeadPresenceField>(r.Field, $"{path}.field") is { } f => () => builder.WhenPresent(name, f, r.Points),
                SourceDto r when Enums<LeadSource>(r.Sources, $"{path}.sources") is { } s => () => builder.WhenSource(name, s, r.Points),
                TimeframeDto r when Enums<PurchaseTimeframe>(r.Timeframes, $"{path}.timeframes") is { } t => () => builder.WhenTimeframe(name, t, r.Points),
                DecisionMakerDto r => () => builder.WhenDecisionMaker(name, r.Points, r.IsDecisionMaker),
                CustomFlagDto r when !string.IsNullOrWhiteSpace(r.CustomField) || Report($"{path}.customField is empty") is not null => () => builder.WhenCustomFlag(name, r.CustomField, r.Points),
                _ => null,
            };
            if (file.Reported == start && add is not null)
            {
                file.Apply(path, () => add());
            }
        }

        foreach (var (rule, path) in (dto.Engagement ?? []).Select((r, i) => (r, $"$.engagement[{i}]")))
        {
            var start = file.Reported;
            var name = Name(rule.Name, path);
            var type = Activity(rule.Activity, $"{path}.activity");
            if (type is { } t && !types.TryAdd(t, path))
            {
                file.Report($"{path}.activity: {t} already has a rule at {types[t]}; give each activity type one rule");
            }

            file.Finite(rule.Points, $"{path}.points");
            var window = file.Duration(rule.Window, $"{path}.window");
            var halfLife = file.Duration(rule.HalfLife, $"{path}.halfLife");
            var period = file.Duration(rule.Cap?.Period, $"{path}.cap.period");
            if (file.Reported == start)
            {
                file.Apply(path, () => builder.ForActivity(
                    name, type!.Value, rule.Points, window!.Value, halfLife, rule.Cap is { } c ? new ActivityCap(c.Points, period!.Value) : null));
            }
        }

        ScoringModel? model = null;
        try
        {
            model = builder.Build();
        }
        catch (InvalidScoringModelException e)
        {
            // Names and activity types were checked above, with their paths: what is left is the thresholds.
            foreach (var problem in e.Problems)
            {
                file.Report($"$.{problem.Split(' ')[0]}: {problem}");
            }
        }

        file.ThrowIfAny();
        return model!;

        string Name(string text, string path)
        {
            var name = text.Trim();
            if (name.Length == 0)
            {
                file.Report($"{path}.name is empty");
            }
            else if (!names.TryAdd(name, path))
            {
                file.Report($"{path}.name: the rule name '{Echo.Cut(name)}' is already used by {names[name]}; rule names must be unique");
            }

            return name;
        }

        bool Texts(IReadOnlyList<string> texts, string path)
        {
            var start = file.Reported;
            if (texts.Count == 0)
            {
                file.Report($"{path} is empty; give at least one");
            }

            for (var i = 0; i < texts.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(texts[i]))
                {
                    file.Report($"{path}[{i}] is empty");
                }
            }

            return file.Reported == start;
        }

        T[]? Enums<T>(IReadOnlyList<string> texts, string path)
            where T : struct, Enum
        {
            var values = texts.Select((text, i) => file.Enum<T>(text, $"{path}[{i}]")).ToArray();
            return Texts(texts, path) && values.All(v => v is not null) ? [.. values.Select(v => v!.Value)] : null;
        }

        ActivityType? Activity(JsonElement activity, string path)
        {
            if (activity.ValueKind == JsonValueKind.String)
            {
                var text = activity.GetString()!;
                return ActivityType.FromIdentifier(text) ?? Report($"{path}: '{Echo.Cut(text)}' is not a well-known activity type; use one of " +
                    $"{string.Join(", ", ActivityType.WellKnown.Select(t => t.Identifier))}, or give the host's own as {{ \"code\", \"name\", \"kind\" }}");
            }

            if (file.Read(activity, Indented.ActivityType, path) is not { IsDefined: true } type)
            {
                return file.Reported > 0 ? null : Report($"{path} must be a well-known type's name or an object with code, name and kind");
            }

            if (type.IsWellKnown)
            {
                return ActivityType.FromWellKnownCode(type.Code) == type ? type : Report($"{path}: codes 1-8 are the well-known types; {type.Code} is {ActivityType.FromWellKnownCode(type.Code)}");
            }

            ActivityType? defined = null;
            file.Apply(path, () => defined = ActivityType.Define(type.Code, type.Name, type.Kind));
            return defined;
        }

        ActivityType? Report(string problem)
        {
            file.Report(problem);
            return null;
        }
    }

    // The DTOs: the file's shape, which System.Text.Json checks (required members, no unknown or repeated ones).
    internal sealed record ScoringFile(int Version, CapsDto? Caps = null, RatingDto? Rating = null, GradeDto? Grade = null,
        IReadOnlyList<FitDto>? Fit = null, IReadOnlyList<EngagementDto>? Engagement = null,
        [property: JsonPropertyName("$schema"), JsonPropertyOrder(-1)] string? Schema = null);

    internal sealed record CapsDto(double Fit, double Engagement);

    internal sealed record RatingDto(int Hot, int Warm);

    internal sealed record GradeDto(int A, int B, int C);

    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(OneOfDto), "oneOf")]
    [JsonDerivedType(typeof(ContainsAnyDto), "containsAny")]
    [JsonDerivedType(typeof(RangeDto), "range")]
    [JsonDerivedType(typeof(PresentDto), "present")]
    [JsonDerivedType(typeof(SourceDto), "source")]
    [JsonDerivedType(typeof(TimeframeDto), "timeframe")]
    [JsonDerivedType(typeof(DecisionMakerDto), "decisionMaker")]
    [JsonDerivedType(typeof(CustomFlagDto), "customFlag")]
    internal abstract record FitDto([property: JsonPropertyOrder(-1)] string Name, [property: JsonPropertyOrder(1)] double Points);

    internal sealed record OneOfDto(string Name, double Points, string Field, IReadOnlyList<string> Values) : FitDto(Name, Points);

    internal sealed record ContainsAnyDto(string Name, double Points, string Field, IReadOnlyList<string> Terms) : FitDto(Name, Points);

    internal sealed record RangeDto(string Name, double Points, string Field, decimal? Min = null, decimal? Max = null, string? Currency = null)
        : FitDto(Name, Points);

    internal sealed record PresentDto(string Name, double Points, string Field) : FitDto(Name, Points);

    internal sealed record SourceDto(string Name, double Points, IReadOnlyList<string> Sources) : FitDto(Name, Points);

    internal sealed record TimeframeDto(string Name, double Points, IReadOnlyList<string> Timeframes) : FitDto(Name, Points);

    internal sealed record DecisionMakerDto(string Name, double Points, bool IsDecisionMaker) : FitDto(Name, Points);

    internal sealed record CustomFlagDto(string Name, double Points, string CustomField) : FitDto(Name, Points);

    internal sealed record EngagementDto(string Name, JsonElement Activity, double Points, string Window, string? HalfLife = null, CapDto? Cap = null);

    internal sealed record CapDto(double Points, string Period);
}

[JsonSerializable(typeof(ScoringModelJson.ScoringFile))]
[JsonSerializable(typeof(ActivityType))]
[JsonSerializable(typeof(string))]
internal sealed partial class ScoringJsonContext : JsonSerializerContext;
