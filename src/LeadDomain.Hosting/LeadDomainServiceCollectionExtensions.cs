using System.Diagnostics.Metrics;
using LeadDomain.Conversion;
using LeadDomain.Diagnostics;
using LeadDomain.FollowUp;
using LeadDomain.Hosting;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LeadDomain's services in a .NET host.</summary>
public static class LeadDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers LeadDomain with options set in code. See <see cref="AddLeadDomain(IServiceCollection, IConfiguration, Action{LeadDomainOptions}?)"/>
    /// for what is registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; Dynamics 365's defaults and no models when null.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddLeadDomain</c> was called before on <paramref name="services"/>.</exception>
#pragma warning disable RS0026 // See the other overload.
    public static IServiceCollection AddLeadDomain(this IServiceCollection services, Action<LeadDomainOptions>? configure = null)
#pragma warning restore RS0026
    {
        ArgumentNullException.ThrowIfNull(services);
        return Add(services, new LeadDomainOptions(), nameof(LeadDomainOptions), configure);
    }

    /// <summary>
    /// Registers LeadDomain with options bound from a configuration section (such as
    /// <c>configuration.GetSection("LeadDomain")</c>), then set in code by <paramref name="configure"/>.
    /// </summary>
    /// <remarks>
    /// <para>Registers, each with <c>TryAdd</c> (a service registered before wins): <see cref="LeadLifecycle"/> (a
    /// thread-safe singleton) reporting to <see cref="LeadDomainMetrics"/> (a singleton on the host's
    /// <see cref="IMeterFactory"/> when it has one, as a generic host does; else on a meter of its own); an <see cref="IClock"/> over the host's <see cref="TimeProvider"/> when one is
    /// registered, else NodaTime's system clock; <see cref="IOptions{TOptions}"/> of <see cref="LeadDomainOptions"/>,
    /// checked when the host starts (<c>ValidateOnStart</c>; without a host, when first resolved), every problem naming
    /// its key (<c>LeadDomain:MaxActivities must be at least 1</c>); and, only when set, a <see cref="ScoringModel"/>,
    /// <see cref="PredictionModel"/> (from code or a model file), <see cref="ConversionMap"/> and
    /// <see cref="FollowUpPolicy"/> singleton.</para>
    /// <para>The options are read once, here: later changes to the configuration or to the object passed to
    /// <paramref name="configure"/> have no effect, and which models are registered is decided here. A model file is
    /// read when the host starts (to check it) and when its model is first resolved.</para>
    /// <para>Call it once per service collection: a second call throws rather than silently keep or replace the first
    /// call's options (calls do not compose). Configure everything in one call.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind: <c>MaxHistoryEntries</c>, <c>MaxActivities</c>,
    /// <c>ScoringModelFile</c>, <c>PredictionModelFile</c>. Policies and models made in code are not read from it.</param>
    /// <param name="configure">Sets options in code after the binding, or null.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddLeadDomain</c> was called before on <paramref name="services"/>.</exception>
#pragma warning disable RS0026 // Two entry points, code alone or configuration then code; both new, so no caller breaks.
    public static IServiceCollection AddLeadDomain(this IServiceCollection services, IConfiguration configuration, Action<LeadDomainOptions>? configure = null)
#pragma warning restore RS0026
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Bound by generated code (EnableConfigurationBindingGenerator) into the settings a file can hold; the
        // policies, lists and models are made in code.
        var settings = new LeadDomainSettings();
        configuration.Bind(settings);
        var options = settings.ToOptions();
        return Add(services, options, (configuration as IConfigurationSection)?.Path is { Length: > 0 } path ? path : nameof(LeadDomainOptions), configure);
    }

    private static IServiceCollection Add(IServiceCollection services, LeadDomainOptions options, string section, Action<LeadDomainOptions>? configure)
    {
        if (services.Any(d => d.ServiceType == typeof(Registered)))
        {
            throw new InvalidOperationException(
                "AddLeadDomain was already called on these services: configure every option in one call, so that no setting is silently dropped.");
        }

        configure?.Invoke(options);
        var frozen = new LeadDomainOptions();
        options.CopyTo(frozen);

        services.AddSingleton<Registered>();
        services.AddOptions<LeadDomainOptions>().Configure(frozen.CopyTo).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeadDomainOptions>>(new LeadDomainOptionsCheck(section)));
        services.TryAddSingleton<IClock>(sp => sp.GetService<TimeProvider>() is { } time ? new TimeProviderClock(time) : DefaultClock());
        services.TryAddSingleton(sp => new LeadDomainMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton(sp =>
        {
            var lifecycle = Options(sp).ToLifecycleOptions();
            lifecycle.Metrics = sp.GetRequiredService<LeadDomainMetrics>();
            return new LeadLifecycle(sp.GetRequiredService<IClock>(), lifecycle);
        });
        if (frozen.ScoringModel is not null || frozen.ScoringModelFile is not null)
        {
            services.TryAddSingleton(sp => Options(sp) is var o && o.ScoringModel is { } model ? model : LeadDomainOptionsCheck.LoadScoringModel(o.ScoringModelFile!));
        }

        if (frozen.PredictionModel is not null || frozen.PredictionModelFile is not null)
        {
            services.TryAddSingleton(sp => Options(sp) is var o && o.PredictionModel is { } model ? model : LeadDomainOptionsCheck.LoadPredictionModel(o.PredictionModelFile!));
        }

        if (frozen.ConversionMap is { } map)
        {
            services.TryAddSingleton(map);
        }

        if (frozen.FollowUpPolicy is { } policy)
        {
            services.TryAddSingleton(policy);
        }

        return services;
    }

    private static LeadDomainOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<LeadDomainOptions>>().Value;

#pragma warning disable RS0030 // The one place the system clock is chosen: the host's default, replaced by registering an IClock or a TimeProvider.
    private static SystemClock DefaultClock() => SystemClock.Instance;
#pragma warning restore RS0030

    /// <summary>Marks a service collection on which <c>AddLeadDomain</c> was called.</summary>
    private sealed class Registered;
}
