using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;
using Stateless.Graph;

namespace LeadDomain.Lifecycle;

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

    /// <summary>Creates a lifecycle.</summary>
    /// <param name="clock">The clock that stamps creation, every change and every event.</param>
    /// <param name="qualificationPolicy">What a lead must satisfy to be qualified; <see cref="QualificationPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LeadLifecycle(IClock clock, QualificationPolicy? qualificationPolicy = null)
    {
        Clock = Guard.Against.Null(clock);
        QualificationPolicy = qualificationPolicy ?? QualificationPolicy.Default;
        _definition = new LifecycleMachine(QualificationPolicy);
        _machines = new ThreadLocal<LifecycleMachine>(() => new LifecycleMachine(QualificationPolicy));
        _steps = LifecycleSteps.From(_definition.Machine.GetInfo());
    }

    /// <summary>Gets the clock that stamps every change.</summary>
    public IClock Clock { get; }

    /// <summary>Gets what a lead must satisfy to be qualified.</summary>
    public QualificationPolicy QualificationPolicy { get; }

    /// <summary>Creates a new lead in state Open, status reason New, version 1, with a <see cref="LeadCreated"/> event.</summary>
    /// <param name="details">The lead's details. When the topic is empty, one is composed from the company, the person's
    /// name and the source.</param>
    /// <param name="actingUser">Who creates the lead.</param>
    /// <param name="id">The lead's id; a new one when null.</param>
    /// <returns>The new lead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space; <paramref name="id"/>
    /// is the empty id; or a field of <paramref name="details"/> holds a value a lead cannot have (the message names it).</exception>
    public Lead Create(LeadDetails details, string actingUser, LeadId? id = null)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        var leadId = id ?? LeadId.New();
        if (leadId.IsEmpty)
        {
            throw new ArgumentException("The empty id is not a valid lead id.", nameof(id));
        }

        var normalized = LeadDetailsRules.Normalize(details, nameof(details));
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

    /// <summary>Draws the lifecycle as a Mermaid state diagram, generated from the state machine itself.</summary>
    /// <returns>The Mermaid text, guards shown with their descriptions.</returns>
    public string ToMermaidGraph() => MermaidGraph.Format(_definition.Machine.GetInfo());

    /// <summary>Draws the lifecycle as a Graphviz DOT graph, generated from the state machine itself.</summary>
    /// <returns>The DOT text.</returns>
    public string ToDotGraph() => UmlDotGraph.Format(_definition.Machine.GetInfo());

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
            return machine.IsBusy ? new LifecycleMachine(QualificationPolicy) : machine;
        }
    }
}
