using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using LeadDomain.Lifecycle;
using NodaTime;

namespace LeadDomain.Leads;

/// <summary>
/// A sales lead: a person or organisation that has shown first interest, taken through qualification to conversion
/// or disqualification. The aggregate root: every change goes through its methods, is checked against the
/// <see cref="LeadLifecycle"/>, bumps <see cref="Version"/> by one, and raises one <see cref="LeadEvent"/>.
/// </summary>
/// <remarks>
/// Create a lead with <see cref="LeadLifecycle.Create"/> and restore a stored one with <see cref="LeadLifecycle.Restore"/>.
/// An operation that is not permitted throws <see cref="InvalidLeadTransitionException"/>, and an operation given bad
/// arguments throws an <see cref="ArgumentException"/>; either way the lead is left exactly as it was: details,
/// status, version, history and pending events. Arguments are checked before the lifecycle is asked, so bad arguments
/// throw the <see cref="ArgumentException"/> whatever the state. A lead is not thread-safe: one writer at a time, as
/// with any aggregate.
/// </remarks>
public sealed class Lead
{
    private readonly LeadLifecycle _lifecycle;
    private readonly List<LeadEvent> _events;
    private readonly ReadOnlyCollection<LeadEvent> _eventsView;
    private ImmutableArray<StatusChange> _history;
    // The activity log is appended to far more often than the history (web visits, opened e-mails): it grows in a
    // buffer of doubling capacity, so that logging n activities costs O(n), not the O(n²) of copying an immutable
    // array on every append. The immutable form that Activities and snapshots share is made when first read after a
    // change, and kept until the next.
    private LeadActivity[]? _activityBuffer;
    private int _activityCount;
    private ImmutableArray<LeadActivity> _activities;

    // Boxed once per change, so that reading History or Activities allocates nothing.
    private IReadOnlyList<StatusChange> _historyView;
    private IReadOnlyList<LeadActivity>? _activitiesView;
    private LeadDetails _details;

    private Lead(
        LeadLifecycle lifecycle,
        LeadId id,
        LeadDetails details,
        LeadStatusReason statusReason,
        LeadConversion? conversion,
        ImmutableArray<StatusChange> history,
        ImmutableArray<LeadActivity> activities,
        Instant createdAt,
        Instant modifiedAt,
        long version,
        bool isRatingSetByHand)
    {
        _lifecycle = lifecycle;
        _events = [];
        _eventsView = _events.AsReadOnly();
        _history = history;
        _historyView = history;
        _activities = activities;
        _activitiesView = activities;
        Id = id;
        Details = details;
        StatusReason = statusReason;
        Conversion = conversion;
        CreatedAt = createdAt;
        ModifiedAt = modifiedAt;
        Version = version;
        IsRatingSetByHand = isRatingSetByHand;
    }

    /// <summary>Gets the lead's id.</summary>
    public LeadId Id { get; }

    /// <summary>Gets the lead's details, in the form they are stored (trimmed, with a topic).</summary>
    public LeadDetails Details
    {
        get => _details;
        [MemberNotNull(nameof(_details))]
        private set
        {
            _details = value;
            FoldedText = FoldedLeadText.For(value, FoldedText);
        }
    }

    /// <summary>Gets the folded form of <see cref="Details"/>' short texts; null when they are all ASCII.</summary>
    internal FoldedLeadText? FoldedText { get; private set; }

    /// <summary>Gets what the lead is about: the topic given, or the one composed from the company, name and source.</summary>
    public string Topic => Details.Topic!;

    /// <summary>
    /// Gets a value indicating whether a user set the rating by hand (at creation or through <see cref="Edit"/>). While true,
    /// <see cref="ApplyComputedRating"/> leaves the rating alone; an edit that clears the rating hands it back to scoring.
    /// </summary>
    public bool IsRatingSetByHand { get; private set; }

    /// <summary>Gets the lead's state: Open, Qualified, Disqualified or Converted.</summary>
    public LeadState State => LeadStatus.StateOf(StatusReason);

    /// <summary>Gets the lead's status reason: New or Contacted while open, the reason while disqualified.</summary>
    public LeadStatusReason StatusReason { get; private set; }

    /// <summary>Gets why the lead was disqualified, or null when it is not disqualified.</summary>
    public DisqualificationReason? DisqualificationReason => LeadStatus.ToDisqualificationReason(StatusReason);

