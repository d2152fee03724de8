using LeadDomain.Hosting;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Hosting;

public sealed class LeadDomainOptionsCheckTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Schemas", "Examples");

    [Fact]
    public void Default_options_pass()
    {
        var check = new LeadDomainOptionsCheck("App:LeadDomain");

        Assert.Equal("App:LeadDomain", check.Section);
        Assert.True(check.Validate(null, new LeadDomainOptions()).Succeeded);
    }

    [Fact]
    public void Refuses_null_options() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new LeadDomainOptionsCheck("X").Validate(null, null!)).ParamName);

    [Fact]
    public void Each_number_below_its_minimum_is_one_sentence_named_by_its_key()
    {
        var result = new LeadDomainOptionsCheck("App:LeadDomain").Validate(null, new LeadDomainOptions { MaxHistoryEntries = 1, MaxActivities = 0 });

        Assert.True(result.Failed);
        Assert.Equal(
            ["App:LeadDomain:MaxHistoryEntries must be at least 2 (creation and one change).", "App:LeadDomain:MaxActivities must be at least 1."],
            result.Failures.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void The_lifecycles_own_rules_are_checked_only_once_the_numbers_pass()
    {
        var options = new LeadDomainOptions { MaxActivities = 0 };
        options.ActivityTypes.Add(ActivityType.Define(100, "A"));
        options.ActivityTypes.Add(ActivityType.Define(100, "B"));

        var numbersWrong = new LeadDomainOptionsCheck("S").Validate(null, options);
        options.MaxActivities = 1;
        var typesWrong = new LeadDomainOptionsCheck("S").Validate(null, options);

        Assert.Equal(["S:MaxActivities must be at least 1."], numbersWrong.Failures);
        var failure = Assert.Single(typesWrong.Failures ?? []);
        Assert.StartsWith("S: ", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", failure, StringComparison.Ordinal);
        Assert.EndsWith(".", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_file_beside_a_model_in_code_is_refused_for_each_kind()
    {
        var options = new LeadDomainOptions
        {
            ScoringModel = ScoringModel.CreateBuilder().Build(),
            ScoringModelFile = "s.json",
            PredictionModel = PredictionModelJson.Parse(File.ReadAllBytes(Path.Combine(Examples, "prediction-naive-bayes.json"))),
            PredictionModelFile = "p.json",
        };

        Assert.Equal(
            [
                "S:ScoringModelFile is set beside a ScoringModel set in code: keep one of them.",
                "S:PredictionModelFile is set beside a PredictionModel set in code: keep one of them.",
            ],
            new LeadDomainOptionsCheck("S").Validate(null, options).Failures);
    }

    [Fact]
    public void Valid_model_files_pass_and_a_relative_path_is_read_from_the_applications_folder()
    {
        var options = new LeadDomainOptions
        {
            ScoringModelFile = Path.Combine("Schemas", "Examples", "scoring-model.json"),
            PredictionModelFile = Path.Combine(Examples, "prediction-naive-bayes.json"),
        };

        Assert.True(new LeadDomainOptionsCheck("S").Validate(null, options).Succeeded);
        Assert.Equal(
            ScoringModelJson.Write(ScoringModelJson.Parse(File.ReadAllBytes(Path.Combine(Examples, "scoring-model.json")))),
            ScoringModelJson.Write(LeadDomainOptionsCheck.LoadScoringModel(options.ScoringModelFile)));
        Assert.NotNull(LeadDomainOptionsCheck.LoadPredictionModel(Path.Combine("Schemas", "Examples", "prediction-naive-bayes.json")));
    }

    [Fact]
    public void An_invalid_prediction_model_file_is_named_by_its_full_path_with_its_problems()
    {
        var name = $"leaddomain-{Guid.NewGuid():N}.json";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        File.WriteAllText(path, """{ "version": 1 }""");
        try
        {
            var failure = Assert.Single(Problems(new LeadDomainOptions { PredictionModelFile = name }));

            Assert.StartsWith($"S:PredictionModelFile: '{path}' is not a valid model file: The prediction model is not valid", failure, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_as_given_with_the_reason()
    {
        var missing = $"no-such-{Guid.NewGuid():N}.json";
        var directory = Path.GetTempPath();

        var failures = Problems(new LeadDomainOptions { PredictionModelFile = missing, ScoringModelFile = directory });

        Assert.Equal(2, failures.Count());
        Assert.Contains(failures, f => f.StartsWith($"S:PredictionModelFile: '{missing}' cannot be read: Could not find file", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"S:ScoringModelFile: '{directory}' cannot be read: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_the_system_refuses_is_a_file_that_cannot_be_read()
    {
        var failure = Assert.Single(Problems(new LeadDomainOptions { ScoringModelFile = "a\0b.json" }));

        Assert.StartsWith("S:ScoringModelFile: 'a\0b.json' cannot be read: ", failure, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Problems(LeadDomainOptions options) => new LeadDomainOptionsCheck("S").Validate(null, options).Failures ?? [];
}
