namespace LeadDomain.Scoring;

/// <summary>The two groups of points a score adds up, each capped on its own.</summary>
public enum ScoreGroup
{
    /// <summary>Who the lead is: fields such as industry, size, source and the BANT facts.</summary>
    Fit = 1,

    /// <summary>What the lead did: its activity log, decayed with time.</summary>
    Engagement = 2,
}
