using System.Text;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Tests.Prediction;
using NodaTime;
using Xunit.Abstractions;

namespace LeadDomain.Tests.Fuzzing;

/// <summary>
/// Scoring and prediction model files fuzzed through their public <c>Parse</c> methods only (text and UTF-8 bytes), so
/// that the suite holds whatever reads them. A file is refused with its parser's documented exception, named by its
/// concrete type (<see cref="InvalidScoringModelException"/>, <see cref="InvalidPredictionModelException"/>), or read into
/// a model that writes back to the same file and scores or predicts every lead.
/// </summary>
public sealed class ModelFileFuzzTests(ITestOutputHelper output)
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(3);

    private static readonly Lead[] Leads = BuildLeads();

    private static readonly string[] ScoringSeeds = BuildScoringSeeds();

    private static readonly string[] PredictionSeeds = BuildPredictionSeeds();

    [Fact]
    public void Mutated_scoring_model_files_are_refused_as_invalid_or_read_into_a_model_that_round_trips_and_scores()
    {
        var stats = Fuzz.Run(
            JsonMutator.Cases(ScoringSeeds.Length),
            c => ScoringFile(JsonMutator.Apply(ScoringSeeds[c.Seed], c), c.Mutations[0].Choice % 2 == 0),
            quick: 300);

        output.WriteLine($"scoring model files: {stats}; known findings: {Fuzz.DescribeFindings("scoring")}");
        Assert.True(stats.Accepted > 0 && stats.Refused > 0, stats.ToString());
    }

    [Fact]
    public void Mutated_prediction_model_files_are_refused_as_invalid_or_read_into_a_model_that_round_trips_and_predicts()
    {
        var stats = Fuzz.Run(
            JsonMutator.Cases(PredictionSeeds.Length),
            c => PredictionFile(JsonMutator.Apply(PredictionSeeds[c.Seed], c), c.Mutations[0].Choice % 2 == 0),
            quick: 300);

        output.WriteLine($"prediction model files: {stats}; known findings: {Fuzz.DescribeFindings("prediction")}");
        Assert.True(stats.Accepted > 0 && stats.Refused > 0, stats.ToString());
    }

    [Fact]
    public void Model_files_are_read_in_linear_time()
    {
        Fuzz.Linear(
            "ScoringModelJson.Parse with an activity type of n characters",
            20_000,
            n => ScoringSeeds[0].Replace("\"activity\":\"", "\"activity\":\"" + new string('x', n), StringComparison.Ordinal),
            json => _ = ScoringFile(json, bytes: false));
        Fuzz.Linear(
            "ScoringModelJson.Parse with n unknown members",
            8_000,
            n => "{" + string.Concat(Enumerable.Range(0, n).Select(i => $"\"m{i}\":{i},")) + ScoringSeeds[0][1..],
            json => _ = ScoringFile(json, bytes: false));
        Fuzz.Linear(
            "PredictionModelJson.Parse with n unknown members",
            8_000,
            n => "{" + string.Concat(Enumerable.Range(0, n).Select(i => $"\"m{i}\":{i},")) + PredictionSeeds[0][1..],
            json => _ = PredictionFile(json, bytes: false));
        Fuzz.Linear(
            "PredictionModelJson.Parse nested n deep",
            20_000,
            n => "{\"deep\":" + JsonMutator.Nested(n, true) + "," + PredictionSeeds[0][1..],
            json => _ = PredictionFile(json, bytes: false));
    }

    internal static Verdict ScoringFile(string json, bool bytes)
    {
        ScoringModel model;
        try
        {
            model = Fuzz.Timed(
                json.Length,
                "ScoringModelJson.Parse",
                () => bytes ? ScoringModelJson.Parse(Utf8(json)) : ScoringModelJson.Parse(json));
        }
        catch (InvalidScoringModelException refused)
        {
            Bounded("scoring", refused.Message, refused.Problems);
            return Verdict.Refused;
        }

        var written = ScoringModelJson.Write(model);
        if (ScoringModelJson.Write(ScoringModelJson.Parse(written)) != written)
        {
            throw new FuzzFailure("an accepted scoring model does not round-trip: " + written);
        }

        var scores = new LeadScore[Leads.Length];
        model.Score(Leads, scores, Now);
        foreach (var (lead, score) in Leads.Zip(scores))
        {
            if (score != model.Score(lead, Now) || score.Total is < 0 or > 100 || score.Fit < 0 || score.Engagement < 0)
            {
                throw new FuzzFailure($"an accepted scoring model gives {score} for {lead}");
            }

            _ = model.Explain(lead, Now);
        }

        return Verdict.Accepted;
    }

    internal static Verdict PredictionFile(string json, bool bytes)
    {
        PredictionModel model;
        try
        {
            model = Fuzz.Timed(json.Length, "PredictionModelJson.Parse", () => bytes ? PredictionModelJson.Parse(Utf8(json)) : PredictionModelJson.Parse(json));
        }
        catch (InvalidPredictionModelException refused)
        {
            Bounded("prediction", refused.Message, refused.Problems);
            return Verdict.Refused;
        }

        var written = PredictionModelJson.Write(model);
        if (PredictionModelJson.Write(PredictionModelJson.Parse(written)) != written)
        {
            throw new FuzzFailure("an accepted prediction model does not round-trip: " + written);
        }

        foreach (var lead in Leads)
        {
            var prediction = model.Predict(lead);
            if (!(prediction.Probability is >= 0 and <= 1))
            {
                throw new FuzzFailure($"an accepted prediction model gives {prediction} for {lead}");
            }

            _ = model.Explain(lead, 3);
        }

        return Verdict.Accepted;
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>The house rule for refusals: at most 20 problems and a count, each problem cut to 300 characters.</summary>
    private static void Bounded(string parser, string message, IReadOnlyList<string> problems)
    {
        if (problems.Count > 21 || problems.Any(p => p.Length > 301))
        {
            throw new FuzzFailure($"{parser}: {problems.Count} problems listed, the longest {problems.Max(p => p.Length)} characters");
        }

        if (message.Length > 21 * 400)
        {
            throw new FuzzFailure($"{parser}: a message of {message.Length} characters: " + message[..500]);
        }
    }

    private static Lead[] BuildLeads()
    {
        var lifecycle = LeadInvariants.NewLifecycle();
        var random = new Random(13);
        var leads = new List<Lead>();
        for (var i = 0; i < 12; i++)
        {
            var details = PredictionData.RandomLead(random);
            var lead = lifecycle.Create(details.Topic is null && details.CompanyName is null && details.FirstName is null && details.LastName is null ? details with { LastName = "Lima" } : details, "ali");
            for (var j = 0; j < i % 4; j++)
            {
                lead.LogActivity(ActivityType.WellKnown[j % ActivityType.WellKnown.Count], Now - Duration.FromDays(j), "ali");
            }

            leads.Add(lead);
        }

        return [.. leads];
    }

    private static string[] BuildScoringSeeds()
    {
        var full = ScoringModel.CreateBuilder()
            .WithCaps(fit: 60, engagement: 40)
            .WithRatingThresholds(hot: 70, warm: 40)
            .WithGradeThresholds(a: 75, b: 50, c: 25)
            .WhenOneOf("software", LeadTextField.Industry, ["Software", "نرم‌افزار"], 10)
            .WhenContainsAny("senior title", LeadTextField.JobTitle, ["Director", "CEO", "مدیر"], 10)
            .WhenInRange("mid-size", LeadNumberField.NumberOfEmployees, 50, 5_000, 8)
            .WhenPresent("budget", LeadPresenceField.Budget, 10)
            .WhenDecisionMaker("authority", 10)
            .WhenTimeframe("timeline", [PurchaseTimeframe.Immediate, PurchaseTimeframe.ThisQuarter], 10)
            .WhenSource("events", [LeadSource.TradeShow, LeadSource.Seminar], 6)
            .WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com", "yahoo.com"], -10)
            .WhenCustomFlag("do not contact", "do_not_contact", -60)
            .ForActivity("web visits", ActivityType.WebVisit, points: 3, window: Duration.FromDays(30), halfLife: Duration.FromDays(7))
            .ForActivity("meetings", ActivityType.Meeting, points: 20, window: Duration.FromDays(90), halfLife: null, cap: new ActivityCap(40, Duration.FromDays(7)))
            .Build();
        var small = ScoringModel.CreateBuilder()
            .WhenPresent("phone", LeadPresenceField.Phone, 5)
            .ForActivity("calls", ActivityType.Call, points: 1, window: Duration.FromDays(36_525), halfLife: Duration.FromTicks(1))
            .Build();
        return [ScoringModelJson.Write(full), ScoringModelJson.Write(small)];
    }

    private static string[] BuildPredictionSeeds()
    {
        var examples = PredictionData.RandomExamples(new Random(7), 120);
        return
        [
            PredictionModelJson.Write(PredictionData.Train(examples, PredictionAlgorithm.NaiveBayes)),
            PredictionModelJson.Write(PredictionData.Train(examples, PredictionAlgorithm.LogisticRegression)),
        ];
    }
}
