using LeadDomain.Analytics;
using LeadDomain.Bulk;
using LeadDomain.Conversion;
using LeadDomain.FollowUp;
using LeadDomain.Leads;
using LeadDomain.Matching;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>
/// The main job, start to end: import the leads, merge the duplicates the matcher finds, score them in bulk, qualify the hot ones that meet the policy, give
/// up on the ones the follow-up policy calls stale, convert the qualified ones, and measure the funnel.
/// </summary>
public sealed class SalesDay
{
    private const int Chunk = 512;

    private SalesDay(IReadOnlyList<Lead> leads, LeadScore[] scores, Instant asOf)
    {
        Leads = leads;
        Scores = scores;
        AsOf = asOf;
    }

    /// <summary>Gets the leads, in file order.</summary>
    public IReadOnlyList<Lead> Leads { get; }

    /// <summary>Gets each lead's score at <see cref="AsOf"/>, in the order of <see cref="Leads"/>.</summary>
    public IReadOnlyList<LeadScore> Scores { get; }

    /// <summary>Gets the instant the day is judged at.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets how many leads were merged into another today (duplicates found by the matcher).</summary>
    public int Merged { get; private set; }

    /// <summary>Gets how many groups of duplicates were merged, one master each.</summary>
    public int MergedGroups { get; private set; }

    /// <summary>Gets how many values of merged leads their masters did not take (another value won, or a limit was reached).</summary>
    public int MergeLeftOvers { get; private set; }

    /// <summary>Gets how many leads were qualified today.</summary>
    public int Qualified { get; private set; }

    /// <summary>Gets the hot leads that could not be qualified, with what they lack.</summary>
    public IReadOnlyDictionary<LeadId, IReadOnlyList<string>> Blocked { get; private set; } = new Dictionary<LeadId, IReadOnlyList<string>>();

    /// <summary>Gets how many leads were disqualified today, by reason.</summary>
    public IReadOnlyDictionary<DisqualificationReason, int> Disqualified { get; private set; } = new Dictionary<DisqualificationReason, int>();

    /// <summary>Gets the conversions made today.</summary>
    public IReadOnlyList<ConversionResult> Conversions { get; private set; } = [];

    /// <summary>Gets the funnel after today's decisions.</summary>
    public FunnelReport Funnel { get; private set; } = null!;

    /// <summary>Gets the open leads whose follow-up is overdue, most overdue first.</summary>
    public IReadOnlyList<FollowUpDue> Overdue { get; private set; } = [];

    /// <summary>Runs the day.</summary>
    /// <param name="rows">The rows, read lazily (a bad row throws when reached).</param>
    /// <param name="expected">How many rows there are, for the progress bar.</param>
    /// <param name="fileName">The file's name, for errors.</param>
    /// <param name="asOf">The instant to judge at.</param>
    /// <param name="output">Where progress goes.</param>
    /// <param name="live">Whether progress is redrawn in place.</param>
    /// <returns>The day's results.</returns>
    /// <exception cref="LeadCsvException">A row is bad.</exception>
    public static SalesDay Run(IEnumerable<LeadRow> rows, int expected, string fileName, Instant asOf, TextWriter output, bool live)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var clock = new ReplayClock(asOf);
        var lifecycle = new LeadLifecycle(clock, new LeadLifecycleOptions { QualificationPolicy = SalesPolicy.Qualification, CreationPolicy = LeadCreationPolicy.Lenient });

        var leads = new List<Lead>(expected);
        var import = new ProgressLine(output, "Importing leads", expected, live);
        foreach (var row in rows)
        {
            leads.Add(LeadImporter.Import(row, lifecycle, clock, fileName));
            import.Report(leads.Count);
        }

        import.Finish(leads.Count);
        clock.Now = asOf;   // every decision from here on is made today

        // Duplicates first, so that one person is scored, qualified and converted once: the pairs the matcher calls the
        // same lead (MatchTier.Duplicate; a colleague at the same company is at most a possible duplicate), joined into
        // groups, each merged into its master by the rule (an open lead, Contacted before New, then the oldest).
        var samePerson = new DuplicateFinder().FindLeads(leads)
            .Where(pair => pair.Comparison.Tier == MatchTier.Duplicate);
        var groups = BulkMerge.Groups(leads, samePerson.Select(pair => (LeadId.Parse(pair.First), LeadId.Parse(pair.Second))));
        var merging = new ProgressLine(output, "Merging duplicates", groups.Sum(g => g.Count), live);
        var merges = BulkMerge.Run(groups, SalesPolicy.Automation, progress: new LineProgress(merging));
        var results = merges.Where(o => o.IsDone).Select(o => o.Merge!).Distinct().ToList();
        var merged = results.Sum(r => r.Subordinates.Count);
        merging.Finish(merges.Count, $"{merged:N0} duplicates merged into {results.Count:N0} leads");