    /// <summary>Gets what the lead was converted into, or null when it is not converted.</summary>
    public LeadConversion? Conversion { get; private set; }

    /// <summary>Gets the status history, oldest first; the first entry records the creation (its <c>From</c> is null).</summary>
    public IReadOnlyList<StatusChange> History => _historyView;

    /// <summary>Gets the activity log, in the order activities were logged; it feeds engagement scoring.</summary>
    public IReadOnlyList<LeadActivity> Activities => _activitiesView ??= FrozenActivities();

    /// <summary>Gets the activity log as a span, for scoring without allocation.</summary>
    internal ReadOnlySpan<LeadActivity> ActivitySpan =>
        _activityBuffer is null ? _activities.AsSpan() : _activityBuffer.AsSpan(0, _activityCount);

    /// <summary>Gets when the lead was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when the lead last changed.</summary>
    public Instant ModifiedAt { get; private set; }

    /// <summary>
    /// Gets the lead's version: 1 when created, one more after every successful change. Store it and compare it to
    /// detect concurrent edits (optimistic concurrency).
    /// </summary>
    public long Version { get; private set; }

    /// <summary>
    /// Gets the events raised since the lead was created or restored, or since the last <see cref="DrainEvents"/>: a
    /// live read-only view that grows with later operations; <see cref="DrainEvents"/> returns a copy.
    /// </summary>
    public IReadOnlyList<LeadEvent> PendingEvents => _eventsView;

    /// <summary>Records that the person was reached: status reason New becomes Contacted.</summary>
    /// <param name="actingUser">Who reached the person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not Open with status reason New.</exception>
    public void MarkContacted(string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        var (version, at) = Transition(LeadTrigger.MarkContacted, null, actingUser);
        _events.Add(new LeadContacted(Id, version, at, actingUser));
    }

    /// <summary>Qualifies an open lead.</summary>
    /// <param name="actingUser">Who qualifies the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open, or it does not meet the lifecycle's
    /// <see cref="QualificationPolicy"/> (the exception lists the unmet requirements).</exception>
    public void Qualify(string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        var (version, at) = Transition(LeadTrigger.Qualify, null, actingUser);
        _events.Add(new LeadQualified(Id, version, at, actingUser));
    }

    /// <summary>Disqualifies an open lead, keeping its details so that it can be reactivated later.</summary>
    /// <param name="reason">Why the lead is disqualified.</param>
    /// <param name="actingUser">Who disqualifies the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="reason"/> is not a defined reason.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open.</exception>
    public void Disqualify(DisqualificationReason reason, string actingUser)
    {
        Guard.Against.EnumOutOfRange(reason);
        Guard.Against.NullOrWhiteSpace(actingUser);
        var (version, at) = Transition(LeadTrigger.Disqualify, reason, actingUser);
        _events.Add(new LeadDisqualified(Id, version, at, actingUser, reason));
    }

    /// <summary>Brings a disqualified, or a qualified but not converted, lead back to Open with status reason New.</summary>
    /// <param name="actingUser">Who reactivates the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is open or converted.</exception>
    public void Reactivate(string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        var from = StatusReason;
        var (version, at) = Transition(LeadTrigger.Reactivate, null, actingUser);
        _events.Add(new LeadReactivated(Id, version, at, actingUser, from));
    }

    /// <summary>
    /// Converts a qualified lead, recording what it was converted into. A converted lead never changes again.
    /// </summary>
    /// <param name="conversion">The ids of the account, contact and opportunity created or attached in the host's store.</param>
    /// <param name="actingUser">Who converts the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversion"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not qualified.</exception>
    public void Convert(LeadConversion conversion, string actingUser)
    {
        Guard.Against.Null(conversion);
        Guard.Against.NullOrWhiteSpace(actingUser);
        var (version, at) = Transition(LeadTrigger.Convert, null, actingUser, conversion);
        _events.Add(new LeadConverted(Id, version, at, actingUser, conversion));
    }

