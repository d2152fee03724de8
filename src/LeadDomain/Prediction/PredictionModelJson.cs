using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using LeadDomain.Serialization;

namespace LeadDomain.Prediction;

/// <summary>
/// Saves a <see cref="PredictionModel"/> as JSON and loads it back, so that a host can train nightly and score at
/// request time. Loading validates everything and refuses a changed or damaged file; a model read back predicts
/// every lead with the same bits as the one written. Trim- and NativeAOT-safe (System.Text.Json source generation).
/// </summary>
/// <remarks>
/// <para>The format, version 1, is described by the JSON Schema <c>prediction-model.schema.json</c> shipped in the
/// package (<c>contentFiles/any/any/schemas/</c>). A naive Bayes model keeps its counts, from which its weights follow;
/// a logistic regression keeps its weights:</para>
/// <code language="json">
/// {
///   "format": "LeadDomain.PredictionModel",
///   "version": 1,
///   "algorithm": "NaiveBayes",
///   "examples": { "converted": 451, "disqualified": 3668 },
///   "grade": { "a": 0.75, "b": 0.5, "c": 0.25 },
///   "smoothing": 1,
///   "fields": [
///     { "field": "Source", "kind": "Category", "values": [ { "value": "WEB", "converted": 40, "disqualified": 300 } ],
///       "missing": { "converted": 411, "disqualified": 3368 } },
///     { "custom": "age", "kind": "Number", "bins": [ 30, 40 ],
///       "counts": [ { "converted": 1, "disqualified": 2 }, ... ], "missing": { "converted": 0, "disqualified": 0 } }
///   ],
///   "checksum": "9f86d081884c7d65..."
/// }
/// </code>
/// <para>
/// A logistic regression has <c>"intercept"</c> instead of <c>"smoothing"</c>; its category values have a
/// <c>"weight"</c> and <c>"missing"</c> is a weight; its number fields have <c>"mean"</c>, <c>"scale"</c> (one over
/// the standard deviation), <c>"weight"</c> and <c>"missing"</c>, or, binned, <c>"bins"</c>, <c>"weights"</c> (one per
/// bin) and <c>"missing"</c>. Category values are stored folded, in ordinal order. <c>checksum</c> is the SHA-256, in
/// lower-case hexadecimal, of the content written without indentation and without the checksum.
/// </para>
/// <para>A document whose shape does not match the schema throws <see cref="InvalidPredictionModelException"/> naming
/// the first problem and its JSON path; a document of the right shape reports every problem at once, such as
/// <c>$.fields[2].counts[3].converted must be a whole number from 0 to 2147483647</c>.</para>
/// </remarks>
public static class PredictionModelJson
{
    private static readonly PredictionJsonContext Indented = new(ModelFile.Options(indented: true));
    private static readonly PredictionJsonContext Compact = new(ModelFile.Options(indented: false));
    private static readonly (string, string)[] Header = [("format", "\"LeadDomain.PredictionModel\""), ("version", "1")];

    /// <summary>Writes a model as indented JSON (two spaces, <c>\n</c> line ends), in the format described on <see cref="PredictionModelJson"/>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text; <see cref="Parse(string)"/> reads it back into a model that predicts identically.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Write(PredictionModel model)
    {
        var content = Content(Guard.Against.Null(model));
        return JsonSerializer.Serialize(content with { Checksum = Checksum(content) }, Indented.PredictionFile);
    }

    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The JSON text, in the format described on <see cref="PredictionModelJson"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidPredictionModelException">The text is not a valid model, or its checksum does not match;
    /// its problems name their JSON paths.</exception>
    public static PredictionModel Parse(string json)
    {
        var file = new ModelFile(p => new InvalidPredictionModelException(p));
        return file.Validate(() => Read(file.Read(Guard.Against.Null(json), Indented.PredictionFile, Header), file));
    }

    /// <summary>Reads a model from UTF-8 JSON, such as the bytes of a file (a byte order mark is skipped).</summary>
    /// <param name="utf8Json">The UTF-8 JSON, in the format described on <see cref="PredictionModelJson"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidPredictionModelException">The bytes are not valid UTF-8 or not a valid model, or its
    /// checksum does not match; its problems name their JSON paths.</exception>
    public static PredictionModel Parse(ReadOnlySpan<byte> utf8Json)
    {
        var file = new ModelFile(p => new InvalidPredictionModelException(p));
        var dto = file.Read(utf8Json, Indented.PredictionFile, Header);
        return file.Validate(() => Read(dto, file));
    }

