using NodaTime;

namespace LeadDomain.Leads;

/// <summary>
/// Other leads were merged into this one, the master: it took their values where it had none (or where the caller chose
/// theirs) and their activities it did not have. Its status does not change.
/// </summary>
/// <param name="LeadId">The master.</param>
/// <param name="Version">The master's version after the merge: one more for the merge, and one more per activity taken over.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="ActingUser">Who merged.</param>
/// <param name="Subordinates">The leads merged into it, in the order given; each raised <see cref="LeadMergedInto"/>.</param>
/// <param name="Details">The master's details after the merge.</param>
public sealed record LeadMerged(LeadId LeadId, long Version, Instant OccurredAt, string ActingUser, IReadOnlyList<LeadId> Subordinates, LeadDetails Details)
    : LeadEvent(LeadId, Version, OccurredAt, ActingUser)
{
    /// <summary>Tells whether <paramref name="other"/> is the same event: the same master, version, instant, user and details, and the same subordinates in the same order.</summary>
    /// <param name="other">The event to compare with.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(LeadMerged? other) =>
        base.Equals(other)
        && other is not null
        && ValueEquality.SameItems(Subordinates, other.Subordinates)
        && Equals(Details, other.Details);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Subordinates?.Count, Details);
}