    /// <summary>
    /// Replaces an open lead's details, typically with a <c>with</c> expression on <see cref="Details"/>. Details equal
    /// to the current ones are no change: nothing is recorded and the version stays.
    /// </summary>
    /// <param name="details">The new details. When the topic is empty, one is composed.</param>
    /// <param name="actingUser">Who edits the lead.</param>
    /// <returns><see langword="true"/> when the details changed; <see langword="false"/> when they were equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space, or a field of
    /// <paramref name="details"/> holds a value a lead cannot have (the message names it).</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open.</exception>
    public bool Edit(LeadDetails details, string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        var normalized = LeadDetailsRules.Normalize(details, nameof(details));
        _lifecycle.Machine.Fire(this, LeadTrigger.Edit);
        if (normalized.Equals(Details))
        {
            return false;
        }

        var (version, at) = Stamp();
        if (normalized.Rating != Details.Rating)
        {
            IsRatingSetByHand = normalized.Rating is not null;
        }

        Details = normalized;
        _events.Add(new LeadUpdated(Id, version, at, actingUser, normalized));
        return true;
    }

    /// <summary>
    /// Sets the rating a scoring model computed, unless a user set the rating by hand: the lead's rating follows the
    /// computed one until someone overrides it. Raises <see cref="LeadUpdated"/> only when the rating changes.
    /// </summary>
    /// <param name="rating">The computed rating.</param>
    /// <param name="actingUser">Who (or which process) applies it.</param>
    /// <returns><see langword="true"/> when the rating changed; <see langword="false"/> when it was set by hand or already equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rating"/> is not a defined rating.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open (its details cannot change).</exception>
    public bool ApplyComputedRating(LeadRating rating, string actingUser)
    {
        Guard.Against.EnumOutOfRange(rating);
        Guard.Against.NullOrWhiteSpace(actingUser);
        _lifecycle.Machine.Fire(this, LeadTrigger.Edit);
        if (IsRatingSetByHand || Details.Rating == rating)
        {
            return false;
        }

        var (version, at) = Stamp();
        Details = Details with { Rating = rating };
        _events.Add(new LeadUpdated(Id, version, at, actingUser, Details));
        return true;
    }

    /// <summary>Adds an activity to the log of a lead that is not converted: what the person did, or what a seller did.</summary>
    /// <param name="type">What happened.</param>
    /// <param name="at">When it happened; it may lie before the lead's creation (imported history).</param>
    /// <param name="actingUser">Who logs the activity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="type"/> is not a defined activity type.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is converted.</exception>
    public void LogActivity(ActivityType type, Instant at, string actingUser)
    {
        Guard.Against.EnumOutOfRange(type);
        Guard.Against.NullOrWhiteSpace(actingUser);
        _lifecycle.Machine.Fire(this, LeadTrigger.LogActivity);
        var activity = new LeadActivity(type, at);
        var (version, loggedAt) = Stamp();
        AppendActivity(activity);
        _events.Add(new LeadActivityLogged(Id, version, loggedAt, actingUser, activity));
    }

    /// <summary>Tells whether <paramref name="trigger"/> is permitted now.</summary>
    /// <param name="trigger">The operation.</param>
    /// <returns><see langword="true"/> when the operation would be accepted (given valid arguments).</returns>
    public bool CanFire(LeadTrigger trigger) => CanFire(trigger, out _);

    /// <summary>Tells whether <paramref name="trigger"/> is permitted now, and if not, why.</summary>
    /// <param name="trigger">The operation.</param>
    /// <param name="unmetRequirements">When the operation exists in this state but guards refuse it, the descriptions
    /// of the unmet requirements; otherwise empty.</param>
    /// <returns><see langword="true"/> when the operation would be accepted (given valid arguments).</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="trigger"/> is not a defined trigger.</exception>
    public bool CanFire(LeadTrigger trigger, out IReadOnlyList<string> unmetRequirements)
    {
        Guard.Against.EnumOutOfRange(trigger);
        return _lifecycle.Machine.CanFire(this, trigger, out unmetRequirements);
    }

    /// <summary>Lists the operations permitted now, in the order of <see cref="LeadTrigger"/>.</summary>
    /// <returns>The permitted operations; empty for a converted lead.</returns>
    public IReadOnlyList<LeadTrigger> GetPermittedTriggers()
    {
        var permitted = new List<LeadTrigger>(7);
        foreach (var trigger in Enum.GetValues<LeadTrigger>())
        {
            if (CanFire(trigger))
            {
                permitted.Add(trigger);
            }
        }

        return permitted.AsReadOnly();
    }

