using LeadDomain.Lifecycle;

namespace LeadDomain.DependencyInjection;

/// <summary>Options for <c>services.AddLeadDomain(...)</c>.</summary>
public sealed class LeadDomainOptions
{
    /// <summary>Gets or sets what a lead must satisfy to be qualified. Defaults to <see cref="QualificationPolicy.Default"/>.</summary>
    public QualificationPolicy QualificationPolicy { get; set; } = QualificationPolicy.Default;
}
