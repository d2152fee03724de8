using LeadDomain.Bulk;
using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Bulk;

public sealed class BulkOperationTests
{
    [Fact]
    public void Qualify_gives_one_outcome_per_lead_and_a_refusal_does_not_stop_the_others()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var good = TestLeads.NewLead(lifecycle);
        var unreachable = lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");
        var closed = TestLeads.NewLead(lifecycle);
        closed.Disqualify("ali");
        var before = unreachable.ToSnapshot();

        var outcomes = BulkOperation.Qualify("ali").Run([good, unreachable, closed, null!]);

        Assert.Equal([true, false, false, false], outcomes.Select(o => o.IsDone));
        Assert.Equal([good, unreachable, closed, null], outcomes.Select(o => o.Lead));
        Assert.Equal(LeadState.Qualified, good.State);
        Assert.Equal(["has an e-mail or phone"], Assert.IsType<InvalidLeadTransitionException>(outcomes[1].Refusal).UnmetRequirements);
        Assert.IsType<InvalidLeadTransitionException>(outcomes[2].Refusal);
        Assert.IsType<ArgumentException>(outcomes[3].Refusal);
        Assert.Equal(before, unreachable.ToSnapshot());
    }

    [Fact]
    public void The_span_run_writes_the_outcomes_in_place_and_progress_is_told_at_the_end()
    {
        var lifecycle = TestLeads.NewLifecycle();
        Lead[] leads = [TestLeads.NewLead(lifecycle), TestLeads.NewLead(lifecycle), TestLeads.NewLead(lifecycle)];
        leads[1].Qualify("ali");
        var outcomes = new LeadOutcome[3];
        var reports = new List<BulkProgress>();

        BulkOperation.Reactivate("ali").Run(leads, outcomes, new SyncProgress(reports), CancellationToken.None);

        Assert.Equal([false, true, false], outcomes.Select(o => o.IsDone));
        Assert.Equal([new BulkProgress(3, 1, 2)], reports);
        Assert.Throws<ArgumentException>(() => BulkOperation.Reactivate("ali").Run(leads, new LeadOutcome[2]));
    }

    [Fact]
    public void Progress_is_told_every_thousand_leads()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 2_500).Select(_ => TestLeads.NewLead(lifecycle)).ToArray();
        var reports = new List<BulkProgress>();

        BulkOperation.AssignOwner("sara", "ali").Run(leads, new SyncProgress(reports), CancellationToken.None);

        Assert.Equal([1_000, 2_000, 2_500], reports.Select(r => r.Processed));
        Assert.All(leads, l => Assert.Equal("sara", l.Details.Owner));
    }

    [Fact]
    public void Disqualify_and_convert_with_shared_or_per_lead_options()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var open = TestLeads.NewLead(lifecycle);
        var qualified = TestLeads.NewLead(lifecycle);
        qualified.Qualify("ali");

        var disqualified = BulkOperation.Disqualify(DisqualificationReason.NoLongerInterested, "ali").Run([open, qualified]);
        Assert.Equal([true, false], disqualified.Select(o => o.IsDone));
        Assert.Equal(LeadStatusReason.NoLongerInterested, open.StatusReason);

        var other = TestLeads.NewLead(lifecycle);
        other.Qualify("ali");
        var converted = BulkOperation.Convert(ConversionMap.Default, "ali", lead => new ConversionOptions { NewAccountId = "acc-" + lead.Id }).Run([qualified, other, open]);
        Assert.Equal([true, true, false], converted.Select(o => o.IsDone));
        Assert.Equal("acc-" + other.Id, converted[1].Conversion!.Account!.Id);
        Assert.Null(converted[2].Conversion);

        var shared = BulkOperation.Convert(ConversionMap.Default, "ali", new ConversionOptions { CreateOpportunity = false }).Run([TestLeads.NewLead(lifecycle)]);
        Assert.False(shared[0].IsDone);   // open: not qualified
    }

    [Fact]
    public async Task A_stream_yields_each_outcome_and_stops_when_cancelled()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var leads = Enumerable.Range(0, 5).Select(_ => TestLeads.NewLead(lifecycle)).ToArray();
        using var cancel = new CancellationTokenSource();
        var seen = new List<LeadOutcome>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in BulkOperation.Qualify("ali").RunAsync(Stream(leads), cancellationToken: cancel.Token))
            {
                seen.Add(outcome);
                if (seen.Count == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(2, seen.Count);
        Assert.Equal([LeadState.Qualified, LeadState.Qualified, LeadState.Open, LeadState.Open, LeadState.Open], leads.Select(l => l.State));
    }

    [Fact]
    public void Null_arguments_for_the_whole_call_throw()
    {
        var map = ConversionMap.Default;
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Qualify(null!));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Disqualify(DisqualificationReason.Lost, null!));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Reactivate(null!));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.AssignOwner(null!, "ali"));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.AssignOwner("sara", null!));
        Assert.Throws<ArgumentException>(() => BulkOperation.AssignOwner(" ", "ali"));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Convert(null!, "ali", ConversionOptions.Default));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Convert(map, null!, ConversionOptions.Default));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Convert(null!, "ali", _ => null));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Convert(map, null!, _ => null));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Convert(map, "ali", (Func<Lead, ConversionOptions?>)null!));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Qualify("ali").Run((IEnumerable<Lead>)null!));
        Assert.Throws<ArgumentNullException>(() => BulkOperation.Qualify("ali").RunAsync(null!));
        var reason = Assert.Throws<ArgumentException>(() => BulkOperation.Disqualify(default, "ali"));
        Assert.Contains("DisqualificationReason.Define", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_of_the_wrong_length_is_refused_with_both_lengths_and_nothing_changes()
    {
        var lifecycle = TestLeads.NewLifecycle();
        Lead[] leads = [TestLeads.NewLead(lifecycle), TestLeads.NewLead(lifecycle)];

        var refused = Assert.Throws<ArgumentException>(() => BulkOperation.Qualify("ali").Run(leads, new LeadOutcome[1]));

        Assert.Contains("holds 1", refused.Message, StringComparison.Ordinal);
        Assert.All(leads, l => Assert.Equal(LeadState.Open, l.State));
    }

    [Fact]
    public void A_cancelled_run_stops_before_the_next_lead()
    {
        var lifecycle = TestLeads.NewLifecycle();
        Lead[] leads = [TestLeads.NewLead(lifecycle), TestLeads.NewLead(lifecycle)];
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => BulkOperation.Qualify("ali").Run(leads, null, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => BulkOperation.Qualify("ali").Run(leads, new LeadOutcome[2], null, cancel.Token));

        Assert.All(leads, l => Assert.Equal(LeadState.Open, l.State));
    }

    [Fact]
    public async Task A_stream_tells_progress_and_a_null_lead_is_refused_by_name()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var reports = new List<BulkProgress>();
        var outcomes = new List<LeadOutcome>();

        await foreach (var outcome in BulkOperation.Qualify("ali").RunAsync(Stream([TestLeads.NewLead(lifecycle), null!]), new SyncProgress(reports)))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal([new BulkProgress(2, 1, 1)], reports);
        Assert.Equal("The lead is null. (Parameter 'lead')", outcomes[1].Refusal!.Message);
        Assert.Equal(default, outcomes[1].LeadId);
        Assert.Equal(outcomes[0].Lead!.Id, outcomes[0].LeadId);
    }

    [Fact]
    public void An_empty_run_tells_progress_once()
    {
        var reports = new List<BulkProgress>();

        BulkOperation.Qualify("ali").Run([], new SyncProgress(reports), CancellationToken.None);

        Assert.Equal([new BulkProgress(0, 0, 0)], reports);
    }

    private static async IAsyncEnumerable<Lead> Stream(IEnumerable<Lead> leads)
    {
        foreach (var lead in leads)
        {
            await Task.Yield();
            yield return lead;
        }
    }

    /// <summary>Records reports as they are made (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SyncProgress(List<BulkProgress> reports) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => reports.Add(value);
    }
}
