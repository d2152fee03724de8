using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

public sealed class ScoringModelTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(60);

    /// <summary>Fit cap 100 and engagement cap 0 make the total equal the fit points, so thresholds can be hit exactly.</summary>
    private static ScoringModel FitOnly(double points) =>
        ScoringModel.CreateBuilder().WithCaps(100, 0).WhenPresent("email", LeadPresenceField.Email, points).Build();

    private static ScoringModel Visits() =>
        ScoringModel.CreateBuilder().WithCaps(50, 50)
            .ForActivity("visits", ActivityType.WebVisit, 10, Duration.FromDays(30), Duration.FromDays(7))
            .Build();

    private static Lead WithActivities(params Instant[] visits)
    {
        var lead = TestLeads.NewLead();
        foreach (var at in visits)
        {
            lead.LogActivity(ActivityType.WebVisit, at, "web");
        }

        return lead;
    }

    [Theory]
    [InlineData(0, 10.0)]
    [InlineData(7, 5.0)]
    [InlineData(21, 1.25)]
    public void Engagement_halves_every_half_life(int daysAgo, double expected)
    {
        var lead = WithActivities(Now - Duration.FromDays(daysAgo));

        var score = Visits().Score(lead, Now);

        Assert.Equal(expected, score.Engagement, 9);
        Assert.Equal((int)Math.Round(expected, MidpointRounding.AwayFromZero), score.Total);
    }

    [Fact]
    public void The_window_includes_its_edge_and_excludes_what_lies_beyond_it_or_in_the_future()
    {
        var model = Visits();
        var edge = Now - Duration.FromDays(30);

        Assert.Equal(10 * Math.Pow(0.5, 30.0 / 7), model.Score(WithActivities(edge), Now).Engagement, 9);
        Assert.Equal(0, model.Score(WithActivities(edge - Duration.FromTicks(1)), Now).Engagement);
        Assert.Equal(0, model.Score(WithActivities(Now + Duration.FromTicks(1)), Now).Engagement);
    }

    [Fact]
    public void Engagement_adds_up_over_activities_and_stops_at_its_cap()
    {
        var model = Visits();

        Assert.Equal(15, model.Score(WithActivities(Now, Now - Duration.FromDays(7)), Now).Engagement, 9);
        var many = WithActivities([.. Enumerable.Repeat(Now, 8)]);
        Assert.Equal(50, model.Score(many, Now).Engagement);
        Assert.Equal(50, model.Score(many, Now).Total);
    }

    [Fact]
    public void Only_activity_types_with_a_rule_count()
    {
        var lead = TestLeads.NewLead();
        lead.LogActivity(ActivityType.Note, Now, "ali");

        Assert.Equal(0, Visits().Score(lead, Now).Engagement);
    }

    [Fact]
    public void Fit_is_capped_and_never_below_zero()
    {
        var lead = TestLeads.NewLead();
        var generous = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .WhenPresent("email", LeadPresenceField.Email, 40)
            .WhenPresent("company", LeadPresenceField.CompanyName, 30)
            .Build();
        var harsh = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .WhenPresent("email", LeadPresenceField.Email, -40)
            .Build();

        Assert.Equal(50, generous.Score(lead, Now).Fit);
        Assert.Equal(50, generous.Score(lead, Now).Total);
        Assert.Equal(0, harsh.Score(lead, Now).Fit);
        Assert.Equal(0, harsh.Score(lead, Now).Total);
    }

    [Theory]
    [InlineData(100, LeadRating.Hot, LeadGrade.A)]
    [InlineData(75, LeadRating.Hot, LeadGrade.A)]
    [InlineData(74, LeadRating.Hot, LeadGrade.B)]
    [InlineData(70, LeadRating.Hot, LeadGrade.B)]
    [InlineData(69, LeadRating.Warm, LeadGrade.B)]
    [InlineData(50, LeadRating.Warm, LeadGrade.B)]
    [InlineData(49, LeadRating.Warm, LeadGrade.C)]
    [InlineData(40, LeadRating.Warm, LeadGrade.C)]
    [InlineData(39, LeadRating.Cold, LeadGrade.C)]
    [InlineData(25, LeadRating.Cold, LeadGrade.C)]
    [InlineData(24, LeadRating.Cold, LeadGrade.D)]
    [InlineData(0, LeadRating.Cold, LeadGrade.D)]
    public void Thresholds_apply_at_their_boundaries(int total, LeadRating rating, LeadGrade grade)
    {
        var score = FitOnly(total).Score(TestLeads.NewLead(), Now);

        Assert.Equal(new LeadScore(total, total, 0, rating, grade), score);
    }

    [Fact]
    public void The_total_is_the_capped_points_over_the_sum_of_the_caps_rounded_half_away_from_zero()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(60, 40).WhenPresent("email", LeadPresenceField.Email, 12.5).Build();

        Assert.Equal(13, model.Score(TestLeads.NewLead(), Now).Total);
    }

    [Fact]
    public void Text_rules_ignore_case_and_unify_Arabic_and_Persian_letters_and_digits()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(100, 0)
            .WhenOneOf("company", LeadTextField.CompanyName, ["شركت كيميا ٢٠٢٦"], 10)   // Arabic kaf, yeh and digits
            .WhenContainsAny("title", LeadTextField.JobTitle, ["director", "مدیر"], 20)
            .WhenOneOf("industry", LeadTextField.Industry, ["SOFTWARE"], 30)
            .Build();
        var persian = TestLeads.NewLead(details: TestLeads.Persian with
        {
            CompanyName = "شرکت کیمیا ۲۰۲۶",   // Persian keheh, yeh and digits
            JobTitle = "مـدیر فروش",            // with a tatweel
            Industry = "software",
        });
        var latin = TestLeads.NewLead(details: TestLeads.Qualifiable with { JobTitle = "Senior Sales DIRECTOR", Industry = "Software services" });

        Assert.Equal(60, model.Score(persian, Now).Total);
        Assert.Equal(20, model.Score(latin, Now).Total);
    }

    [Fact]
    public void Email_domain_rules_look_at_every_address()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(100, 0)
            .WhenPresent("email", LeadPresenceField.Email, 50)
            .WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com", "yahoo.com"], -30)
            .Build();
        var freeMail = TestLeads.NewLead(details: TestLeads.Qualifiable with { Emails = ["sara@contoso.example", "sara.lima@GMAIL.com"] });

        Assert.Equal(20, model.Score(freeMail, Now).Total);
        Assert.Equal(50, model.Score(TestLeads.NewLead(), Now).Total);
    }

    [Fact]
    public void Range_rules_include_their_bounds_and_can_require_a_currency()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(100, 0)
            .WhenInRange("revenue", LeadNumberField.AnnualRevenue, 1_000_000m, 10_000_000m, 10, "EUR")
            .WhenInRange("staff", LeadNumberField.NumberOfEmployees, 50, null, 20)
            .Build();
        Lead With(Money revenue, int staff) =>
            TestLeads.NewLead(details: TestLeads.Qualifiable with { AnnualRevenue = revenue, NumberOfEmployees = staff });

        Assert.Equal(30, model.Score(With(new Money(1_000_000m, "EUR"), 50), Now).Total);
        Assert.Equal(30, model.Score(With(new Money(10_000_000m, "EUR"), 500), Now).Total);
        Assert.Equal(0, model.Score(With(new Money(10_000_001m, "EUR"), 49), Now).Total);
        Assert.Equal(0, model.Score(With(new Money(5_000_000m, "USD"), 49), Now).Total);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Employee_ranges_with_fractional_bounds_compare_as_numbers(int employees, bool matches)
    {
        var model = ScoringModel.CreateBuilder().WithCaps(100, 0)
            .WhenInRange("staff", LeadNumberField.NumberOfEmployees, 10.5m, 20.5m, 10)
            .WhenInRange("huge", LeadNumberField.NumberOfEmployees, decimal.MinValue, decimal.MaxValue, 5)
            .Build();

        var total = model.Score(TestLeads.NewLead(details: TestLeads.Qualifiable with { NumberOfEmployees = employees }), Now).Total;

        Assert.Equal(matches ? 15 : 5, total);
    }

    [Fact]
    public void BANT_source_and_custom_flag_rules_match_their_fields()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(100, 0)
            .WhenSource("trade show", [LeadSource.TradeShow, LeadSource.Partner], 10)
            .WhenDecisionMaker("authority", 20)
            .WhenTimeframe("timeline", [PurchaseTimeframe.Immediate, PurchaseTimeframe.ThisQuarter], 30)
            .WhenPresent("budget", LeadPresenceField.Budget, 15)
            .WhenPresent("need", LeadPresenceField.StatedNeed, 25)
            .WhenCustomFlag("do not contact", "do_not_contact", -100)
            .Build();
        var bant = TestLeads.Qualifiable with
        {
            IsDecisionMaker = true,
            PurchaseTimeframe = PurchaseTimeframe.ThisQuarter,
            Budget = new Money(10m, "EUR"),
            StatedNeed = "CRM",
        };

        Assert.Equal(100, model.Score(TestLeads.NewLead(details: bant), Now).Total);
        Assert.Equal(10, model.Score(TestLeads.NewLead(details: bant with { IsDecisionMaker = false, PurchaseTimeframe = PurchaseTimeframe.Unknown, Budget = null, StatedNeed = null }), Now).Total);
        var blocked = bant with { CustomFields = new Dictionary<string, CustomFieldValue> { ["do_not_contact"] = CustomFieldValue.FromBoolean(true) } };
        Assert.Equal(0, model.Score(TestLeads.NewLead(details: blocked), Now).Total);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Explain_leaves_out_an_engagement_rule_whose_activities_all_fall_outside_its_window(int capPeriodDays)
    {
        var builder = ScoringModel.CreateBuilder().WithCaps(50, 50);
        builder = capPeriodDays == 0
            ? builder.ForActivity("visits", ActivityType.WebVisit, 10, Duration.FromDays(30), Duration.FromDays(7))
            : builder.ForActivity("visits", ActivityType.WebVisit, 10, Duration.FromDays(30), Duration.FromDays(7), new ActivityCap(15, Duration.FromDays(capPeriodDays)));
        var model = builder.Build();
        var lead = WithActivities(Now - Duration.FromDays(31), Now + Duration.FromDays(1));

        var explanation = model.Explain(lead, Now);

        Assert.Empty(explanation.Reasons);
        Assert.Equal(0, explanation.Score.Total);
    }

    [Fact]
    public void Explain_lists_every_rule_that_gave_points_largest_first()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .WhenPresent("email", LeadPresenceField.Email, 5)
            .WhenSource("trade show", [LeadSource.TradeShow], 20)
            .WhenOneOf("free mail", LeadTextField.EmailDomain, ["contoso.example"], -8)
            .WhenPresent("phone", LeadPresenceField.Phone, 7)
            .ForActivity("visits", ActivityType.WebVisit, 10, Duration.FromDays(30), Duration.FromDays(7))
            .ForActivity("meetings", ActivityType.Meeting, 30, Duration.FromDays(30), Duration.FromDays(7))
            .Build();
        var lead = WithActivities(Now, Now - Duration.FromDays(7));

        var explanation = model.Explain(lead, Now);

        Assert.Equal(
            [
                new ScoreReason("trade show", ScoreGroup.Fit, 20),
                new ScoreReason("visits", ScoreGroup.Engagement, 15),
                new ScoreReason("free mail", ScoreGroup.Fit, -8),
                new ScoreReason("email", ScoreGroup.Fit, 5),
            ],
            explanation.Reasons.Select(r => r with { Points = Math.Round(r.Points, 9) }));
        Assert.Equal(model.Score(lead, Now), explanation.Score);
        Assert.Equal(explanation, model.Explain(lead, Now));
        Assert.NotEqual(explanation, model.Explain(lead, Now + Duration.FromDays(1)));
    }

    [Fact]
    public void A_one_tick_half_life_scores_a_fresh_activity_in_full()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .ForActivity("visits", ActivityType.WebVisit, 10, Duration.FromTicks(1), Duration.FromTicks(1)).Build();

        Assert.Equal(10, model.Score(WithActivities(Now), Now).Engagement);
    }

    [Fact]
    public void Bulk_parallel_and_streaming_scores_equal_one_by_one()
    {
        var model = Visits();
        var leads = Enumerable.Range(0, 1_000).Select(i => WithActivities([.. Enumerable.Range(0, i % 5).Select(d => Now - Duration.FromDays(d * 3 + i % 7))])).ToArray();
        var expected = leads.Select(l => model.Score(l, Now)).ToArray();

        var bulk = new LeadScore[leads.Length];
        model.Score(leads, bulk, Now);
        var parallel = new LeadScore[leads.Length];
        model.ScoreParallel(leads, parallel, Now);

        Assert.Equal(expected, bulk);
        Assert.Equal(expected, parallel);
        Assert.Equal(expected, model.ScoreEach(leads, Now).Select(s => s.Score));
    }

    [Fact]
    public async Task Streaming_from_an_async_source_scores_each_lead()
    {
        var model = Visits();
        var leads = new[] { WithActivities(Now), WithActivities() };

        var scores = new List<ScoredLead>();
        await foreach (var scored in model.ScoreEachAsync(leads.ToAsyncEnumerable(), Now))
        {
            scores.Add(scored);
        }

        Assert.Equal([10, 0], scores.Select(s => s.Score.Total));
        Assert.Same(leads[0], scores[0].Lead);
    }

    [Fact]
    public void A_too_short_destination_is_refused()
    {
        var leads = new[] { TestLeads.NewLead(), TestLeads.NewLead() };

        Assert.Throws<ArgumentException>(() => Visits().Score(leads, new LeadScore[1], Now));
        Assert.Throws<ArgumentException>(() => Visits().ScoreParallel(leads, new LeadScore[1], Now));
    }

    [Fact]
    public void A_null_lead_in_bulk_is_refused_by_its_index()
    {
        var array = new[] { TestLeads.NewLead(), null!, TestLeads.NewLead() };
        var list = new List<Lead>(array);

        Assert.Contains("Lead 1 is null", Assert.Throws<ArgumentException>(() => Visits().Score(array, new LeadScore[3], Now)).Message, StringComparison.Ordinal);
        Assert.Contains("Lead 1 is null", Assert.Throws<ArgumentException>(() => Visits().ScoreParallel(array, new LeadScore[3], Now, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("Lead 1 is null", Assert.Throws<ArgumentException>(() => Visits().ScoreParallel(list, new LeadScore[3], Now, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("Lead 1 is null", Assert.Throws<ArgumentException>(() => Visits().ScoreParallel(array, new LeadScore[3], Now, 2)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_a_snapshot_gives_the_same_score_as_the_lead()
    {
        var lead = WithActivities(Now - Duration.FromDays(2));
        var snapshot = lead.ToSnapshot();

        Assert.Equal(Visits().Score(lead, Now), Visits().Score(snapshot.Details, [.. snapshot.Activities], Now));
    }

    [Fact]
    public void Build_lists_every_problem_of_the_whole_model()
    {
        var builder = ScoringModel.CreateBuilder()
            .WhenPresent("same", LeadPresenceField.Email, 1)
            .WhenPresent("same", LeadPresenceField.Phone, 1)
            .ForActivity("a", ActivityType.Call, 1, Duration.FromDays(1), Duration.FromDays(1))
            .ForActivity("b", ActivityType.Call, 1, Duration.FromDays(1), Duration.FromDays(1))
            .WithRatingThresholds(hot: 40, warm: 70)
            .WithGradeThresholds(a: 50, b: 50, c: 10);

        var error = Assert.Throws<InvalidScoringModelException>(builder.Build);

        Assert.Equal(4, error.Problems.Count);
        Assert.Contains("'same' is used twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("Call has 2 rules", error.Message, StringComparison.Ordinal);
        Assert.Contains("rating thresholds", error.Message, StringComparison.Ordinal);
        Assert.Contains("grade thresholds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_methods_reject_bad_arguments_at_once()
    {
        var b = ScoringModel.CreateBuilder();

        Assert.ThrowsAny<ArgumentException>(() => b.WhenOneOf(" ", LeadTextField.Industry, ["x"], 1));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenOneOf("x", LeadTextField.Industry, [], 1));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenOneOf("x", (LeadTextField)99, ["x"], 1));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenInRange("x", LeadNumberField.Budget, 10, 1, 1));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenInRange("x", LeadNumberField.Budget, null, null, 1));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenInRange("x", LeadNumberField.NumberOfEmployees, 1, 2, 1, "EUR"));
        Assert.ThrowsAny<ArgumentException>(() => b.WhenPresent("x", LeadPresenceField.Phone, double.NaN));
        Assert.ThrowsAny<ArgumentException>(() => b.ForActivity("x", ActivityType.Call, 1, Duration.Zero, Duration.FromDays(1)));
        Assert.ThrowsAny<ArgumentException>(() => b.ForActivity("x", ActivityType.Call, 1, Duration.FromDays(1), Duration.FromNanoseconds(99)));
        Assert.ThrowsAny<ArgumentException>(() => b.ForActivity("x", ActivityType.Call, 1, Duration.FromNanoseconds(99), Duration.FromDays(1)));
        Assert.ThrowsAny<ArgumentException>(() => b.WithCaps(1e308, 1e308));
        Assert.ThrowsAny<ArgumentException>(() => b.WithCaps(double.NaN, 10));
        Assert.ThrowsAny<ArgumentException>(() => b.WithCaps(0, 0));
        Assert.ThrowsAny<ArgumentException>(() => b.WithCaps(-1, 10));
    }

    [Fact]
    public void A_too_short_destination_is_refused_saying_both_sizes()
    {
        var leads = new[] { TestLeads.NewLead(), TestLeads.NewLead() };

        var e = Assert.Throws<ArgumentException>(() => Visits().Score(leads, new LeadScore[1], Now));

        Assert.Equal("destination", e.ParamName);
        Assert.StartsWith("The destination holds 1 scores but there are 2 leads.", e.Message, StringComparison.Ordinal);
        Visits().Score(leads, new LeadScore[3], Now); // room to spare is fine
        Visits().ScoreParallel(leads, new LeadScore[2], Now);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var model = Visits();

        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => model.Score((Lead)null!, Now)).ParamName);
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => model.Score((LeadDetails)null!, [], Now)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => model.Explain(null!, Now)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => model.ScoreParallel((IReadOnlyList<Lead>)null!, [], Now)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => model.ScoreParallel(Array.Empty<Lead>(), null!, Now)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => model.ScoreEach(null!, Now)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => model.ScoreEachAsync(null!, Now)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => model.ScoreEach([TestLeads.NewLead(), null!], Now).ToList()).ParamName);
    }

    [Fact]
    public async Task A_null_lead_in_an_async_stream_is_refused()
    {
        var e = await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in Visits().ScoreEachAsync(new Lead[] { null! }.ToAsyncEnumerable(), Now))
            {
            }
        });

        Assert.Equal("leads", e.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(64)]
    public void Parallel_scoring_of_a_list_covers_every_lead_whatever_the_threads(int threads)
    {
        var model = Visits();
        var leads = Enumerable.Range(0, 37).Select(i => WithActivities([.. Enumerable.Range(0, i % 4).Select(d => Now - Duration.FromDays(d + i % 3))])).ToList();
        var expected = leads.Select(l => model.Score(l, Now)).ToArray();

        var fromList = new LeadScore[leads.Count];
        model.ScoreParallel(leads, fromList, Now, threads);
        var fromArray = new LeadScore[leads.Count + 1];
        model.ScoreParallel(leads.ToArray(), fromArray, Now, threads);

        Assert.Equal(expected, fromList);
        Assert.Equal(expected, fromArray[..^1]);
        Assert.Equal(default, fromArray[^1]);
    }

    [Fact]
    public void Parallel_scoring_of_an_empty_list_or_a_cancelled_one()
    {
        Visits().ScoreParallel(Array.Empty<Lead>(), [], Now, 4);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var leads = Enumerable.Range(0, 10).Select(_ => TestLeads.NewLead()).ToArray();

        Assert.ThrowsAny<OperationCanceledException>(() => Visits().ScoreParallel(leads, new LeadScore[10], Now, 1, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Visits().ScoreParallel(leads, new LeadScore[10], Now, 2, cancelled.Token));
    }

    [Fact]
    public void Parallel_scoring_with_one_thread_scores_on_the_calling_thread()
    {
        // maxDegreeOfParallelism is "how many threads at most": 1 keeps every lead on the caller's thread, whatever the
        // machine's core count (each read is slowed so that a second worker, had one been started, would take leads).
        var leads = new ThreadRecordingList([.. Enumerable.Range(0, 100).Select(_ => TestLeads.NewLead())]);

        Visits().ScoreParallel(leads, new LeadScore[100], Now, 1);

        Assert.Equal([Environment.CurrentManagedThreadId], leads.Threads.Distinct());
    }

    [Fact]
    public void A_host_activity_type_with_a_large_code_is_scored_by_its_rule()
    {
        var webinar = ActivityType.Define(1_000, "Webinar");
        var small = ActivityType.Define(63, "Demo");
        var edge = ActivityType.Define(64, "Trial");
        var model = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .ForActivity("webinars", webinar, 7, Duration.FromDays(30), null)
            .ForActivity("demos", small, 3, Duration.FromDays(30), null)
            .ForActivity("trials", edge, 2, Duration.FromDays(30), null)
            .Build();

        Assert.Equal(7, model.Score(new LeadDetails(), [new LeadActivity(webinar, Now)], Now).Engagement);
        Assert.Equal(3, model.Score(new LeadDetails(), [new LeadActivity(small, Now)], Now).Engagement);
        Assert.Equal(2, model.Score(new LeadDetails(), [new LeadActivity(edge, Now)], Now).Engagement);
        Assert.Equal(0, model.Score(new LeadDetails(), [new LeadActivity(ActivityType.Define(1_001, "Other"), Now), new LeadActivity(ActivityType.Call, Now)], Now).Engagement);
        Assert.Equal(-1, model.SlotOf(1_001));
        Assert.Equal(-1, model.SlotOf(-5));
        Assert.Equal(-1, model.SlotOf(ActivityType.Call.Code));
        Assert.Equal(0, model.SlotOf(1_000));
        Assert.Equal(1, model.SlotOf(63));
        Assert.Equal(2, model.SlotOf(64));
    }

    [Fact]
    public void The_rule_names_are_the_fit_rules_then_the_activity_rules_in_order()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .ForActivity("visits", ActivityType.WebVisit, 10, Duration.FromDays(30), null)
            .WhenPresent("email", LeadPresenceField.Email, 5)
            .WhenPresent("phone", LeadPresenceField.Phone, 5)
            .Build();

        Assert.Equal(["email", "phone", "visits"], model.RuleNames);
        Assert.Equal((50.0, 50.0), (model.FitCap, model.EngagementCap));
    }

    [Fact]
    public void Explain_breaks_ties_of_size_by_rule_name_and_lists_penalties_by_their_size()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(50, 50)
            .WhenPresent("b-email", LeadPresenceField.Email, 5)
            .WhenPresent("a-company", LeadPresenceField.CompanyName, 5)
            .WhenPresent("c-title", LeadPresenceField.JobTitle, -8)
            .WhenPresent("d-need", LeadPresenceField.StatedNeed, 1)
            .Build();
        var lead = TestLeads.NewLead(details: new LeadDetails { LastName = "X", Emails = ["x@contoso.example"], CompanyName = "C", JobTitle = "T", StatedNeed = "N" });

        var why = model.Explain(lead, Now);

        Assert.Equal(["c-title", "a-company", "b-email", "d-need"], why.Reasons.Select(r => r.Rule));
        Assert.Equal([-8.0, 5, 5, 1], why.Reasons.Select(r => r.Points));
        Assert.All(why.Reasons, r => Assert.Equal(ScoreGroup.Fit, r.Group));
        Assert.Equal(model.Score(lead, Now), why.Score);
    }

    [Fact]
    public void Scores_are_reported_to_the_lifecycle_metrics()
    {
        using var metrics = new LeadDomain.Diagnostics.LeadDomainMetrics();
        using var scores = new Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<int>(metrics.Meter, "leaddomain.lead.score");
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { Metrics = metrics });

        var score = FitOnly(40).Score(lifecycle.Create(new LeadDetails { LastName = "X", Emails = ["x@contoso.example"] }, "ali"), Now);

        Assert.Equal(40, score.Total);
        Assert.Equal(score.Total, Assert.Single(scores.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void Parallel_scoring_is_one_span_tagged_with_the_number_of_leads()
    {
        using var spans = new SpanRecorder();
        var leads = Enumerable.Range(0, 1_009).Select(_ => TestLeads.NewLead()).ToArray();

        Visits().ScoreParallel(leads, new LeadScore[leads.Length], Now, 2);

        Assert.Contains(("LeadDomain.ScoreParallel", (object?)1_009), spans.Spans);
    }

    [Fact]
    public void The_total_scales_the_points_to_the_sum_of_the_caps()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(50, 0).WhenPresent("email", LeadPresenceField.Email, 10).Build();

        var score = model.Score(new LeadDetails { LastName = "X", Emails = ["x@contoso.example"] }, [], Now);

        Assert.Equal(20, score.Total);
        Assert.Equal(10, score.Fit);
    }

    [Fact]
    public void Parallel_scoring_of_an_empty_list_with_a_cancelled_token_does_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Visits().ScoreParallel(Array.Empty<Lead>(), [], Now, 1, cancelled.Token);
        Visits().ScoreParallel(new List<Lead>(), [], Now, 1, cancelled.Token);
    }

    /// <summary>A list of leads that notes the thread of every read of a lead.</summary>
    private sealed class ThreadRecordingList(Lead[] leads) : IReadOnlyList<Lead>
    {
        public System.Collections.Concurrent.ConcurrentBag<int> Threads { get; } = [];

        public int Count => leads.Length;

        public Lead this[int index]
        {
            get
            {
                Threads.Add(Environment.CurrentManagedThreadId);
                Thread.Sleep(1);
                return leads[index];
            }
        }

        public IEnumerator<Lead> GetEnumerator() => ((IEnumerable<Lead>)leads).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
