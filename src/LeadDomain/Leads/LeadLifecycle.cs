using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using LeadDomain.Diagnostics;
using NodaTime;
using Stateless.Graph;

namespace LeadDomain.Leads;

/// <summary>
/// The rules of a lead's life, configured once and shared: the Stateless state machine with its qualification guards,
/// and the clock that stamps every change. Creates new leads and restores stored ones.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe: share one instance (register it with <c>services.AddLeadDomain()</c>). Creating or restoring a lead
/// does not build a state machine; each thread that fires a transition gets one configured machine, reused for every
/// lead, and binds the lead to it for the duration of the call. A single <see cref="Lead"/> is not thread-safe, like
/// any aggregate: one writer at a time.
/// </para>
/// <para>
/// The lifecycle: <c>Open</c> (status reason <c>New</c>, then <c>Contacted</c>) goes to <c>Qualified</c> when the
/// <see cref="QualificationPolicy"/> is met, or to <c>Disqualified</c> with a <see cref="DisqualificationReason"/>.
/// A disqualified or qualified lead can be reactivated to <c>New</c>; a qualified lead can be converted, and a converted
/// lead never changes again. Only an open lead can be edited. <see cref="ToMermaidGraph"/> draws it.
/// </para>
/// </remarks>
[SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "A lifecycle lives as long as the app; ThreadLocal's finalizer frees the per-thread machines if it is collected, and IDisposable would make every caller manage a shared singleton.")]
public sealed class LeadLifecycle
{
    private readonly ThreadLocal<LifecycleMachine> _machines;
    private readonly LifecycleMachine _definition;
    private readonly HashSet<(LifecycleState From, LifecycleState To)> _steps;
    private readonly HashSet<(LifecycleState State, LeadTrigger Trigger)> _internalTriggers;
    private readonly Dictionary<int, DisqualificationReason> _reasons;
    private readonly Dictionary<int, ActivityType> _activityTypes;

    /// <summary>Creates a lifecycle.</summary>
    /// <param name="clock">The clock that stamps creation, every change and every event.</param>
    /// <param name="options">How the lifecycle behaves; Dynamics 365's defaults when null. Read once: later changes to
    /// the options have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is null or out of range, a reason or activity type is the
    /// <c>default</c> value, or two reasons or two activity types share a code.</exception>
    public LeadLifecycle(IClock clock, LeadLifecycleOptions? options = null)
    {
        Clock = Guard.Against.Null(clock);
        options ??= new LeadLifecycleOptions();
        CreationPolicy = options.CreationPolicy
            ?? throw new ArgumentException("LeadLifecycleOptions.CreationPolicy may not be null; choose LeadCreationPolicy.Lenient to require nothing but a name.", nameof(options));
        QualificationPolicy = options.QualificationPolicy
            ?? throw new ArgumentException("LeadLifecycleOptions.QualificationPolicy may not be null; QualificationPolicy.Default requires nothing.", nameof(options));
        MaxHistoryEntries = options.MaxHistoryEntries >= 2 ? options.MaxHistoryEntries
            : throw new ArgumentException($"LeadLifecycleOptions.MaxHistoryEntries must be at least 2 (creation and one change); it was {options.MaxHistoryEntries}.", nameof(options));
        MaxActivities = options.MaxActivities >= 1 ? options.MaxActivities
            : throw new ArgumentException($"LeadLifecycleOptions.MaxActivities must be at least 1; it was {options.MaxActivities}.", nameof(options));
        _reasons = Register(DisqualificationReason.WellKnown, options.DisqualificationReasons, r => r.Code, r => r.IsDefined, "disqualification reason", nameof(options));
        _activityTypes = Register(ActivityType.WellKnown, options.ActivityTypes, t => t.Code, t => t.IsDefined, "activity type", nameof(options));
        DisqualificationReasons = [.. _reasons.Values.OrderBy(r => r.Code)];
        ActivityTypes = [.. _activityTypes.Values.OrderBy(t => t.Code)];
        Metrics = options.Metrics;
        _definition = new LifecycleMachine(QualificationPolicy);
        _machines = new ThreadLocal<LifecycleMachine>(() => new LifecycleMachine(QualificationPolicy, Metrics));
        var info = _definition.Machine.GetInfo();
        _steps = LifecycleSteps.From(info);
        _internalTriggers = LifecycleSteps.InternalTriggers(info);
    }

