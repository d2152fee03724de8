using System.Diagnostics.Metrics;
using LeadDomain.Conversion;
using LeadDomain.Diagnostics;
using LeadDomain.FollowUp;
using LeadDomain.Hosting;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.Hosting;

public sealed class LeadDomainServiceCollectionExtensionsTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Schemas", "Examples");

    [Fact]
    public void Registers_a_singleton_lifecycle_on_the_system_clock_with_the_default_policy_and_no_models()
    {
        using var provider = new ServiceCollection().AddLeadDomain().BuildServiceProvider();

        var lifecycle = provider.GetRequiredService<LeadLifecycle>();

        Assert.Same(lifecycle, provider.GetRequiredService<LeadLifecycle>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(SystemClock.Instance, lifecycle.Clock);
        Assert.Same(QualificationPolicy.Default, lifecycle.QualificationPolicy);
        Assert.Same(LeadCreationPolicy.Dynamics, lifecycle.CreationPolicy);
        Assert.Null(provider.GetService<ScoringModel>());
        Assert.Null(provider.GetService<PredictionModel>());
        Assert.Null(provider.GetService<ConversionMap>());
        Assert.Null(provider.GetService<FollowUpPolicy>());
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
    public void Reads_the_time_from_the_hosts_TimeProvider_when_it_has_one_and_no_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(time).AddLeadDomain().BuildServiceProvider();
        var lifecycle = provider.GetRequiredService<LeadLifecycle>();

        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(Instant.FromUtc(2026, 3, 1, 9, 0), lead.CreatedAt);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 11, 0), provider.GetRequiredService<IClock>().GetCurrentInstant());
    }

    [Fact]
    public void A_registered_clock_wins_over_the_TimeProvider()
    {
        var clock = new FakeClock(Instant.FromUtc(2020, 1, 1, 0, 0));
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider())
            .AddSingleton<IClock>(clock)
            .AddLeadDomain()
            .BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<LeadLifecycle>().Clock);
    }

    [Fact]
    public void Uses_the_options_set_in_code_and_refuses_a_second_call_rather_than_drop_it()
    {
        var policy = QualificationPolicy.Default.Require("has a budget", l => l.Details.Budget is not null);
        var webinar = ActivityType.Define(100, "Webinar Attended");
        var options = new LeadDomainOptions();
        var followUp = FollowUpPolicy.CreateBuilder().Build();
        var services = new ServiceCollection().AddLeadDomain(o =>
        {
            o.QualificationPolicy = policy;
            o.ActivityTypes.Add(webinar);
            o.ConversionMap = ConversionMap.Default;
            o.FollowUpPolicy = followUp;
            options = o;
        });

        // A change made after registration has no effect: the options were copied when they entered.
        options.QualificationPolicy = QualificationPolicy.Reachable;
        var error = Assert.Throws<InvalidOperationException>(() => services.AddLeadDomain());
        using var provider = services.BuildServiceProvider();

        Assert.Contains("already called", error.Message, StringComparison.Ordinal);
        Assert.Same(policy, provider.GetRequiredService<LeadLifecycle>().QualificationPolicy);
        Assert.Contains(webinar, provider.GetRequiredService<LeadLifecycle>().ActivityTypes);
        Assert.Same(ConversionMap.Default, provider.GetRequiredService<ConversionMap>());
        Assert.Same(followUp, provider.GetRequiredService<FollowUpPolicy>());
        Assert.Single(services, d => d.ServiceType == typeof(LeadLifecycle));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void Binds_the_numbers_and_the_model_files_from_configuration_then_applies_the_code()
    {
        var configuration = Configuration(new()
        {
            ["LeadDomain:MaxActivities"] = "500",
            ["LeadDomain:MaxHistoryEntries"] = "50",
            ["LeadDomain:ScoringModelFile"] = Path.Combine(Examples, "scoring-model.json"),
            ["LeadDomain:PredictionModelFile"] = Path.Combine("Schemas", "Examples", "prediction-naive-bayes.json"),
        });
        using var provider = new ServiceCollection()
            .AddLeadDomain(configuration.GetSection("LeadDomain"), o => o.MaxHistoryEntries = 60)
            .BuildServiceProvider();

        Validate(provider);
        var lifecycle = provider.GetRequiredService<LeadLifecycle>();

        Assert.Equal(500, lifecycle.MaxActivities);
        Assert.Equal(60, lifecycle.MaxHistoryEntries);
        Assert.Equal(
            ScoringModelJson.Write(ScoringModelJson.Parse(File.ReadAllText(Path.Combine(Examples, "scoring-model.json")))),
            ScoringModelJson.Write(provider.GetRequiredService<ScoringModel>()));
        Assert.Same(provider.GetRequiredService<PredictionModel>(), provider.GetRequiredService<PredictionModel>());
        Assert.Equal(500, provider.GetRequiredService<IOptions<LeadDomainOptions>>().Value.MaxActivities);
    }

    [Fact]
    public void Registers_models_made_in_code()
    {
        var model = ScoringModel.CreateBuilder().Build();
        using var provider = new ServiceCollection().AddLeadDomain(o => o.ScoringModel = model).BuildServiceProvider();

        Validate(provider);

        Assert.Same(model, provider.GetRequiredService<ScoringModel>());
    }

    [Fact]
    public void Bad_options_fail_at_start_each_naming_its_configuration_key()
    {
        var configuration = Configuration(new()
        {
            ["App:LeadDomain:MaxActivities"] = "0",
            ["App:LeadDomain:MaxHistoryEntries"] = "1",
            ["App:LeadDomain:ScoringModelFile"] = "no-such-model.json",
        });
        var services = new ServiceCollection().AddLeadDomain(configuration.GetSection("App:LeadDomain"), o => o.PredictionModel = null);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => Validate(provider));

        Assert.Contains(error.Failures, f => f.StartsWith("App:LeadDomain:MaxActivities must be at least 1", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("App:LeadDomain:MaxHistoryEntries must be at least 2", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("App:LeadDomain:ScoringModelFile: 'no-such-model.json' cannot be read", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<LeadLifecycle>());
    }

    [Fact]
    public void An_invalid_model_file_fails_at_start_with_its_problems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leaddomain-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "version": 1, "fit": "x" }""");
        try
        {
            using var provider = new ServiceCollection()
                .AddLeadDomain(Configuration(new() { ["LeadDomain:ScoringModelFile"] = path }).GetSection("LeadDomain"))
                .BuildServiceProvider();

            var error = Assert.Throws<OptionsValidationException>(() => Validate(provider));

            var failure = Assert.Single(error.Failures);
            Assert.StartsWith($"LeadDomain:ScoringModelFile: '{path}' is not a valid model file: ", failure, StringComparison.Ordinal);
            Assert.Contains("$.fit", failure, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Options_set_in_code_are_checked_at_start_too_and_named_by_the_options_type()
    {
        using var duplicateTypes = new ServiceCollection().AddLeadDomain(o =>
        {
            o.ActivityTypes.Add(ActivityType.Define(100, "A"));
            o.ActivityTypes.Add(ActivityType.Define(100, "B"));
        }).BuildServiceProvider();
        using var nullPolicy = new ServiceCollection().AddLeadDomain(o => o.QualificationPolicy = null!).BuildServiceProvider();
        using var both = new ServiceCollection().AddLeadDomain(o =>
        {
            o.ScoringModel = ScoringModel.CreateBuilder().Build();
            o.ScoringModelFile = "scoring.json";
        }).BuildServiceProvider();

        Assert.StartsWith("LeadDomainOptions: ", Assert.Single(Assert.Throws<OptionsValidationException>(() => Validate(duplicateTypes)).Failures), StringComparison.Ordinal);
        Assert.Contains("QualificationPolicy", Assert.Single(Assert.Throws<OptionsValidationException>(() => Validate(nullPolicy)).Failures), StringComparison.Ordinal);
        Assert.Equal(
            "LeadDomainOptions:ScoringModelFile is set beside a ScoringModel set in code: keep one of them.",
            Assert.Single(Assert.Throws<OptionsValidationException>(() => Validate(both)).Failures));
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        var configuration = Configuration(new());

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => LeadDomainServiceCollectionExtensions.AddLeadDomain(null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => LeadDomainServiceCollectionExtensions.AddLeadDomain(null!, configuration)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddLeadDomain((IConfiguration)null!)).ParamName);
    }

    [Fact]
    public void A_configuration_root_is_named_by_the_options_type_and_unset_numbers_keep_their_defaults()
    {
        var root = Configuration(new() { ["MaxActivities"] = "0" });
        using var wrong = new ServiceCollection().AddLeadDomain(root).BuildServiceProvider();
        using var empty = new ServiceCollection().AddLeadDomain(Configuration(new())).BuildServiceProvider();

        Assert.Equal(
            "LeadDomainOptions:MaxActivities must be at least 1.",
            Assert.Single(Assert.Throws<OptionsValidationException>(() => Validate(wrong)).Failures));
        Validate(empty);
        Assert.Equal(1_000, empty.GetRequiredService<LeadLifecycle>().MaxHistoryEntries);
        Assert.Equal(10_000, empty.GetRequiredService<LeadLifecycle>().MaxActivities);
        Assert.Null(empty.GetService<ScoringModel>());
        Assert.Null(empty.GetService<PredictionModel>());
    }

    [Fact]
    public void The_configure_callback_may_be_left_out_with_a_configuration()
    {
        using var provider = new ServiceCollection()
            .AddLeadDomain(Configuration(new() { ["LeadDomain:MaxActivities"] = "7" }).GetSection("LeadDomain"))
            .BuildServiceProvider();

        Assert.Equal(7, provider.GetRequiredService<LeadLifecycle>().MaxActivities);
    }

    [Fact]
    public void Registers_a_prediction_model_made_in_code_and_the_hosts_reasons_and_types()
    {
        var model = PredictionModelJson.Parse(File.ReadAllBytes(Path.Combine(Examples, "prediction-naive-bayes.json")));
        var reason = DisqualificationReason.Define(20, "Budget Cut");
        var type = ActivityType.Define(100, "Webinar Attended");
        using var provider = new ServiceCollection().AddLeadDomain(o =>
        {
            o.PredictionModel = model;
            o.DisqualificationReasons.Add(reason);
            o.ActivityTypes.Add(type);
            o.CreationPolicy = LeadCreationPolicy.Lenient;
            o.MaxActivities = 3;
            o.MaxHistoryEntries = 4;
        }).BuildServiceProvider();

        Validate(provider);
        var lifecycle = provider.GetRequiredService<LeadLifecycle>();

        Assert.Same(model, provider.GetRequiredService<PredictionModel>());
        Assert.Null(provider.GetService<ScoringModel>());
        Assert.Contains(reason, lifecycle.DisqualificationReasons);
        Assert.Contains(type, lifecycle.ActivityTypes);
        Assert.Same(LeadCreationPolicy.Lenient, lifecycle.CreationPolicy);
        Assert.Equal(3, lifecycle.MaxActivities);
        Assert.Equal(4, lifecycle.MaxHistoryEntries);
        Assert.Same(provider.GetRequiredService<IOptions<LeadDomainOptions>>().Value.PredictionModel, model);
    }

    [Fact]
    public void The_lifecycle_reports_to_the_registered_metrics_on_the_hosts_meter_factory()
    {
        var services = new ServiceCollection().AddMetrics().AddLeadDomain();
        using var provider = services.BuildServiceProvider();

        var metrics = provider.GetRequiredService<LeadDomainMetrics>();

        Assert.Same(metrics, provider.GetRequiredService<LeadLifecycle>().Metrics);
        Assert.Same(metrics, provider.GetRequiredService<LeadDomainMetrics>());
        Assert.Same(provider.GetRequiredService<IMeterFactory>(), metrics.Meter.Scope);
    }

    [Fact]
    public void Services_the_host_registered_first_win()
    {
        var lifecycle = new LeadLifecycle(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        var model = ScoringModel.CreateBuilder().Build();
        var map = ConversionMap.Default;
        var policy = FollowUpPolicy.CreateBuilder().Build();
        using var provider = new ServiceCollection()
            .AddSingleton(lifecycle)
            .AddSingleton(model)
            .AddSingleton(map)
            .AddSingleton(policy)
            .AddLeadDomain(o =>
            {
                o.ScoringModel = ScoringModel.CreateBuilder().Build();
                o.ConversionMap = ConversionMap.Default;
                o.FollowUpPolicy = FollowUpPolicy.CreateBuilder().Build();
            })
            .BuildServiceProvider();

        Assert.Same(lifecycle, provider.GetRequiredService<LeadLifecycle>());
        Assert.Same(model, provider.GetRequiredService<ScoringModel>());
        Assert.Same(policy, provider.GetRequiredService<FollowUpPolicy>());
        Assert.Single(provider.GetServices<ScoringModel>());
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>What a host does when it starts: runs the checks registered by ValidateOnStart.</summary>
    private static void Validate(ServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();
}
