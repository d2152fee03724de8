namespace LeadDomain.Leads;

/// <summary>
/// The broad channel a lead came from (not a specific campaign). The values are Dynamics 365's lead source set.
/// </summary>
public enum LeadSource
{
    /// <summary>An advertisement.</summary>
    Advertisement = 1,

    /// <summary>A referral by one of the company's employees.</summary>
    EmployeeReferral = 2,

    /// <summary>A referral from outside the company.</summary>
    ExternalReferral = 3,

    /// <summary>A partner.</summary>
    Partner = 4,

    /// <summary>Public relations.</summary>
    PublicRelations = 5,

    /// <summary>A seminar.</summary>
    Seminar = 6,

    /// <summary>A trade show.</summary>
    TradeShow = 7,

    /// <summary>The web, such as a web form.</summary>
    Web = 8,

    /// <summary>Word of mouth.</summary>
    WordOfMouth = 9,

    /// <summary>Any other channel.</summary>
    Other = 10,
}