    /// <summary>Gets where the leads report, or null (<see cref="LeadLifecycleOptions.Metrics"/>).</summary>
    internal LeadDomainMetrics? Metrics { get; }

    /// <summary>Gets the clock that stamps every change.</summary>
    public IClock Clock { get; }

    /// <summary>Gets what a lead must hold to be created or edited.</summary>
    public LeadCreationPolicy CreationPolicy { get; }

    /// <summary>Gets what a lead must satisfy to be qualified.</summary>
    public QualificationPolicy QualificationPolicy { get; }

    /// <summary>Gets every disqualification reason the lifecycle knows: the well-known ones and the host's, by code.</summary>
    public IReadOnlyList<DisqualificationReason> DisqualificationReasons { get; }

    /// <summary>Gets every activity type the lifecycle knows: the well-known ones and the host's, by code.</summary>
    public IReadOnlyList<ActivityType> ActivityTypes { get; }

    /// <summary>Gets how many status changes a lead may have.</summary>
    public int MaxHistoryEntries { get; }

    /// <summary>Gets how many activities a lead's log may hold.</summary>
    public int MaxActivities { get; }

    /// <summary>Creates a new lead in state Open, status reason New, version 1, with a <see cref="LeadCreated"/> event.</summary>
    /// <param name="details">The lead's details. When the topic is empty, one is composed from the company, the person's
    /// name and the source.</param>
    /// <param name="actingUser">Who creates the lead.</param>
    /// <param name="id">The lead's id; a new one when null.</param>
    /// <returns>The new lead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, longer than 100 characters or holds a lone surrogate; <paramref name="id"/>
    /// is the empty id; or a field of <paramref name="details"/> holds a value a lead cannot have (the message names it).</exception>
    /// <exception cref="MissingRequiredFieldsException">The details lack a field the <see cref="CreationPolicy"/>
    /// requires (by default, Dynamics 365's: the last name).</exception>
    public Lead Create(LeadDetails details, string actingUser, LeadId? id = null)
    {
        LeadDetailsRules.ActingUser(actingUser);
        var leadId = id ?? LeadId.New();
        if (leadId.IsEmpty)
        {
            throw new ArgumentException("The empty id is not a valid lead id.", nameof(id));
        }

        var normalized = LeadDetailsRules.Normalize(details, nameof(details));
        CheckRequiredFields(normalized);
        return Lead.CreateNew(this, leadId, normalized, actingUser, Clock.GetCurrentInstant());
    }

    /// <summary>Restores a lead from a snapshot that <see cref="Lead.ToSnapshot"/> wrote, after checking it is possible.</summary>
    /// <param name="snapshot">The snapshot, as read from the host's store.</param>
    /// <returns>The lead, with no pending events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="InvalidLeadSnapshotException">The snapshot describes a lead that cannot exist, such as a
    /// converted lead without a conversion record, a disqualified lead without a reason, a version below 1, or a status
    /// history the lifecycle does not allow; the exception lists every problem found.</exception>
    public Lead Restore(LeadSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        var details = LeadSnapshotRules.Check(snapshot, this);
        return Lead.FromSnapshot(this, snapshot, details);
    }

