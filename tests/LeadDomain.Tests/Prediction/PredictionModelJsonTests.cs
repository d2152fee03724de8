using LeadDomain.Leads;
using LeadDomain.Prediction;
using static LeadDomain.Tests.Prediction.PredictionData;

namespace LeadDomain.Tests.Prediction;

public sealed class PredictionModelJsonTests
{
    public static TheoryData<PredictionAlgorithm> Algorithms => new() { PredictionAlgorithm.NaiveBayes, PredictionAlgorithm.LogisticRegression };

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void A_model_read_back_predicts_with_the_same_bits(PredictionAlgorithm algorithm)
    {
        var examples = RandomExamples(new Random(11), 300);
        var model = Train(examples, algorithm);

        var json = PredictionModelJson.Write(model);
        var back = PredictionModelJson.Parse(json);

        Assert.Equal(json, PredictionModelJson.Write(back));
        Assert.Equal(model.Fields, back.Fields);
        foreach (var example in examples)
        {
            Assert.Equal(model.Predict(example.Details), back.Predict(example.Details));
        }

        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(json)).ToArray();
        Assert.Equal(json, PredictionModelJson.Write(PredictionModelJson.Parse(bytes)));
    }

    [Fact]
    public void A_logistic_regression_with_binned_numbers_reads_back_the_same()
    {
        var examples = RandomExamples(new Random(13), 300);
        var options = new PredictionOptions
        {
            Algorithm = PredictionAlgorithm.LogisticRegression, Fields = MixedFields, NumberEncoding = PredictionNumberEncoding.Binned,
            MinimumConverted = 1, MinimumDisqualified = 1, NumberBins = 4,
        };
        var model = PredictionTrainer.Train(examples, options).Model!;

        var json = PredictionModelJson.Write(model);
        var back = PredictionModelJson.Parse(json);

        Assert.Contains("\"weights\": [", json, StringComparison.Ordinal);
        Assert.Equal(json, PredictionModelJson.Write(back));
        Assert.All(examples, e => Assert.Equal(model.Predict(e.Details), back.Predict(e.Details)));
    }

    [Fact]
    public void A_changed_weight_is_caught_by_the_checksum()
    {
        var model = Train(RandomExamples(new Random(3), 200), PredictionAlgorithm.LogisticRegression);
        var json = PredictionModelJson.Write(model);
        var at = json.IndexOf("\"weight\": ", StringComparison.Ordinal) + "\"weight\": ".Length;
        var digit = json.IndexOfAny("123456789".ToCharArray(), at);
        var changed = json[..digit] + (json[digit] == '9' ? '8' : (char)(json[digit] + 1)) + json[(digit + 1)..];

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(changed));

        Assert.Equal(new[] { "$.checksum does not match the model's content: the file was changed or damaged after it was written" }, e.Problems);
    }

    [Fact]
    public void Counts_that_do_not_add_up_are_named()
    {
        var json = PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, Tiny).Model!);
        var changed = json.Replace("\"value\": \"PARTNER\",\n          \"converted\": 0", "\"value\": \"PARTNER\",\n          \"converted\": 5", StringComparison.Ordinal);
        Assert.NotEqual(json, changed);

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(changed));

        Assert.Equal(new[] { "$.fields[0]: the converted counts add up to 8, not to $.examples.converted (3)" }, e.Problems);
    }

    [Fact]
    public void A_truncated_file_is_not_valid_JSON()
    {
        var json = PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, Tiny).Model!);

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(json[..(json.Length / 2)]));

        Assert.StartsWith("$ is not valid JSON at line ", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xFF, 0x7D })]                            // not UTF-8
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x5B, 0x5D })]                // an array, not an object
    [InlineData(new byte[] { })]
    public void Bytes_that_are_not_a_model_are_refused_as_an_invalid_model(byte[] utf8)
    {
        Assert.NotEmpty(Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(utf8)).Problems);
    }

    [Theory]
    [InlineData("\"smoothing\": 1", "\"smoothing\": 1, \"\\ud800\": 1")]               // a member name that is half a surrogate pair
    [InlineData("\"algorithm\": \"NaiveBayes\"", "\"algorithm\": \"\\udc00\"")]     // a value that is
    [InlineData("\"field\": \"Source\"", "\"field\": \"So\\ud800urce\"")]
    public void Text_that_is_not_valid_UTF_16_is_refused_as_an_invalid_model(string from, string to)
    {
        var json = PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, Tiny).Model!);
        Assert.Contains(from, json, StringComparison.Ordinal);

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(json.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(e.Problems, p => p.Contains("not valid text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"version\": 1", "\"version\": 2", "$.version 2 is not supported; this library reads version 1")]
    [InlineData("\"format\": \"LeadDomain.PredictionModel\"", "\"format\": \"LeadDomain.ScoringModel\"", "$.format \"LeadDomain.ScoringModel\" is not supported; this library reads format \"LeadDomain.PredictionModel\"")]
    [InlineData("\"algorithm\": \"NaiveBayes\"", "\"algorithm\": \"Forest\"", "$.algorithm: 'Forest' is not a PredictionAlgorithm; use one of NaiveBayes, LogisticRegression")]
    [InlineData("\"field\": \"Source\"", "\"field\": \"Sauce\"", "$.fields[0].field: 'Sauce' is not a standard field; use one of Source, Industry, Rating, JobTitle, JobLevel, PurchaseTimeframe, IsDecisionMaker, PreferredContactMethod, Owner, NumberOfEmployees, AnnualRevenue, Budget")]
    [InlineData("\"smoothing\": 1", "\"smoothing\": 1, \"extra\": true", "$.extra is not a known member here (names are case-sensitive); see the schema")]
    [InlineData("\"value\": \"PARTNER\"", "\"value\": \"partner\"", "$.fields[0].values[0].value 'partner' is not folded (trimmed, upper case, Arabic letters and digits folded) as the trainer writes values")]
    [InlineData("\"a\": 0.75", "\"a\": 0.1", "$.grade must have 0 < c <= b <= a <= 1; it has a 0.1, b 0.5, c 0.25")]
    public void A_mismatched_document_is_refused_with_the_problem_named(string from, string to, string problem)
    {
        var json = PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, Tiny).Model!);
        Assert.Contains(from, json, StringComparison.Ordinal);

        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(json.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(problem, e.Problems);
    }

    [Fact]
    public void Standard_and_custom_fields_of_both_kinds_survive_the_trip()
    {
        var examples = RandomExamples(new Random(5), 100);
        foreach (var algorithm in new[] { PredictionAlgorithm.NaiveBayes, PredictionAlgorithm.LogisticRegression })
        {
            var json = PredictionModelJson.Write(Train(examples, algorithm));
            Assert.Contains("\"custom\": \"seats\"", json, StringComparison.Ordinal);
            Assert.Contains("\"field\": \"NumberOfEmployees\"", json, StringComparison.Ordinal);
            var lead = new LeadDetails { Source = LeadSource.Web, Industry = "software" };
            Assert.Equal(Train(examples, algorithm).Predict(lead), PredictionModelJson.Parse(json).Predict(lead));
        }
    }
}

