using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Text;
using static LeadDomain.Json.JsonPaths;

namespace LeadDomain.Scoring;

/// <summary>
/// Reads and writes a <see cref="ScoringModel"/> as JSON, so that a model can live in a configuration file or a
/// database. Reading goes through <see cref="ScoringModel.CreateBuilder"/>, so every check of the builder applies;
/// writing gives JSON that reads back into a model that scores every lead identically.
/// </summary>
/// <remarks>
/// <para>
/// Trim- and NativeAOT-safe: it reads with <see cref="JsonDocument"/> and writes with <see cref="Utf8JsonWriter"/>,
/// with no reflection-based serializer. The format, version 1:
/// </para>
/// <code language="json">
/// {
///   "version": 1,
///   "caps": { "fit": 60, "engagement": 40 },
///   "rating": { "hot": 70, "warm": 40 },
///   "grade": { "a": 75, "b": 50, "c": 25 },
///   "fit": [
///     { "name": "industry", "kind": "oneOf", "field": "Industry", "values": [ "Software", "نرم‌افزار" ], "points": 10 },
///     { "name": "title", "kind": "containsAny", "field": "JobTitle", "terms": [ "Director" ], "points": 10 },
///     { "name": "revenue", "kind": "range", "field": "AnnualRevenue", "min": 1000000, "max": null, "currency": "EUR", "points": 8 },
///     { "name": "phone", "kind": "present", "field": "Phone", "points": 5 },
///     { "name": "events", "kind": "source", "sources": [ "TradeShow" ], "points": 10 },
///     { "name": "timeline", "kind": "timeframe", "timeframes": [ "Immediate" ], "points": 10 },
///     { "name": "authority", "kind": "decisionMaker", "isDecisionMaker": true, "points": 10 },
///     { "name": "dnc", "kind": "customFlag", "customField": "do_not_contact", "points": -50 }
///   ],
///   "engagement": [
///     { "name": "visits", "activity": "WebVisit", "points": 3, "window": "30:00:00:00", "halfLife": "7:00:00:00" }
///   ]
/// }
/// </code>
/// <list type="bullet">
/// <item><description><c>version</c> is required and must be 1. <c>caps</c>, <c>rating</c>, <c>grade</c>, <c>fit</c>
/// and <c>engagement</c> may be left out (or null): the builder's defaults apply and the rule lists are empty; an
/// object that is given must hold all its members.</description></item>
/// <item><description>Every rule needs <c>name</c> (unique across both lists) and <c>points</c>; a fit rule needs
/// <c>kind</c> (<c>oneOf</c>, <c>containsAny</c>, <c>range</c>, <c>present</c>, <c>source</c>, <c>timeframe</c>,
/// <c>decisionMaker</c>, <c>customFlag</c>) and the members of its kind, shown above. In a <c>range</c> rule,
/// <c>min</c>, <c>max</c> and <c>currency</c> may be null or left out (one bound is needed).</description></item>
/// <item><description>Enumeration values (<c>field</c>, <c>sources</c>, <c>timeframes</c>, <c>activity</c>) are the
/// names of <see cref="LeadTextField"/>, <see cref="LeadNumberField"/>, <see cref="LeadPresenceField"/>,
/// <see cref="LeadSource"/>, <see cref="PurchaseTimeframe"/> and <see cref="ActivityType"/>; read ignoring case,
/// written exactly. Rule kinds are read ignoring case too. Member names are case-sensitive.</description></item>
/// <item><description>Durations (<c>window</c>, <c>halfLife</c>) are NodaTime's round-trip duration text
/// <c>D:hh:mm:ss.FFFFFFFFF</c> (<see cref="DurationPattern.Roundtrip"/>): days, then hours, minutes and seconds,
/// with up to nine digits of fraction, such as <c>30:00:00:00</c> for 30 days or <c>0:01:30:00</c> for 90 minutes.</description></item>
/// <item><description>Points and caps are JSON numbers read as <see cref="double"/>, thresholds are whole numbers, range
/// bounds are read as <see cref="decimal"/>. Comments are allowed on read; trailing commas and repeated members are not.</description></item>
/// </list>
/// <para>
/// A document that is not valid throws <see cref="InvalidScoringModelException"/> listing every problem found, each
/// naming its JSON path, such as <c>$.fit[2].pionts is not a known field of a rule of kind range</c>.
/// </para>
/// </remarks>
public static class ScoringModelJson
{
    private const int FormatVersion = 1;