    /// <summary>
    /// Merges duplicate leads into one of them, the master, as Dynamics 365's <c>Merge</c> does. The master is
    /// <see cref="LeadMergeOptions.Master"/>, or else the one a documented rule picks: after Odoo's (the most advanced,
    /// then the oldest) within Dynamics 365's limit that a master must be active, an open lead, Contacted before New,
    /// then the oldest (<see cref="Lead.CreatedAt"/>), then the lowest id. Field by field the master keeps its value, or
    /// takes the first non-empty value among the other leads in the order given, unless
    /// <see cref="LeadMergeOptions.FieldChoices"/> names the lead to take it from. E-mails (up to three) and custom
    /// fields are unioned without duplicates, and the others' activities the master lacks (same type and instant) are
    /// added to its log. Every value the master does not end up holding is listed in
    /// <see cref="LeadMergeResult.LeftOver"/>: nothing is lost silently. Each other lead, a subordinate, is closed as
    /// Disqualified with status reason Canceled, points at the master (<see cref="Lead.MasterId"/>), keeps its own
    /// details, activities and history, and never changes again. The master raises <see cref="LeadMerged"/>, each
    /// subordinate <see cref="LeadMergedInto"/>.
    /// </summary>
    /// <remarks>
    /// Atomic: every lead's writer flag is held for the duration, everything is checked first, and a refused merge
    /// changes no lead. The master's status does not change, so its history gets no entry; the merge shows in its
    /// version (one more, and one more per activity taken over) and its event, and in each subordinate's history.
    /// </remarks>
    /// <param name="leads">The duplicates, at least two: the master (open) and the leads to merge into it (open,
    /// qualified or disqualified; never converted).</param>
    /// <param name="actingUser">Who merges.</param>
    /// <param name="options">The master and per-field choices; <see cref="LeadMergeOptions.Default"/> (master by the rule) when null.</param>
    /// <returns>The master, the subordinates and what the master does not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space; there are fewer than
    /// two leads, or one is null or appears twice; a lead lives under another lifecycle; or the master or a choice
    /// names a lead that takes no part in the merge.</exception>
    /// <exception cref="LeadMergeRefusedException">The master is not open (qualified, disqualified, converted or
    /// merged), or by the rule no lead is open; a subordinate is converted or merged already, or its history is full;
    /// a lead's version would pass the highest (<c>long.MaxValue - 1</c>); or a choice would leave the master without
    /// a field the creation policy requires. The exception lists every problem.</exception>
    /// <exception cref="InvalidOperationException">Another operation is changing one of the leads right now.</exception>
    public LeadMergeResult Merge(IReadOnlyList<Lead> leads, string actingUser, LeadMergeOptions? options = null)
    {
        Guard.Against.Null(leads);
        Guard.Against.NullOrWhiteSpace(actingUser);
        options ??= LeadMergeOptions.Default;
        if (leads.Count < 2)
        {
            throw new ArgumentException($"A merge needs at least two leads; {leads.Count} given.", nameof(leads));
        }

        var masterAt = -1;
        for (var i = 0; i < leads.Count; i++)
        {
            if (leads[i] is null)
            {
                throw new ArgumentException($"Lead {i} is null.", nameof(leads));
            }

            if (masterAt < 0 && options.Master == leads[i].Id)
            {
                masterAt = i;
            }
        }

        if (options.Master is { } asked && masterAt < 0)
        {
            throw new ArgumentException($"The master {asked} is not one of the leads to merge.", nameof(options));
        }

        if (masterAt < 0)
        {
            var chosen = LeadMerge.ChooseMaster(leads) ?? throw new LeadMergeRefusedException(
                null, [$"none of the {leads.Count} leads is open, and only an open lead can be a master (Dynamics 365 merges into an active record); reactivate one first"]);
            masterAt = IndexOf(leads, chosen);
        }

        var subordinates = new List<Lead>(leads.Count - 1);
        for (var i = 0; i < leads.Count; i++)
        {
            if (i != masterAt)
            {
                subordinates.Add(leads[i]);
            }
        }

        return LeadMerge.Run(this, leads[masterAt], subordinates, actingUser, options);

        static int IndexOf(IReadOnlyList<Lead> leads, Lead lead)
        {
            for (var i = 0; ; i++)
            {
                if (ReferenceEquals(leads[i], lead))
                {
                    return i;
                }
            }
        }
    }

    /// <summary>Draws the lifecycle as a Mermaid state diagram, generated from the state machine itself.</summary>
    /// <returns>The Mermaid text, guards shown with their descriptions.</returns>
    public string ToMermaidGraph() => MermaidGraph.Format(_definition.Machine.GetInfo());

    /// <summary>Draws the lifecycle as a Graphviz DOT graph, generated from the state machine itself.</summary>
    /// <returns>The DOT text.</returns>
    public string ToDotGraph() => UmlDotGraph.Format(_definition.Machine.GetInfo());

