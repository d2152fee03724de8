using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// The JSON form of a scoring model: the documented example, round trips (by hand and as an FsCheck property over
/// random models and leads), and one test per kind of invalid document, each checking that the problem names its path.
/// </summary>
public sealed class ScoringModelJsonTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(40);

    /// <summary>The example of the format's documentation, with a Persian value holding a zero-width non-joiner.</summary>
    private const string Example = """
        {
          "version": 1,
          "caps": { "fit": 60, "engagement": 40 },
          "rating": { "hot": 70, "warm": 40 },
          "grade": { "a": 75, "b": 50, "c": 25 },
          "fit": [
            { "name": "industry", "kind": "oneOf", "field": "Industry", "values": ["Software", "نرم‌افزار"], "points": 10 },
            { "name": "title", "kind": "containsAny", "field": "JobTitle", "terms": ["Director", "مدیر"], "points": 10 },
            { "name": "revenue", "kind": "range", "field": "AnnualRevenue", "min": 1000000, "max": null, "currency": "EUR", "points": 8 },
            { "name": "phone", "kind": "present", "field": "Phone", "points": 5 },
            { "name": "source", "kind": "source", "sources": ["TradeShow"], "points": 10 },
            { "name": "timeline", "kind": "timeframe", "timeframes": ["Immediate"], "points": 10 },
            { "name": "authority", "kind": "decisionMaker", "isDecisionMaker": true, "points": 10 },
            { "name": "dnc", "kind": "customFlag", "customField": "do_not_contact", "points": -50 }
          ],
          "engagement": [
            { "name": "visits", "activity": "WebVisit", "points": 3, "window": "30:00:00:00", "halfLife": "7:00:00:00" },
            { "name": "meetings", "activity": "Meeting", "points": 12.5, "window": "90:00:00:00", "halfLife": "14:12:00:00" }
          ]
        }
        """;

    private static ScoringModel ExampleByBuilder() =>
        ScoringModel.CreateBuilder()
            .WithCaps(60, 40)
            .WithRatingThresholds(70, 40)
            .WithGradeThresholds(75, 50, 25)
            .WhenOneOf("industry", LeadTextField.Industry, ["Software", "نرم‌افزار"], 10)
            .WhenContainsAny("title", LeadTextField.JobTitle, ["Director", "مدیر"], 10)
            .WhenInRange("revenue", LeadNumberField.AnnualRevenue, 1_000_000m, null, 8, "EUR")
            .WhenPresent("phone", LeadPresenceField.Phone, 5)
            .WhenSource("source", [LeadSource.TradeShow], 10)
            .WhenTimeframe("timeline", [PurchaseTimeframe.Immediate], 10)
            .WhenDecisionMaker("authority", 10)
            .WhenCustomFlag("dnc", "do_not_contact", -50)
            .ForActivity("visits", ActivityType.WebVisit, 3, Duration.FromDays(30), Duration.FromDays(7))
            .ForActivity("meetings", ActivityType.Meeting, 12.5, Duration.FromDays(90), Duration.FromDays(14) + Duration.FromHours(12))
            .Build();

    /// <summary>Leads that between them match every rule of the example, and some that match none.</summary>
    private static List<Lead> SampleLeads()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var strong = lifecycle.Create(
            new LeadDetails
            {
                CompanyName = "Contoso",
                JobTitle = "Sales Director",
                Industry = "software",
                AnnualRevenue = new Money(2_500_000m, "EUR"),
                BusinessPhone = "+98 912 345 6789",
                Source = LeadSource.TradeShow,
                PurchaseTimeframe = PurchaseTimeframe.Immediate,
                IsDecisionMaker = true,
            },
            "ali");
        strong.LogActivity(ActivityType.WebVisit, Now - Duration.FromDays(1), "ali");
        strong.LogActivity(ActivityType.WebVisit, Now - Duration.FromDays(10), "ali");
        strong.LogActivity(ActivityType.Meeting, Now - Duration.FromDays(3), "ali");

        // Persian: the industry is written without the zero-width non-joiner and the title with an Arabic yeh.
        var persian = lifecycle.Create(
            TestLeads.Persian with { Industry = "نرمافزار", JobTitle = "مدير فروش", AnnualRevenue = new Money(2_500_000m, "USD") },
            "ali");
        persian.LogActivity(ActivityType.WebVisit, Now - Duration.FromHours(5), "ali");
        persian.LogActivity(ActivityType.Note, Now - Duration.FromHours(5), "ali");

        var doNotContact = lifecycle.Create(
            TestLeads.Qualifiable with
            {
                CustomFields = new Dictionary<string, CustomFieldValue> { ["do_not_contact"] = CustomFieldValue.FromBoolean(true) },
            },
            "ali");
        doNotContact.LogActivity(ActivityType.Meeting, Now - Duration.FromDays(20), "ali");
        doNotContact.LogActivity(ActivityType.WebVisit, Now - Duration.FromDays(31), "ali");

        var nothing = lifecycle.Create(new LeadDetails { LastName = "Lima", Source = LeadSource.Web }, "ali");
        nothing.LogActivity(ActivityType.WebVisit, Now + Duration.FromDays(1), "ali");

        return [strong, persian, doNotContact, nothing];
    }

    /// <summary>ScoreExplanation is a record whose Reasons list compares by reference, so compare its parts.</summary>
    private static void AssertSameExplanation(ScoreExplanation expected, ScoreExplanation actual)
    {
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.Reasons, actual.Reasons);
    }

    private static InvalidScoringModelException Invalid(string json) =>
        Assert.Throws<InvalidScoringModelException>(() => ScoringModelJson.Parse(json));

    /// <summary>A valid document with <paramref name="fit"/> as its only fit rule.</summary>
    private static string WithFitRule(string fit) => $$"""{ "version": 1, "fit": [ {{fit}} ] }""";

    private static string WithEngagementRule(string rule) => $$"""{ "version": 1, "engagement": [ {{rule}} ] }""";

    [Fact]
    public void The_documented_example_scores_every_lead_as_the_same_model_built_in_code()
    {
        var fromJson = ScoringModelJson.Parse(Example);
        var fromCode = ExampleByBuilder();

        Assert.Equal(fromCode.RuleNames, fromJson.RuleNames);
        foreach (var lead in SampleLeads())
        {
            Assert.Equal(fromCode.Score(lead, Now), fromJson.Score(lead, Now));
            AssertSameExplanation(fromCode.Explain(lead, Now), fromJson.Explain(lead, Now));
        }

        // And the scores are the expected ones, not merely equal: the strong lead hits every fit rule but the penalty (63, capped at 60).
        var strong = fromJson.Score(SampleLeads()[0], Now);
        Assert.Equal(60, strong.Fit);
        Assert.Equal((3 * Math.Pow(0.5, 1.0 / 7)) + (3 * Math.Pow(0.5, 10.0 / 7)) + (12.5 * Math.Pow(0.5, 3 / 14.5)), strong.Engagement, 9);
        var persian = fromJson.Score(SampleLeads()[1], Now);
        Assert.Equal(10 + 10 + 5, persian.Fit);
    }

    [Fact]
    public void Writing_and_reading_back_gives_a_model_that_scores_identically_and_writes_the_same_text()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var models = new[]
        {
            ExampleByBuilder(),
            ScoringModel.CreateBuilder().Build(),
            ScoringModel.CreateBuilder()
                .WithCaps(12.345, 0.1)
                .WithRatingThresholds(100, 0)
                .WithGradeThresholds(3, 2, 1)
                .WhenInRange("staff", LeadNumberField.NumberOfEmployees, null, 250.50m, 0.1 + 0.2)
                .WhenInRange("budget", LeadNumberField.Budget, 0.000001m, 79_228_162_514_264_337_593_543_950_335m, -1e-300, "BRL")
                .WhenDecisionMaker("not the boss", -7.25, isDecisionMaker: false)
                .WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com", "  yahoo.com "], -1.0 / 3)
                .ForActivity("calls", ActivityType.Call, 1e-3, Duration.FromNanoseconds(86_400_000_000_123), Duration.FromTicks(1))
                .Build(),
        };

        var leads = SampleLeads();
        var edge = lifecycle.Create(
            TestLeads.Qualifiable with
            {
                NumberOfEmployees = 250,
                Budget = new Money(1m, "BRL"),
                IsDecisionMaker = false,
                Emails = ["a@GMAIL.com", "b@yahoo.com"],
            },
            "ali");
        edge.LogActivity(ActivityType.Call, Now - Duration.FromDays(1), "ali");
        edge.LogActivity(ActivityType.Call, Now - Duration.FromDays(1) - Duration.FromTicks(1), "ali");
        leads.Add(edge);

        foreach (var model in models)
        {
            var json = ScoringModelJson.Write(model);
            var back = ScoringModelJson.Parse(json);

            Assert.Equal(model.RuleNames, back.RuleNames);
            foreach (var lead in leads)
            {
                Assert.Equal(model.Score(lead, Now), back.Score(lead, Now));
                AssertSameExplanation(model.Explain(lead, Now), back.Explain(lead, Now));
            }

            Assert.Equal(json, ScoringModelJson.Write(back));
            Assert.Equal(json, ScoringModelJson.Write(ScoringModelJson.Parse(Encoding.UTF8.GetBytes(json))));
        }
    }

    [Fact]
    public void Write_gives_the_documented_format_with_exact_enum_names_and_roundtrip_durations()
    {
        var model = ScoringModel.CreateBuilder()
            .WhenSource("events", [LeadSource.TradeShow, LeadSource.Seminar], 10)
            .WhenInRange("revenue", LeadNumberField.AnnualRevenue, 1_000_000.00m, null, 8, "EUR")
            .ForActivity("visits", ActivityType.WebVisit, 3, Duration.FromDays(30), Duration.FromHours(36) + Duration.FromNanoseconds(5))
            .Build();

        const string expected = """
            {
              "version": 1,
              "caps": {
                "fit": 60,
                "engagement": 40
              },
              "rating": {
                "hot": 70,
                "warm": 40
              },
              "grade": {
                "a": 75,
                "b": 50,
                "c": 25
              },
              "fit": [
                {
                  "kind": "source",
                  "name": "events",
                  "sources": [
                    "TradeShow",
                    "Seminar"
                  ],
                  "points": 10
                },
                {
                  "kind": "range",
                  "name": "revenue",
                  "field": "AnnualRevenue",
                  "min": 1000000.00,
                  "currency": "EUR",
                  "points": 8
                }
              ],
              "engagement": [
                {
                  "name": "visits",
                  "activity": "WebVisit",
                  "points": 3,
                  "window": "30:00:00:00",
                  "halfLife": "1:12:00:00.000000005"
                }
              ]
            }
            """;
        Assert.Equal(expected, ScoringModelJson.Write(model));
    }

    [Fact]
    public void Persian_text_survives_the_round_trip_unescaped()
    {
        var model = ScoringModelJson.Parse(Example);
        var json = ScoringModelJson.Write(model);

        Assert.Contains("\"نرم‌افزار\"", json, StringComparison.Ordinal);
        Assert.Contains("\"مدیر\"", json, StringComparison.Ordinal);
        var values = Assert.IsType<TextOneOfRule>(ScoringModelJson.Parse(json).Fit[0]).Values;
        Assert.Equal(["Software", "نرم‌افزار"], values);

        var persianName = ScoringModelJson.Parse(WithFitRule("""{ "name": "صنعت نرم‌افزار", "kind": "present", "field": "Phone", "points": 5 }"""));
        Assert.Equal(["صنعت نرم‌افزار"], ScoringModelJson.Parse(ScoringModelJson.Write(persianName)).RuleNames);
    }

    [Fact]
    public void Enum_names_are_read_ignoring_case_and_written_exactly()
    {
        var model = ScoringModelJson.Parse("""
            {
              "version": 1,
              // Comments are allowed.
              "fit": [ { "name": "i", "kind": "oneOf", "field": "industry", "values": ["x"], "points": 1 },
                       { "name": "s", "kind": "source", "sources": ["tradeshow", "WEB"], "points": 1 } ],
              "engagement": [ { "name": "v", "activity": "webvisit", "points": 1, "window": "1:00:00:00", "halfLife": "0:01:00:00" } ]
            }
            """);

        var json = ScoringModelJson.Write(model);
        Assert.Contains("\"kind\": \"oneOf\"", json, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"Industry\"", json, StringComparison.Ordinal);
        Assert.Contains("\"TradeShow\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Web\"", json, StringComparison.Ordinal);
        Assert.Contains("\"activity\": \"WebVisit\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Caps_thresholds_and_rule_lists_may_be_left_out_and_take_the_builder_defaults()
    {
        var model = ScoringModelJson.Parse("""{ "version": 1, "caps": null }""");
        var defaults = ScoringModel.CreateBuilder().Build();

        Assert.Equal(ScoringModelJson.Write(defaults), ScoringModelJson.Write(model));
        Assert.Empty(model.RuleNames);
    }

    [Fact]
    public void Utf8_bytes_with_a_byte_order_mark_read_as_the_text_does()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Example)];

        var model = ScoringModelJson.Parse(bytes);

        Assert.Equal(ScoringModelJson.Write(ScoringModelJson.Parse(Example)), ScoringModelJson.Write(model));
    }

    [Fact]
    public void Malformed_json_names_its_line_and_position()
    {
        var e = Invalid("{\n  \"version\": 1,\n  \"fit\": [ { \"name\": \"x\", } ]\n}");

        var problem = Assert.Single(e.Problems);
        Assert.StartsWith("$ is not valid JSON at line 3, byte ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem, StringComparison.Ordinal);
        Assert.Throws<InvalidScoringModelException>(() => ScoringModelJson.Parse("{ \"version\": 1 } trailing"u8));
        Assert.Throws<InvalidScoringModelException>(() => ScoringModelJson.Parse(string.Empty));
    }

    [Theory]
    [InlineData("[]", "$ does not have the JSON type the schema gives it here")]
    [InlineData("""{ "version": 1, "fit": {} }""", "$.fit does not have the JSON type")]
    [InlineData("""{ "version": 1, "colour": "red" }""", "$.colour is not a known member here")]
    [InlineData("""{ "version": 1, "my field": 1 }""", "$['my field'] is not a known member here")]
    [InlineData("""{ "version": 1, "caps": { "fit": 60, "engagment": 40 } }""", "$.caps.engagment is not a known member here")]
    [InlineData("""{ "version": 1, "version": 1 }""", "$.version appears more than once")]
    [InlineData("""{ "fit": [] }""", "$.version is missing; a model file begins with version 1")]
    [InlineData("""{ "version": "1" }""", "$.version \"1\" is not supported; this library reads version 1")]
    [InlineData("""{ "version": 1.5 }""", "$.version 1.5 is not supported")]
    [InlineData("""{ "version": 1, "caps": { "fit": 60 } }""", "$.caps.engagement is missing")]
    [InlineData("""{ "version": 1, "rating": { "hot": 70, "warm": null } }""", "$.rating.warm must be a number, not null")]
    public void Document_problems_name_their_path(string json, string expected)
    {
        var e = Invalid(json);

        Assert.Contains(e.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_version_is_the_only_problem_reported()
    {
        var e = Invalid("""{ "version": 2, "fit": [ { "nonsense": true } ] }""");

        Assert.Equal("$.version 2 is not supported; this library reads version 1", Assert.Single(e.Problems));
    }

    [Theory]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": ["x"], "pionts": 1 }""", "$.fit[0].pionts is not a known member here")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": ["x"], "Points": 1 }""", "$.fit[0].Points is not a known member here (names are case-sensitive)")]
    [InlineData("""{ "name": "a", "kind": "present", "field": "Phone", "values": ["x"], "points": 1 }""", "$.fit[0].values is not a known member here")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": ["x"] }""", "$.fit[0].points is missing")]
    [InlineData("""{ "kind": "present", "field": "Phone", "points": 1 }""", "$.fit[0].name is missing")]
    [InlineData("""{ "name": "a", "field": "Phone", "points": 1 }""", "$.fit[0] must begin with its kind")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "points": 1 }""", "$.fit[0].values is missing")]
    [InlineData("""{ "name": "a", "kind": "decisionMaker", "points": 1 }""", "$.fit[0].isDecisionMaker is missing")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": ["x"], "points": "10" }""", "$.fit[0].points must be a number, not a string")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": "x", "points": 1 }""", "$.fit[0].values does not have the JSON type")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": ["x", 7], "points": 1 }""", "$.fit[0].values[1] must be a string, not a number")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industry", "values": [], "points": 1 }""", "$.fit[0].values is empty; give at least one")]
    [InlineData("""{ "name": "a", "kind": "containsAny", "field": "JobTitle", "terms": ["x", " "], "points": 1 }""", "$.fit[0].terms[1] is empty")]
    [InlineData("""{ "name": "a", "kind": "decisionMaker", "isDecisionMaker": "yes", "points": 1 }""", "$.fit[0].isDecisionMaker must be true or false, not a string")]
    [InlineData("""{ "name": " ", "kind": "present", "field": "Phone", "points": 1 }""", "$.fit[0].name is empty")]
    [InlineData("""{ "name": 5, "kind": "present", "field": "Phone", "points": 1 }""", "$.fit[0].name must be a string, not a number")]
    [InlineData("""{ "name": "a", "kind": "present", "field": "Phone", "points": 1e999 }""", "$.fit[0].points must be a finite number of at most 1e100 in size")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industri", "values": ["x"], "points": 1 }""", "$.fit[0].field: 'Industri' is not a LeadTextField; use one of Topic, FirstName")]
    [InlineData("""{ "name": "a", "kind": "range", "field": "Revenue", "min": 1, "points": 1 }""", "$.fit[0].field: 'Revenue' is not a LeadNumberField")]
    [InlineData("""{ "name": "a", "kind": "present", "field": "Fax", "points": 1 }""", "$.fit[0].field: 'Fax' is not a LeadPresenceField")]
    [InlineData("""{ "name": "a", "kind": "source", "sources": ["Web", "Radio"], "points": 1 }""", "$.fit[0].sources[1]: 'Radio' is not a LeadSource")]
    [InlineData("""{ "name": "a", "kind": "source", "sources": ["7"], "points": 1 }""", "$.fit[0].sources[0]: '7' is not a LeadSource")]
    [InlineData("""{ "name": "a", "kind": "source", "sources": ["Web, Seminar"], "points": 1 }""", "$.fit[0].sources[0]: 'Web, Seminar' is not a LeadSource")]
    [InlineData("""{ "name": "a", "kind": "timeframe", "timeframes": ["Someday"], "points": 1 }""", "$.fit[0].timeframes[0]: 'Someday' is not a PurchaseTimeframe")]
    [InlineData("""{ "name": "a", "kind": "between", "field": "Budget", "points": 1 }""", "$.fit[0].kind: 'between' is not a kind this member can have")]
    [InlineData("""{ "name": "a", "kind": "customFlag", "customField": "", "points": 1 }""", "$.fit[0].customField is empty")]
    [InlineData("""{ "name": "a", "kind": "range", "field": "Budget", "min": 1e40, "points": 1 }""", "$.fit[0].min is out of range")]
    [InlineData("""{ "name": "a", "kind": "range", "field": "Budget", "min": "1", "points": 1 }""", "$.fit[0].min must be a number, not a string")]
    [InlineData("""{ "name": "r", "kind": "range", "field": "Budget", "min": 5, "max": 1, "points": 1 }""", "$.fit[0]: Rule 'r' has min 5 above max 1.")]
    [InlineData("""{ "name": "r", "kind": "range", "field": "Budget", "min": null, "points": 1 }""", "$.fit[0]: Rule 'r' needs a lower or an upper bound.")]
    [InlineData("""{ "name": "r", "kind": "range", "field": "Budget", "min": 1, "currency": "eur", "points": 1 }""", "$.fit[0]: 'eur' is not an ISO 4217 currency code")]
    [InlineData("""{ "name": "r", "kind": "range", "field": "NumberOfEmployees", "min": 1, "currency": "EUR", "points": 1 }""", "$.fit[0]: Rule 'r' gives a currency for the number of employees.")]
    [InlineData("\"present\"", "$.fit[0] does not have the JSON type")]
    public void Fit_rule_problems_name_their_path(string rule, string expected)
    {
        var e = Invalid(WithFitRule(rule));

        Assert.Contains(e.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "30d", "halfLife": "7:00:00:00" }""", "$.engagement[0].window: '30d' is not a duration; write ISO 8601")]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "30:00:00:00", "halfLife": 7 }""", "$.engagement[0].halfLife must be a string, not a number")]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "30:00:00:00", "cap": { "points": 0, "period": "1:00:00:00" } }""", "$.engagement[0]: Rule 'v' has a cap of 0 points")]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "40000:00:00:00", "halfLife": "7:00:00:00" }""", "$.engagement[0]: Rule 'v' needs a window between one tick (100 ns) and 100 years")]
    [InlineData("""{ "name": "v", "activity": "Fax", "points": 1, "window": "30:00:00:00", "halfLife": "7:00:00:00" }""", "$.engagement[0].activity: 'Fax' is not a well-known activity type")]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "30:00:00:00", "halfLife": "7:00:00:00", "decay": 2 }""", "$.engagement[0].decay is not a known member here")]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "0:00:00:00", "halfLife": "7:00:00:00" }""", "$.engagement[0]: Rule 'v' needs a window between one tick (100 ns) and 100 years")]
    [InlineData("""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "-1:00:00:00", "halfLife": "7:00:00:00" }""", "$.engagement[0]: Rule 'v' needs a window between one tick (100 ns) and 100 years")]
    public void Engagement_rule_problems_name_their_path(string rule, string expected)
    {
        var e = Invalid(WithEngagementRule(rule));

        Assert.Contains(e.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_rule_names_are_reported_with_both_paths_across_both_lists()
    {
        var e = Invalid("""
            {
              "version": 1,
              "fit": [ { "name": "phone", "kind": "present", "field": "Phone", "points": 1 },
                       { "name": " phone ", "kind": "present", "field": "Email", "points": 1 } ],
              "engagement": [ { "name": "phone", "activity": "Call", "points": 1, "window": "1:00:00:00", "halfLife": "1:00:00:00" } ]
            }
            """);

        Assert.Equal(
            [
                "$.fit[1].name: the rule name 'phone' is already used by $.fit[0]; rule names must be unique",
                "$.engagement[0].name: the rule name 'phone' is already used by $.fit[0]; rule names must be unique",
            ],
            e.Problems);
    }

    [Fact]
    public void Two_rules_for_one_activity_type_are_reported_with_both_paths()
    {
        var e = Invalid("""
            {
              "version": 1,
              "engagement": [ { "name": "a", "activity": "Call", "points": 1, "window": "1:00:00:00", "halfLife": "1:00:00:00" },
                              { "name": "b", "activity": "call", "points": 2, "window": "1:00:00:00", "halfLife": "1:00:00:00" } ]
            }
            """);

        Assert.Equal("$.engagement[1].activity: Call already has a rule at $.engagement[0]; give each activity type one rule", Assert.Single(e.Problems));
    }

    [Theory]
    [InlineData("""{ "version": 1, "rating": { "hot": 40, "warm": 70 } }""", "$.rating: rating thresholds must satisfy 0 <= warm < hot <= 100; they are hot 40, warm 70")]
    [InlineData("""{ "version": 1, "rating": { "hot": 101, "warm": 70 } }""", "$.rating: rating thresholds must satisfy")]
    [InlineData("""{ "version": 1, "grade": { "a": 50, "b": 50, "c": 25 } }""", "$.grade: grade thresholds must satisfy 0 <= C < B < A <= 100; they are A 50, B 50, C 25")]
    [InlineData("""{ "version": 1, "grade": { "a": 75, "b": 50, "c": -1 } }""", "$.grade: grade thresholds must satisfy")]
    [InlineData("""{ "version": 1, "caps": { "fit": 0, "engagement": 0 } }""", "$.caps: Caps must be 0 or more, not both 0")]
    [InlineData("""{ "version": 1, "caps": { "fit": -1, "engagement": 40 } }""", "$.caps: Caps must be 0 or more, not both 0")]
    public void Bad_caps_and_thresholds_name_their_object(string json, string expected)
    {
        var e = Invalid(json);

        Assert.StartsWith(expected, Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    /// <summary>A document of the right shape reports every problem of its rules at once (a problem of shape, such as an unknown member, is reported alone).</summary>
    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once()
    {
        var e = Invalid("""
            {
              "version": 1,
              "rating": { "hot": 10, "warm": 20 },
              "fit": [ { "name": "a", "kind": "oneOf", "field": "Industri", "values": ["x", " "], "points": 1e300 },
                       { "name": "b", "kind": "range", "field": "Budget", "min": 9, "max": 1, "points": 1 },
                       { "name": "c", "kind": "present", "field": "Phone", "points": 1 } ],
              "engagement": [ { "name": "c", "activity": "Call", "points": 1, "window": "soon", "halfLife": "1:00:00:00" } ]
            }
            """);

        Assert.Collection(
            e.Problems,
            p => Assert.StartsWith("$.fit[0].points must be a finite number of at most 1e100", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.fit[0].values[1] is empty", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.fit[0].field: 'Industri' is not a LeadTextField", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.fit[1]: Rule 'b' has min 9 above max 1", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.engagement[0].name: the rule name 'c' is already used by $.fit[2]", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.engagement[0].window: 'soon' is not a duration", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.rating: rating thresholds must satisfy", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_not_valid_unicode_is_a_problem_not_a_crash()
    {
        byte[] badByte = [.. "{ \"version\": 1, \"fit\": [ { \"name\": \""u8, 0xFF, .. "\" } ] }"u8];
        Assert.Equal(
            "$ is not valid UTF-8: the byte at offset 36 (0xFF) does not begin a valid sequence",
            Assert.Single(Assert.Throws<InvalidScoringModelException>(() => ScoringModelJson.Parse(badByte)).Problems));

        Assert.StartsWith("$ is not valid text: the character at index 14 is half of a surrogate pair", Assert.Single(Invalid("{ \"version\": 1\uD800 }").Problems), StringComparison.Ordinal);
        Assert.Equal(
            "$.fit[0].name is not valid text: it holds half of a surrogate pair",
            Assert.Single(Invalid(WithFitRule("""{ "name": "\uD800", "kind": "present", "field": "Phone", "points": 1 }""")).Problems));
        Assert.Equal(
            "$.fit[0].values[0] is not valid text: it holds half of a surrogate pair",
            Assert.Single(Invalid(WithFitRule("""{ "name": "a", "kind": "oneOf", "field": "Topic", "values": ["\uDC00"], "points": 1 }""")).Problems));
        Assert.Equal(
            "$ is not valid text: it holds half of a surrogate pair",
            Assert.Single(Invalid("""{ "version": 1, "\uDC00": 1 }""").Problems));
    }

    [Theory]
    [InlineData("P30D", 30 * 24 * 60)]
    [InlineData("PT12H", 12 * 60)]
    [InlineData("P1DT30M", (24 * 60) + 30)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("30:00:00:00", 30 * 24 * 60)]
    [InlineData("0:01:30:00", 90)]
    public void Durations_are_read_as_ISO_8601_or_as_today_s_form(string window, int minutes)
    {
        var model = ScoringModelJson.Parse(WithEngagementRule($$"""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "{{window}}" }"""));

        Assert.Equal(Duration.FromMinutes(minutes), model.Engagement[0].Window);
        Assert.Null(model.Engagement[0].HalfLife);
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("30 days")]
    public void Durations_of_no_fixed_length_are_refused(string window)
    {
        var e = Invalid(WithEngagementRule($$"""{ "name": "v", "activity": "WebVisit", "points": 1, "window": "{{window}}" }"""));

        Assert.StartsWith($"$.engagement[0].window: '{window}' is not a duration", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_s_own_activity_type_and_a_cap_are_read_written_and_scored()
    {
        var webinar = ActivityType.Define(100, "Webinar Attended");
        var model = ScoringModelJson.Parse("""
            {
              "version": 1,
              "engagement": [
                { "name": "webinars", "activity": { "code": 100, "name": "Webinar Attended", "kind": "Engagement" }, "points": 20, "window": "P90D" },
                { "name": "visits", "activity": "web visit", "points": 3, "window": "P30D", "halfLife": "P7D", "cap": { "points": 5, "period": "P1D" } }
              ]
            }
            """);

        var rule = model.Engagement[0];
        Assert.Equal(webinar, rule.Type);
        Assert.Equal(new ActivityCap(5, Duration.FromDays(1)), model.Engagement[1].Cap);
        LeadActivity[] activities = [new(webinar, Now - Duration.FromDays(2)), .. Enumerable.Repeat(new LeadActivity(ActivityType.WebVisit, Now), 4)];
        Assert.Equal(20 + 5, model.Score(new LeadDetails { LastName = "Lima" }, activities, Now).Engagement, 9);

        var json = ScoringModelJson.Write(model);
        Assert.Contains("\"activity\": {\n        \"code\": 100,\n        \"name\": \"Webinar Attended\",\n        \"kind\": \"Engagement\"\n      }", json, StringComparison.Ordinal);
        Assert.Equal(json, ScoringModelJson.Write(ScoringModelJson.Parse(json)));
    }

    [Theory]
    [InlineData("""{ "code": 5, "name": "Webinar", "kind": "Engagement" }""", "$.engagement[0].activity: codes 1-8 are the well-known types; 5 is Call")]
    [InlineData("""{ "code": 100, "name": " ", "kind": "Engagement" }""", "$.engagement[0].activity: ")]
    [InlineData("""{ "code": 100, "name": "Webinar", "kind": "Sometimes" }""", "$.engagement[0].activity: ")]
    [InlineData("""{ "code": 100, "name": "Webinar", "colour": "red" }""", "$.engagement[0].activity")]
    [InlineData("""{ "code": "100", "name": "Webinar", "kind": "Engagement" }""", "$.engagement[0].activity")]
    [InlineData("7", "$.engagement[0].activity")]
    public void A_bad_activity_type_object_names_its_path(string activity, string expected)
    {
        var e = Invalid(WithEngagementRule($$"""{ "name": "v", "activity": {{activity}}, "points": 1, "window": "P1D" }"""));

        Assert.StartsWith(expected, Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_exception_is_stored_data_with_a_bounded_list_and_bounded_echoes()
    {
        var rules = string.Join(", ", Enumerable.Range(0, 30).Select(i => $$"""{ "name": "r{{i}}", "kind": "present", "field": "{{new string('x', 500)}}", "points": 1 }"""));

        var e = Invalid($$"""{ "version": 1, "fit": [ {{rules}} ] }""");

        Assert.IsAssignableFrom<InvalidStoredDataException>(e);
        Assert.IsAssignableFrom<FormatException>(e);
        Assert.Equal(21, e.Problems.Count);
        Assert.Equal("and 10 more", e.Problems[^1]);
        Assert.StartsWith($"$.fit[0].field: '{new string('x', 100)}…' is not a LeadPresenceField", e.Problems[0], StringComparison.Ordinal);
        Assert.True(e.Message.Length < 20 * 400, "the message is bounded");
    }

    [Theory]
    [InlineData("""{ "version": 1, "rating": { "hot": 1e10, "warm": 40 } }""", "$.rating.hot is out of range")]
    [InlineData("""{ "version": 1, "caps": { "fit": 1e400, "engagement": 40 } }""", "$.caps: Caps must be 0 or more")]
    [InlineData("""{ "version": 1, "fit": [ { "name": "r", "kind": "range", "field": "Budget", "min": -1e30, "points": 1 } ] }""", "$.fit[0].min is out of range")]
    [InlineData("""{ "version": 1, "engagement": [ { "name": "v", "activity": "Call", "points": -1e101, "window": "P1D" } ] }""", "$.engagement[0].points must be a finite number of at most 1e100")]
    public void Numbers_beyond_range_are_refused(string json, string expected)
    {
        Assert.StartsWith(expected, Assert.Single(Invalid(json).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_refuses_a_model_whose_text_would_not_survive_the_trip()
    {
        // The builder refuses such values and names itself; a custom field's name is the one text it passes on.
        var model = ScoringModel.CreateBuilder().WhenCustomFlag("broken", "x\uD800", 1).Build();

        var e = Assert.Throws<ArgumentException>(() => ScoringModelJson.Write(model));

        Assert.StartsWith("Rule 'broken' holds text with half of a surrogate pair", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ScoringModelJson.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => ScoringModelJson.Write(null!));
    }

    [Theory]
    [InlineData("""{ "name": "a", "kind": "source", "sources": [], "points": 1 }""", "$.fit[0].sources is empty; give at least one")]
    [InlineData("""{ "name": "a", "kind": "timeframe", "timeframes": [], "points": 1 }""", "$.fit[0].timeframes is empty; give at least one")]
    [InlineData("""{ "name": "a", "kind": "containsAny", "field": "JobTitle", "terms": [], "points": 1 }""", "$.fit[0].terms is empty; give at least one")]
    [InlineData("""{ "name": "a", "kind": "customFlag", "customField": "  ", "points": 1 }""", "$.fit[0].customField is empty")]
    public void An_empty_list_or_text_of_a_fit_rule_is_its_only_problem(string rule, string expected)
    {
        Assert.Equal(expected, Assert.Single(Invalid(WithFitRule(rule)).Problems));
    }

    [Theory]
    [InlineData("""{ "name": "a", "kind": "source", "sources": ["Radio", "TV"], "points": 1 }""", "$.fit[0].sources[0]: 'Radio' is not a LeadSource", "$.fit[0].sources[1]: 'TV' is not a LeadSource")]
    [InlineData("""{ "name": "a", "kind": "source", "sources": ["Web", " "], "points": 1 }""", "$.fit[0].sources[1]: ' ' is not a LeadSource", "$.fit[0].sources[1] is empty")]
    [InlineData("""{ "name": "a", "kind": "oneOf", "field": "Industri", "values": [" "], "points": 1 }""", "$.fit[0].values[0] is empty", "$.fit[0].field: 'Industri' is not a LeadTextField")]
    [InlineData("""{ "name": "a", "kind": "containsAny", "field": "Titel", "terms": [""], "points": 1 }""", "$.fit[0].terms[0] is empty", "$.fit[0].field: 'Titel' is not a LeadTextField")]
    public void Each_problem_of_one_fit_rule_is_reported(string rule, string first, string second)
    {
        var problems = Invalid(WithFitRule(rule)).Problems;

        Assert.Equal(2, problems.Count);
        Assert.StartsWith(first, problems[0], StringComparison.Ordinal);
        Assert.StartsWith(second, problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_rule_stops_only_itself_and_the_good_rules_are_still_checked()
    {
        var e = Invalid("""
            {
              "version": 1,
              "fit": [ { "name": "a", "kind": "present", "field": "Fax", "points": 1 },
                       { "name": "b", "kind": "range", "field": "Budget", "points": 1 } ],
              "engagement": [ { "name": "c", "activity": "Radio", "points": 1, "window": "P1D" },
                              { "name": "d", "activity": "Call", "points": 1, "window": "P1D", "cap": { "points": 0, "period": "P1D" } } ]
            }
            """);

        Assert.Collection(
            e.Problems,
            p => Assert.StartsWith("$.fit[0].field: 'Fax' is not a LeadPresenceField", p, StringComparison.Ordinal),
            p => Assert.Equal("$.fit[1]: Rule 'b' needs a lower or an upper bound.", p),
            p => Assert.StartsWith("$.engagement[0].activity: 'Radio' is not a well-known activity type; use one of ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.engagement[1]: Rule 'd' has a cap of 0 points", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "name": "v", "activity": "Call", "points": 1, "window": "P1D", "halfLife": "7 days" }""", "$.engagement[0].halfLife: '7 days' is not a duration")]
    [InlineData("""{ "name": "v", "activity": "Call", "points": 1, "window": "P1D", "cap": { "points": 1, "period": "soon" } }""", "$.engagement[0].cap.period: 'soon' is not a duration")]
    public void A_bad_half_life_or_cap_period_names_its_path(string rule, string expected)
    {
        Assert.StartsWith(expected, Assert.Single(Invalid(WithEngagementRule(rule)).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_known_type_given_as_its_own_object_is_that_type()
    {
        var model = ScoringModelJson.Parse(WithEngagementRule("""{ "name": "v", "activity": { "code": 5, "name": "Call", "kind": "Touch" }, "points": 1, "window": "P1D" }"""));

        Assert.Equal(ActivityType.Call, model.Engagement[0].Type);
    }

    [Fact]
    public void An_activity_of_code_0_is_neither_a_name_nor_a_defined_type()
    {
        var e = Invalid(WithEngagementRule("""{ "name": "v", "activity": { "code": 0, "name": "Nothing", "kind": "Engagement" }, "points": 1, "window": "P1D" }"""));

        Assert.Equal("$.engagement[0].activity must be a well-known type's name or an object with code, name and kind", Assert.Single(e.Problems));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    public void An_activity_of_the_wrong_shape_is_told_by_its_json_type(string activity)
    {
        var e = Invalid(WithEngagementRule($$"""{ "name": "v", "activity": {{activity}}, "points": 1, "window": "P1D" }"""));

        Assert.StartsWith("$.engagement[0].activity does not have the JSON type", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_activity_name_lists_the_well_known_ones()
    {
        var e = Invalid(WithEngagementRule("""{ "name": "v", "activity": "Fax", "points": 1, "window": "P1D" }"""));

        Assert.Equal(
            "$.engagement[0].activity: 'Fax' is not a well-known activity type; use one of " +
            string.Join(", ", ActivityType.WellKnown.Select(t => t.Identifier)) + ", or give the host's own as { \"code\", \"name\", \"kind\" }",
            Assert.Single(e.Problems));
    }

    [Fact]
    public void Two_rules_for_one_host_type_and_a_well_known_code_under_its_own_name_are_reported()
    {
        var e = Invalid("""
            {
              "version": 1,
              "engagement": [ { "name": "a", "activity": { "code": 100, "name": "Webinar", "kind": "Engagement" }, "points": 1, "window": "P1D" },
                              { "name": "b", "activity": { "code": 100, "name": "Webinar", "kind": "Engagement" }, "points": 1, "window": "P1D" },
                              { "name": "c", "activity": { "code": 3, "name": "Call", "kind": "Engagement" }, "points": 1, "window": "P1D" } ]
            }
            """);

        Assert.Equal(2, e.Problems.Count);
        Assert.StartsWith("$.engagement[1].activity: ", e.Problems[0], StringComparison.Ordinal);
        Assert.EndsWith(" already has a rule at $.engagement[0]; give each activity type one rule", e.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("$.engagement[2].activity: codes 1-8 are the well-known types; 3 is ", e.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_name_is_trimmed_and_the_thresholds_left_out_take_their_defaults()
    {
        var model = ScoringModelJson.Parse("""
            { "version": 1, "rating": { "hot": 90, "warm": 10 },
              "fit": [ { "name": "  phone ", "kind": "present", "field": "Phone", "points": 1 } ] }
            """);

        Assert.Equal(["phone"], model.RuleNames);
        Assert.Equal((90, 10, 75, 50, 25), (model.HotThreshold, model.WarmThreshold, model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold));
        var graded = ScoringModelJson.Parse("""{ "version": 1, "grade": { "a": 90, "b": 60, "c": 30 } }""");
        Assert.Equal((70, 40, 90, 60, 30), (graded.HotThreshold, graded.WarmThreshold, graded.GradeAThreshold, graded.GradeBThreshold, graded.GradeCThreshold));
        Assert.Equal((60.0, 40.0), (graded.FitCap, graded.EngagementCap));
    }


    /// <summary>
    /// For random models (every rule kind, random points, caps, thresholds, windows and half-lives down to the
    /// nanosecond), the model read back from its JSON scores random leads exactly as the original, and writes the same text.
    /// </summary>
    [Fact]
    public void Any_model_read_back_from_its_json_scores_any_lead_identically()
    {
        var coverage = new RoundTrip.Coverage();

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(RoundTrip.Cases, c => RoundTrip.Check(c, coverage)));

        // The generator must reach every rule kind, matched and not, or the property proves little.
        Assert.True(coverage.MatchedKinds.Count == 8, "not every rule kind matched a lead: " + coverage);
        Assert.True(coverage.Unmatched > 0 && coverage.Engaged > 0, "no rule missed, or no engagement counted: " + coverage);
    }

    /// <summary>The generators and the check of the round-trip property; nested so that nothing collides with other tests.</summary>
    private static class RoundTrip
    {
        private static readonly string[] Words =
            ["Software", "software", "نرم‌افزار", "نرمافزار", "Director", "مدیر", "مدير فروش", "gmail.com", "C++ & Co", "Retail", "\"quoted\"\n"];

        private static readonly string?[] LeadTexts =
            [null, "Software", "SOFTWARE house", "نرم‌افزار", "نرم افزار", "Sales Director", "مدير فروش", "C++ & Co", "retail", "\"quoted\"\n"];

        private static readonly decimal?[] Amounts = [null, 0m, 10m, 10.5m, 100m, 250.00m, 1_000_000m, 1_000_000.01m];

        private static readonly string[] Flags = ["do_not_contact", "vip", "مشتری_ویژه"];

        private static readonly Instant At = TestLeads.Start + Duration.FromDays(100);

        private static readonly Gen<double> Points = Gen.OneOf(
            Gen.Choose(-50, 50).Select(i => (double)i),
            Gen.Choose(-5000, 5000).Select(i => i / 100.0),
            ArbMap.Default.GeneratorFor<double>().Where(d => double.IsFinite(d) && Math.Abs(d) < 1e6));

        private static readonly Gen<Duration> Durations =
            from minutes in Gen.Choose(1, 60 * 24 * 60)
            from nanoseconds in Gen.Elements(0, 0, 1, 99, 999_999_999)
            select Duration.FromMinutes(minutes) + Duration.FromNanoseconds(nanoseconds);

        private static readonly Gen<FitCase> FitRules = Gen.OneOf(
            from field in Gen.Elements(Enum.GetValues<LeadTextField>())
            from values in NonEmpty(Words)
            select new FitCase($"oneOf {field} [{string.Join("|", values)}]", (b, n, p) => b.WhenOneOf(n, field, values, p)),
            from field in Gen.Elements(Enum.GetValues<LeadTextField>())
            from terms in NonEmpty(Words)
            select new FitCase($"containsAny {field} [{string.Join("|", terms)}]", (b, n, p) => b.WhenContainsAny(n, field, terms, p)),
            from field in Gen.Elements(Enum.GetValues<LeadNumberField>())
            from low in Gen.Elements(Amounts)
            from high in Gen.Elements(Amounts)
            from anyCurrency in Gen.Elements<string?>(null, "EUR", "USD")
            let bounds = low is null && high is null ? (0m, (decimal?)null) : low > high ? (high, low) : (low, high)
            let currency = field == LeadNumberField.NumberOfEmployees ? null : anyCurrency
            select new FitCase(
                $"range {field} {bounds.Item1}..{bounds.Item2} {currency}",
                (b, n, p) => b.WhenInRange(n, field, bounds.Item1, bounds.Item2, p, currency)),
            from field in Gen.Elements(Enum.GetValues<LeadPresenceField>())
            select new FitCase($"present {field}", (b, n, p) => b.WhenPresent(n, field, p)),
            from sources in NonEmpty(Enum.GetValues<LeadSource>())
            select new FitCase($"source [{string.Join("|", sources)}]", (b, n, p) => b.WhenSource(n, sources, p)),
            from timeframes in NonEmpty(Enum.GetValues<PurchaseTimeframe>())
            select new FitCase($"timeframe [{string.Join("|", timeframes)}]", (b, n, p) => b.WhenTimeframe(n, timeframes, p)),
            from isDecisionMaker in Gen.Elements(true, false)
            select new FitCase($"decisionMaker {isDecisionMaker}", (b, n, p) => b.WhenDecisionMaker(n, p, isDecisionMaker)),
            from flag in Gen.Elements(Flags)
            select new FitCase($"customFlag {flag}", (b, n, p) => b.WhenCustomFlag(n, flag, p)));

        private static readonly ActivityType[] Types =
            [.. ActivityType.WellKnown, ActivityType.Define(100, "Webinar Attended"), ActivityType.Define(101, "وبینار \"ویژه\"", ActivityKind.Touch)];

        private static readonly Gen<ActivityCase> ActivityRules =
            from points in Points
            from window in Durations
            from halfLife in OrNothing(Durations)
            from capped in Gen.Elements(true, false)
            from capPoints in Gen.Choose(1, 1000).Select(i => i / 10.0)
            from capPeriod in Gen.Choose(1, 1000)
            select new ActivityCase(default, points, window, halfLife, capped ? new ActivityCap(capPoints, Duration.FromTicks(Math.Max(1, window.BclCompatibleTicks / capPeriod))) : null);

        private static readonly Gen<ModelCase> Models =
            from fitCap in Gen.Choose(0, 100)
            from engagementCap in Gen.Choose(0, 100_000)
            from warm in Gen.Choose(0, 99)
            from hot in Gen.Choose(warm + 1, 100)
            from c in Gen.Choose(0, 98)
            from b in Gen.Choose(c + 1, 99)
            from a in Gen.Choose(b + 1, 100)
            from fitRules in Gen.ListOf(FitRules)
            from fitPoints in Gen.ArrayOf(Points, fitRules.Count)
            from types in Gen.SubListOf(Types)
            from activityRules in Gen.ArrayOf(ActivityRules, types.Count)
            select new ModelCase(
                fitCap + engagementCap == 0 ? 1 : fitCap,
                engagementCap / 1000.0,
                hot,
                warm,
                a,
                b,
                c,
                [.. fitRules.Select((f, i) => f with { Points = fitPoints[i] })],
                [.. activityRules.Select((r, i) => r with { Type = types[i] })]);

        private static readonly Gen<(decimal? Amount, string Currency)> Moneys =
            from amount in Gen.Elements(Amounts)
            from currency in Gen.Elements("EUR", "USD")
            select (amount, currency);

        private static readonly Gen<LeadDetails> Details =
            from texts in Gen.Elements(LeadTexts).ArrayOf(9)
            from emails in Gen.SubListOf("a@gmail.com", "b@GMAIL.COM", "c@contoso.example")
            from phones in Gen.SubListOf("+98 912 345 6789")
            from source in OrNothing(Gen.Elements(Enum.GetValues<LeadSource>()))
            from timeframe in OrNothing(Gen.Elements(Enum.GetValues<PurchaseTimeframe>()))
            from decisionMaker in Gen.Elements<bool?>(null, true, false)
            from revenue in Moneys
            from budget in Moneys
            from employees in Gen.Elements<int?>(null, 0, 10, 100, 250, 251, 1_000_000)
            from flags in Gen.SubListOf(Flags)
            from flagValue in Gen.Elements(true, false, true)
            select new LeadDetails
            {
                Topic = texts[0],
                FirstName = texts[1],
                LastName = texts[2],
                CompanyName = texts[3],
                JobTitle = texts[4],
                Industry = texts[5],
                StatedNeed = texts[6],
                Description = texts[7],
                Owner = texts[8],
                Emails = [.. emails],
                BusinessPhone = phones.FirstOrDefault(),
                MobilePhone = phones.Skip(1).FirstOrDefault(),
                Source = source,
                PurchaseTimeframe = timeframe,
                IsDecisionMaker = decisionMaker,
                AnnualRevenue = revenue.Amount is { } r ? new Money(r, revenue.Currency) : null,
                Budget = budget.Amount is { } d ? new Money(d, budget.Currency) : null,
                NumberOfEmployees = employees,
                CustomFields = flags.ToDictionary(f => f, f => f == "vip" ? CustomFieldValue.FromText("yes") : CustomFieldValue.FromBoolean(flagValue)),
            };

        private static readonly Gen<LeadActivity> Activities =
            from type in Gen.Elements(Types)
            from minutesAgo in Gen.Choose(-24 * 60, 90 * 24 * 60)
            select new LeadActivity(type, At - Duration.FromMinutes(minutesAgo));

        private static readonly Gen<LeadCase> Leads =
            from details in Details
            from activities in Gen.ListOf(Activities)
            select new LeadCase(details, [.. activities]);

        /// <summary>A model and four leads; a failure shrinks by dropping rules and leads.</summary>
        public static Arbitrary<Case> Cases { get; } = Arb.From(
            from model in Models
            from leads in Gen.ArrayOf(Leads, 4)
            select new Case(model, leads),
            Shrink);

        private static IEnumerable<Case> Shrink(Case c)
        {
            for (var i = 0; i < c.Leads.Length; i++)
            {
                yield return c with { Leads = [.. c.Leads[..i], .. c.Leads[(i + 1)..]] };
            }

            for (var i = 0; i < c.Model.Fit.Length; i++)
            {
                yield return c with { Model = c.Model with { Fit = [.. c.Model.Fit[..i], .. c.Model.Fit[(i + 1)..]] } };
            }

            for (var i = 0; i < c.Model.Engagement.Length; i++)
            {
                yield return c with { Model = c.Model with { Engagement = [.. c.Model.Engagement[..i], .. c.Model.Engagement[(i + 1)..]] } };
            }
        }

        public static bool Check(Case c, Coverage coverage)
        {
            var model = c.Model.Build();
            var json = ScoringModelJson.Write(model);
            var back = ScoringModelJson.Parse(json);
            foreach (var lead in c.Leads)
            {
                var expected = model.Score(lead.Details, lead.Activities, At);
                var actual = back.Score(lead.Details, lead.Activities, At);
                if (expected != actual)
                {
                    throw new InvalidOperationException($"{expected} became {actual} for {lead}, model:\n{json}\nread back as:\n{ScoringModelJson.Write(back)}");
                }

                coverage.Count(model, lead, expected);
            }

            var again = ScoringModelJson.Write(back);
            return again == json
                ? true
                : throw new InvalidOperationException($"the text changed when written again:\n{json}\nthen:\n{again}");
        }

        private static Gen<T[]> NonEmpty<T>(T[] items) => Gen.SubListOf(items).Where(l => l.Count > 0).Select(l => l.ToArray());

        private static Gen<T?> OrNothing<T>(Gen<T> gen)
            where T : struct => Gen.Frequency((3, gen.Select(v => (T?)v)), (1, Gen.Constant<T?>(null)));

        public sealed class Coverage
        {
            public HashSet<string> MatchedKinds { get; } = [];

            public int Unmatched { get; private set; }

            public int Engaged { get; private set; }

            public void Count(ScoringModel model, LeadCase lead, LeadScore score)
            {
                foreach (var rule in model.Fit)
                {
                    if (rule.Matches(lead.Details))
                    {
                        MatchedKinds.Add(rule.GetType().Name);
                    }
                    else
                    {
                        Unmatched++;
                    }
                }

                if (score.Engagement > 0)
                {
                    Engaged++;
                }
            }

            public override string ToString() =>
                $"matched kinds [{string.Join(", ", MatchedKinds.Order(StringComparer.Ordinal))}], {Unmatched} misses, {Engaged} engaged leads";
        }
    }

    private sealed record FitCase(string Description, Func<ScoringModelBuilder, string, double, ScoringModelBuilder> Add)
    {
        public double Points { get; init; }

        public override string ToString() => $"{Description} {Points}";
    }

    private sealed record Case(ModelCase Model, LeadCase[] Leads)
    {
        public override string ToString() => $"{Model}\nleads:\n{string.Join("\n", Leads.AsEnumerable())}";
    }

    private sealed record ActivityCase(ActivityType Type, double Points, Duration Window, Duration? HalfLife, ActivityCap? Cap);

    private sealed record LeadCase(LeadDetails Details, LeadActivity[] Activities)
    {
        public override string ToString() =>
            $"{Details} emails [{string.Join(", ", Details.Emails)}] phones [{string.Join(", ", Details.PhoneNumbers)}] " +
            $"custom [{string.Join(", ", Details.CustomFields.Select(f => $"{f.Key}={f.Value}"))}] with [{string.Join(", ", Activities)}]";
    }

    private sealed record ModelCase(
        double FitCap, double EngagementCap, int Hot, int Warm, int GradeA, int GradeB, int GradeC, FitCase[] Fit, ActivityCase[] Engagement)
    {
        public ScoringModel Build()
        {
            var builder = ScoringModel.CreateBuilder()
                .WithCaps(FitCap, EngagementCap)
                .WithRatingThresholds(Hot, Warm)
                .WithGradeThresholds(GradeA, GradeB, GradeC);
            for (var i = 0; i < Fit.Length; i++)
            {
                Fit[i].Add(builder, $"rule {i}", Fit[i].Points);
            }

            foreach (var rule in Engagement)
            {
                builder.ForActivity($"{rule.Type} rule", rule.Type, rule.Points, rule.Window, rule.HalfLife, rule.Cap);
            }

            return builder.Build();
        }

        public override string ToString() =>
            $"caps {FitCap}/{EngagementCap}, rating {Hot}/{Warm}, grade {GradeA}/{GradeB}/{GradeC}, fit [{string.Join("; ", Fit.AsEnumerable())}], engagement [{string.Join("; ", Engagement.AsEnumerable())}]";
    }
}
