using NodaTime;

namespace LeadDomain.Analytics;

/// <summary>
/// What happened in one period, each event counted in the period of its own instant: leads created, contacted,
/// qualified, converted, disqualified.
/// </summary>
/// <param name="Start">The period's first day, in the report's calendar.</param>
/// <param name="End">The first day after the period.</param>
/// <param name="Created">Leads created.</param>
/// <param name="Contacted">Leads marked contacted.</param>
/// <param name="Qualified">Leads qualified.</param>
/// <param name="Converted">Leads converted.</param>
/// <param name="Disqualified">Leads disqualified.</param>
public readonly record struct PeriodCounts(
    LocalDate Start, LocalDate End, long Created, long Contacted, long Qualified, long Converted, long Disqualified);
