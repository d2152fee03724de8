using LeadDomain.Leads;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.DependencyInjection;

public sealed class AddLeadDomainTests
{
    [Fact]
    public void Registers_a_singleton_lifecycle_on_the_system_clock_with_the_default_policy()
    {
        using var provider = new ServiceCollection().AddLeadDomain().BuildServiceProvider();

        var lifecycle = provider.GetRequiredService<LeadLifecycle>();

        Assert.Same(lifecycle, provider.GetRequiredService<LeadLifecycle>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(SystemClock.Instance, lifecycle.Clock);
        Assert.Same(QualificationPolicy.Default, lifecycle.QualificationPolicy);
        Assert.Same(LeadCreationPolicy.Dynamics, lifecycle.CreationPolicy);
    }

    [Fact]
    public void Keeps_a_clock_the_host_registered_first()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddLeadDomain().BuildServiceProvider();

        var lead = provider.GetRequiredService<LeadLifecycle>().Create(TestLeads.Qualifiable, "ali");

        Assert.Equal(clock.GetCurrentInstant(), lead.CreatedAt);
    }

    [Fact]
    public void Uses_the_configured_options_and_refuses_a_second_call_rather_than_drop_it()
    {
        var policy = QualificationPolicy.Default.Require("has a budget", l => l.Details.Budget is not null);
        var webinar = ActivityType.Define(100, "Webinar Attended");
        var options = new LeadLifecycleOptions();
        var services = new ServiceCollection().AddLeadDomain(o =>
        {
            o.QualificationPolicy = policy;
            o.ActivityTypes.Add(webinar);
            options = o;
        });

        // A change made after registration has no effect: the options were copied when they entered.
        options.QualificationPolicy = QualificationPolicy.Reachable;
        var error = Assert.Throws<InvalidOperationException>(() => services.AddLeadDomain());
        using var provider = services.BuildServiceProvider();

        Assert.Contains("already called", error.Message, StringComparison.Ordinal);
        Assert.Same(policy, provider.GetRequiredService<LeadLifecycle>().QualificationPolicy);
        Assert.Contains(webinar, provider.GetRequiredService<LeadLifecycle>().ActivityTypes);
        Assert.Single(services, d => d.ServiceType == typeof(LeadLifecycle));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void Invalid_options_are_refused_where_they_enter()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLeadDomain(o => o.MaxActivities = 0));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLeadDomain(o =>
        {
            o.ActivityTypes.Add(ActivityType.Define(100, "A"));
            o.ActivityTypes.Add(ActivityType.Define(100, "B"));
        }));
    }

    [Fact]
    public void Rejects_a_null_policy_and_a_null_collection()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLeadDomain(o => o.QualificationPolicy = null!));
        Assert.Throws<ArgumentNullException>(() => LeadDomainServiceCollectionExtensions.AddLeadDomain(null!));
    }
}
