using LeadDomain.Bulk;
using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Bulk operations" example, compiled, run and checked against its comments.</summary>
public sealed class BulkExample
{
    [Fact]
    public async Task Runs()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var leads = Enumerable.Range(0, 3).Select(_ => TestLeads.NewLead(lifecycle)).ToArray();
        leads[2].Disqualify("ali");
        var stale = new[] { TestLeads.NewLead(lifecycle) };
        var stream = Stream(Enumerable.Range(0, 2).Select(_ => TestLeads.NewLead(lifecycle)).ToArray());
        using var cancel = new CancellationTokenSource();
        var token = cancel.Token;

        // README: bulk
        BulkOperation qualify = BulkOperation.Qualify("ali");           // build once, run over many leads
        var outcomes = new LeadOutcome[leads.Length];
        qualify.Run(leads, outcomes);                                   // a span: nothing allocated per lead
        foreach (LeadOutcome outcome in outcomes.Where(o => !o.IsDone))
        {
            Console.WriteLine($"{outcome.LeadId}: {outcome.Refusal!.Message}"); // "… cannot Qualify while Disqualified (Lost) …"
        }

        // Convert the qualified ones, each with its own options; every outcome carries its records to save.
        IReadOnlyList<LeadOutcome> converted = BulkOperation
            .Convert(ConversionMap.Default, "ali", lead => new ConversionOptions { Owner = "sara" })
            .Run(leads.Where(l => l.State == LeadState.Qualified), new Progress<BulkProgress>(p => Console.WriteLine($"{p.Processed} done")), token);

        BulkOperation.Disqualify(DisqualificationReason.NoLongerInterested, "ali").Run(stale);
        BulkOperation.AssignOwner("reza", "ali").Run(stale);            // refused: a disqualified lead is read-only
        await foreach (LeadOutcome outcome in BulkOperation.Reactivate("ali").RunAsync(stream, cancellationToken: token))
        {
            // a stream (IAsyncEnumerable): each outcome as soon as it is known
        }
        // README: end

        Assert.Equal([true, true, false], outcomes.Select(o => o.IsDone));
        Assert.Equal(2, converted.Count(o => o.IsDone && o.Conversion!.Account!.Owner == "sara"));
        Assert.Equal(LeadStatusReason.NoLongerInterested, stale[0].StatusReason);
        Assert.Null(stale[0].Details.Owner);
    }

    private static async IAsyncEnumerable<Lead> Stream(Lead[] leads)
    {
        foreach (var lead in leads)
        {
            await Task.Yield();
            yield return lead;
        }
    }
}
