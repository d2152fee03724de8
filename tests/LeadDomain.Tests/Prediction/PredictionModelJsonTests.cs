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
