namespace LeadDomain.Analytics;

/// <summary>The length of the periods a funnel report counts by, in the report's calendar.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days.</summary>
    Day = 1,

    /// <summary>Calendar months (for example Farvardin 1405 in the Persian calendar).</summary>
    Month = 2,

    /// <summary>Calendar years.</summary>
    Year = 3,
}
