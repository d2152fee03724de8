using System.Diagnostics;

namespace LeadDomain.Diagnostics;

/// <summary>
/// The activity source of LeadDomain's spans. Static, as .NET's own libraries keep theirs: an
/// <see cref="ActivitySource"/> holds no state of the library, only the listeners the host attached, and starting an
/// activity with no listener costs a check.
/// </summary>
internal static class LeadDomainActivities
{
    private static readonly ActivitySource Source = new(LeadDomainMetrics.ActivitySourceName, typeof(LeadDomainActivities).Assembly.GetName().Version?.ToString());

    /// <summary>Starts a span named <c>LeadDomain.{name}</c>, or returns null when nothing listens.</summary>
    public static Activity? Start(string name) => Source.HasListeners() ? Source.StartActivity(name) : null;
}
