namespace LeadDomain.Prediction;

/// <summary>
/// How much a field tells about conversion, by the usual reading of its information value: below 0.02 none, below
/// 0.1 weak, below 0.3 medium, strong above.
/// </summary>
public enum SignalStrength
{
    /// <summary>Information value below 0.02: the field does not separate converted from disqualified leads.</summary>
    None = 0,

    /// <summary>Information value from 0.02 to below 0.1.</summary>
    Weak = 1,

    /// <summary>Information value from 0.1 to below 0.3.</summary>
    Medium = 2,

    /// <summary>Information value of 0.3 or more.</summary>
    Strong = 3,
}
