namespace LeadDomain.Leads;

/// <summary>When the lead expects to buy (the "timeline" of BANT).</summary>
public enum PurchaseTimeframe
{
    /// <summary>Now.</summary>
    Immediate = 1,

    /// <summary>Within the current quarter.</summary>
    ThisQuarter = 2,

    /// <summary>Within the next quarter.</summary>
    NextQuarter = 3,

    /// <summary>Within the current year.</summary>
    ThisYear = 4,

    /// <summary>The lead does not know yet.</summary>
    Unknown = 5,
}
