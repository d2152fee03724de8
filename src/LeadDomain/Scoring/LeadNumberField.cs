namespace LeadDomain.Scoring;

/// <summary>The numeric fields of a lead that range rules can test.</summary>
public enum LeadNumberField
{
    /// <summary>The annual revenue's amount.</summary>
    AnnualRevenue = 1,

    /// <summary>The budget's amount (the "B" of BANT).</summary>
    Budget = 2,

    /// <summary>The number of employees.</summary>
    NumberOfEmployees = 3,
}
