namespace LeadDomain.Leads;

/// <summary>The lead's "thermometer": how likely it is to become business.</summary>
public enum LeadRating
{
    /// <summary>Likely to become business soon: follow up first.</summary>
    Hot = 1,

    /// <summary>Interested, but not yet ready.</summary>
    Warm = 2,

    /// <summary>Unlikely to become business soon.</summary>
    Cold = 3,
}