        // Bulk scoring, a chunk at a time so that the bar moves; the span overload allocates nothing per lead.
        var scores = new LeadScore[leads.Count];
        var all = leads.ToArray();
        var scoring = new ProgressLine(output, "Scoring", all.Length, live);
        for (var start = 0; start < all.Length; start += Chunk)
        {
            var length = Math.Min(Chunk, all.Length - start);
            SalesPolicy.Scoring.Score(all.AsSpan(start, length), scores.AsSpan(start, length), asOf);
            scoring.Report(start + length);
        }

        scoring.Finish(all.Length);
        var day = new SalesDay(leads, scores, asOf) { Merged = merged, MergedGroups = results.Count, MergeLeftOvers = results.Sum(r => r.LeftOver.Count) };
        day.Decide(output, live);
        day.Funnel = FunnelAnalyzer.Analyze(leads, new FunnelOptions(DateTimeZoneProviders.Tzdb["Europe/Lisbon"], CalendarSystem.Iso, PeriodUnit.Month));
        day.Overdue = SalesPolicy.FollowUp.Overdue(leads, asOf);
        return day;
    }

    private void Decide(TextWriter output, bool live)
    {
        var deciding = new ProgressLine(output, "Qualifying", Leads.Count, live);
        var blocked = new Dictionary<LeadId, IReadOnlyList<string>>();
        for (var i = 0; i < Leads.Count; i++)
        {
            var lead = Leads[i];
            if (lead.State != LeadState.Open)
            {
                deciding.Report(i + 1);
                continue;   // merged into another lead today: read-only
            }

            lead.ApplyComputedRating(Scores[i].Rating, SalesPolicy.Automation);
            if (Scores[i].Total >= SalesPolicy.QualifyFrom)
            {
                if (lead.CanFire(LeadTrigger.Qualify, out var unmet))
                {
                    lead.Qualify(SalesPolicy.Automation);
                    Qualified++;
                }
                else
                {
                    blocked[lead.Id] = unmet;
                }
            }

            deciding.Report(i + 1);
        }

        deciding.Finish(Leads.Count, $"{Qualified:N0} qualified");
        Blocked = blocked;

        // The follow-up policy says which open leads went stale and what to do; the sales policy follows it.
        var disqualified = new Dictionary<DisqualificationReason, int>();
        foreach (var stale in SalesPolicy.FollowUp.Stale(Leads.Where(l => l.State == LeadState.Open), AsOf))
        {
            DisqualificationReason? reason = stale.Suggestion switch
            {
                SuggestedAction.DisqualifyCannotContact => DisqualificationReason.CannotContact,
                SuggestedAction.DisqualifyNoLongerInterested => DisqualificationReason.NoLongerInterested,
                _ => null,
            };
            if (reason is { } r)
            {
                stale.Lead.Disqualify(r, SalesPolicy.Automation);
                disqualified[r] = disqualified.GetValueOrDefault(r) + 1;
            }
        }

        Disqualified = disqualified;
        var qualified = Leads.Where(l => l.State == LeadState.Qualified).ToList();
        var converting = new ProgressLine(output, "Converting", qualified.Count, live);
        var conversions = new List<ConversionResult>(qualified.Count);
        foreach (var lead in qualified)
        {
            conversions.Add(ConversionMap.Default.Convert(lead, SalesPolicy.Automation));
            converting.Report(conversions.Count);
        }

        converting.Finish(conversions.Count, $"{conversions.Count(c => c.Account is not null):N0} accounts, {conversions.Count(c => c.Contact is not null):N0} contacts, {conversions.Count(c => c.Opportunity is not null):N0} opportunities");
        Conversions = conversions;
        foreach (var lead in Leads)
        {
            lead.DrainEvents();   // a host would publish these; the sample only counts what happened
        }
    }

    /// <summary>Moves a progress line as a bulk operation reports, on the reporting thread (Progress&lt;T&gt; would post later).</summary>
    private sealed class LineProgress(ProgressLine line) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => line.Report(value.Processed);
    }
}
