using System.Globalization;
using LeadDomain.Analytics;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>What a sales manager reads after the day's run: the funnel, the hot leads and why, the overdue follow-ups.</summary>
public static class Dashboard
{
    private const int Top = 10;

    /// <summary>Writes the dashboard.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="day">The day's results.</param>
    public static void Write(TextWriter output, SalesDay day)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(day);
        WriteDecisions(output, day);
        WriteFunnel(output, day.Funnel);
        WriteHotLeads(output, day);
        WriteOverdue(output, day);
    }

    private static void WriteDecisions(TextWriter output, SalesDay day)
    {
        Heading(output, "Today's decisions");
        var lines = new List<(string, int, string)>
        {
            ("merged into a duplicate", day.Merged, Invariant($"{day.MergedGroups:N0} groups the matcher found; {day.MergeLeftOvers:N0} values kept only on the merged leads")),
            ("qualified and converted", day.Qualified, Invariant($"score {SalesPolicy.QualifyFrom}+ and the qualification policy met")),
        };
        foreach (var (reason, count) in day.Disqualified.OrderBy(p => p.Key))
        {
            lines.Add(($"disqualified: {Words(reason.ToString())}", count, "the follow-up policy's suggestion for a stale lead"));
        }

        lines.Add(("hot, not yet qualifiable", day.Blocked.Count, Missing(day)));
        lines.Add(("still open", day.Leads.Count(l => l.State == LeadState.Open), string.Empty));
        var width = lines.Max(l => l.Item1.Length);
        foreach (var (what, count, why) in lines)
        {
            output.WriteLine(Invariant($"  {what.PadRight(width)} {count,6:N0}  {why}"));
        }
    }

    private static void WriteFunnel(TextWriter output, FunnelReport funnel)
    {
        Heading(output, Invariant($"Funnel of {funnel.Total:N0} leads"));
        var bars = new List<(string, long, string)>();
        foreach (var stage in funnel.Stages)
        {
            var rate = stage.Rate is { } r ? Invariant($"{r:P0} of the decided moved on to {stage.To}") : "none decided yet";
            bars.Add((stage.From.ToString(), stage.Reached, Invariant($"{rate}; {stage.Undecided:N0} still here")));
        }

        if (funnel.Stages.Count > 0)
        {
            bars.Add((funnel.Stages[^1].To.ToString(), funnel.Stages[^1].Advanced, string.Empty));
        }

        BarChart.Write(output, bars);
        if (funnel.DropOuts.Count > 0)
        {
            output.WriteLine("  dropped out:");
            BarChart.Write(output, [.. funnel.DropOuts
                .OrderByDescending(d => d.Count)
                .Select(d => ($"{Words(d.Reason.ToString())} from {d.Stage}", d.Count, string.Empty))]);
        }

        output.WriteLine(Invariant($"  time to first contact: median {Human(funnel.TimeToFirstContact.Median)}, p90 {Human(funnel.TimeToFirstContact.P90)}"));
        output.WriteLine(Invariant($"  expected conversions from the open leads: {funnel.Forecast.ExpectedConversions:N1}"));
    }

    private static void WriteHotLeads(TextWriter output, SalesDay day)
    {
        Heading(output, "Hot leads: the best scores, and why");
        WriteBest(output, day, "converted today", LeadState.Converted, 5);
        WriteBest(output, day, "still open: call these first", LeadState.Open, 5);
    }

    private static void WriteBest(TextWriter output, SalesDay day, string title, LeadState state, int count)
    {
        output.WriteLine($"  {title}");
        var best = Enumerable.Range(0, day.Leads.Count)
            .Where(i => day.Leads[i].State == state)
            .OrderByDescending(i => day.Scores[i].Total)
            .ThenBy(i => i)
            .Take(count);
        foreach (var i in best)
        {
            var lead = day.Leads[i];
            var why = SalesPolicy.Scoring.Explain(lead, day.AsOf).Reasons
                .Take(3)
                .Select(r => Invariant($"{r.Rule} +{r.Points:0.#}"));
            var needs = day.Blocked.TryGetValue(lead.Id, out var unmet) ? $" (needs: {string.Join(", ", unmet)})" : string.Empty;
            output.WriteLine(Invariant($"  {day.Scores[i].Total,5} {day.Scores[i].Grade}  {Name(lead),-38} {string.Join(", ", why)}{needs}"));
        }
    }

    private static void WriteOverdue(TextWriter output, SalesDay day)
    {
        Heading(output, Invariant($"Overdue follow-ups: {day.Overdue.Count:N0} open leads"));
        if (day.Overdue.Count == 0)
        {
            output.WriteLine("  none: every open lead was touched in time");
            return;
        }

        var byOwner = day.Overdue.GroupBy(d => d.Lead.Details.Owner ?? "(no owner)").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine("  by owner: " + string.Join(", ", byOwner.Select(g => Invariant($"{g.Key} {g.Count():N0}"))));
        foreach (var due in day.Overdue.Take(Top))
        {
            var rating = due.Lead.Details.Rating?.ToString() ?? "-";
            output.WriteLine(Invariant($"  {Name(due.Lead),-38} {due.Lead.Details.Owner ?? "-",-6} {rating,-5} {Words(due.Kind.ToString()),-14} overdue by {Human(due.OverdueBy(day.AsOf))}"));
        }

        if (day.Overdue.Count > Top)
        {
            output.WriteLine(Invariant($"  ... and {day.Overdue.Count - Top:N0} more"));
        }
    }

    private static string Missing(SalesDay day)
    {
        var missing = day.Blocked.Values.SelectMany(v => v).GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count());
        return string.Join(", ", missing.Select(g => Invariant($"{g.Count():N0} lack '{g.Key}'")));
    }

    private static string Name(Lead lead)
    {
        var person = string.Join(' ', new[] { lead.Details.FirstName, lead.Details.LastName }.OfType<string>());
        var text = lead.Details.CompanyName is { } company ? $"{person} ({company})" : person;
        return text.Length > 38 ? text[..37] + "…" : text;
    }

    private static void Heading(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine($"== {title}");
    }

    /// <summary>"CannotContact" as "Cannot Contact".</summary>
    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(name[i]);
        }

        return words.ToString();
    }

    private static string Human(Duration? duration) => duration switch
    {
        null => "-",
        { } d when d >= Duration.FromDays(2) => Invariant($"{d.TotalDays:0.#} days"),
        { } d when d >= Duration.FromHours(2) => Invariant($"{d.TotalHours:0.#} hours"),
        { } d => Invariant($"{d.TotalMinutes:0} minutes"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