/// <summary>
/// PredictionModelJson.cs, each check of a model file alone: a document that breaks one rule is refused with exactly
/// that rule's problem, and one at the edge of a rule passes every check (only its checksum, left out, is wrong).
/// </summary>
public sealed class PredictionModelJsonCheckTests
{
    private const string ChecksumOnly = "$.checksum does not match the model's content: the file was changed or damaged after it was written";

    private static string Tiny => PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, PredictionData.Tiny).Model!);

    private static string Logistic(string fields, string intercept = "0", string grade = "\"a\": 0.75, \"b\": 0.5, \"c\": 0.25") =>
        "{\"format\": \"LeadDomain.PredictionModel\", \"version\": 1, \"algorithm\": \"LogisticRegression\", " +
        "\"examples\": {\"converted\": 3, \"disqualified\": 4}, \"grade\": {" + grade + "}, \"intercept\": " + intercept + ", \"fields\": [" + fields + "]}";

    private const string Linear = "{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"mean\": 10, \"scale\": 2, \"weight\": 0.5, \"missing\": 0}";

    private static IReadOnlyList<string> Problems(string json) =>
        Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(json)).Problems;

    private static string Edit(string json, string from, string to)
    {
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\": \"Category\"", "\"kind\": \"Number\"", "$.fields[0].kind: Source is a Category field, not a Number one")]
    [InlineData("\"field\": \"Source\"", "\"custom\": \" \"", "$.fields[0].custom is empty")]
    [InlineData("\"field\": \"Source\"", "\"field\": \"Source\", \"custom\": \"x\"", "$.fields[0] must have exactly one of 'field' (a standard field) and 'custom' (a custom field's name)")]
    [InlineData("\"value\": \"PARTNER\"", "\"value\": \"WEB\"", "$.fields[0].values[1].value 'TRADESHOW' is out of order or repeated; values are unique, in ordinal order")]
    [InlineData("\"value\": \"TRADESHOW\"", "\"value\": \"WEB\"", "$.fields[0].values[2].value 'WEB' is out of order or repeated; values are unique, in ordinal order")]
    [InlineData("\"smoothing\": 1,", "", "$.smoothing is missing; a NaiveBayes model needs it")]
    [InlineData("\"smoothing\": 1,", "\"smoothing\": 1, \"intercept\": 0,", "$.intercept is not a member of a NaiveBayes model")]
    [InlineData("\"converted\": 3,", "\"converted\": 0,", "$.examples.converted must be a whole number from 1 to 2147483647; it is 0")]
    [InlineData("\"disqualified\": 4", "\"disqualified\": 0", "$.examples.disqualified must be a whole number from 1 to 2147483647; it is 0")]
    [InlineData("\"a\": 0.75", "\"a\": 1.5", "$.grade must have 0 < c <= b <= a <= 1; it has a 1.5, b 0.5, c 0.25")]
    [InlineData("\"c\": 0.25", "\"c\": 0", "$.grade must have 0 < c <= b <= a <= 1; it has a 0.75, b 0.5, c 0")]
    [InlineData("\"c\": 0.25", "\"c\": 0.6", "$.grade must have 0 < c <= b <= a <= 1; it has a 0.75, b 0.5, c 0.6")]
    [InlineData("\"b\": 0.5", "\"b\": 0.8", "$.grade must have 0 < c <= b <= a <= 1; it has a 0.75, b 0.8, c 0.25")]
    [InlineData("\"converted\": 0,\n        \"disqualified\": 0\n      }", "\"converted\": -1,\n        \"disqualified\": 0\n      }", "$.fields[0].missing.converted must be a whole number from 0 to 2147483647; it is -1")]
    [InlineData("\"missing\": {\n        \"converted\": 0,\n        \"disqualified\": 0\n      }", "\"missing\": 0", "$.fields[0].missing does not have the JSON type the schema gives it here")]
    [InlineData("\"value\": \"WEB\",\n          \"converted\": 2,\n          \"disqualified\": 1", "\"value\": \"WEB\",\n          \"converted\": 2,\n          \"disqualified\": 2", "$.fields[0]: the disqualified counts add up to 5, not to $.examples.disqualified (4)")]
    [InlineData("\"value\": \"WEB\",\n          \"converted\": 2,\n          \"disqualified\": 1", "\"value\": \"WEB\",\n          \"converted\": 2,\n          \"disqualified\": 1,\n          \"weight\": 1", "$.fields[0].values[2].weight is not a member of a value")]
    public void A_naive_Bayes_file_that_breaks_one_rule_is_refused_with_that_rule(string from, string to, string problem)
    {
        Assert.Contains(problem, Problems(Edit(Tiny, from, to)));
    }

    [Theory]
    [InlineData("\"a\": 0.75", "\"a\": 1")]
    [InlineData("\"c\": 0.25", "\"c\": 0.5")]
    [InlineData("\"b\": 0.5", "\"b\": 0.75")]
    public void Grade_thresholds_at_their_edges_pass_every_check(string from, string to)
    {
        Assert.Equal([ChecksumOnly], Problems(Edit(Tiny, from, to)));
    }

    [Fact]
    public void A_logistic_regression_file_at_the_edges_of_its_rules_passes_every_check()
    {
        Assert.Equal([ChecksumOnly], Problems(Logistic(Linear)));
        Assert.Equal([ChecksumOnly], Problems(Logistic(Linear.Replace("\"scale\": 2", "\"scale\": 0", StringComparison.Ordinal), intercept: "-1e100")));
        Assert.Equal([ChecksumOnly], Problems(Logistic("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"bins\": [1, 2], \"weights\": [0, 1, 2], \"missing\": 0}")));
    }

    [Theory]
    [InlineData("", "0", "$.fields is empty; a model reads at least one field")]
    [InlineData(Linear + ", " + Linear, "0", "$.fields[1]: the field NumberOfEmployees (Number) is already given at $.fields[0]")]
    [InlineData(Linear, "1e101", "$.intercept must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"mean\": 10, \"scale\": -1, \"weight\": 0.5, \"missing\": 0}", "0", "$.fields[0].scale must be 0 or more")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"mean\": 10, \"scale\": 2, \"weight\": 0.5, \"missing\": \"x\"}", "0", "$.fields[0].missing must be a number (the weight of a missing value)")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"mean\": 10, \"scale\": 2, \"weight\": 0.5, \"missing\": 1e101}", "0", "$.fields[0].missing must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"mean\": 1e101, \"scale\": 2, \"weight\": 0.5, \"missing\": 0}", "0", "$.fields[0].mean must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"bins\": [1, 1], \"weights\": [0, 1, 2], \"missing\": 0}", "0", "$.fields[0].bins[1] must be above the bin edge before it; edges are ascending and distinct")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"bins\": [1, 2], \"weights\": [0, 1], \"missing\": 0}", "0", "$.fields[0].weights has 2 items; 2 bin edges make 3 bins")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"bins\": [1, 2], \"weights\": [0, 1e101, 2], \"missing\": 0}", "0", "$.fields[0].weights[1] must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData("{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"bins\": [1, 2], \"mean\": 1, \"weights\": [0, 1, 2], \"missing\": 0}", "0", "$.fields[0].mean is not a member of a Number field of a logistic regression model")]
    [InlineData("{\"field\": \"Source\", \"kind\": \"Category\", \"values\": [{\"value\": \"WEB\", \"weight\": 1e101}], \"missing\": 0}", "0", "$.fields[0].values[0].weight must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData("{\"field\": \"Source\", \"kind\": \"Category\", \"values\": [{\"value\": \"WEB\", \"converted\": 1}], \"missing\": 0}", "0", "$.fields[0].values[0].converted is not a member of a value")]
    [InlineData("{\"custom\": \"seats\", \"kind\": \"Colour\", \"mean\": 10, \"scale\": 2, \"weight\": 0.5, \"missing\": 0}", "0", "$.fields[0].kind: 'Colour' is not a PredictionFieldKind; use one of Category, Number")]
    public void A_logistic_regression_file_that_breaks_one_rule_is_refused_with_that_rule(string fields, string intercept, string problem)
    {
        Assert.Contains(problem, Problems(Logistic(fields, intercept)));
    }

    [Fact]
    public void A_naive_Bayes_binned_number_needs_a_count_for_each_bin()
    {
        var json = "{\"format\": \"LeadDomain.PredictionModel\", \"version\": 1, \"algorithm\": \"NaiveBayes\", \"examples\": {\"converted\": 3, \"disqualified\": 4}, " +
            "\"grade\": {\"a\": 0.75, \"b\": 0.5, \"c\": 0.25}, \"smoothing\": 1, \"fields\": [{\"field\": \"NumberOfEmployees\", \"kind\": \"Number\", \"bins\": [5], " +
            "\"counts\": [{\"converted\": 3, \"disqualified\": 4}], \"missing\": {\"converted\": 0, \"disqualified\": 0}}]}";

        Assert.Equal(["$.fields[0].counts has 1 items; 1 bin edges make 2 bins"], Problems(json));
        Assert.Equal([ChecksumOnly], Problems(json.Replace("[{\"converted\": 3, \"disqualified\": 4}]", "[{\"converted\": 3, \"disqualified\": 4}, {\"converted\": 0, \"disqualified\": 0}]", StringComparison.Ordinal)));
    }

    private static string Bayes(string fields, string examples = "\"converted\": 3, \"disqualified\": 4", string smoothing = "1") =>
        "{\"format\": \"LeadDomain.PredictionModel\", \"version\": 1, \"algorithm\": \"NaiveBayes\", \"examples\": {" + examples + "}, " +
        "\"grade\": {\"a\": 0.75, \"b\": 0.5, \"c\": 0.25}, \"smoothing\": " + smoothing + ", \"fields\": [" + fields + "]}";

    private const string NoneMissing = "\"missing\": {\"converted\": 0, \"disqualified\": 0}";

    // Each member a field needs or must not have, by kind and algorithm, named with what needs it.
    [Theory]
    [InlineData(true, "{\"field\": \"Source\", \"kind\": \"Category\", " + NoneMissing + "}", "$.fields[0].values is missing; a Category field of a naive Bayes model needs it")]
    [InlineData(false, "{\"field\": \"Source\", \"kind\": \"Category\", \"missing\": 0}", "$.fields[0].values is missing; a Category field of a logistic regression model needs it")]
    [InlineData(true, "{\"field\": \"Budget\", \"kind\": \"Number\", " + NoneMissing + "}", "$.fields[0].bins is missing; a Number field of a naive Bayes model needs it")]
    [InlineData(true, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], " + NoneMissing + "}", "$.fields[0].counts is missing; a Number field of a naive Bayes model needs it")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], \"missing\": 0}", "$.fields[0].weights is missing; a Number field of a logistic regression model needs it")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"scale\": 1, \"weight\": 1, \"missing\": 0}", "$.fields[0].mean is missing; a Number field of a logistic regression model needs it")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"mean\": 1, \"weight\": 1, \"missing\": 0}", "$.fields[0].scale is missing; a Number field of a logistic regression model needs it")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"mean\": 1, \"scale\": 1, \"missing\": 0}", "$.fields[0].weight is missing; a Number field of a logistic regression model needs it")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"mean\": 1, \"scale\": 1e101, \"weight\": 1, \"missing\": 0}", "$.fields[0].scale must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1, 1e101], \"weights\": [0, 1, 2], \"missing\": 0}", "$.fields[0].bins[1] must be a finite number of at most 1e100 in size; it is 1E+101")]
    [InlineData(false, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], \"weights\": [0, 1], \"missing\": [0]}", "$.fields[0].missing must be a number (the weight of a missing value)")]
    [InlineData(true, "{\"field\": \"Source\", \"kind\": \"Category\", \"values\": [{\"value\": \"WEB\", \"converted\": 3}], " + NoneMissing + "}", "$.fields[0].values[0].disqualified is missing; a value needs it")]
    [InlineData(true, "{\"field\": \"Source\", \"kind\": \"Category\", \"values\": [{\"value\": \"WEB\", \"converted\": 3, \"disqualified\": -1}], " + NoneMissing + "}", "$.fields[0].values[0].disqualified must be a whole number from 0 to 2147483647; it is -1")]
    [InlineData(true, "{\"field\": \"Source\", \"kind\": \"Category\", \"values\": [{\"value\": \"WEB\", \"converted\": -3, \"disqualified\": 4}], " + NoneMissing + "}", "$.fields[0].values[0].converted must be a whole number from 0 to 2147483647; it is -3")]
    [InlineData(true, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], \"counts\": [{\"converted\": 3, \"disqualified\": 4}, {\"converted\": -1, \"disqualified\": 0}], " + NoneMissing + "}", "$.fields[0].counts[1].converted must be a whole number from 0 to 2147483647; it is -1")]
    [InlineData(true, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], \"counts\": [{\"converted\": 3, \"disqualified\": 4}, {\"converted\": 0, \"disqualified\": -2}], " + NoneMissing + "}", "$.fields[0].counts[1].disqualified must be a whole number from 0 to 2147483647; it is -2")]
    [InlineData(true, "{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], \"counts\": [{\"converted\": 3, \"disqualified\": 4}, {\"converted\": 0, \"disqualified\": 0}], \"missing\": {\"converted\": 0, \"disqualified\": -1}}", "$.fields[0].missing.disqualified must be a whole number from 0 to 2147483647; it is -1")]
    public void Each_member_a_field_needs_is_named_with_what_needs_it(bool bayes, string field, string problem)
    {
        Assert.Contains(problem, Problems(bayes ? Bayes(field) : Logistic(field)));
    }

    [Fact]
    public void A_naive_Bayes_number_with_weights_too_is_checked_by_its_weights_count()
    {
        // Weights are not a member of naive Bayes; their count, not the counts', is the one compared with the bins.
        var problems = Problems(Bayes("{\"field\": \"Budget\", \"kind\": \"Number\", \"bins\": [1], \"weights\": [1], " +
            "\"counts\": [{\"converted\": 3, \"disqualified\": 4}, {\"converted\": 0, \"disqualified\": 0}], " + NoneMissing + "}"));

        Assert.Contains("$.fields[0].weights is not a member of a Number field of a naive Bayes model", problems);
        Assert.Contains("$.fields[0].counts has 1 items; 1 bin edges make 2 bins", problems);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e6)]
    public void A_naive_Bayes_file_with_a_smoothing_at_an_end_of_its_range_reads_back(double smoothing)
    {
        var model = PredictionTrainer.Train(SourceTable, PredictionData.Tiny with { Smoothing = smoothing }).Model!;

        var back = PredictionModelJson.Parse(PredictionModelJson.Write(model));

        Assert.Equal(model.Predict(new LeadDetails { Source = LeadSource.Web }), back.Predict(new LeadDetails { Source = LeadSource.Web }));
        Assert.Equal(
            ["$.smoothing must be from 0.000001 to 1,000,000"],
            Problems(Bayes("{\"field\": \"Source\", \"kind\": \"Category\", \"values\": [], \"missing\": {\"converted\": 3, \"disqualified\": 4}}", smoothing: smoothing < 1 ? "9.9e-7" : "1.000001e6")));
    }

    [Fact]
    public void The_checksum_is_the_SHA_256_of_the_content_written_without_indentation()
    {
        var json = PredictionModelJson.Write(PredictionTrainer.Train(SourceTable, PredictionData.Tiny).Model!);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var checksum = (string)node["checksum"]!;
        node.Remove("checksum");

        var content = System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), checksum);
        Assert.DoesNotContain("\n", node.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_of_an_invalid_model_lists_its_problems_and_says_what_to_do()
    {
        var e = Assert.Throws<InvalidPredictionModelException>(() => PredictionModelJson.Parse(Logistic("", "0")));

        Assert.StartsWith("The prediction model is not valid: $.fields is empty; a model reads at least one field", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(". Train the model again and write it with PredictionModelJson.Write; a file edited by hand fails its checksum.", e.Message, StringComparison.Ordinal);
    }
}
