using LeadDomain.Hosting;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace LeadDomain.Tests.Hosting;

public sealed class TimeProviderClockTests
{
    [Fact]
    public void Reads_the_providers_time_each_time_it_is_asked()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        var clock = new TimeProviderClock(time);

        Assert.Same(time, clock.Time);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 7, 0), clock.GetCurrentInstant());
        time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 7, 0) + Duration.FromTicks(1), clock.GetCurrentInstant());
    }
}
