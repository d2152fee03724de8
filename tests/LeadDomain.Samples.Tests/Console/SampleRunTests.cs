using System.Diagnostics;
using LeadDomain.Leads;
using LeadDomain.Samples.Console;

namespace LeadDomain.Samples.Tests.Console;

/// <summary>The console sample as a user runs it: its process, its output and its exit code.</summary>
public sealed class SampleRunTests
{
    [Fact]
    public void With_no_arguments_it_runs_the_main_job_on_the_shipped_leads()
    {
        var (code, output, error) = Run();

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("a sales day over 4,119 leads", output, StringComparison.Ordinal);
        Assert.Contains("merged into a duplicate", output, StringComparison.Ordinal);
        foreach (var section in new[] { "== Today's decisions", "== Funnel of 4,119 leads", "== Hot leads", "== Overdue follow-ups" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }

        Assert.Contains("█", output, StringComparison.Ordinal);   // the funnel is drawn
    }

    [Fact]
    public void The_shipped_day_qualifies_converts_and_disqualifies_by_policy()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "leads.csv.copy"));
        var day = SalesDay.Run(LeadCsvReader.Read(new StringReader(text), "leads.csv"), 4119, "leads.csv", ShippedLeads.AsOf, TextWriter.Null, live: false);

        Assert.Equal(4119, day.Leads.Count);
        Assert.InRange(day.Qualified, 50, 2000);
        Assert.Equal(day.Qualified, day.Conversions.Count);
        Assert.Equal(day.Qualified, day.Leads.Count(l => l.State == LeadState.Converted));
        Assert.True(day.Disqualified.Values.Sum() > 0);
        Assert.All(day.Overdue, d => Assert.Equal(LeadState.Open, d.Lead.State));
        Assert.Equal(4119, day.Funnel.Total);
    }

    [Fact]
    public void The_shipped_day_merges_the_duplicates_sharing_an_e_mail_before_converting()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "leads.csv.copy"));
        var day = SalesDay.Run(LeadCsvReader.Read(new StringReader(text), "leads.csv"), 4119, "leads.csv", ShippedLeads.AsOf, TextWriter.Null, live: false);

        var merged = day.Leads.Where(l => l.MasterId is not null).ToList();
        var byId = day.Leads.ToDictionary(l => l.Id);
        Assert.Equal(day.Merged, merged.Count);
        Assert.InRange(day.Merged, 40, 200);   // the shipped file repeats about 50 e-mail addresses, and some people by name and phone
        Assert.InRange(day.MergedGroups, 1, day.Merged);
        Assert.All(merged, l =>
        {
            Assert.Equal(LeadStatusReason.Canceled, l.StatusReason);
            var master = byId[l.MasterId!.Value];
            Assert.Null(master.MasterId);
            Assert.True(
                l.Details.Emails.Any(e => master.Details.Emails.Contains(e, StringComparer.OrdinalIgnoreCase)) || l.Details.Emails.Count == 0,
                $"{l.Details.LastName} {string.Join(",", l.Details.Emails)} {l.Details.MobilePhone} {l.Details.BusinessPhone} -> {master.Details.FirstName} {master.Details.LastName} {string.Join(",", master.Details.Emails)} {master.Details.MobilePhone} {master.Details.BusinessPhone}");
        });
        Assert.DoesNotContain(day.Conversions, c => byId[c.LeadId].MasterId is not null);
    }

    [Fact]
    public void A_missing_file_gets_a_clear_error_and_no_stack_trace()
    {
        var (code, output, error) = Run("/no/such/leads.csv");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: /no/such/leads.csv: no such file.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_in_the_users_file_gets_its_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leads-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["last_name,created", "Lima,2026-11-02T09:30:00Z", "Rezaei,2026-13-02"]);
        try
        {
            var (code, _, error) = Run(path);

            Assert.Equal(2, code);
            Assert.StartsWith($"error: {Path.GetFileName(path)}, line 3, column 2 'created': '2026-13-02' is not a UTC instant", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_directory_or_a_file_that_is_not_UTF_8_gets_a_clear_error()
    {
        var folder = Directory.CreateTempSubdirectory("leads-").FullName;
        var path = Path.Combine(folder, "leads.csv");
        File.WriteAllBytes(path, [.. "last_name,created\nAndr"u8, 0xE9, .. ",2026-11-02T09:30:00Z\n"u8]);   // "André" in Windows-1252
        try
        {
            var (code, output, error) = Run(folder);
            Assert.Equal((2, string.Empty), (code, output));
            Assert.StartsWith($"error: {folder} is a directory.", error, StringComparison.Ordinal);

            (code, output, error) = Run(path);
            Assert.Equal((2, string.Empty), (code, output));
            Assert.StartsWith($"error: {path} is not UTF-8 text.", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_empty_file_prints_nothing_but_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leads-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Empty);
        try
        {
            var (code, output, error) = Run(path);

            Assert.Equal((2, string.Empty), (code, output));
            Assert.StartsWith($"error: {Path.GetFileName(path)}, line 1: the file is empty", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LeadDomain.Samples.Console.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result.Trim());
    }
}
