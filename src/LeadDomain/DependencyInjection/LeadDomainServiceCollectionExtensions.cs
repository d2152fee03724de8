using Ardalis.GuardClauses;
using LeadDomain.Leads;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LeadDomain's services.</summary>
public static class LeadDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the lead lifecycle (a thread-safe singleton) and, unless one is registered already, the system clock.
    /// Call it once: a second call throws rather than silently keep the first options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the lifecycle's options; Dynamics 365's defaults when null.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="LeadLifecycle(IClock, LeadLifecycleOptions?)"/>).</exception>
    /// <exception cref="InvalidOperationException"><c>AddLeadDomain</c> was called before on <paramref name="services"/>.</exception>
    public static IServiceCollection AddLeadDomain(this IServiceCollection services, Action<LeadLifecycleOptions>? configure = null)
    {
        Guard.Against.Null(services);
        if (services.Any(d => d.ServiceType == typeof(LeadLifecycle)))
        {
            throw new InvalidOperationException(
                "AddLeadDomain was already called on these services: configure every option in one call, so that no setting is silently dropped.");
        }

        var options = new LeadLifecycleOptions();
        configure?.Invoke(options);

        // Copied, so that later changes to the caller's object have no effect, and checked now, where the options
        // enter, rather than when the lifecycle is first resolved.
        var frozen = options.Clone();
#pragma warning disable RS0030 // The one place the system clock is chosen: the host's default, replaceable by registering an IClock first.
        _ = new LeadLifecycle(SystemClock.Instance, frozen);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.AddSingleton(sp => new LeadLifecycle(sp.GetRequiredService<IClock>(), frozen));
        return services;
    }
}
