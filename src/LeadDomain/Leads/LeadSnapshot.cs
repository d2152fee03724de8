using System.Collections.Immutable;
using NodaTime;

namespace LeadDomain.Leads;

/// <summary>
/// A lead written out as a plain record, for the host to store however it likes (a document, columns, JSON) and to
/// hand back to <see cref="LeadLifecycle.Restore"/>. <see cref="State"/> and <see cref="StatusReason"/> are both kept,
/// as Dynamics 365 keeps its status and status reason columns, and restoring checks that they agree.
/// </summary>
/// <remarks>
/// With System.Text.Json, configure NodaTime's converters (NodaTime.Serialization.SystemTextJson:
/// <c>options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)</c>) for the <see cref="Instant"/>s. Two snapshots are
/// equal when every field is equal, history entries included.
/// </remarks>
public sealed record LeadSnapshot
{
    /// <summary>Gets the lead's id.</summary>
    public LeadId Id { get; init; }

    /// <summary>Gets the lead's details.</summary>
    public LeadDetails Details { get; init; } = new();

    /// <summary>Gets the lead's state.</summary>
    public LeadState State { get; init; }

    /// <summary>Gets the lead's status reason; it must belong to <see cref="State"/>.</summary>
    public LeadStatusReason StatusReason { get; init; }

    /// <summary>Gets what the lead was converted into; present exactly when <see cref="State"/> is Converted.</summary>
    public LeadConversion? Conversion { get; init; }

    /// <summary>Gets the status history, oldest first, starting with the creation entry.</summary>
    public IReadOnlyList<StatusChange> History { get; init; } = ImmutableArray<StatusChange>.Empty;

    /// <summary>Gets the activity log, in the order activities were logged.</summary>
    public IReadOnlyList<LeadActivity> Activities { get; init; } = ImmutableArray<LeadActivity>.Empty;

    /// <summary>Gets when the lead was created.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>Gets when the lead last changed.</summary>
    public Instant ModifiedAt { get; init; }

    /// <summary>Gets the lead's version, 1 or more.</summary>
    public long Version { get; init; }

    /// <summary>Gets a value indicating whether a user set the rating by hand; it requires a rating.</summary>
    public bool IsRatingSetByHand { get; init; }

    /// <summary>
    /// Gets the lead this one was merged into (<see cref="Lead.MasterId"/>), or null. A merged lead is Disqualified
    /// (Canceled), and its last status change is the merge.
    /// </summary>
    public LeadId? MasterId { get; init; }

    /// <inheritdoc />
    public bool Equals(LeadSnapshot? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Equals(Details, other.Details)
                && State == other.State
                && StatusReason == other.StatusReason
                && Equals(Conversion, other.Conversion)
                && ValueEquality.SameItems(History, other.History)
                && ValueEquality.SameItems(Activities, other.Activities)
                && CreatedAt == other.CreatedAt
                && ModifiedAt == other.ModifiedAt
                && Version == other.Version
                && IsRatingSetByHand == other.IsRatingSetByHand
                && MasterId == other.MasterId));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, StatusReason, Version, ModifiedAt);
}
