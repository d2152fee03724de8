using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>Facts about the shipped leads.csv (see Data/ATTRIBUTION.md).</summary>
public static class ShippedLeads
{
    /// <summary>Gets the day the shipped set describes: its activity lies in the 8 weeks before it (derive_leads.py's AS_OF).</summary>
    public static Instant AsOf { get; } = Instant.FromUtc(2026, 11, 30, 18, 0);
}
