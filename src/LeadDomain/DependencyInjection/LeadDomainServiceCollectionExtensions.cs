using Ardalis.GuardClauses;
using LeadDomain.DependencyInjection;
using LeadDomain.Lifecycle;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LeadDomain's services.</summary>
public static class LeadDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="LeadLifecycle"/>, and NodaTime's <see cref="SystemClock"/> as the
    /// <see cref="IClock"/> unless the host registered a clock already. Registrations the host made before are kept
    /// (<c>TryAdd</c>), so calling this twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, such as the qualification policy; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="configure"/> set the qualification policy to null.</exception>
    public static IServiceCollection AddLeadDomain(this IServiceCollection services, Action<LeadDomainOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = new LeadDomainOptions();
        configure?.Invoke(options);
        if (options.QualificationPolicy is null)
        {
            throw new ArgumentException("The qualification policy may not be null; use QualificationPolicy.None to require nothing.", nameof(configure));
        }

        var policy = options.QualificationPolicy;
#pragma warning disable RS0030 // The one place the system clock is chosen: the host's default, replaceable by registering an IClock first.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(sp => new LeadLifecycle(sp.GetRequiredService<IClock>(), policy));
        return services;
    }
}
