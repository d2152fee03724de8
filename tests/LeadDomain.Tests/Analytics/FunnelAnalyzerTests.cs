using LeadDomain.Analytics;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.Analytics;

public sealed class FunnelAnalyzerTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 1, 1, 0, 0));
    private readonly LeadLifecycle _lifecycle;
    private readonly List<Lead> _created = [];

    public FunnelAnalyzerTests() => _lifecycle = new LeadLifecycle(_clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });

    private static Instant Utc(int month, int day, int hour = 9) => Instant.FromUtc(2026, month, day, hour, 0);

    private Lead Create(Instant at, LeadSource? source = null, string? owner = null, Money? budget = null, LeadRating? rating = null)
    {
        _clock.Reset(at);
        var lead = _lifecycle.Create(new LeadDetails { LastName = "Lima", CompanyName = "Contoso", Source = source, Owner = owner, Budget = budget, Rating = rating }, "ali");
        _created.Add(lead);
        return lead;
    }

    private void At(Instant at, Action action)
    {
        _clock.Reset(at);
        action();
    }

    /// <summary>Six leads whose every figure below is worked out by hand.</summary>
    private List<Lead> SixLeads()
    {
        var l1 = Create(Utc(1, 10), LeadSource.Web, "sara", rating: LeadRating.Hot);
        At(Utc(1, 11), () => l1.MarkContacted("ali"));          // 1 day in New
        At(Utc(1, 14), () => l1.Qualify("ali"));                // 3 days in Contacted
        At(Utc(1, 16), () => l1.MarkConverted(new LeadConversion("a", null, null), "ali")); // 2 days in Qualified

        var l2 = Create(Utc(1, 20), LeadSource.TradeShow, "reza");
        At(Utc(1, 20, 11), () => l2.MarkContacted("ali"));      // 2 hours in New
        At(Utc(2, 3, 11), () => l2.Disqualify(DisqualificationReason.CannotContact, "ali")); // 14 days in Contacted

        var l3 = Create(Utc(2, 1), LeadSource.Web);
        At(Utc(2, 2), () => l3.Disqualify(DisqualificationReason.Lost, "ali")); // 1 day in New

        var l4 = Create(Utc(2, 5), budget: new Money(10_000, "USD"));
        At(Utc(2, 5, 10), () => l4.LogActivity(ActivityType.Call, Utc(2, 5, 10), "ali")); // first contact after 1 hour, still New

        var l5 = Create(Utc(2, 10), LeadSource.Web, budget: new Money(50_000, "USD"));
        At(Utc(2, 12), () => l5.MarkContacted("ali"));          // 2 days in New
        At(Utc(2, 13), () => l5.Qualify("ali"));                // 1 day in Contacted, still Qualified

        var l6 = Create(Utc(2, 15), LeadSource.Partner);
        At(Utc(2, 16), () => l6.MarkContacted("ali"));          // 1 day in New, still Contacted
        return [l1, l2, l3, l4, l5, l6];
    }

    [Fact]
    public void Counts_by_state_status_reason_source_owner_and_rating()
    {
        var report = FunnelAnalyzer.Analyze(SixLeads(), FunnelOptions.Default);

        Assert.Equal(6, report.Total);
        Assert.Equal((1, 2, 2, 1), (report.ByState[LeadState.Converted], report.ByState[LeadState.Disqualified], report.ByState[LeadState.Open], report.ByState[LeadState.Qualified]));
        Assert.Equal(1, report.ByStatusReason[LeadStatusReason.CannotContact]);
        Assert.Equal(1, report.ByStatusReason[LeadStatusReason.Lost]);
        Assert.Equal(1, report.ByStatusReason[LeadStatusReason.New]);
        Assert.Equal((3, 1, 1, 1), (report.BySource[LeadSource.Web], report.BySource[LeadSource.TradeShow], report.BySource[LeadSource.Partner], report.BySource.Unspecified));
        Assert.Equal((1, 1, 4), (report.ByOwner["sara"], report.ByOwner["reza"], report.ByOwner.Unspecified));
        Assert.Equal((1, 5), (report.ByRating[LeadRating.Hot], report.ByRating.Unspecified));
    }

    [Fact]
    public void Stage_rates_count_only_decided_leads()
    {
        var report = FunnelAnalyzer.Analyze(SixLeads(), FunnelOptions.Default);

        Assert.Equal(
            [
                new StageRate(FunnelStage.New, FunnelStage.Contacted, Reached: 6, Undecided: 1, Advanced: 4),
                new StageRate(FunnelStage.Contacted, FunnelStage.Qualified, Reached: 4, Undecided: 1, Advanced: 2),
                new StageRate(FunnelStage.Qualified, FunnelStage.Converted, Reached: 2, Undecided: 1, Advanced: 1),
            ],
            report.Stages);
        Assert.Equal([0.8, 2.0 / 3, 1.0], report.Stages.Select(s => s.Rate!.Value));
    }

    [Fact]
    public void Drop_outs_name_the_stage_and_the_reason()
    {
        var report = FunnelAnalyzer.Analyze(SixLeads(), FunnelOptions.Default);

        Assert.Equal(
            [new DropOut(FunnelStage.New, DisqualificationReason.Lost, 1), new DropOut(FunnelStage.Contacted, DisqualificationReason.CannotContact, 1)],
            report.DropOuts);
    }

    [Fact]
    public void Time_in_stage_and_time_to_first_contact_are_nearest_rank_medians_and_p90s()
    {
        var report = FunnelAnalyzer.Analyze(SixLeads(), FunnelOptions.Default);

        // New: 2h, 1d, 1d, 1d, 2d. Contacted: 1d, 3d, 14d. Qualified: 2d. First contact: 1h (a call), 2h, 1d, 1d, 2d.
        Assert.Equal(new DurationSummary(5, Duration.FromDays(1), Duration.FromDays(2)), report.TimeInStage[FunnelStage.New]);
        Assert.Equal(new DurationSummary(3, Duration.FromDays(3), Duration.FromDays(14)), report.TimeInStage[FunnelStage.Contacted]);
        Assert.Equal(new DurationSummary(1, Duration.FromDays(2), Duration.FromDays(2)), report.TimeInStage[FunnelStage.Qualified]);
        Assert.Equal(new DurationSummary(5, Duration.FromDays(1), Duration.FromDays(2)), report.TimeToFirstContact);
    }

    [Fact]
    public void The_forecast_multiplies_the_open_counts_by_the_rates_from_their_stage_on()
    {
        var forecast = FunnelAnalyzer.Analyze(SixLeads(), FunnelOptions.Default).Forecast;

        Assert.Equal([1L, 1L, 1L], forecast.Stages.Select(s => s.OpenLeads));
        Assert.Equal(0.8 * 2 / 3, forecast.Stages[0].ConversionProbability!.Value, 12);
        Assert.Equal(2.0 / 3, forecast.Stages[1].ConversionProbability!.Value, 12);
        Assert.Equal(1.0, forecast.Stages[2].ConversionProbability);
        Assert.Equal(0.8 * 2 / 3 + 2.0 / 3 + 1, forecast.ExpectedConversions, 12);

        // 10,000 USD (New) x 0.5333 + 50,000 USD (Qualified) x 1.
        Assert.Equal(55_333.33m, forecast.ExpectedValue["USD"]);
    }

    [Fact]
    public void Monthly_periods_count_each_event_in_the_month_it_happened()
    {
        var report = FunnelAnalyzer.Analyze(SixLeads(), FunnelOptions.Default);

        Assert.Equal(
            [
                new PeriodCounts(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 1), Created: 2, Contacted: 2, Qualified: 1, Converted: 1, Disqualified: 0),
                new PeriodCounts(new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 1), Created: 4, Contacted: 2, Qualified: 1, Converted: 0, Disqualified: 2),
            ],
            report.Periods);
    }

    [Fact]
    public void Snapshots_give_the_same_report_as_leads()
    {
        var leads = SixLeads();
        var fromLeads = FunnelAnalyzer.Analyze(leads, FunnelOptions.Default);
        var fromSnapshots = FunnelAnalyzer.Analyze(leads.Select(l => l.ToSnapshot()), FunnelOptions.Default);

        Assert.Equal(fromLeads.Stages, fromSnapshots.Stages);
        Assert.Equal(fromLeads.Periods, fromSnapshots.Periods);
        Assert.Equal(fromLeads.TimeInStage, fromSnapshots.TimeInStage);
        Assert.Equal(fromLeads.Forecast.ExpectedValue, fromSnapshots.Forecast.ExpectedValue);
    }

    [Fact]
    public async Task The_asynchronous_stream_gives_the_same_report()
    {
        var leads = SixLeads();

        var report = await FunnelAnalyzer.AnalyzeAsync(leads.Select(l => l.ToSnapshot()).ToAsyncEnumerable(), FunnelOptions.Default);

        Assert.Equal(FunnelAnalyzer.Analyze(leads, FunnelOptions.Default).Stages, report.Stages);
    }

    [Fact]
    public void A_Persian_calendar_monthly_report_crosses_the_year_at_Nowruz_in_Tehran_time()
    {
        var tehran = DateTimeZoneProviders.Tzdb["Asia/Tehran"];
        Create(Instant.FromUtc(2026, 3, 15, 12, 0));            // 24 Esfand 1404
        Create(Instant.FromUtc(2026, 3, 20, 19, 0));            // 22:30 in Tehran on 29 Esfand 1404
        Create(Instant.FromUtc(2026, 3, 20, 21, 0));            // 00:30 on 1 Farvardin 1405 in Tehran (still 20 March in UTC)
        Create(Instant.FromUtc(2026, 4, 25, 12, 0));            // 5 Ordibehesht 1405

        var persian = CalendarSystem.PersianAstronomical;
        var report = FunnelAnalyzer.Analyze(CreatedSoFar, new FunnelOptions(tehran, persian, PeriodUnit.Month));

        Assert.Equal(
            [(new LocalDate(1404, 12, 1, persian), 2L), (new LocalDate(1405, 1, 1, persian), 1L), (new LocalDate(1405, 2, 1, persian), 1L)],
            report.Periods.Select(p => (p.Start, p.Created)));
        Assert.Equal(new LocalDate(1405, 1, 1, persian), report.Periods[0].End);
        Assert.Equal(new LocalDate(2026, 3, 21), new LocalDate(1405, 1, 1, persian).WithCalendar(CalendarSystem.Iso));
    }

    [Fact]
    public void Daily_periods_follow_the_zone_across_a_daylight_saving_change()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        Create(Instant.FromUtc(2026, 3, 28, 23, 30));           // 00:30 CET (+1) on 29 March
        Create(Instant.FromUtc(2026, 3, 29, 22, 30));           // 00:30 CEST (+2) on 30 March; a fixed +1 would say 29 March
        Create(Instant.FromUtc(2026, 10, 24, 22, 30));          // 00:30 CEST on 25 October, the day clocks go back
        Create(Instant.FromUtc(2026, 10, 25, 22, 30));          // 23:30 CET on 25 October

        var report = FunnelAnalyzer.Analyze(CreatedSoFar, new FunnelOptions(berlin, CalendarSystem.Iso, PeriodUnit.Day));

        Assert.Equal(
            [(new LocalDate(2026, 3, 29), 1L), (new LocalDate(2026, 3, 30), 1L), (new LocalDate(2026, 10, 25), 2L)],
            report.Periods.Select(p => (p.Start, p.Created)));
    }

    [Fact]
    public void Hijri_months_work_too()
    {
        var riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
        var hijri = CalendarSystem.UmAlQura;
        var ramadan = new LocalDate(1447, 9, 1, hijri);
        var firstDay = ramadan.AtStartOfDayInZone(riyadh).ToInstant();
        Create(firstDay - Duration.FromMinutes(1));             // the last minute of Sha'ban
        Create(firstDay);                                       // the first of Ramadan

        var report = FunnelAnalyzer.Analyze(CreatedSoFar, new FunnelOptions(riyadh, hijri, PeriodUnit.Month));

        Assert.Equal([(new LocalDate(1447, 8, 1, hijri), 1L), (ramadan, 1L)], report.Periods.Select(p => (p.Start, p.Created)));
        Assert.Equal(new LocalDate(1447, 10, 1, hijri), report.Periods[1].End);
    }

    [Fact]
    public void An_empty_funnel_has_no_rates_and_forecasts_nothing()
    {
        var report = FunnelAnalyzer.Analyze(Array.Empty<Lead>(), FunnelOptions.Default);

        Assert.Equal(0, report.Total);
        Assert.All(report.Stages, s => Assert.Null(s.Rate));
        Assert.Equal(0, report.Forecast.ExpectedConversions);
        Assert.Equal(new DurationSummary(0, null, null), report.TimeToFirstContact);
        Assert.Empty(report.Periods);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => FunnelAnalyzer.Analyze((IEnumerable<Lead>)null!, FunnelOptions.Default));
        Assert.Throws<ArgumentNullException>(() => FunnelAnalyzer.Analyze(Array.Empty<Lead>(), null!));
        Assert.Throws<ArgumentNullException>(() => FunnelAnalyzer.Analyze(new Lead[] { null! }, FunnelOptions.Default));
        Assert.Throws<ArgumentNullException>(() => new FunnelOptions(null!, CalendarSystem.Iso));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new FunnelOptions(DateTimeZone.Utc, CalendarSystem.Iso, (PeriodUnit)9));
    }

    private IEnumerable<Lead> CreatedSoFar => _created;
}