    private const string OneOfKind = "oneOf";
    private const string ContainsAnyKind = "containsAny";
    private const string RangeKind = "range";
    private const string PresentKind = "present";
    private const string SourceKind = "source";
    private const string TimeframeKind = "timeframe";
    private const string DecisionMakerKind = "decisionMaker";
    private const string CustomFlagKind = "customFlag";

    private static readonly string[] Kinds =
        [OneOfKind, ContainsAnyKind, RangeKind, PresentKind, SourceKind, TimeframeKind, DecisionMakerKind, CustomFlagKind];

    private static readonly string[] ModelFields = ["version", "caps", "rating", "grade", "fit", "engagement"];
    private static readonly string[] CapsFields = ["fit", "engagement"];
    private static readonly string[] RatingFields = ["hot", "warm"];
    private static readonly string[] GradeFields = ["a", "b", "c"];
    private static readonly string[] EngagementFields = ["name", "activity", "points", "window", "halfLife", "cap"];
    private static readonly string[] CapFields = ["points", "period"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // The text is a configuration document, not HTML: write Persian, '+' and '&' as they are, not as \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The JSON text, in the format described on <see cref="ScoringModelJson"/>.</param>
    /// <returns>The model, built and checked by <see cref="ScoringModelBuilder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidScoringModelException">The text is not valid JSON or not a valid model; <see cref="InvalidScoringModelException.Problems"/>
    /// names each problem and its JSON path.</exception>
    public static ScoringModel Parse(string json)
    {
        Guard.Against.Null(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            throw new InvalidScoringModelException(
                [string.Create(CultureInfo.InvariantCulture, $"$ is not valid text: the character at index {e.Index} is half of a surrogate pair")]);
        }

        return ParseDocument(utf8);
    }

    /// <summary>Reads a model from UTF-8 JSON, such as the bytes of a file (a byte order mark is skipped).</summary>
    /// <param name="utf8Json">The UTF-8 JSON, in the format described on <see cref="ScoringModelJson"/>.</param>
    /// <returns>The model, built and checked by <see cref="ScoringModelBuilder"/>.</returns>
    /// <exception cref="InvalidScoringModelException">The bytes are not valid UTF-8, not valid JSON or not a valid model;
    /// <see cref="InvalidScoringModelException.Problems"/> names each problem and its JSON path.</exception>
    public static ScoringModel Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            var offset = 0;
            while (Rune.DecodeFromUtf8(utf8Json[offset..], out _, out var consumed) == OperationStatus.Done)
            {
                offset += consumed;
            }

            throw new InvalidScoringModelException(
                [string.Create(CultureInfo.InvariantCulture, $"$ is not valid UTF-8: the byte at offset {offset} (0x{utf8Json[offset]:X2}) does not begin a valid sequence")]);
        }

