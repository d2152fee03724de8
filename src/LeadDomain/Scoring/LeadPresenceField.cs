namespace LeadDomain.Scoring;

/// <summary>The fields whose presence a fit rule can reward (or penalise).</summary>
public enum LeadPresenceField
{
    /// <summary>At least one phone number.</summary>
    Phone = 1,

    /// <summary>At least one e-mail address.</summary>
    Email = 2,

    /// <summary>A company name.</summary>
    CompanyName = 3,

    /// <summary>A job title.</summary>
    JobTitle = 4,

    /// <summary>A budget (the "B" of BANT).</summary>
    Budget = 5,

    /// <summary>A stated need (the "N" of BANT).</summary>
    StatedNeed = 6,

    /// <summary>A purchase timeframe (the "T" of BANT).</summary>
    PurchaseTimeframe = 7,
}
