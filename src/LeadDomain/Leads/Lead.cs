using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
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
/// with any aggregate. A second writer that starts while an operation runs on another thread is refused with an
/// <see cref="InvalidOperationException"/> (not an <see cref="OperationRefusedException"/>: it is a bug in the host),
/// and the lead is left as the first writer leaves it.
/// </remarks>
public sealed partial class Lead
{
    private readonly LeadLifecycle _lifecycle;
    private readonly List<LeadEvent> _events;
    private readonly ReadOnlyCollection<LeadEvent> _eventsView;
    private readonly ActivityLog _activities;
    private ImmutableArray<StatusChange> _history;

    // Boxed once per change, so that reading History allocates nothing.
    private IReadOnlyList<StatusChange> _historyView;
    private LeadDetails _details;

    /// <summary>The highest version a lead reaches; a snapshot may not hold a higher one.</summary>
    internal const long MaxVersion = long.MaxValue - 1;

    // Set while an operation changes the lead: a second writer on another thread finds it set and is refused.
    private int _writing;

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
        bool isRatingSetByHand,
        LeadId? masterId)
    {
        _lifecycle = lifecycle;
        _events = [];
        _eventsView = _events.AsReadOnly();
        _history = history;
        _historyView = history;
        _activities = new ActivityLog(activities);
        Id = id;
        Details = details;
        StatusReason = statusReason;
        Conversion = conversion;
        CreatedAt = createdAt;
        ModifiedAt = modifiedAt;
        Version = version;
        IsRatingSetByHand = isRatingSetByHand;
        MasterId = masterId;
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
    public LeadState State => StatusReason.State;

    /// <summary>Gets the lead's status reason: New or Contacted while open, the reason while disqualified.</summary>
    public LeadStatusReason StatusReason { get; private set; }

    /// <summary>Gets why the lead was disqualified, or null when it is not disqualified.</summary>
    public DisqualificationReason? DisqualificationReason => StatusReason.DisqualificationReason;

    /// <summary>
    /// Gets the lead this one was merged into (Dynamics 365's <c>masterid</c>), or null when it was not merged. A merged
    /// lead is Disqualified with status reason Canceled, keeps its own details, activities and history, and never
    /// changes again: every operation is refused. Follow the id to the lead that carries on.
    /// </summary>
    public LeadId? MasterId { get; private set; }

    /// <summary>Gets what the lead was converted into, or null when it is not converted.</summary>
    public LeadConversion? Conversion { get; private set; }

    /// <summary>Gets the status history, oldest first; the first entry records the creation (its <c>From</c> is null).</summary>
    public IReadOnlyList<StatusChange> History => _historyView;

    /// <summary>Gets the activity log, in the order activities were logged; it feeds engagement scoring.</summary>
    public IReadOnlyList<LeadActivity> Activities => _activities.List;

    /// <summary>Gets the activity log as a span, for scoring without allocation.</summary>
    internal ReadOnlySpan<LeadActivity> ActivitySpan => _activities.Span;

    /// <summary>
    /// Gets when the lead was closed: qualified or disqualified (Dynamics 365's and Odoo's <c>date_closed</c>); null
    /// while it is open. Reactivating clears it; logging an activity on a closed lead keeps it; a converted lead keeps
    /// the time it was qualified.
    /// </summary>
    public Instant? ClosedAt => State switch
    {
        LeadState.Qualified or LeadState.Disqualified => _history[^1].At,
        LeadState.Converted => _history[^2].At,
        _ => null,
    };

    /// <summary>Gets when the lead was converted (Salesforce's <c>ConvertedDate</c>, Odoo's <c>date_conversion</c>); null until then.</summary>
    public Instant? ConvertedAt => State == LeadState.Converted ? _history[^1].At : null;

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
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not Open with status reason New.</exception>
    /// <exception cref="LeadLimitException">The status history is full, or the version is at its highest.</exception>
    public void MarkContacted(string actingUser)
    {
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        _lifecycle.Machine.Fire(this, LeadTrigger.MarkContacted, actingUser);
        _events.Add(new LeadContacted(Id, Version, ModifiedAt, actingUser));
    }

    /// <summary>Qualifies an open lead.</summary>
    /// <param name="actingUser">Who qualifies the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open, or it does not meet the lifecycle's
    /// <see cref="QualificationPolicy"/> (the exception lists the unmet requirements).</exception>
    /// <exception cref="LeadLimitException">The status history is full, or the version is at its highest.</exception>
    public void Qualify(string actingUser)
    {
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        _lifecycle.Machine.Fire(this, LeadTrigger.Qualify, actingUser);
        _events.Add(new LeadQualified(Id, Version, ModifiedAt, actingUser));
    }

    /// <summary>
    /// Disqualifies an open lead as <see cref="DisqualificationReason.Default"/> (Lost), the reason Dynamics 365 uses
    /// when none is chosen, keeping its details so that it can be reactivated later.
    /// </summary>
    /// <param name="actingUser">Who disqualifies the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open.</exception>
    /// <exception cref="LeadLimitException">The status history is full, or the version is at its highest.</exception>
    public void Disqualify(string actingUser) => Disqualify(Leads.DisqualificationReason.Default, actingUser);

    /// <summary>Disqualifies an open lead, keeping its details so that it can be reactivated later.</summary>
    /// <param name="reason">Why the lead is disqualified: a well-known reason or one registered in the lifecycle's options.</param>
    /// <param name="actingUser">Who disqualifies the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate, or
    /// <paramref name="reason"/> is the <c>default</c> value or a reason the lifecycle does not know.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open.</exception>
    /// <exception cref="LeadLimitException">The status history is full, or the version is at its highest.</exception>
    public void Disqualify(DisqualificationReason reason, string actingUser)
    {
        _lifecycle.CheckKnown(reason, nameof(reason));
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        _lifecycle.Machine.Disqualify(this, reason, actingUser);
        _events.Add(new LeadDisqualified(Id, Version, ModifiedAt, actingUser, reason));
    }

    /// <summary>Brings a disqualified, or a qualified but not converted, lead back to Open with status reason New.</summary>
    /// <param name="actingUser">Who reactivates the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is open or converted.</exception>
    /// <exception cref="LeadLimitException">The status history is full, or the version is at its highest.</exception>
    public void Reactivate(string actingUser)
    {
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        var from = StatusReason;
        _lifecycle.Machine.Fire(this, LeadTrigger.Reactivate, actingUser);
        _events.Add(new LeadReactivated(Id, Version, ModifiedAt, actingUser, from));
    }

    /// <summary>
    /// Marks a qualified lead converted, recording the ids of the records the host created or attached elsewhere,
    /// without applying a conversion map. A converted lead never changes again. To convert with the library's mapping,
    /// use <c>ConversionMap.Convert</c>, which calls this for you.
    /// </summary>
    /// <param name="conversion">The ids of the account, contact and opportunity created or attached in the host's store.</param>
    /// <param name="actingUser">Who converts the lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversion"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not qualified.</exception>
    /// <exception cref="LeadLimitException">The status history is full, or the version is at its highest.</exception>
    public void MarkConverted(LeadConversion conversion, string actingUser)
    {
        Guard.Against.Null(conversion);
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        _lifecycle.Machine.Convert(this, conversion, actingUser);
        _events.Add(new LeadConverted(Id, Version, ModifiedAt, actingUser, conversion));
    }

    /// <summary>
    /// Replaces an open lead's details, typically with a <c>with</c> expression on <see cref="Details"/>. Details equal
    /// to the current ones are no change: nothing is recorded and the version stays.
    /// </summary>
    /// <param name="details">The new details. When the topic is empty, one is composed.</param>
    /// <param name="actingUser">Who edits the lead.</param>
    /// <returns><see langword="true"/> when the details changed; <see langword="false"/> when they were equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate, or a field of
    /// <paramref name="details"/> holds a value a lead cannot have (the message names it).</exception>
    /// <exception cref="MissingRequiredFieldsException">The details lack a field the lifecycle's <see cref="LeadCreationPolicy"/> requires.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open.</exception>
    /// <exception cref="LeadLimitException">The version is at its highest.</exception>
    public bool Edit(LeadDetails details, string actingUser)
    {
        LeadDetailsRules.ActingUser(actingUser);
        var normalized = LeadDetailsRules.Normalize(details, nameof(details));
        using var write = BeginWrite();
        _lifecycle.CheckInternal(this, LeadTrigger.Edit);
        if (normalized.Equals(Details))
        {
            return false;
        }

        _lifecycle.CheckRequiredFields(normalized);
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
    /// Sets the rating a scoring model computed (<c>model.Score(lead, at).Rating</c>), unless a user set the rating by
    /// hand: the lead's rating follows the computed one until someone overrides it. Raises <see cref="LeadUpdated"/> only
    /// when the rating changes.
    /// </summary>
    /// <param name="rating">The computed rating.</param>
    /// <param name="actingUser">Who (or which process) applies it.</param>
    /// <returns><see langword="true"/> when the rating changed; <see langword="false"/> when it was set by hand or already equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rating"/> is not a defined rating.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not open (its details cannot change).</exception>
    /// <exception cref="LeadLimitException">The version is at its highest.</exception>
    public bool ApplyComputedRating(LeadRating rating, string actingUser)
    {
        Guard.Against.EnumOutOfRange(rating);
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        _lifecycle.CheckInternal(this, LeadTrigger.Edit);
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
    /// <param name="type">What happened: a well-known type or one registered in the lifecycle's options.</param>
    /// <param name="at">When it happened; it may lie before the lead's creation (imported history).</param>
    /// <param name="actingUser">Who logs the activity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate, or
    /// <paramref name="type"/> is the <c>default</c> value or a type the lifecycle does not know.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is converted.</exception>
    /// <exception cref="LeadLimitException">The activity log is full, or the version is at its highest.</exception>
    public void LogActivity(ActivityType type, Instant at, string actingUser)
    {
        _lifecycle.CheckKnown(type, nameof(type));
        LeadDetailsRules.ActingUser(actingUser);
        using var write = BeginWrite();
        _lifecycle.CheckInternal(this, LeadTrigger.LogActivity);
        if (_activities.Count >= _lifecycle.MaxActivities)
        {
            throw new LeadLimitException(Id, "activities", _lifecycle.MaxActivities);
        }

        var activity = new LeadActivity(type, at);
        var (version, loggedAt) = Stamp();
        _activities.Append(activity);
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
        MasterId = MasterId,
    };

    /// <inheritdoc />
    public override string ToString() => $"Lead {Id} '{Topic}' ({State}/{StatusReason}, v{Version})";

    internal static Lead CreateNew(LeadLifecycle lifecycle, LeadId id, LeadDetails details, string actingUser, Instant now)
    {
        var lead = new Lead(
            lifecycle, id, details, LeadStatusReason.New, null,
            [new StatusChange(null, LeadStatusReason.New, now, actingUser)], [], now, now, 1, details.Rating is not null, null);
        lead._events.Add(new LeadCreated(id, 1, now, actingUser, details));
        return lead;
    }

    internal static Lead FromSnapshot(LeadLifecycle lifecycle, LeadSnapshot snapshot, LeadDetails details) =>
        new(lifecycle, snapshot.Id, details, snapshot.StatusReason, snapshot.Conversion, [.. snapshot.History],
            [.. snapshot.Activities], snapshot.CreatedAt, snapshot.ModifiedAt, snapshot.Version, snapshot.IsRatingSetByHand, snapshot.MasterId);

    /// <summary>Gets the lifecycle the lead lives under.</summary>
    internal LeadLifecycle Lifecycle => _lifecycle;

    /// <summary>
    /// Called by the lifecycle machine (its mutator, or an entry action for a trigger with parameters) once a transition
    /// is permitted: applies the status, the conversion record, the history entry, the version and the time together.
    /// </summary>
    /// <exception cref="LeadLimitException">The history is full; nothing is changed.</exception>
    internal void EnterStatus(LeadStatusReason to, LeadConversion? conversion, string actingUser)
    {
        if (_history.Length >= _lifecycle.MaxHistoryEntries)
        {
            throw new LeadLimitException(Id, "status changes", _lifecycle.MaxHistoryEntries);
        }

        var (_, at) = Stamp();
        _history = _history.Add(new StatusChange(StatusReason, to, at, actingUser));
        _historyView = _history;
        StatusReason = to;
        Conversion = conversion;
    }

    /// <summary>
    /// Marks the lead as being changed, and refuses a second writer: a lead is not thread-safe, and two threads
    /// writing one lead at once would lose updates silently. Costs one interlocked exchange.
    /// </summary>
    internal WriteScope BeginWrite()
    {
        if (Interlocked.Exchange(ref _writing, 1) != 0)
        {
            throw new InvalidOperationException(
                $"Lead {Id} is being changed by another operation right now: a lead takes one writer at a time. Serialize the writes (a lock, an actor, one request per lead).");
        }

        return new WriteScope(this);
    }

    internal readonly struct WriteScope(Lead lead) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref lead._writing, 0);
    }

    private (long Version, Instant At) Stamp()
    {
        // A clock set back (a host correcting it, a test) must not make the history run backwards.
        // A stored version is below long.MaxValue (Restore refuses it), so the version stops one short of it: an
        // operation that would reach it is refused before anything changes, and every lead that exists can be restored.
        if (Version >= MaxVersion)
        {
            throw new LeadLimitException(Id, Version);
        }

        var now = _lifecycle.Clock.GetCurrentInstant();
        ModifiedAt = now > ModifiedAt ? now : ModifiedAt;
        Version = checked(Version + 1);
        return (Version, ModifiedAt);
    }
}
