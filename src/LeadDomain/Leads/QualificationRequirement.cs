using Ardalis.GuardClauses;

namespace LeadDomain.Leads;

/// <summary>One condition a lead must meet to be qualified, with the description that explains it when unmet.</summary>
public sealed class QualificationRequirement
{
    private readonly Func<Lead, bool> _isMet;

    /// <summary>Creates a requirement.</summary>
    /// <param name="description">What the requirement asks, such as "has a company or last name"; shown in the lifecycle
    /// diagram and in the reasons an operation is not permitted.</param>
    /// <param name="isMet">Tells whether a lead meets the requirement. It must not change the lead and must not throw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="isMet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    public QualificationRequirement(string description, Func<Lead, bool> isMet)
    {
        Description = Guard.Against.NullOrWhiteSpace(description);
        _isMet = Guard.Against.Null(isMet);
    }

    /// <summary>Gets what the requirement asks.</summary>
    public string Description { get; }

    /// <summary>Tells whether <paramref name="lead"/> meets the requirement.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns><see langword="true"/> when the requirement is met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public bool IsMetBy(Lead lead) => _isMet(Guard.Against.Null(lead));

    /// <inheritdoc />
    public override string ToString() => Description;
}
