using LeadDomain.Analytics;
using LeadDomain.FollowUp;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Funnel analytics and follow-up" example, compiled and run.</summary>
public sealed class FunnelExample
{
    [Fact]
    public void Runs()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 10, 6, 0), Duration.FromHours(7));
        var lifecycle = new LeadLifecycle(clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var leads = new List<Lead>();
        foreach (var source in new[] { LeadSource.Web, LeadSource.TradeShow, LeadSource.Web, LeadSource.Partner })
        {
            leads.Add(lifecycle.Create(new LeadDetails { LastName = "Rezaei", CompanyName = "Kimia", Source = source }, "ali"));
        }

        leads[0].MarkContacted("ali");
        leads[0].Qualify("ali");
        leads[1].Disqualify(DisqualificationReason.CannotContact, "ali");
        IEnumerable<LeadSnapshot> snapshotsFromYourStore = leads.Select(l => l.ToSnapshot());
        IEnumerable<Lead> openLeads = leads.Where(l => l.State == LeadState.Open);
        var output = new StringWriter();

        // README: funnel
        // One pass, bounded memory: stream snapshots straight from your store.
        var tehranMonths = new FunnelOptions(DateTimeZoneProviders.Tzdb["Asia/Tehran"], CalendarSystem.PersianArithmetic, PeriodUnit.Month);
        FunnelReport report = FunnelAnalyzer.Analyze(snapshotsFromYourStore, tehranMonths);

        foreach (var stage in report.Stages)            // New -> Contacted -> Qualified -> Converted, from the history
        {
            output.WriteLine($"{stage.From} -> {stage.To}: {stage.Advanced}/{stage.Decided} ({stage.Rate:P0})");
        }

        foreach (var drop in report.DropOuts)           // where leads leave the funnel, and why
        {
            output.WriteLine($"disqualified from {drop.Stage} as {drop.Reason}: {drop.Count}");
        }

        foreach (var month in report.Periods)           // 1404-12-01 (Esfand), 1405-01-01 (Farvardin), ...
        {
            output.WriteLine($"{month.Start:yyyy-MM}: {month.Created} created, {month.Converted} converted");
        }

        output.WriteLine($"median time to first contact: {report.TimeToFirstContact.Median}");
        output.WriteLine($"expected conversions: {report.Forecast.ExpectedConversions:F1}");

        // Follow-up discipline: who is late, who went quiet.
        FollowUpPolicy followUp = FollowUpPolicy.CreateBuilder()
            .FirstContactWithin(Duration.FromHours(24))
            .TouchEvery(Duration.FromDays(3))
            .For(source: LeadSource.TradeShow, rating: LeadRating.Hot, firstContactWithin: Duration.FromHours(1))
            .StaleAfter(Duration.FromDays(14))
            .Build();

        Instant now = clock.GetCurrentInstant();
        foreach (FollowUpDue late in followUp.Overdue(openLeads, now))    // most overdue first
        {
            output.WriteLine($"{late.Lead.Topic}: {late.Kind} overdue by {late.OverdueBy(now)}");
        }

        foreach (StaleLead stale in followUp.Stale(openLeads, now))       // the library suggests, you decide
        {
            output.WriteLine($"{stale.Lead.Topic}: idle {stale.IdleFor}, suggest {stale.Suggestion}");
        }
        // README: end

        var text = output.ToString();
        Assert.Contains("New -> Contacted: 1/2 (50", text, StringComparison.Ordinal);
        Assert.Contains("disqualified from New as Cannot Contact: 1", text, StringComparison.Ordinal);
        Assert.Contains("1404-12: 4 created", text, StringComparison.Ordinal);
        Assert.Contains("FirstContact overdue by", text, StringComparison.Ordinal);
        Assert.Equal(2, report.Stages[0].Decided);
    }
}
