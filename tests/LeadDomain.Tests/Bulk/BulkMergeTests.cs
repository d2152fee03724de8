using LeadDomain.Bulk;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Bulk;

public sealed class BulkMergeTests
{
    [Fact]
    public void Pairs_chained_through_a_lead_form_one_group()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 6).Select(_ => TestLeads.NewLead(lifecycle)).ToArray();

        var groups = BulkMerge.Groups(leads, [(leads[3].Id, leads[1].Id), (leads[1].Id, leads[0].Id), (leads[4].Id, leads[5].Id)]);

        Assert.Equal([[leads[0], leads[1], leads[3]], [leads[4], leads[5]]], groups.Select(g => g.ToArray()));
        Assert.Throws<ArgumentException>(() => BulkMerge.Groups(leads, [(leads[0].Id, LeadId.New())]));
    }

    [Fact]
    public void The_pairs_the_matcher_finds_are_merged_one_outcome_per_lead_and_a_refused_group_changes_nothing()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var sara = lifecycle.Create(new LeadDetails { FirstName = "Sara", LastName = "Lima", Emails = ["sara@contoso.example"] }, "ali");
        var saraAgain = lifecycle.Create(new LeadDetails { LastName = "Lima", Emails = ["SARA@contoso.example"], JobTitle = "CTO" }, "ali");
        var ali = lifecycle.Create(new LeadDetails { LastName = "Rezaei", MobilePhone = "+98 912 345 6789" }, "ali");
        var aliAgain = lifecycle.Create(new LeadDetails { LastName = "Rezaei", MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹" }, "ali");
        ali.Qualify("ali");
        ali.MarkConverted(new LeadConversion("acc-1", null, null), "ali");
        aliAgain.Qualify("ali");
        var leads = new[] { sara, saraAgain, ali, aliAgain };
        var before = aliAgain.ToSnapshot();

        var pairs = new DuplicateFinder().FindLeads(leads)
            .Where(p => p.Comparison.Tier == MatchTier.Duplicate)
            .Select(p => (LeadId.Parse(p.First), LeadId.Parse(p.Second)));
        var outcomes = BulkMerge.Run(BulkMerge.Groups(leads, pairs), "ali");

        Assert.Equal(4, outcomes.Count);
        Assert.Equal(2, outcomes.Count(o => o.IsDone));
        Assert.Equal("CTO", sara.Details.JobTitle);
        Assert.Equal(sara.Id, saraAgain.MasterId);
        Assert.All(outcomes.Where(o => !o.IsDone), o => Assert.IsType<LeadMergeRefusedException>(o.Refusal));
        Assert.Equal(before, aliAgain.ToSnapshot());
    }

    [Fact]
    public async Task Groups_from_a_stream_are_merged_as_they_arrive()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var a = TestLeads.NewLead(lifecycle);
        var b = TestLeads.NewLead(lifecycle);

        var outcomes = new List<LeadOutcome>();
        await foreach (var outcome in BulkMerge.RunAsync(Stream([[a, b], null!]), "ali"))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal([true, true, false], outcomes.Select(o => o.IsDone));
        Assert.Same(outcomes[0].Merge, outcomes[1].Merge);
        Assert.Equal(a.Id, b.MasterId);
    }

    private static async IAsyncEnumerable<IReadOnlyList<Lead>> Stream(IEnumerable<IReadOnlyList<Lead>> groups)
    {
        foreach (var group in groups)
        {
            await Task.Yield();
            yield return group;
        }
    }

    [Fact]
    public void Null_arguments_and_bad_groups_are_refused_by_name()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle);

        Assert.Throws<ArgumentNullException>(() => BulkMerge.Groups(null!, []));
        Assert.Throws<ArgumentNullException>(() => BulkMerge.Groups([lead], null!));
        Assert.Equal("Lead 1 is null. (Parameter 'leads')", Assert.Throws<ArgumentException>(() => BulkMerge.Groups([lead, null!], [])).Message);
        Assert.StartsWith($"The lead {lead.Id} appears twice.", Assert.Throws<ArgumentException>(() => BulkMerge.Groups([lead, lead], [])).Message, StringComparison.Ordinal);
        Assert.Contains("names a lead that is not among the leads", Assert.Throws<ArgumentException>(() => BulkMerge.Groups([lead], [(lead.Id, LeadId.New())])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => BulkMerge.Run(null!, "ali"));
        Assert.Throws<ArgumentNullException>(() => BulkMerge.Run([], null!));
        Assert.Throws<ArgumentNullException>(() => BulkMerge.RunAsync(null!, "ali"));
        Assert.Throws<ArgumentException>(() => BulkMerge.RunAsync(Groups([]), " "));

        var outcomes = BulkMerge.Run([[], [null!, lead]], "ali");

        Assert.Equal("A group of duplicates is null or empty. (Parameter 'group')", outcomes[0].Refusal!.Message);
        Assert.Equal("Lead 0 of a group is null. (Parameter 'group')", outcomes[1].Refusal!.Message);
        Assert.Equal(LeadState.Open, lead.State);
    }

    [Fact]
    public async Task Runs_tell_progress_at_the_end_and_stop_when_cancelled()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var (a, b) = (TestLeads.NewLead(lifecycle), TestLeads.NewLead(lifecycle));
        var reports = new List<BulkProgress>();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var outcomes = BulkMerge.Run([[a, b]], "ali", progress: new SyncProgress(reports));
        Assert.ThrowsAny<OperationCanceledException>(() => BulkMerge.Run([[a, b]], "ali", cancellationToken: cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in BulkMerge.RunAsync(Groups([[a, b]]), "ali", cancellationToken: cancel.Token))
            {
            }
        });
        var streamed = new List<BulkProgress>();
        await foreach (var _ in BulkMerge.RunAsync(Groups([[a, b]]), "ali", progress: new SyncProgress(streamed)))
        {
        }

        Assert.Equal(2, outcomes.Count);
        Assert.Equal([new BulkProgress(2, 2, 0)], reports);
        Assert.Equal([new BulkProgress(2, 0, 2)], streamed);   // merged already: both refused
    }

    private static async IAsyncEnumerable<IReadOnlyList<Lead>> Groups(IEnumerable<IReadOnlyList<Lead>> groups)
    {
        foreach (var group in groups)
        {
            await Task.Yield();
            yield return group;
        }
    }

    private sealed class SyncProgress(List<BulkProgress> reports) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => reports.Add(value);
    }
}
