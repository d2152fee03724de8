using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>A lead's score at one instant.</summary>
/// <param name="Total">The total, 0 to 100: the capped fit and engagement points over the sum of the caps.</param>
/// <param name="Fit">The fit points after the cap (0 to the fit cap).</param>
/// <param name="Engagement">The decayed engagement points after the cap (0 to the engagement cap).</param>
/// <param name="Rating">The rating the total earns.</param>
/// <param name="Grade">The grade the total earns.</param>
public readonly record struct LeadScore(int Total, double Fit, double Engagement, LeadRating Rating, LeadGrade Grade);
