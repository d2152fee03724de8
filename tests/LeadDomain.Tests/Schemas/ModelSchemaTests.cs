using System.Text.Json;
using Json.Schema;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Schemas;

/// <summary>
/// The JSON Schemas shipped for the model files (src/LeadDomain/Schemas): the example files pass both the schema and
/// the library, files of the wrong shape fail both, and the schemas' names are the library's.
/// </summary>
public sealed class ModelSchemaTests
{
    private static readonly JsonSchema Scoring = JsonSchema.FromText(File.ReadAllText(Path.Combine("Schemas", "scoring-model.schema.json")));
    private static readonly JsonSchema Prediction = JsonSchema.FromText(File.ReadAllText(Path.Combine("Schemas", "prediction-model.schema.json")));
    private static readonly JsonDocumentOptions Comments = new() { CommentHandling = JsonCommentHandling.Skip };

    public static TheoryData<string> PredictionExamples => new() { "prediction-naive-bayes.json", "prediction-logistic.json", "prediction-logistic-binned.json" };

    private static string Example(string name) => File.ReadAllText(Path.Combine("Schemas", "Examples", name));

    private static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json, Comments);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    [Fact]
    public void The_scoring_example_passes_the_schema_and_the_library()
    {
        var json = Example("scoring-model.json");

        Assert.Empty(Errors(Scoring, json));
        Assert.Equal(11, ScoringModelJson.Parse(json).RuleNames.Count);
    }

    /// <summary>These files were written by 0.1's hand-written writer: they still load, and are written again byte for byte (checksum included).</summary>
    [Theory]
    [MemberData(nameof(PredictionExamples))]
    public void The_prediction_examples_pass_the_schema_and_the_library_and_are_written_again_unchanged(string name)
    {
        var json = Example(name);

        Assert.Empty(Errors(Prediction, json));
        Assert.Equal(json, PredictionModelJson.Write(PredictionModelJson.Parse(json)));
    }

    [Fact]
    public void A_model_written_by_the_library_passes_its_schema()
    {
        var scoring = ScoringModelJson.Write(ScoringModelJson.Parse(Example("scoring-model.json")));

        Assert.Empty(Errors(Scoring, scoring));
    }

    [Theory]
    [InlineData("""{ "fit": [] }""")]
    [InlineData("""{ "version": 2 }""")]
    [InlineData("""{ "version": 1, "colour": "red" }""")]
    [InlineData("""{ "version": 1, "caps": { "fit": 60 } }""")]
    [InlineData("""{ "version": 1, "rating": { "hot": 70.5, "warm": 40 } }""")]
    [InlineData("""{ "version": 1, "fit": [ { "name": "a", "field": "Phone", "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "between", "name": "a", "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "present", "name": "a", "field": "Fax", "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "present", "name": "a", "field": "Phone", "values": ["x"], "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "oneOf", "name": "a", "field": "Industry", "values": [], "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "range", "name": "a", "field": "Budget", "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "source", "name": "a", "sources": ["Radio"], "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "fit": [ { "kind": "oneOf", "name": "a", "field": "Industry", "values": ["x"], "points": "10" } ] }""")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": "Fax", "points": 1, "window": "P1D" } ] }""")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": "Call", "points": 1, "window": "P1M" } ] }""")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": "Call", "points": 1, "window": "30d" } ] }""")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": "Call", "points": 1 } ] }""")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": { "code": 100, "name": "Webinar" }, "points": 1, "window": "P1D" } ] }""")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": "Call", "points": 1, "window": "P1D", "cap": { "points": 0, "period": "PT1H" } } ] }""")]
    public void A_scoring_file_of_the_wrong_shape_fails_the_schema_and_the_library(string json)
    {
        Assert.NotEmpty(Errors(Scoring, json));
        Assert.Throws<InvalidScoringModelException>(() => ScoringModelJson.Parse(json));
    }

    [Theory]
    [InlineData("\"version\": 1", "\"version\": 2")]
    [InlineData("\"algorithm\": \"NaiveBayes\"", "\"algorithm\": \"Forest\"")]
    [InlineData("\"smoothing\": 1", "\"intercept\": 1")]
    [InlineData("\"smoothing\": 1", "\"smoothing\": 1, \"extra\": true")]
    [InlineData("\"field\": \"Source\"", "\"field\": \"Sauce\"")]
    [InlineData("\"kind\": \"Category\"", "\"kind\": \"Text\"")]
    [InlineData("\"converted\": 43", "\"converted\": -43")]
    [InlineData("\"checksum\": \"", "\"checksum\": \"x")]
    public void A_prediction_file_of_the_wrong_shape_fails_the_schema_and_the_library(string from, string to)
    {
        var json = Example("prediction-naive-bayes.json");
        Assert.Contains(from, json, StringComparison.Ordinal);
        var changed = json.Replace(from, to, StringComparison.Ordinal);

        Assert.NotEmpty(Errors(Prediction, changed));
        Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(changed));
    }

    [Fact]
    public void The_schemas_name_what_the_library_reads()
    {
        using var scoring = JsonDocument.Parse(File.ReadAllText(Path.Combine("Schemas", "scoring-model.schema.json")));
        var defs = scoring.RootElement.GetProperty("$defs");
        string[] Enum(JsonElement e) => [.. e.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];

        Assert.Equal(System.Enum.GetNames<LeadTextField>(), Enum(defs.GetProperty("textField")));
        Assert.Equal(System.Enum.GetNames<LeadNumberField>(), Enum(defs.GetProperty("numberField")));
        Assert.Equal(System.Enum.GetNames<LeadPresenceField>(), Enum(defs.GetProperty("presenceField")));
        Assert.Equal(System.Enum.GetNames<LeadSource>(), Enum(defs.GetProperty("source")));
        Assert.Equal(System.Enum.GetNames<PurchaseTimeframe>(), Enum(defs.GetProperty("timeframe")));
        var activity = defs.GetProperty("activityType").GetProperty("anyOf");
        Assert.Equal(ActivityType.WellKnown.Select(t => t.Name.Replace(" ", string.Empty, StringComparison.Ordinal)), Enum(activity[0]));
        Assert.Equal(System.Enum.GetNames<ActivityKind>(), Enum(activity[1].GetProperty("properties").GetProperty("kind")));

        using var prediction = JsonDocument.Parse(File.ReadAllText(Path.Combine("Schemas", "prediction-model.schema.json")));
        var field = prediction.RootElement.GetProperty("$defs").GetProperty("field").GetProperty("properties");
        Assert.Equal(PredictionField.StandardFields.Select(f => f.Name), Enum(field.GetProperty("field")));
        Assert.Equal(System.Enum.GetNames<PredictionFieldKind>(), Enum(field.GetProperty("kind")));
        Assert.Equal(System.Enum.GetNames<PredictionAlgorithm>(), Enum(prediction.RootElement.GetProperty("properties").GetProperty("algorithm")));
    }
}
