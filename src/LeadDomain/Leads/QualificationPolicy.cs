using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace LeadDomain.Leads;

/// <summary>
/// What an open lead must satisfy before it can be qualified: an immutable list of
/// <see cref="QualificationRequirement"/>s, each a guard on the Qualify transition.
/// </summary>
/// <example>
/// <code>
/// var policy = QualificationPolicy.Default
///     .Require("has a budget", lead => lead.Details.Budget is not null);
/// </code>
/// </example>
public sealed class QualificationPolicy
{
    private QualificationPolicy(ImmutableArray<QualificationRequirement> requirements) => Requirements = requirements;

    /// <summary>
    /// Gets the default policy, Dynamics 365's: no requirement, so any open lead can be qualified (<c>QualifyLead</c>
    /// asks nothing of the lead; it creates the account, contact and opportunity the lead has data for).
    /// </summary>
    public static QualificationPolicy Default { get; } = new([]);

    /// <summary>
    /// Gets a stricter, opt-in business rule: the lead names an organisation or a person ("has a company or last name")
    /// and there is a way to reach the person ("has an e-mail or phone"). Extend it or <see cref="Default"/> with <see cref="Require(string, Func{Lead, bool})"/>.
    /// </summary>
    public static QualificationPolicy Reachable { get; } = Default
        .Require("has a company or last name", lead => lead.Details.CompanyName is not null || lead.Details.LastName is not null)
        .Require("has an e-mail or phone", lead => lead.Details.Emails.Count > 0 || lead.Details.HasPhone);

    /// <summary>Gets the requirements, in the order they were added.</summary>
    public IReadOnlyList<QualificationRequirement> Requirements { get; }

    /// <summary>Returns a policy with one more requirement; this policy is unchanged.</summary>
    /// <param name="description">What the requirement asks; unique within the policy.</param>
    /// <param name="isMet">Tells whether a lead meets it. It must not change the lead and must not throw.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="isMet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty, white space, or already used in this policy.</exception>
    public QualificationPolicy Require(string description, Func<Lead, bool> isMet) =>
        Require(new QualificationRequirement(description, isMet));

    /// <summary>Returns a policy with one more requirement; this policy is unchanged.</summary>
    /// <param name="requirement">The requirement; its description must be unique within the policy.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy already has a requirement with the same description.</exception>
    public QualificationPolicy Require(QualificationRequirement requirement)
    {
        Guard.Against.Null(requirement);
        foreach (var existing in Requirements)
        {
            if (string.Equals(existing.Description, requirement.Description, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The policy already has a requirement '{requirement.Description}'; descriptions explain unmet guards, so they must differ.",
                    nameof(requirement));
            }
        }

        return new QualificationPolicy(((ImmutableArray<QualificationRequirement>)Requirements).Add(requirement));
    }
}
