using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using static LeadDomain.Json.JsonPaths;

namespace LeadDomain.Prediction;

/// <summary>
/// Saves a <see cref="PredictionModel"/> as JSON and loads it back, so that a host can train nightly and score at
/// request time. Loading validates everything and refuses a changed or damaged file; a model read back predicts
/// every lead with the same bits as the one written.
/// </summary>
/// <remarks>
/// <para>
/// Trim- and NativeAOT-safe: it reads with <see cref="JsonDocument"/> and writes with <see cref="Utf8JsonWriter"/>.
/// The format, version 1 (a naive Bayes model keeps its counts, from which its weights follow; a logistic regression
/// keeps its weights):
/// </para>
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
/// A logistic regression has <c>"intercept"</c> instead of <c>"smoothing"</c>; its category fields give each value a
/// <c>"weight"</c> and <c>"missing"</c> is a weight; its number fields have <c>"mean"</c>, <c>"scale"</c> (one over
/// the standard deviation), <c>"weight"</c> and <c>"missing"</c>, or, binned, <c>"bins"</c>, <c>"weights"</c> (one
/// per bin) and <c>"missing"</c>. Category values are stored folded, in ordinal
/// order. <c>checksum</c> is the SHA-256, in lower-case hexadecimal, of the model's content written without
/// indentation and without the checksum; any change to a count or weight makes loading fail.
/// </para>
/// <para>
/// A document that is not valid throws <see cref="InvalidPredictionModelException"/> listing every problem found,
/// each naming its JSON path, such as <c>$.fields[2].counts[3].converted must be a whole number of 0 or more</c>.
/// </para>
/// </remarks>
public static class PredictionModelJson
{
    private const string FormatName = "LeadDomain.PredictionModel";
    private const int FormatVersion = 1;

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a model as indented JSON (two spaces, <c>\n</c> line ends), in the format described on <see cref="PredictionModelJson"/>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text; <see cref="Parse(string)"/> reads it back into a model that predicts identically.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Write(PredictionModel model)
    {
        Guard.Against.Null(model);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            WriteContent(writer, model);
            writer.WriteString("checksum", Checksum(model));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The JSON text, in the format described on <see cref="PredictionModelJson"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidPredictionModelException">The text is not valid JSON or not a valid model, or its checksum
    /// does not match; <see cref="InvalidPredictionModelException.Problems"/> names each problem and its JSON path.</exception>
    public static PredictionModel Parse(string json)
    {
        Guard.Against.Null(json);
        return ParseDocument(() => JsonDocument.Parse(json, DocumentOptions));
    }

    /// <summary>Reads a model from UTF-8 JSON, such as the bytes of a file (a byte order mark is skipped).</summary>
    /// <param name="utf8Json">The UTF-8 JSON, in the format described on <see cref="PredictionModelJson"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidPredictionModelException">The bytes are not valid UTF-8 JSON or not a valid model, or its
    /// checksum does not match; <see cref="InvalidPredictionModelException.Problems"/> names each problem and its JSON path.</exception>
    public static PredictionModel Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var bytes = utf8Json.ToArray();
        return ParseDocument(() => JsonDocument.Parse(bytes, DocumentOptions));
    }

    private static PredictionModel ParseDocument(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {e.BytePositionInLine.GetValueOrDefault() + 1} of the line")
                : string.Empty;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new InvalidPredictionModelException([$"$ is not valid JSON{where}: {(cut > 0 ? message[..cut] : message)}"]);
        }

