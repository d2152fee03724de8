using NodaTime;

namespace LeadDomain.Hosting;

/// <summary>NodaTime's <see cref="IClock"/> over the host's <see cref="TimeProvider"/> (a fake one in tests, for instance).</summary>
/// <param name="time">The host's time provider.</param>
internal sealed class TimeProviderClock(TimeProvider time) : IClock
{
    /// <summary>Gets the time provider read.</summary>
    public TimeProvider Time { get; } = time;

    /// <inheritdoc/>
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(Time.GetUtcNow());
}
