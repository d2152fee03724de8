using System.Diagnostics.Metrics;
using LeadDomain.Diagnostics;
using LeadDomain.Leads;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace LeadDomain.Tests.Leads;

/// <summary>The machine a lifecycle keeps per thread: bound for one call, free again after it, and what it reports.</summary>
public sealed class LifecycleMachineTests
{
    [Fact]
    public void After_every_kind_of_call_the_threads_machine_is_free_and_reused()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle);
        var machine = lifecycle.Machine;

        lead.MarkContacted("ali");
        Assert.False(machine.IsBusy);
        lead.CanFire(LeadTrigger.Qualify);
        Assert.False(machine.IsBusy);
        Assert.Throws<InvalidLeadTransitionException>(() => lead.MarkConverted(new LeadConversion("a", null, null), "ali"));
        Assert.False(machine.IsBusy);
        lead.Disqualify("ali");
        Assert.False(machine.IsBusy);
        Assert.Same(machine, lifecycle.Machine);
    }

    [Fact]
    public void Each_trigger_is_counted_by_name_and_a_conversion_once()
    {
        using var metrics = new LeadDomainMetrics();
        using var transitions = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.transitions");
        using var conversions = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.conversions");
        using var refusals = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.refusals");
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, Metrics = metrics });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var other = lifecycle.Create(TestLeads.Qualifiable, "ali");

        lead.Disqualify("ali");
        Assert.Throws<InvalidLeadTransitionException>(() => lead.MarkConverted(new LeadConversion("a", null, null), "ali"));
        lead.Reactivate("ali");
        lead.Qualify("ali");
        lead.MarkConverted(new LeadConversion("a", null, null), "ali");
        lifecycle.Merge([other, lifecycle.Create(TestLeads.Qualifiable, "ali")], "ali", new LeadMergeOptions { Master = other.Id });

        Assert.Equal(
            ["Disqualify applied", "Convert refused", "Reactivate applied", "Qualify applied", "Convert applied", "Merge applied"],
            transitions.GetMeasurementSnapshot().Select(m => $"{m.Tags["leaddomain.trigger"]} {m.Tags["leaddomain.outcome"]}"));
        Assert.Equal(1, Assert.Single(conversions.GetMeasurementSnapshot()).Value);
        var refusal = Assert.Single(refusals.GetMeasurementSnapshot());
        Assert.Equal(("Convert", nameof(InvalidLeadTransitionException)), (refusal.Tags["leaddomain.trigger"], refusal.Tags["leaddomain.refusal"]));
    }

    [Fact]
    public void A_refused_trigger_without_a_parameter_is_counted_as_refused_with_its_reason()
    {
        using var metrics = new LeadDomainMetrics();
        using var transitions = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.transitions");
        using var refusals = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.refusals");
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, Metrics = metrics });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");

        Assert.Throws<InvalidLeadTransitionException>(() => lead.Reactivate("ali"));

        Assert.Equal(["Reactivate refused"], transitions.GetMeasurementSnapshot().Select(m => $"{m.Tags["leaddomain.trigger"]} {m.Tags["leaddomain.outcome"]}"));
        var refusal = Assert.Single(refusals.GetMeasurementSnapshot());
        Assert.Equal(("Reactivate", nameof(InvalidLeadTransitionException)), (refusal.Tags["leaddomain.trigger"], refusal.Tags["leaddomain.refusal"]));
    }

    [Fact]
    public void An_argument_refused_before_the_machine_is_asked_is_not_counted()
    {
        using var metrics = new LeadDomainMetrics();
        using var transitions = new MetricCollector<long>(metrics.Meter, "leaddomain.lead.transitions");
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, Metrics = metrics });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");

        Assert.Throws<ArgumentException>(() => lead.Disqualify(" "));

        Assert.Empty(transitions.GetMeasurementSnapshot());
    }
}
