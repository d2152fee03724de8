namespace LeadDomain.Analytics;

/// <summary>The stages of the lead funnel, in order.</summary>
public enum FunnelStage
{
    /// <summary>Open, not contacted yet.</summary>
    New = 1,

    /// <summary>Open and contacted.</summary>
    Contacted = 2,

    /// <summary>Qualified, not converted yet.</summary>
    Qualified = 3,

    /// <summary>Converted into account, contact and opportunity.</summary>
    Converted = 4,
}
