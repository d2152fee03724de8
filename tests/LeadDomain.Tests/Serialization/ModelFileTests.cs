using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadDomain.Prediction;
using LeadDomain.Serialization;
using NodaTime;

namespace LeadDomain.Tests.Serialization;

/// <summary>
/// ModelFile.cs, what the scoring and prediction model files share: each check's boundary, each problem's words, and
/// the way a reading failure of System.Text.Json is told at its JSON path.
/// </summary>
public sealed class ModelFileTests
{
    private static readonly ProbeContext Context = new(ModelFile.Options(indented: false));

    private static ModelFile NewFile() => new(p => new InvalidPredictionModelException(p));

    private static IReadOnlyList<string> Problems(Action<ModelFile> act)
    {
        var file = NewFile();
        act(file);
        return Assert.Throws<InvalidPredictionModelException>(file.ThrowIfAny).Problems;
    }

    private static IReadOnlyList<string> ReadProblems(string json) =>
        Assert.Throws<InvalidPredictionModelException>(() => NewFile().Read(json, Context.Probe, ("format", "\"probe\""))).Problems;

    [Fact]
    public void A_file_with_no_problem_does_not_throw_and_counts_what_is_reported()
    {
        var file = NewFile();
        file.ThrowIfAny();
        Assert.Equal(0, file.Reported);

        file.Report("one");
        file.Report("two");

        Assert.Equal(2, file.Reported);
        Assert.Equal(["one", "two"], Assert.Throws<InvalidPredictionModelException>(file.ThrowIfAny).Problems);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    [InlineData(int.MaxValue, 0)]
    public void A_whole_number_from_the_minimum_to_int_MaxValue_is_accepted(long value, long minimum)
    {
        var file = NewFile();

        Assert.Equal(value, file.Whole(value, "$.n", minimum));
        Assert.Equal(0, file.Reported);
    }

    [Theory]
    [InlineData(0, 1, "$.n must be a whole number from 1 to 2147483647; it is 0")]
    [InlineData(-1, 0, "$.n must be a whole number from 0 to 2147483647; it is -1")]
    [InlineData(2147483648, 0, "$.n must be a whole number from 0 to 2147483647; it is 2147483648")]
    public void A_whole_number_outside_is_reported_with_its_range(long value, long minimum, string problem)
    {
        Assert.Equal([problem], Problems(f => Assert.Equal(value, f.Whole(value, "$.n", minimum))));
    }

    [Fact]
    public void The_minimum_of_a_whole_number_is_zero_unless_given()
    {
        Assert.Equal(["$.n must be a whole number from 0 to 2147483647; it is -1"], Problems(f => f.Whole(-1, "$.n")));
    }

    [Theory]
    [InlineData(1e100)]
    [InlineData(-1e100)]
    [InlineData(0.0)]
    public void A_number_of_at_most_1e100_in_size_is_finite(double value)
    {
        var file = NewFile();

        Assert.Equal(value, file.Finite(value, "$.x"));
        Assert.Equal(0, file.Reported);
    }

    [Theory]
    [InlineData(2e101, "$.x must be a finite number of at most 1e100 in size; it is 2E+101")]
    [InlineData(-2e100, "$.x must be a finite number of at most 1e100 in size; it is -2E+100")]
    [InlineData(double.NaN, "$.x must be a finite number of at most 1e100 in size; it is NaN")]
    [InlineData(double.PositiveInfinity, "$.x must be a finite number of at most 1e100 in size; it is Infinity")]
    public void A_number_beyond_1e100_or_not_a_number_is_reported(double value, string problem)
    {
        Assert.Equal([problem], Problems(f => f.Finite(value, "$.x")));
    }

    [Theory]
    [InlineData("P30D", 30 * 24)]
    [InlineData("PT12H", 12)]
    [InlineData("P1DT6H", 30)]
    [InlineData("30:00:00:00", 30 * 24)]
    [InlineData("0:12:00:00", 12)]
    public void A_duration_is_read_in_ISO_8601_or_in_days_hours_minutes_seconds(string text, int hours)
    {
        var file = NewFile();

        Assert.Equal(Duration.FromHours(hours), file.Duration(text, "$.d"));
        Assert.Equal(0, file.Reported);
    }

    [Fact]
    public void No_duration_is_no_problem()
    {
        var file = NewFile();

        Assert.Null(file.Duration(null, "$.d"));
        Assert.Equal(0, file.Reported);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P1Y2D")]
    [InlineData("thirty days")]
    public void A_duration_in_years_months_or_other_words_is_reported(string text)
    {
        var file = NewFile();

        Assert.Null(file.Duration(text, "$.d"));
        Assert.Equal(
            [$"$.d: '{text}' is not a duration; write ISO 8601 without years or months (P30D, PT12H, P1DT30M) or D:hh:mm:ss (30:00:00:00)"],
            Assert.Throws<InvalidPredictionModelException>(file.ThrowIfAny).Problems);
    }

    [Fact]
    public void An_enum_name_is_read_in_any_case_and_an_unknown_one_is_reported_with_the_names()
    {
        var file = NewFile();
        Assert.Equal(PredictionAlgorithm.LogisticRegression, file.Enum<PredictionAlgorithm>("logisticREGRESSION", "$.a"));
        Assert.Equal(0, file.Reported);

        Assert.Equal(
            ["$.a: 'Forest' is not a PredictionAlgorithm; use one of NaiveBayes, LogisticRegression"],
            Problems(f => Assert.Null(f.Enum<PredictionAlgorithm>("Forest", "$.a"))));
        Assert.Equal(
            ["$.a: '1' is not a PredictionAlgorithm; use one of NaiveBayes, LogisticRegression"],
            Problems(f => Assert.Null(f.Enum<PredictionAlgorithm>("1", "$.a"))));
    }

    [Fact]
    public void Expect_reports_a_member_present_where_none_is_wanted_and_one_missing_where_it_is_needed()
    {
        Assert.Equal(
            ["$.f.bins is not a member of a Category field", "$.f.values is missing; a Category field needs it"],
            Problems(f => f.Expect("$.f", "a Category field", ("mean", true, true), ("bins", true, false), ("values", false, true), ("scale", false, false))));
    }

    [Fact]
    public void Apply_reports_an_argument_exception_at_the_path_without_the_CSharp_parameter()
    {
        Assert.Equal(
            ["$.w: Weight must be positive.", "$.v: Value is wrong.", "$.u: Unnamed (Parameter 'x') here.", "$.r: Too big. (Parameter 'r')\nActual value was 5."],
            Problems(f =>
            {
                f.Apply("$.w", () => throw new ArgumentException("Weight must be positive.", "weight"));
                f.Apply("$.v", () => throw new ArgumentException("Value is wrong."));
                f.Apply("$.u", () => throw new ArgumentException("Unnamed (Parameter 'x') here."));
                f.Apply("$.ok", () => { });
                f.Apply("$.r", () => throw new ArgumentOutOfRangeException("r", 5, "Too big."));
            }));
        Assert.Throws<InvalidOperationException>(() => NewFile().Apply("$", () => throw new InvalidOperationException()));
    }

    [Fact]
    public void Validate_turns_the_failures_of_reading_late_into_problems_and_lets_others_through()
    {
        Assert.Equal(7, NewFile().Validate(() => 7));
        Assert.Equal(
            ["$ holds null where an object or a value is needed (an array item, most likely); remove it or give its value"],
            Assert.Throws<InvalidPredictionModelException>(() => NewFile().Validate(() => Nothing()!.Length)).Problems);
        Assert.Equal(
            ["$ holds a string with an escaped half of a surrogate pair, which no text can hold"],
            Assert.Throws<InvalidPredictionModelException>(() => NewFile().Validate<int>(() => throw new InvalidOperationException())).Problems);
        Assert.Equal(
            ["$ holds a number beyond what the model can hold; keep numbers within their documented ranges"],
            Assert.Throws<InvalidPredictionModelException>(() => NewFile().Validate<int>(() => throw new OverflowException())).Problems);
        Assert.Throws<ArgumentException>(() => NewFile().Validate<int>(() => throw new ArgumentException("bug")));
    }

    [Fact]
    public void A_good_file_is_read_from_text_and_from_bytes_with_or_without_a_byte_order_mark()
    {
        const string json = "{\"format\": \"probe\", \"count\": 3, \"name\": \"کیمیا\"}";
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(new Probe("probe", 3, "کیمیا"), NewFile().Read(json, Context.Probe, ("format", "\"probe\"")));
        Assert.Equal(new Probe("probe", 3, "کیمیا"), NewFile().Read(bytes, Context.Probe, ("format", "\"probe\"")));
        Assert.Equal(new Probe("probe", 3, "کیمیا"), NewFile().Read([.. Encoding.UTF8.GetPreamble(), .. bytes], Context.Probe));
    }

    [Fact]
    public void Text_with_half_a_surrogate_pair_is_refused_at_its_index()
    {
        Assert.Equal(
            ["$ is not valid text: the character at index 10 is half of a surrogate pair"],
            ReadProblems("{\"name\": \"\ud800\"}"));
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xFF, 0x7D }, "$ is not valid UTF-8: the byte at offset 1 (0xFF) does not begin a valid sequence")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0x22, 0xC3 }, "$ is not valid UTF-8: the byte at offset 2 (0xC3) does not begin a valid sequence")]
    [InlineData(new byte[] { 0xC3, 0xA9, 0xC0, 0x80 }, "$ is not valid UTF-8: the byte at offset 2 (0xC0) does not begin a valid sequence")]
    public void Bytes_that_are_not_UTF_8_are_refused_at_the_first_bad_byte(byte[] utf8, string problem)
    {
        Assert.Equal([problem], Assert.Throws<InvalidPredictionModelException>(() => NewFile().Read(utf8, Context.Probe)).Problems);
    }

    [Theory]
    [InlineData("{\"count\": 3, \"name\": \"x\"}", "$.format is missing; a model file begins with format \"probe\"")]
    [InlineData("{\"format\": \"other\", \"count\": 3, \"name\": \"x\"}", "$.format \"other\" is not supported; this library reads format \"probe\"")]
    [InlineData("{\"format\": \"probe\", \"count\": 3, \"name\": \"x\", \"extra\": 1}", "$.extra is not a known member here (names are case-sensitive); see the schema")]
    [InlineData("{\"format\": \"probe\", \"count\": 3, \"count\": 4, \"name\": \"x\"}", "$.count appears more than once")]
    [InlineData("{\"format\": \"probe\", \"count\": 3, \"name\": null}", "$.name must not be null")]
    [InlineData("{\"format\": \"probe\", \"count\": \"3\", \"name\": \"x\"}", "$.count must be a number, not a string")]
    [InlineData("{\"format\": \"probe\", \"count\": 3, \"name\": 5}", "$.name must be a string, not a number")]
    [InlineData("{\"format\": \"probe\", \"count\": {}, \"name\": \"x\"}", "$.count must be a number, not an object")]
    [InlineData("{\"format\": \"probe\", \"count\": [], \"name\": \"x\"}", "$.count must be a number, not an array")]
    [InlineData("{\"format\": \"probe\", \"count\": true, \"name\": \"x\"}", "$.count must be a number, not a boolean")]
    [InlineData("{\"format\": \"probe\", \"count\": 3, \"name\": \"x\", \"flag\": 1}", "$.flag must be true or false, not a number")]
    [InlineData("{\"format\": \"probe\", \"count\": 3.5, \"name\": \"x\"}", "$.count is out of range for this member (or not a whole number where one is needed)")]
    [InlineData("{\"format\": \"probe\"}", "$.count, $.name are missing; see the schema for what is required")]
    [InlineData("{\"format\": \"probe\", \"name\": \"x\"}", "$.count is missing; see the schema for what is required")]
    [InlineData("null", "$ must be an object, not null")]
    [InlineData("[1]", "$ does not have the JSON type the schema gives it here")]
    [InlineData("{\"format\": \"probe\",\n \"count\": }", "$ is not valid JSON at line 2, byte 11 of the line: '}' is an invalid start of a value.")]
    public void A_document_that_is_not_the_model_s_shape_is_refused_with_the_problem_at_its_path(string json, string problem)
    {
        Assert.Equal([problem], ReadProblems(json));
    }

    [Fact]
    public void An_element_read_late_reports_at_its_path_and_gives_the_default()
    {
        var file = NewFile();
        using var document = JsonDocument.Parse("{\"missing\": \"x\"}");

        Assert.Null(file.Read(document.RootElement.GetProperty("missing"), Context.Probe, "$.fields[0].missing"));
        Assert.Equal(["$.fields[0].missing does not have the JSON type the schema gives it here"], Assert.Throws<InvalidPredictionModelException>(file.ThrowIfAny).Problems);
    }

    [Fact]
    public void Files_are_written_camel_cased_with_plain_text_and_line_feeds()
    {
        var indented = JsonSerializer.Serialize(new Probe("probe", 3, "کیمیا & <co> +1"), new ProbeContext(ModelFile.Options(indented: true)).Probe);
        var compact = JsonSerializer.Serialize(new Probe("probe", 3, "x"), Context.Probe);

        Assert.Equal("{\n  \"format\": \"probe\",\n  \"count\": 3,\n  \"name\": \"کیمیا & <co> +1\"\n}", indented);
        Assert.Equal("{\"format\":\"probe\",\"count\":3,\"name\":\"x\"}", compact);
        Assert.Equal(new Probe("probe", 3, "x"), JsonSerializer.Deserialize("/* c */ {\"format\": \"probe\", \"count\": 3, \"name\": \"x\"}", Context.Probe));
    }

    private static string? Nothing() => null;

    internal sealed record Probe(string Format, int Count, string Name, bool? Flag = null);
}

[JsonSerializable(typeof(ModelFileTests.Probe))]
internal sealed partial class ProbeContext : JsonSerializerContext;