        return ParseDocument(utf8Json.ToArray());
    }

    private static ScoringModel ParseDocument(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        using (document)
        {
            return new Reader().Read(document.RootElement);
        }
    }

    /// <summary>Writes a model as indented JSON (two spaces, <c>\n</c> line ends), in the format described on <see cref="ScoringModelJson"/>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text; <see cref="Parse(string)"/> reads it back into a model that scores every lead identically,
    /// and writing that model again gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule's name or text holds half of a surrogate pair (text that is not valid UTF-16),
    /// which the builder accepts but which would not survive the trip through UTF-8.</exception>
    public static string Write(ScoringModel model)
    {
        Guard.Against.Null(model);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);

            writer.WriteStartObject("caps");
            writer.WriteNumber("fit", model.FitCap);
            writer.WriteNumber("engagement", model.EngagementCap);
            writer.WriteEndObject();

            writer.WriteStartObject("rating");
            writer.WriteNumber("hot", model.HotThreshold);
            writer.WriteNumber("warm", model.WarmThreshold);
            writer.WriteEndObject();

            writer.WriteStartObject("grade");
            writer.WriteNumber("a", model.GradeAThreshold);
            writer.WriteNumber("b", model.GradeBThreshold);
            writer.WriteNumber("c", model.GradeCThreshold);
            writer.WriteEndObject();

            writer.WriteStartArray("fit");
            foreach (var rule in model.Fit)
            {
                WriteFitRule(writer, rule);
            }

            writer.WriteEndArray();

            writer.WriteStartArray("engagement");
            foreach (var rule in model.Engagement)
            {
                writer.WriteStartObject();
                writer.WriteString("name", Checked(rule.Name, rule.Name));
                writer.WriteString("activity", rule.Type.IsWellKnown ? rule.Type.Identifier : Checked(rule.Type.Name, rule.Name));
                writer.WriteNumber("points", rule.Points);
                writer.WriteString("window", DurationPattern.Roundtrip.Format(rule.Window));
                if (rule.HalfLife is { } halfLife)
                {
                    writer.WriteString("halfLife", DurationPattern.Roundtrip.Format(halfLife));
                }

                if (rule.Cap is { } cap)
                {
                    writer.WriteStartObject("cap");
                    writer.WriteNumber("points", cap.MaxPoints);
                    writer.WriteString("period", DurationPattern.Roundtrip.Format(cap.Period));
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteFitRule(Utf8JsonWriter writer, FitRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Checked(rule.Name, rule.Name));
        switch (rule)
        {
            case TextOneOfRule r:
                writer.WriteString("kind", OneOfKind);
                writer.WriteString("field", r.Field.ToString());
                WriteStrings(writer, "values", r.Values, rule.Name);
                break;
            case TextContainsAnyRule r:
                writer.WriteString("kind", ContainsAnyKind);
                writer.WriteString("field", r.Field.ToString());
                WriteStrings(writer, "terms", r.Terms, rule.Name);
                break;
            case NumberRangeRule r:
                writer.WriteString("kind", RangeKind);
                writer.WriteString("field", r.Field.ToString());
                WriteDecimal(writer, "min", r.Min);
                WriteDecimal(writer, "max", r.Max);
                writer.WriteString("currency", r.Currency);
                break;
            case PresenceRule r:
                writer.WriteString("kind", PresentKind);
                writer.WriteString("field", r.Field.ToString());
                break;
            case SourceRule r:
                writer.WriteString("kind", SourceKind);
                WriteStrings(writer, "sources", [.. r.Sources.Select(s => s.ToString())], rule.Name);
                break;
            case TimeframeRule r:
                writer.WriteString("kind", TimeframeKind);
                WriteStrings(writer, "timeframes", [.. r.Timeframes.Select(t => t.ToString())], rule.Name);
                break;
            case DecisionMakerRule r:
                writer.WriteString("kind", DecisionMakerKind);
                writer.WriteBoolean("isDecisionMaker", r.IsDecisionMaker);
                break;
            case CustomFlagRule r:
                writer.WriteString("kind", CustomFlagKind);
                writer.WriteString("customField", Checked(r.CustomField, rule.Name));
                break;
            default:
                throw new InvalidOperationException($"Rule '{rule.Name}' is of a kind the JSON form does not know: {rule.GetType().Name}.");
        }

        writer.WriteNumber("points", rule.Points);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values, string ruleName)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(Checked(value, ruleName));
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Refuses text with half of a surrogate pair: the builder accepts it, but the writer would silently turn it into
    /// U+FFFD, and the model read back would no longer match what the original matched.
    /// </summary>
    private static string Checked(string text, string ruleName)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Rule '{ruleName}' holds text with half of a surrogate pair (at index {i}), which its JSON form cannot carry."));
            }
        }

        return text;
    }

    private static void WriteDecimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } d)
        {
            writer.WriteNumber(name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static InvalidScoringModelException Malformed(JsonException e)
    {
        // The reader's message ends with its own zero-based "LineNumber: 0 | BytePositionInLine: 5."; give one-based numbers instead.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var where = e.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {e.BytePositionInLine.GetValueOrDefault() + 1} of the line")
            : string.Empty;
        return new InvalidScoringModelException([$"$ is not valid JSON{where}: {message}"]);
    }

    private static string Article(string noun) => noun[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an " + noun : "a " + noun;

    private static string MessageOf(ArgumentException e)
    {
        // ArgumentException.Message appends " (Parameter 'x')", which names a C# parameter, not a JSON member.
        var message = e.Message;
        var suffix = e.ParamName is { } p ? $" (Parameter '{p}')" : null;
        return suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    private static string[]? KindFields(string kind) => kind switch
    {
        OneOfKind => ["name", "kind", "field", "values", "points"],
        ContainsAnyKind => ["name", "kind", "field", "terms", "points"],
        RangeKind => ["name", "kind", "field", "min", "max", "currency", "points"],
        PresentKind => ["name", "kind", "field", "points"],
        SourceKind => ["name", "kind", "sources", "points"],
        TimeframeKind => ["name", "kind", "timeframes", "points"],
        DecisionMakerKind => ["name", "kind", "isDecisionMaker", "points"],
        CustomFlagKind => ["name", "kind", "customField", "points"],
        _ => null,
    };

    /// <summary>Reads one document: collects every problem it can, then throws them together.</summary>
    private sealed class Reader
    {
        private readonly List<string> _problems = [];
        private readonly ScoringModelBuilder _builder = ScoringModel.CreateBuilder();
        private readonly Dictionary<string, string> _ruleNames = new(StringComparer.Ordinal);
        private readonly Dictionary<ActivityType, string> _activityRules = [];

        public void Report(string problem) => _problems.Add(problem);

        public ScoringModel Read(JsonElement root)
        {
            var model = Node.Open(root, "$", this);
            if (model is null)
            {
                throw new InvalidScoringModelException(_problems);
            }

            model.CheckKnown(ModelFields, "the model");
            if (model.Int("version") is { } version && version != FormatVersion)
            {
                // Another version may mean anything: report only this.
                throw new InvalidScoringModelException(
                    [string.Create(CultureInfo.InvariantCulture, $"$.version {version} is not supported; this library reads version {FormatVersion}")]);
            }

            if (model.Object("caps", required: false) is { } caps)
            {
                caps.CheckKnown(CapsFields, "caps");
                var start = _problems.Count;
                var fit = caps.Number("fit");
                var engagement = caps.Number("engagement");
                if (_problems.Count == start)
                {
                    Apply(caps.Path, () => _builder.WithCaps(fit.GetValueOrDefault(), engagement.GetValueOrDefault()));
                }
            }

            if (model.Object("rating", required: false) is { } rating)
            {
                rating.CheckKnown(RatingFields, "rating");
                var start = _problems.Count;
                var hot = rating.Int("hot");
                var warm = rating.Int("warm");
                if (_problems.Count == start)
                {
                    Apply(rating.Path, () => _builder.WithRatingThresholds(hot.GetValueOrDefault(), warm.GetValueOrDefault()));
                }
            }

            if (model.Object("grade", required: false) is { } grade)
            {
                grade.CheckKnown(GradeFields, "grade");
                var start = _problems.Count;
                var a = grade.Int("a");
                var b = grade.Int("b");
                var c = grade.Int("c");
                if (_problems.Count == start)
                {
                    Apply(grade.Path, () => _builder.WithGradeThresholds(a.GetValueOrDefault(), b.GetValueOrDefault(), c.GetValueOrDefault()));
                }
            }

            foreach (var (element, path) in model.Elements("fit"))
            {
                ReadFitRule(element, path);
            }

            foreach (var (element, path) in model.Elements("engagement"))
            {
                ReadEngagementRule(element, path);
            }

            // The builder checks the whole model (names, one rule per activity type, thresholds) on the rules that
            // were read without problems; names and activity types were already checked here, with their paths.
            ScoringModel? built = null;
            try
            {
                built = _builder.Build();
            }
            catch (InvalidScoringModelException e)
            {
                foreach (var problem in e.Problems)
                {
                    Report(problem.StartsWith("rating", StringComparison.Ordinal) ? "$.rating: " + problem
                        : problem.StartsWith("grade", StringComparison.Ordinal) ? "$.grade: " + problem
                        : "$: " + problem);
                }
            }

            return _problems.Count == 0 && built is not null ? built : throw new InvalidScoringModelException(_problems);
        }

        private void ReadFitRule(JsonElement element, string path)
        {
            var rule = Node.Open(element, path, this);
            if (rule is null)
            {
                return;
            }

            var start = _problems.Count;
            var name = RuleName(rule);
            var kindText = rule.String("kind");
            var kind = kindText is null ? null : Array.Find(Kinds, k => string.Equals(k, kindText, StringComparison.OrdinalIgnoreCase));
            if (kindText is not null && kind is null)
            {
                Report($"{Member(path, "kind")}: '{kindText}' is not a rule kind; use one of {string.Join(", ", Kinds)}");
            }

            if (kind is not null)
            {
                rule.CheckKnown(KindFields(kind)!, $"a rule of kind {kind}");
            }

            var points = rule.Number("points");
            Func<string, double, ScoringModelBuilder>? add = null;
            switch (kind)
            {
                case OneOfKind:
                    {
                        var field = rule.Enum<LeadTextField>("field");
                        var values = rule.Texts("values", "value");
                        add = (n, p) => _builder.WhenOneOf(n, field.GetValueOrDefault(), values!, p);
                        break;
                    }

                case ContainsAnyKind:
                    {
                        var field = rule.Enum<LeadTextField>("field");
                        var terms = rule.Texts("terms", "term");
                        add = (n, p) => _builder.WhenContainsAny(n, field.GetValueOrDefault(), terms!, p);
                        break;
                    }

                case RangeKind:
                    {
                        var field = rule.Enum<LeadNumberField>("field");
                        var min = rule.Decimal("min");
                        var max = rule.Decimal("max");
                        var currency = rule.String("currency", required: false);
                        add = (n, p) => _builder.WhenInRange(n, field.GetValueOrDefault(), min, max, p, currency);
                        break;
                    }

                case PresentKind:
                    {
                        var field = rule.Enum<LeadPresenceField>("field");
                        add = (n, p) => _builder.WhenPresent(n, field.GetValueOrDefault(), p);
                        break;
                    }

                case SourceKind:
                    {
                        var sources = rule.Enums<LeadSource>("sources");
                        add = (n, p) => _builder.WhenSource(n, sources!, p);
                        break;
                    }

                case TimeframeKind:
                    {
                        var timeframes = rule.Enums<PurchaseTimeframe>("timeframes");
                        add = (n, p) => _builder.WhenTimeframe(n, timeframes!, p);
                        break;
                    }

                case DecisionMakerKind:
                    {
                        var isDecisionMaker = rule.Boolean("isDecisionMaker");
                        add = (n, p) => _builder.WhenDecisionMaker(n, p, isDecisionMaker.GetValueOrDefault());
                        break;
                    }

                case CustomFlagKind:
                    {
                        var customField = rule.String("customField");
                        if (customField is not null && string.IsNullOrWhiteSpace(customField))
                        {
                            Report($"{Member(path, "customField")} is empty");
                        }

                        add = (n, p) => _builder.WhenCustomFlag(n, customField!, p);
                        break;
                    }
            }

            // Only a rule read without problems reaches the builder; its own checks are reported with the rule's path.
            if (_problems.Count == start && add is not null && name is not null && points is { } pts)
            {
                Apply(path, () => add(name, pts));
            }
        }

        private void ReadEngagementRule(JsonElement element, string path)
        {
            var rule = Node.Open(element, path, this);
            if (rule is null)
            {
                return;
            }

            rule.CheckKnown(EngagementFields, "an engagement rule");
            var start = _problems.Count;
            var name = RuleName(rule);
            var type = ActivityTypeOf(rule);
            var points = rule.Number("points");
            var window = rule.Duration("window");
            var halfLife = rule.Duration("halfLife", required: false);
            ActivityCap? cap = null;
            if (rule.Object("cap", required: false) is { } capNode)
            {
                capNode.CheckKnown(CapFields, "a cap");
                if (capNode.Number("points") is { } capPoints && capNode.Duration("period") is { } period)
                {
                    cap = new ActivityCap(capPoints, period);
                }
            }
            if (type is { } t && !_activityRules.TryAdd(t, path))
            {
                Report($"{Member(path, "activity")}: {t} already has a rule at {_activityRules[t]}; give each activity type one rule");
            }

            if (_problems.Count == start && name is not null)
            {
                Apply(path, () => _builder.ForActivity(
                    name, type.GetValueOrDefault(), points.GetValueOrDefault(), window.GetValueOrDefault(), halfLife, cap));
            }
        }

        /// <summary>Reads a well-known activity type by its identifier, such as "WebVisit".</summary>
        private ActivityType? ActivityTypeOf(Node rule)
        {
            var text = rule.String("activity");
            if (text is null)
            {
                return null;
            }

            if (ActivityType.FromIdentifier(text) is { } type)
            {
                return type;
            }

            Report($"{Member(rule.Path, "activity")}: '{Leads.Echo.Cut(text)}' is not an activity type; use one of {string.Join(", ", ActivityType.WellKnown.Select(t => t.Identifier))}");
            return null;
        }

        /// <summary>Reads a rule's name, trimmed as the builder trims it, and checks that no other rule has it.</summary>
        private string? RuleName(Node rule)
        {
            var name = rule.String("name")?.Trim();
            var path = Member(rule.Path, "name");
            if (name is null)
            {
                return null;
            }

            if (name.Length == 0)
            {
                Report($"{path} is empty");
                return null;
            }

            if (!_ruleNames.TryAdd(name, rule.Path))
            {
                Report($"{path}: the rule name '{name}' is already used by {_ruleNames[name]}; rule names must be unique");
            }

            return name;
        }

        private void Apply(string path, Action add)
        {
            try
            {
                add();
            }
            catch (ArgumentException e)
            {
                Report($"{path}: {MessageOf(e)}");
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

        public void CheckKnown(string[] known, string what)
        {
            foreach (var name in _members.Keys)
            {
                if (Array.IndexOf(known, name) < 0)
                {
                    var near = Array.Find(known, k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                    var hint = near is null ? string.Empty : $" (did you mean '{near}'? names are case-sensitive)";
                    _reader.Report($"{Member(Path, name)} is not a known field of {what}{hint}; its fields are {string.Join(", ", known)}");
                }
            }
        }

        public string? String(string name, bool required = true) =>
            Get(name, required, JsonValueKind.String, "a string") is { } e ? TextOf(e, Member(Path, name)) : null;

        public bool? Boolean(string name) =>
            Get(name, required: true, JsonValueKind.True, "true or false") is { } e ? e.GetBoolean() : null;

        public double? Number(string name)
        {
            if (Get(name, required: true, JsonValueKind.Number, "a number") is not { } e)
            {
                return null;
            }

            if (e.TryGetDouble(out var value) && double.IsFinite(value))
            {
                return value;
            }

            _reader.Report($"{Member(Path, name)} must be a finite number; {e.GetRawText()} is out of range");
            return null;
        }

        public int? Int(string name)
        {
            if (Get(name, required: true, JsonValueKind.Number, "a whole number") is not { } e)
            {
                return null;
            }

            if (e.TryGetInt32(out var value))
            {
                return value;
            }

            _reader.Report($"{Member(Path, name)} must be a whole number; it is {e.GetRawText()}");
            return null;
        }

        public decimal? Decimal(string name)
        {
            if (Get(name, required: false, JsonValueKind.Number, "a number or null") is not { } e)
            {
                return null;
            }

            if (e.TryGetDecimal(out var value))
            {
                return value;
            }

            _reader.Report($"{Member(Path, name)} must be a number a decimal can hold; {e.GetRawText()} is out of range");
            return null;
        }

        public T? Enum<T>(string name)
            where T : struct, Enum
        {
            var text = String(name);
            return text is null ? null : ParseEnum<T>(text, Member(Path, name));
        }

        public Duration? Duration(string name, bool required = true)
        {
            var text = String(name, required);
            if (text is null)
            {
                return null;
            }

            var result = DurationPattern.Roundtrip.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }

            _reader.Report($"{Member(Path, name)}: '{text}' is not a duration of the form D:hh:mm:ss.FFFFFFFFF, such as 30:00:00:00 for 30 days");
            return null;
        }

        public Node? Object(string name, bool required)
        {
            var e = Get(name, required, JsonValueKind.Object, "an object");
            return e is { } element ? Open(element, Member(Path, name), _reader) : null;
        }

        /// <summary>The items of an optional array member, each with its path.</summary>
        public IEnumerable<(JsonElement Item, string Path)> Elements(string name)
        {
            if (Get(name, required: false, JsonValueKind.Array, "an array") is not { } e)
            {
                return [];
            }

            var path = Member(Path, name);
            return e.EnumerateArray().Select((item, i) => (item, Item(path, i)));
        }

        /// <summary>A required, non-empty array of non-empty strings.</summary>
        public string[]? Texts(string name, string what)
        {
            var items = Items(name, what, out var path);
            if (items is null)
            {
                return null;
            }

            var result = new string[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var itemPath = Item(path, i);
                if (items[i].ValueKind != JsonValueKind.String)
                {
                    _reader.Report($"{itemPath} must be a string, not {Describe(items[i].ValueKind)}");
                }
                else if (TextOf(items[i], itemPath) is { } text)
                {
                    result[i] = text;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        _reader.Report($"{itemPath} is empty");
                    }
                }
            }

            return result;
        }

        /// <summary>A required, non-empty array of enumeration names.</summary>
        public T[]? Enums<T>(string name)
            where T : struct, Enum
        {
            var items = Items(name, typeof(T).Name, out var path);
            if (items is null)
            {
                return null;
            }

            var result = new T[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var itemPath = Item(path, i);
                if (items[i].ValueKind != JsonValueKind.String)
                {
                    _reader.Report($"{itemPath} must be a string, not {Describe(items[i].ValueKind)}");
                }
                else if (TextOf(items[i], itemPath) is { } text && ParseEnum<T>(text, itemPath) is { } value)
                {
                    result[i] = value;
                }
            }

            return result;
        }

        private JsonElement[]? Items(string name, string what, out string path)
        {
            path = Member(Path, name);
            if (Get(name, required: true, JsonValueKind.Array, "an array") is not { } e)
            {
                return null;
            }

            JsonElement[] items = [.. e.EnumerateArray()];
            if (items.Length == 0)
            {
                _reader.Report($"{path} is empty; give at least one {what}");
                return null;
            }

            return items;
        }

        /// <summary>The text of a string element; null, reported, when it holds an escaped lone surrogate (such as "\\uD800").</summary>
        private string? TextOf(JsonElement element, string path)
        {
            try
            {
                return element.GetString();
            }
            catch (InvalidOperationException)
            {
                _reader.Report($"{path} is not valid text: it holds half of a surrogate pair");
                return null;
            }
        }

        private T? ParseEnum<T>(string text, string path)
            where T : struct, Enum
        {
            foreach (var value in System.Enum.GetValues<T>())
            {
                if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            _reader.Report($"{path}: '{text}' is not {Article(typeof(T).Name)}; use one of {string.Join(", ", System.Enum.GetNames<T>())}");
            return null;
        }

        /// <summary>
        /// The member if it is present, not null and of the expected kind; otherwise null, reporting it when it is
        /// missing (or null) and required, or of another kind. An optional member may be null or left out.
        /// </summary>
        private JsonElement? Get(string name, bool required, JsonValueKind kind, string expected)
        {
            var path = Member(Path, name);
            if (!_members.TryGetValue(name, out var e) || (e.ValueKind == JsonValueKind.Null && !required))
            {
                if (required && !_members.ContainsKey(name))
                {
                    _reader.Report($"{path} is missing; it is required");
                }

                return null;
            }

            var matches = e.ValueKind == kind || (kind == JsonValueKind.True && e.ValueKind == JsonValueKind.False);
            if (!matches)
            {
                _reader.Report($"{path} must be {expected}, not {Describe(e.ValueKind)}");
                return null;
            }

            return e;
        }
    }
}
