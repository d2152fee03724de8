using LeadDomain.Leads;
using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

public sealed class PredictionExampleTests
{
    [Theory]
    [InlineData(LeadState.Qualified, true)]
    [InlineData(LeadState.Converted, true)]
    [InlineData(LeadState.Disqualified, false)]
    [InlineData(LeadState.Open, null)]
    public void The_outcome_of_each_state(LeadState state, bool? outcome) =>
        Assert.Equal(outcome, PredictionExample.OutcomeOf(state));

    [Fact]
    public void Null_sequences_are_refused()
    {
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => PredictionExample.From((IEnumerable<Lead>)null!)).ParamName);
        Assert.Equal("snapshots", Assert.Throws<ArgumentNullException>(() => PredictionExample.From((IEnumerable<LeadSnapshot>)null!)).ParamName);
    }

    [Fact]
    public void Closed_leads_give_examples_in_their_order_skipping_open_leads_and_nulls()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        var won = lifecycle.Create(new LeadDetails { LastName = "A", Industry = "won" }, "ali");
        won.Qualify("ali");
        var lost = lifecycle.Create(new LeadDetails { LastName = "B", Industry = "lost" }, "ali");
        lost.Disqualify(DisqualificationReason.Lost, "ali");
        var open = lifecycle.Create(new LeadDetails { LastName = "C", Industry = "open" }, "ali");
        Lead[] leads = [lost, null!, open, won];

        PredictionExample[] expected = [new(lost.Details, false), new(won.Details, true)];
        Assert.Equal(expected, PredictionExample.From(leads));
        Assert.Equal(expected, PredictionExample.From(leads.Select(l => l?.ToSnapshot()!)));
    }
}