    internal static string Checksum(PredictionModel model) => Checksum(Content(model));

    private static string Checksum(PredictionFile content) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(content with { Checksum = null, Schema = null }, Compact.PredictionFile)));

    private static PredictionFile Content(PredictionModel model)
    {
        var bayes = model.Algorithm == PredictionAlgorithm.NaiveBayes;
        return new PredictionFile(
            "LeadDomain.PredictionModel",
            1,
            model.Algorithm.ToString(),
            new CountsDto(model.ConvertedExamples, model.DisqualifiedExamples),
            new GradeDto(model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold),
            [.. model.FieldModels.Select(f => new FieldDto(
                f.Field.Kind.ToString(),
                bayes ? JsonSerializer.SerializeToElement(new CountsDto(f.MissingConverted, f.MissingDisqualified), Compact.CountsDto)
                    : JsonSerializer.SerializeToElement(f.MissingWeight, Compact.Double),
                f.Field.IsCustom ? null : f.Field.Name,
                f.Field.IsCustom ? f.Field.Name : null,
                f.Encoding != FieldEncoding.Categories ? null
                    : [.. f.Keys.Select((key, i) => bayes ? new ValueDto(key, f.Converted![i], f.Disqualified![i]) : new ValueDto(key, Weight: f.Weights[i]))],
                f.Encoding == FieldEncoding.Bins ? f.Edges : null,
                f.Encoding == FieldEncoding.Bins && !bayes ? f.Weights : null,
                f.Encoding == FieldEncoding.Bins && bayes ? [.. f.Converted!.Select((c, i) => new CountsDto(c, f.Disqualified![i]))] : null,
                f.Encoding == FieldEncoding.Linear ? f.Mean : null,
                f.Encoding == FieldEncoding.Linear ? f.Scale : null,
                f.Encoding == FieldEncoding.Linear ? f.Weights[0] : null))],
            bayes ? model.Smoothing : null,
            bayes ? null : model.Intercept);
    }

    /// <summary>The validation step: every problem of a document of the right shape, then the checksum.</summary>
    private static PredictionModel Read(PredictionFile dto, ModelFile file)
    {
        var bayes = file.Enum<PredictionAlgorithm>(dto.Algorithm, "$.algorithm") != PredictionAlgorithm.LogisticRegression;
        file.Expect("$", $"a {dto.Algorithm} model", ("smoothing", dto.Smoothing is not null, bayes), ("intercept", dto.Intercept is not null, !bayes));
        var converted = (int)file.Whole(dto.Examples.Converted, "$.examples.converted", 1);
        var disqualified = (int)file.Whole(dto.Examples.Disqualified, "$.examples.disqualified", 1);
        var (a, b, c) = (dto.Grade.A, dto.Grade.B, dto.Grade.C);
        if (!(c > 0 && c <= b && b <= a && a <= 1))
        {
            file.Report(FormattableString.Invariant($"$.grade must have 0 < c <= b <= a <= 1; it has a {a}, b {b}, c {c}"));
        }

        var smoothing = dto.Smoothing ?? 1;
        if (smoothing is < PredictionOptions.MinSmoothing or > PredictionOptions.MaxSmoothing)
        {
            file.Report("$.smoothing must be from 0.000001 to 1,000,000");
        }

        var intercept = file.Finite(dto.Intercept ?? 0, "$.intercept");
        if (dto.Fields.Count == 0)
        {
            file.Report("$.fields is empty; a model reads at least one field");
        }

        var fields = new List<FieldModel>();
        var seen = new Dictionary<PredictionField, string>();
        for (var i = 0; i < dto.Fields.Count; i++)
        {
            var path = $"$.fields[{i}]";
            if (ReadField(dto.Fields[i], path, file, bayes, converted, disqualified, smoothing) is { } field)
            {
                fields.Add(field);
                if (!seen.TryAdd(field.Field, path))
                {
                    file.Report($"{path}: the field {field.Field} is already given at {seen[field.Field]}");
                }
            }
        }

        file.ThrowIfAny();
        var model = bayes
            ? NaiveBayesTrainer.Create([.. fields], converted, disqualified, smoothing, a, b, c)
            : new PredictionModel(PredictionAlgorithm.LogisticRegression, [.. fields], intercept, converted, disqualified, 1, a, b, c);
        if (dto.Checksum != Checksum(model))
        {
            file.Report("$.checksum does not match the model's content: the file was changed or damaged after it was written");
            file.ThrowIfAny();
        }

        return model;
    }

    private static FieldModel? ReadField(FieldDto f, string path, ModelFile file, bool bayes, long totalConverted, long totalDisqualified, double smoothing)
    {
        var start = file.Reported;
        var kind = file.Enum<PredictionFieldKind>(f.Kind, $"{path}.kind");
        var field = (f.Field, f.Custom, kind) switch
        {
            ({ } name, null, _) => PredictionField.FromStandardName(name) is { } standard
                ? (standard.Kind == kind || kind is null ? standard : Fail($"{path}.kind: {name} is a {standard.Kind} field, not a {kind} one"))
                : Fail($"{path}.field: '{Echo.Cut(name)}' is not a standard field; use one of {string.Join(", ", PredictionField.StandardFields.Select(s => s.Name))}"),
            (null, { } name, _) when string.IsNullOrWhiteSpace(name) => Fail($"{path}.custom is empty"),
            (null, { } name, PredictionFieldKind.Category) => PredictionField.CustomCategory(name),
            (null, { } name, PredictionFieldKind.Number) => PredictionField.CustomNumber(name),
            (null, not null, null) => null,
            _ => Fail($"{path} must have exactly one of 'field' (a standard field) and 'custom' (a custom field's name)"),
        };
        if (kind is null)
        {
            return null;
        }

        var category = kind == PredictionFieldKind.Category;
        var binned = !category && (bayes || f.Bins is not null);
        file.Expect(path, $"a {kind} field of a {(bayes ? "naive Bayes" : "logistic regression")} model",
            ("values", f.Values is not null, category), ("bins", f.Bins is not null, binned), ("weights", f.Weights is not null, binned && !bayes),
            ("counts", f.Counts is not null, binned && bayes), ("mean", f.Mean is not null, !category && !binned), ("scale", f.Scale is not null, !category && !binned),
            ("weight", f.Weight is not null, !category && !binned));
        var values = f.Values ?? [];
        for (var i = 0; i < values.Count; i++)
        {
            var item = $"{path}.values[{i}]";
            file.Expect(item, "a value", ("converted", values[i].Converted is not null, bayes), ("disqualified", values[i].Disqualified is not null, bayes),
                ("weight", values[i].Weight is not null, !bayes));
            if (FieldModel.FoldKey(values[i].Value) != values[i].Value)
            {
                file.Report($"{item}.value '{Echo.Cut(values[i].Value)}' is not folded (trimmed, upper case, Arabic letters and digits folded) as the trainer writes values");
            }
            else if (i > 0 && string.CompareOrdinal(values[i - 1].Value, values[i].Value) >= 0)
            {
                file.Report($"{item}.value '{Echo.Cut(values[i].Value)}' is out of order or repeated; values are unique, in ordinal order");
            }
        }

        var edges = f.Bins?.ToArray() ?? [];
        for (var i = 0; i < edges.Length; i++)
        {
            if (i > 0 && !(file.Finite(edges[i], $"{path}.bins[{i}]") > edges[i - 1]))
            {
                file.Report($"{path}.bins[{i}] must be above the bin edge before it; edges are ascending and distinct");
            }
        }

        var slots = category ? values.Count : edges.Length + 1;
        if ((f.Weights ?? f.Counts?.Select(x => 0.0).ToArray()) is { } perBin && perBin.Count != slots)
        {
            file.Report(FormattableString.Invariant($"{path}.{(bayes ? "counts" : "weights")} has {perBin.Count} items; {edges.Length} bin edges make {slots} bins"));
        }

        var weights = category && !bayes ? values.Select((v, i) => file.Finite(v.Weight ?? 0, $"{path}.values[{i}].weight")).ToArray()
            : (f.Weights ?? [f.Weight ?? 0]).Select((w, i) => file.Finite(w, $"{path}.weights[{i}]")).ToArray();
        CountsDto[] counts = category ? [.. values.Select(v => new CountsDto(v.Converted ?? 0, v.Disqualified ?? 0))] : [.. f.Counts ?? []];
        var converted = counts.Select((x, i) => file.Whole(x.Converted, $"{path}.{(category ? "values" : "counts")}[{i}].converted")).ToArray();
        var disqualified = counts.Select((x, i) => file.Whole(x.Disqualified, $"{path}.{(category ? "values" : "counts")}[{i}].disqualified")).ToArray();
        var missing = bayes ? file.Read(f.Missing, Compact.CountsDto, $"{path}.missing") : null;
        double missingWeight = 0;
        if (!bayes && (f.Missing.ValueKind != JsonValueKind.Number || !f.Missing.TryGetDouble(out missingWeight)))
        {
            file.Report($"{path}.missing must be a number (the weight of a missing value)");
        }

        if (bayes && missing is { } m)
        {
            file.Whole(m.Converted, $"{path}.missing.converted");
            file.Whole(m.Disqualified, $"{path}.missing.disqualified");
            foreach (var (sum, total, what) in new[] { (converted.Sum() + m.Converted, totalConverted, "converted"), (disqualified.Sum() + m.Disqualified, totalDisqualified, "disqualified") })
            {
                if (sum != total)
                {
                    file.Report(FormattableString.Invariant($"{path}: the {what} counts add up to {sum}, not to $.examples.{what} ({total})"));
                }
            }
        }

        file.Finite(missingWeight, $"{path}.missing");
        file.Finite(f.Mean ?? 0, $"{path}.mean");
        if (file.Finite(f.Scale ?? 0, $"{path}.scale") < 0)
        {
            file.Report($"{path}.scale must be 0 or more");
        }

        if (file.Reported > start || field is not { } good)
        {
            return null;
        }

        string[] keys = [.. values.Select(v => v.Value)];
        return (category, bayes, binned) switch
        {
            (_, true, _) => FieldModel.NaiveBayes(good, keys, edges, converted, disqualified, missing!.Converted, missing.Disqualified, totalConverted, totalDisqualified, smoothing),
            (true, false, _) => FieldModel.LogisticCategories(good, keys, weights, missingWeight),
            (false, false, true) => FieldModel.LogisticBins(good, edges, weights, missingWeight),
            _ => FieldModel.LogisticLinear(good, f.Mean!.Value, f.Scale!.Value, f.Weight!.Value, missingWeight),
        };

        PredictionField? Fail(string problem)
        {
            file.Report(problem);
            return null;
        }
    }

    // The DTOs: the file's shape, which System.Text.Json checks; members that depend on the algorithm and kind are optional here and checked above.
    internal sealed record PredictionFile(string Format, int Version, string Algorithm, CountsDto Examples, GradeDto Grade,
        [property: JsonPropertyOrder(1)] IReadOnlyList<FieldDto> Fields, double? Smoothing = null, double? Intercept = null,
        [property: JsonPropertyOrder(2)] string? Checksum = null, [property: JsonPropertyName("$schema"), JsonPropertyOrder(-1)] string? Schema = null);

    internal sealed record CountsDto(long Converted, long Disqualified);

    internal sealed record GradeDto(double A, double B, double C);

    internal sealed record FieldDto(string Kind, [property: JsonPropertyOrder(1)] JsonElement Missing, [property: JsonPropertyOrder(-1)] string? Field = null,
        [property: JsonPropertyOrder(-1)] string? Custom = null, IReadOnlyList<ValueDto>? Values = null, IReadOnlyList<double>? Bins = null,
        IReadOnlyList<double>? Weights = null, IReadOnlyList<CountsDto>? Counts = null, double? Mean = null, double? Scale = null, double? Weight = null);

    internal sealed record ValueDto(string Value, long? Converted = null, long? Disqualified = null, double? Weight = null);
}

[JsonSerializable(typeof(PredictionModelJson.PredictionFile))]
[JsonSerializable(typeof(double))]
internal sealed partial class PredictionJsonContext : JsonSerializerContext;