    /// <summary>
    /// Checks an internal transition (Edit, LogActivity) against the machine's definition without firing it: these
    /// change no status, and the table read from the definition gives the machine's answer at a fraction of the cost.
    /// </summary>
    /// <exception cref="InvalidLeadTransitionException">The lead's state does not allow the trigger.</exception>
    internal void CheckInternal(Lead lead, LeadTrigger trigger)
    {
        if (!_internalTriggers.Contains((LifecycleMachine.StateOf(lead), trigger)))
        {
            throw new InvalidLeadTransitionException(lead.Id, lead.StatusReason, trigger, InvalidLeadTransitionException.NoRequirements, lead.MasterId);
        }
    }

    /// <summary>Refuses details that lack a field the creation policy requires, or that leave nothing to compose a topic from.</summary>
    internal void CheckRequiredFields(LeadDetails normalized)
    {
        var missing = CreationPolicy.MissingFields(normalized);
        if (missing.Count > 0)
        {
            throw new MissingRequiredFieldsException(CreationPolicy, missing);
        }

        if (normalized.Topic is null)
        {
            throw new MissingRequiredFieldsException(LeadCreationPolicy.Lenient, LeadCreationPolicy.Lenient.MissingFields(normalized));
        }
    }

    /// <summary>Refuses a reason the lifecycle does not know (or the default value) with an <see cref="ArgumentException"/>.</summary>
    internal void CheckKnown(DisqualificationReason reason, string parameterName)
    {
        if (!IsKnown(reason))
        {
            throw new ArgumentException(
                reason.IsDefined
                    ? $"The disqualification reason {reason.Code} '{Echo.Cut(reason.Name)}' is not registered; add it to LeadLifecycleOptions.DisqualificationReasons."
                    : "The default DisqualificationReason is not a reason; use a well-known one or DisqualificationReason.Define.",
                parameterName);
        }
    }

    /// <summary>Refuses an activity type the lifecycle does not know (or the default value) with an <see cref="ArgumentException"/>.</summary>
    internal void CheckKnown(ActivityType type, string parameterName)
    {
        if (!IsKnown(type))
        {
            throw new ArgumentException(
                type.IsDefined
                    ? $"The activity type {type.Code} '{Echo.Cut(type.Name)}' is not registered; add it to LeadLifecycleOptions.ActivityTypes."
                    : "The default ActivityType is not a type; use a well-known one or ActivityType.Define.",
                parameterName);
        }
    }

    /// <summary>Whether the reason is one the lifecycle knows, with the same name.</summary>
    internal bool IsKnown(DisqualificationReason reason) => _reasons.TryGetValue(reason.Code, out var known) && known == reason;

    /// <summary>Whether the activity type is one the lifecycle knows, with the same name and touch flag.</summary>
    internal bool IsKnown(ActivityType type) => _activityTypes.TryGetValue(type.Code, out var known) && known == type;

    private static Dictionary<int, T> Register<T>(
        IReadOnlyList<T> wellKnown, IList<T>? custom, Func<T, int> code, Func<T, bool> isDefined, string what, string options)
    {
        if (custom is null)
        {
            throw new ArgumentException($"The list of the host's own {what}s may be empty but not null.", options);
        }

        var byCode = wellKnown.ToDictionary(code);
        foreach (var item in custom)
        {
            if (!isDefined(item))
            {
                throw new ArgumentException($"The default value is not a {what}; make one with Define.", options);
            }

            if (!byCode.TryAdd(code(item), item))
            {
                throw new ArgumentException($"Two {what}s have the code {code(item)}; give each its own.", options);
            }
        }

        return byCode;
    }

    /// <summary>Whether the lifecycle has a transition from <paramref name="from"/> to <paramref name="to"/>, guards aside.</summary>
    internal bool HasStep(LifecycleState from, LifecycleState to) => _steps.Contains((from, to));

    /// <summary>
    /// The calling thread's machine. A requirement that fires a transition on another lead from inside a guard finds
    /// the thread's machine bound already, and gets a machine of its own instead of corrupting the binding.
    /// </summary>
    internal LifecycleMachine Machine
    {
        get
        {
            var machine = _machines.Value!;
            return machine.IsBusy ? new LifecycleMachine(QualificationPolicy, Metrics) : machine;
        }
    }
}
