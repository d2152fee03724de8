using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// An engagement rule: points for each activity of one type within a window before the scoring instant, each
/// decayed by half every <see cref="HalfLife"/> (or not decayed when it is null), and at most <see cref="Cap"/>'s
/// points within each of its periods.
/// </summary>
internal sealed class ActivityRule(string name, ActivityType type, double points, Duration window, Duration? halfLife, ActivityCap? cap)
{
    public string Name { get; } = name;

    public ActivityType Type { get; } = type;

    public double Points { get; } = points;

    public Duration Window { get; } = window;

    public Duration? HalfLife { get; } = halfLife;

    public ActivityCap? Cap { get; } = cap;
}
