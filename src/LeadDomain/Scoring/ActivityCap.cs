using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// A limit on the points one engagement rule gives within a period, as HubSpot caps the points of an event per day:
/// activities are grouped into periods counted back from the scoring instant (the latest period ends at it), and each
/// period's decayed points count at most <see cref="MaxPoints"/> (at least <c>-MaxPoints</c> for a penalty).
/// </summary>
/// <param name="MaxPoints">The most points one period gives; positive and finite.</param>
/// <param name="Period">The period's length, such as one day; at least one tick and at most the rule's window.</param>
public readonly record struct ActivityCap(double MaxPoints, Duration Period);