    /// <summary>Returns the events raised so far and forgets them, so that the host can publish each event once.</summary>
    /// <returns>The events, oldest first.</returns>
    public IReadOnlyList<LeadEvent> DrainEvents()
    {
        if (_events.Count == 0)
        {
            return ReadOnlyCollection<LeadEvent>.Empty;
        }

        var drained = _events.ToArray();
        _events.Clear();
        return drained;
    }

    /// <summary>Writes the lead out as a plain record to store; <see cref="LeadLifecycle.Restore"/> reads it back.</summary>
    /// <returns>The snapshot. Pending events are not part of it: drain and publish them.</returns>
    public LeadSnapshot ToSnapshot() => new()
    {
        Id = Id,
        Details = Details,
        State = State,
        StatusReason = StatusReason,
        Conversion = Conversion,
        History = _historyView,
        Activities = Activities,
        CreatedAt = CreatedAt,
        ModifiedAt = ModifiedAt,
        Version = Version,
        IsRatingSetByHand = IsRatingSetByHand,
    };

    /// <inheritdoc />
    public override string ToString() => $"Lead {Id} '{Topic}' ({State}/{StatusReason}, v{Version})";

    private void AppendActivity(LeadActivity activity)
    {
        if (_activityBuffer is null)
        {
            _activityBuffer = new LeadActivity[Math.Max(4, _activities.Length * 2)];
            _activities.CopyTo(_activityBuffer);
            _activityCount = _activities.Length;
        }
        else if (_activityCount == _activityBuffer.Length)
        {
            Array.Resize(ref _activityBuffer, _activityBuffer.Length * 2);
        }

        _activityBuffer[_activityCount++] = activity;
        _activities = default;
        _activitiesView = null;
    }

    private ImmutableArray<LeadActivity> FrozenActivities()
    {
        if (_activities.IsDefault)
        {
            _activities = ImmutableArray.Create(_activityBuffer!, 0, _activityCount);
        }

        return _activities;
    }

    internal static Lead CreateNew(LeadLifecycle lifecycle, LeadId id, LeadDetails details, string actingUser, Instant now)
    {
        var lead = new Lead(
            lifecycle, id, details, LeadStatusReason.New, null,
            [new StatusChange(null, LeadStatusReason.New, now, actingUser)], [], now, now, 1, details.Rating is not null);
        lead._events.Add(new LeadCreated(id, 1, now, actingUser, details));
        return lead;
    }

    internal static Lead FromSnapshot(LeadLifecycle lifecycle, LeadSnapshot snapshot, LeadDetails details) =>
        new(lifecycle, snapshot.Id, details, snapshot.StatusReason, snapshot.Conversion, [.. snapshot.History],
            [.. snapshot.Activities], snapshot.CreatedAt, snapshot.ModifiedAt, snapshot.Version, snapshot.IsRatingSetByHand);

    /// <summary>
    /// Fires <paramref name="trigger"/> on the lifecycle machine (which throws, changing nothing, when it is refused),
    /// then applies the destination, the history entry, the version and the time together.
    /// </summary>
    private (long Version, Instant At) Transition(
        LeadTrigger trigger, DisqualificationReason? reason, string actingUser, LeadConversion? conversion = null)
    {
        var destination = _lifecycle.Machine.Fire(this, trigger);
        var to = destination switch
        {
            LifecycleState.New => LeadStatusReason.New,
            LifecycleState.Contacted => LeadStatusReason.Contacted,
            LifecycleState.Qualified => LeadStatusReason.Qualified,
            LifecycleState.Converted => LeadStatusReason.Converted,
            LifecycleState.Disqualified => LeadStatus.ToStatusReason(reason!.Value),
            _ => throw new InvalidOperationException($"The lifecycle led {trigger} to {destination}, which is not a leaf state."),
        };

        var stamp = Stamp();
        _history = _history.Add(new StatusChange(StatusReason, to, stamp.At, actingUser));
        _historyView = _history;
        StatusReason = to;
        Conversion = conversion;
        return stamp;
    }

    private (long Version, Instant At) Stamp()
    {
        // A clock set back (a host correcting it, a test) must not make the history run backwards.
        var now = _lifecycle.Clock.GetCurrentInstant();
        ModifiedAt = now > ModifiedAt ? now : ModifiedAt;
        Version++;
        return (Version, ModifiedAt);
    }
}
