using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>A lead with its score, as the streaming scorers yield them.</summary>
/// <param name="Lead">The lead.</param>
/// <param name="Score">Its score.</param>
public readonly record struct ScoredLead(Lead Lead, LeadScore Score);