        using (document)
        {
            return new Reader().Read(document.RootElement);
        }
    }

    internal static string Checksum(PredictionModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            WriteContent(writer, model);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteContent(Utf8JsonWriter writer, PredictionModel model)
    {
        var bayes = model.Algorithm == PredictionAlgorithm.NaiveBayes;
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", FormatVersion);
        writer.WriteString("algorithm", model.Algorithm.ToString());
        writer.WriteStartObject("examples");
        writer.WriteNumber("converted", model.ConvertedExamples);
        writer.WriteNumber("disqualified", model.DisqualifiedExamples);
        writer.WriteEndObject();
        writer.WriteStartObject("grade");
        writer.WriteNumber("a", model.GradeAThreshold);
        writer.WriteNumber("b", model.GradeBThreshold);
        writer.WriteNumber("c", model.GradeCThreshold);
        writer.WriteEndObject();
        if (bayes)
        {
            writer.WriteNumber("smoothing", model.Smoothing);
        }
        else
        {
            writer.WriteNumber("intercept", model.Intercept);
        }

        writer.WriteStartArray("fields");
        foreach (var field in model.FieldModels)
        {
            writer.WriteStartObject();
            writer.WriteString(field.Field.IsCustom ? "custom" : "field", field.Field.Name);
            writer.WriteString("kind", field.Field.Kind.ToString());
            switch (field.Encoding)
            {
                case FieldEncoding.Categories when bayes:
                    writer.WriteStartArray("values");
                    for (var i = 0; i < field.Keys.Length; i++)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("value", field.Keys[i]);
                        writer.WriteNumber("converted", field.Converted![i]);
                        writer.WriteNumber("disqualified", field.Disqualified![i]);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    WriteCounts(writer, "missing", field.MissingConverted, field.MissingDisqualified);
                    break;
                case FieldEncoding.Bins when !bayes:
                    writer.WriteStartArray("bins");
                    foreach (var edge in field.Edges)
                    {
                        writer.WriteNumberValue(edge);
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("weights");
                    foreach (var weight in field.Weights)
                    {
                        writer.WriteNumberValue(weight);
                    }

                    writer.WriteEndArray();
                    writer.WriteNumber("missing", field.MissingWeight);
                    break;
                case FieldEncoding.Bins:
                    writer.WriteStartArray("bins");
                    foreach (var edge in field.Edges)
                    {
                        writer.WriteNumberValue(edge);
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("counts");
                    for (var i = 0; i < field.Converted!.Length; i++)
                    {
                        WriteCounts(writer, null, field.Converted[i], field.Disqualified![i]);
                    }

                    writer.WriteEndArray();
                    WriteCounts(writer, "missing", field.MissingConverted, field.MissingDisqualified);
                    break;
                case FieldEncoding.Categories:
                    writer.WriteStartArray("values");
                    for (var i = 0; i < field.Keys.Length; i++)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("value", field.Keys[i]);
                        writer.WriteNumber("weight", field.Weights[i]);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteNumber("missing", field.MissingWeight);
                    break;
                default:
                    writer.WriteNumber("mean", field.Mean);
                    writer.WriteNumber("scale", field.Scale);
                    writer.WriteNumber("weight", field.Weights[0]);
                    writer.WriteNumber("missing", field.MissingWeight);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string? name, long converted, long disqualified)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteNumber("converted", converted);
        writer.WriteNumber("disqualified", disqualified);
        writer.WriteEndObject();
    }

    /// <summary>Reads one document: collects every problem it can, then throws them together.</summary>
    private sealed class Reader
    {
        private readonly List<string> _problems = [];

        public void Report(string problem) => _problems.Add(problem);

        public PredictionModel Read(JsonElement root)
        {
            var model = Node.Open(root, "$", this) ?? throw new InvalidPredictionModelException(_problems);
            var format = model.String("format");
            if (format is not null && format != FormatName)
            {
                throw new InvalidPredictionModelException([$"$.format '{format}' is not a prediction model; it must be '{FormatName}'"]);
            }

            if (model.Long("version", 1) is { } version && version != FormatVersion)
            {
                throw new InvalidPredictionModelException(
                    [string.Create(CultureInfo.InvariantCulture, $"$.version {version} is not supported; this library reads version {FormatVersion}")]);
            }

            var algorithm = model.String("algorithm") switch
            {
                null => (PredictionAlgorithm?)null,
                nameof(PredictionAlgorithm.NaiveBayes) => PredictionAlgorithm.NaiveBayes,
                nameof(PredictionAlgorithm.LogisticRegression) => PredictionAlgorithm.LogisticRegression,
                var other => Unknown(other),
            };
            var bayes = algorithm != PredictionAlgorithm.LogisticRegression;
            model.CheckKnown(bayes
                ? ["format", "version", "algorithm", "examples", "grade", "smoothing", "fields", "checksum"]
                : ["format", "version", "algorithm", "examples", "grade", "intercept", "fields", "checksum"]);

            long? converted = null, disqualified = null;
            if (model.Object("examples") is { } examples)
            {
                examples.CheckKnown(["converted", "disqualified"]);
                converted = examples.Long("converted", 1);
                disqualified = examples.Long("disqualified", 1);
            }

            double? a = null, b = null, c = null;
            if (model.Object("grade") is { } grade)
            {
                grade.CheckKnown(["a", "b", "c"]);
                a = grade.Number("a");
                b = grade.Number("b");
                c = grade.Number("c");
                if (a is { } ga && b is { } gb && c is { } gc && !(gc > 0 && gc <= gb && gb <= ga && ga <= 1))
                {
                    Report(string.Create(CultureInfo.InvariantCulture, $"$.grade must have 0 < c <= b <= a <= 1; it has a {ga}, b {gb}, c {gc}"));
                }
            }

            var smoothing = bayes ? model.Number("smoothing") : 1;
            if (smoothing is < PredictionOptions.MinSmoothing or > PredictionOptions.MaxSmoothing)
            {
                Report("$.smoothing must be from 0.000001 to 1,000,000");
            }

            var intercept = bayes ? 0 : model.Number("intercept");
            var fields = new List<FieldModel>();
            var seen = new Dictionary<PredictionField, string>();
            var items = model.Array("fields");
            if (items is { Length: 0 })
            {
                Report("$.fields is empty; a model reads at least one field");
            }

            for (var i = 0; i < (items?.Length ?? 0); i++)
            {
                var path = Item("$.fields", i);
                if (ReadField(items![i], path, bayes, converted, disqualified, smoothing ?? 1) is { } field)
                {
                    if (!seen.TryAdd(field.Field, path))
                    {
                        Report($"{path}: the field {field.Field} is already given at {seen[field.Field]}");
                    }

                    fields.Add(field);
                }
            }

            var checksum = model.String("checksum");
            if (_problems.Count > 0 || algorithm is null)
            {
                throw new InvalidPredictionModelException(_problems);
            }

            var result = bayes
                ? NaiveBayesTrainer.Create([.. fields], (int)converted!.Value, (int)disqualified!.Value, smoothing!.Value, a!.Value, b!.Value, c!.Value)
                : new PredictionModel(PredictionAlgorithm.LogisticRegression, [.. fields], intercept!.Value, (int)converted!.Value, (int)disqualified!.Value, 1, a!.Value, b!.Value, c!.Value);
            if (checksum != Checksum(result))
            {
                throw new InvalidPredictionModelException(
                    ["$.checksum does not match the model's content: the file was changed or damaged after it was written"]);
            }

            return result;
        }

        private PredictionAlgorithm? Unknown(string text)
        {
            Report($"$.algorithm: '{text}' is not an algorithm; use NaiveBayes or LogisticRegression");
            return null;
        }

        private FieldModel? ReadField(JsonElement element, string path, bool bayes, long? totalConverted, long? totalDisqualified, double smoothing)
        {
            var node = Node.Open(element, path, this);
            if (node is null)
            {
                return null;
            }

            var start = _problems.Count;
            var kindText = node.String("kind");
            PredictionFieldKind? kind = kindText switch
            {
                null => null,
                nameof(PredictionFieldKind.Category) => PredictionFieldKind.Category,
                nameof(PredictionFieldKind.Number) => PredictionFieldKind.Number,
                _ => null,
            };
            if (kindText is not null && kind is null)
            {
                Report($"{path}.kind: '{kindText}' is not a field kind; use Category or Number");
            }

            string[] known = (kind, bayes) switch
            {
                (PredictionFieldKind.Category, true) => ["field", "custom", "kind", "values", "missing"],
                (PredictionFieldKind.Category, false) => ["field", "custom", "kind", "values", "missing"],
                (_, true) => ["field", "custom", "kind", "bins", "counts", "missing"],
                _ when node.Has("bins") => ["field", "custom", "kind", "bins", "weights", "missing"],
                _ => ["field", "custom", "kind", "mean", "scale", "weight", "missing"],
            };
            node.CheckKnown(known);
            PredictionField? field = null;
            var standard = node.String("field", required: false);
            var custom = node.String("custom", required: false);
            if ((standard is null) == (custom is null))
            {
                Report($"{path} must have exactly one of 'field' (a standard field) and 'custom' (a custom field's name)");
            }
            else if (standard is not null)
            {
                field = PredictionField.FromStandardName(standard);
                if (field is null)
                {
                    Report($"{path}.field: '{standard}' is not a standard field; use one of {string.Join(", ", PredictionField.StandardFields.Select(f => f.Name))}");
                }
                else if (kind is { } k && field.Value.Kind != k)
                {
                    Report($"{path}.kind: {standard} is a {field.Value.Kind} field, not a {k} one");
                }
            }
            else if (string.IsNullOrWhiteSpace(custom))
            {
                Report($"{path}.custom is empty");
            }
            else if (kind is { } k)
            {
                field = k == PredictionFieldKind.Category ? PredictionField.CustomCategory(custom!) : PredictionField.CustomNumber(custom!);
            }

            if (kind is null)
            {
                return null;
            }

            FieldModel? result = null;
            if (kind == PredictionFieldKind.Category)
            {
                var values = node.Array("values");
                var keys = new string[values?.Length ?? 0];
                var converted = new long[keys.Length];
                var disqualified = new long[keys.Length];
                var weights = new double[keys.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    var itemPath = Item($"{path}.values", i);
                    if (Node.Open(values![i], itemPath, this) is not { } item)
                    {
                        continue;
                    }

                    item.CheckKnown(bayes ? ["value", "converted", "disqualified"] : ["value", "weight"]);
                    var key = item.String("value");
                    if (key is not null)
                    {
                        keys[i] = key;
                        if (FieldModel.FoldKey(key) != key)
                        {
                            Report($"{itemPath}.value '{key}' is not folded (trimmed, upper case, Arabic letters and digits folded) as the trainer writes values");
                        }
                        else if (i > 0 && keys[i - 1] is not null && string.CompareOrdinal(keys[i - 1], key) >= 0)
                        {
                            Report($"{itemPath}.value '{key}' is out of order or repeated; values are unique, in ordinal order");
                        }
                    }

                    if (bayes)
                    {
                        converted[i] = item.Long("converted", 0) ?? 0;
                        disqualified[i] = item.Long("disqualified", 0) ?? 0;
                    }
                    else
                    {
                        weights[i] = item.Number("weight") ?? 0;
                    }
                }

                if (bayes)
                {
                    var (mc, md) = ReadCounts(node, "missing");
                    CheckTotals(path, converted, disqualified, mc, md, totalConverted, totalDisqualified);
                    if (_problems.Count == start && field is { } f && totalConverted is not null && totalDisqualified is not null)
                    {
                        result = FieldModel.NaiveBayes(f, keys, [], converted, disqualified, mc, md, totalConverted!.Value, totalDisqualified!.Value, smoothing);
                    }
                }
                else
                {
                    var missing = node.Number("missing");
                    if (_problems.Count == start && field is { } f)
                    {
                        result = FieldModel.LogisticCategories(f, keys, weights, missing!.Value);
                    }
                }
            }
            else if (bayes || node.Has("bins"))
            {
                var bins = node.Array("bins");
                var edges = new double[bins?.Length ?? 0];
                for (var i = 0; i < edges.Length; i++)
                {
                    var itemPath = Item($"{path}.bins", i);
                    if (bins![i].ValueKind != JsonValueKind.Number || !bins[i].TryGetDouble(out edges[i]) || !double.IsFinite(edges[i]))
                    {
                        Report($"{itemPath} must be a finite number");
                    }
                    else if (i > 0 && edges[i] <= edges[i - 1])
                    {
                        Report($"{itemPath} must be above the bin edge before it; edges are ascending and distinct");
                    }
                }

                if (!bayes)
                {
                    var weights = ReadWeights(node, path, edges.Length + 1);
                    var missingWeight = node.Number("missing");
                    if (_problems.Count == start && field is { } lf)
                    {
                        result = FieldModel.LogisticBins(lf, edges, weights, missingWeight!.Value);
                    }

                    return result;
                }

                var counts = node.Array("counts");
                var converted = new long[counts?.Length ?? 0];
                var disqualified = new long[converted.Length];
                if (counts is not null && bins is not null && counts.Length != edges.Length + 1)
                {
                    Report(string.Create(CultureInfo.InvariantCulture, $"{path}.counts has {counts.Length} items; {edges.Length} bin edges make {edges.Length + 1} bins"));
                }

                for (var i = 0; i < converted.Length; i++)
                {
                    if (Node.Open(counts![i], Item($"{path}.counts", i), this) is { } item)
                    {
                        item.CheckKnown(["converted", "disqualified"]);
                        converted[i] = item.Long("converted", 0) ?? 0;
                        disqualified[i] = item.Long("disqualified", 0) ?? 0;
                    }
                }

                var (mc, md) = ReadCounts(node, "missing");
                CheckTotals(path, converted, disqualified, mc, md, totalConverted, totalDisqualified);
                if (_problems.Count == start && field is { } f && totalConverted is not null && totalDisqualified is not null)
                {
                    result = FieldModel.NaiveBayes(f, [], edges, converted, disqualified, mc, md, totalConverted!.Value, totalDisqualified!.Value, smoothing);
                }
            }
            else
            {
                var mean = node.Number("mean");
                var scale = node.Number("scale");
                var weight = node.Number("weight");
                var missing = node.Number("missing");
                if (scale is < 0)
                {
                    Report($"{path}.scale must be 0 or more");
                }

                if (_problems.Count == start && field is { } f)
                {
                    result = FieldModel.LogisticLinear(f, mean!.Value, scale!.Value, weight!.Value, missing!.Value);
                }
            }

            return result;
        }

        private double[] ReadWeights(Node node, string path, int bins)
        {
            var items = node.Array("weights");
            if (items is null)
            {
                return [];
            }

            if (items.Length != bins)
            {
                Report(string.Create(CultureInfo.InvariantCulture, $"{path}.weights has {items.Length} items; {bins - 1} bin edges make {bins} bins"));
            }

            var weights = new double[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].ValueKind != JsonValueKind.Number || !items[i].TryGetDouble(out weights[i]) || !double.IsFinite(weights[i])
                    || Math.Abs(weights[i]) > 1e100)
                {
                    Report($"{Item($"{path}.weights", i)} must be a finite number of at most 1e100 in size");
                }
            }

            return weights;
        }

        private static (long Converted, long Disqualified) ReadCounts(Node node, string name)
        {
            if (node.Object(name) is not { } counts)
            {
                return (0, 0);
            }

            counts.CheckKnown(["converted", "disqualified"]);
            return (counts.Long("converted", 0) ?? 0, counts.Long("disqualified", 0) ?? 0);
        }

        private void CheckTotals(string path, long[] converted, long[] disqualified, long mc, long md, long? totalConverted, long? totalDisqualified)
        {
            if (totalConverted is { } tc && converted.Sum() + mc != tc)
            {
                Report(string.Create(CultureInfo.InvariantCulture, $"{path}: the converted counts add up to {converted.Sum() + mc}, not to $.examples.converted ({tc})"));
            }

            if (totalDisqualified is { } td && disqualified.Sum() + md != td)
            {
                Report(string.Create(CultureInfo.InvariantCulture, $"{path}: the disqualified counts add up to {disqualified.Sum() + md}, not to $.examples.disqualified ({td})"));
            }
        }
    }

    /// <summary>A JSON object at a path, its members read once (so that repeats and unknown members can be reported).</summary>
    private sealed class Node
    {
        private readonly Dictionary<string, JsonElement> _members;
        private readonly Reader _reader;

        private Node(string path, Dictionary<string, JsonElement> members, Reader reader)
        {
            Path = path;
            _members = members;
            _reader = reader;
        }

        public string Path { get; }

        public static Node? Open(JsonElement element, string path, Reader reader)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                reader.Report($"{path} must be an object, not {Describe(element.ValueKind)}");
                return null;
            }

            return new Node(path, Members(element, path, reader.Report), reader);
        }

        public bool Has(string name) => _members.ContainsKey(name);

        public void CheckKnown(string[] known)
        {
            foreach (var name in _members.Keys)
            {
                if (System.Array.IndexOf(known, name) < 0)
                {
                    _reader.Report($"{Path}.{name} is not a known member here; the members are {string.Join(", ", known)}");
                }
            }
        }

        public string? String(string name, bool required = true)
        {
            if (Get(name, required, JsonValueKind.String, "a string") is not { } e)
            {
                return null;
            }

            try
            {
                return e.GetString();
            }
            catch (InvalidOperationException)
            {
                _reader.Report($"{Path}.{name} is not valid text");
                return null;
            }
        }

        public double? Number(string name)
        {
            if (Get(name, required: true, JsonValueKind.Number, "a number") is not { } e)
            {
                return null;
            }

            // No trained model comes near 1e100 (weights, means, scales, smoothing); beyond it a score could overflow
            // to infinity and then to NaN, so such a file is damaged or forged.
            if (e.TryGetDouble(out var value) && double.IsFinite(value) && Math.Abs(value) <= 1e100)
            {
                return value;
            }

            _reader.Report($"{Path}.{name} must be a finite number of at most 1e100 in size; {e.GetRawText()} is out of range");
            return null;
        }

        public long? Long(string name, long minimum)
        {
            if (Get(name, required: true, JsonValueKind.Number, "a whole number") is not { } e)
            {
                return null;
            }

            if (e.TryGetInt64(out var value) && value >= minimum && value <= int.MaxValue)
            {
                return value;
            }

            _reader.Report(string.Create(CultureInfo.InvariantCulture, $"{Path}.{name} must be a whole number of {minimum} or more; it is {e.GetRawText()}"));
            return null;
        }

        public Node? Object(string name) =>
            Get(name, required: true, JsonValueKind.Object, "an object") is { } e ? Open(e, $"{Path}.{name}", _reader) : null;

        public JsonElement[]? Array(string name) =>
            Get(name, required: true, JsonValueKind.Array, "an array") is { } e ? [.. e.EnumerateArray()] : null;

        private JsonElement? Get(string name, bool required, JsonValueKind kind, string expected)
        {
            if (!_members.TryGetValue(name, out var e))
            {
                if (required)
                {
                    _reader.Report($"{Path}.{name} is missing; it is required");
                }

                return null;
            }

            if (e.ValueKind != kind)
            {
                _reader.Report($"{Path}.{name} must be {expected}, not {Describe(e.ValueKind)}");
                return null;
            }

            return e;
        }
    }
}
