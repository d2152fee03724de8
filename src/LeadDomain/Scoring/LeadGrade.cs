namespace LeadDomain.Scoring;

/// <summary>A lead's grade, A best, as Dynamics 365's predictive scoring shows it.</summary>
public enum LeadGrade
{
    /// <summary>The best leads.</summary>
    A = 1,

    /// <summary>Good leads.</summary>
    B = 2,

    /// <summary>Fair leads.</summary>
    C = 3,

    /// <summary>Poor leads.</summary>
    D = 4,
}
