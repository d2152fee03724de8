using LeadDomain.Leads;
using LeadDomain.Samples.Console;
using NodaTime;

namespace LeadDomain.Samples.Tests.Console;

/// <summary>LeadImporter.cs: every refusal of a row is a LeadCsvException naming the line (found by the CSV fuzzing).</summary>
public sealed class LeadImporterTests
{
    private const string Header = "first_name,last_name,created,last_touch,calls,meetings,web_visits,emails_opened";

    [Fact]
    public void A_row_without_a_last_name_is_refused_naming_its_line()
    {
        var error = Assert.Throws<LeadCsvException>(() => Import("Sara,,2026-11-02T09:30:00Z,,0,0,0,0"));

        Assert.StartsWith("leads.csv, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_asking_for_more_activities_than_a_lead_keeps_is_refused_before_the_lead_is_filled()
    {
        var error = Assert.Throws<LeadCsvException>(() => Import("Sara,Lima,2026-11-02T09:30:00Z,,10000,10000,10000,10000"));

        Assert.Contains("40,000 activities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activities_between_instants_millennia_apart_are_spread_without_overflow()
    {
        var lead = Import("Sara,Lima,0001-01-01T00:00:00Z,9999-12-31T23:59:59Z,10000,0,0,0");

        Assert.Equal(10_000, lead.Activities.Count);
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), lead.Activities.Max(a => a.At));
    }

    private static Lead Import(string row)
    {
        var asOf = Instant.FromUtc(9999, 12, 31, 23, 59, 59);
        var clock = new ReplayClock(asOf);
        var lifecycle = new LeadLifecycle(clock);
        var read = LeadCsvReader.Read(new StringReader(Header + "\n" + row + "\n"), "leads.csv", asOf).Single();
        return LeadImporter.Import(read, lifecycle, clock, "leads.csv");
    }
}
