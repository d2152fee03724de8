using LeadDomain.Leads;
using Stateless;

namespace LeadDomain.Lifecycle;

/// <summary>
/// One configured Stateless machine, bound to one lead at a time through its state accessor and mutator. Building a
/// machine costs microseconds and kilobytes, so a <see cref="LeadLifecycle"/> keeps one per thread and reuses it; a
/// lead never builds one. Immediate firing mode: Stateless's default Queued mode would run a nested fire for another
/// lead against the lead bound at the time.
/// </summary>
internal sealed class LifecycleMachine
{
    // Stateless labels an internal transition by its guard; without one the diagram would read "Edit [Function]".
    private const string EditLabel = "details change only while open";
    private const string ActivityLabel = "activities are logged until conversion";

    private readonly StateMachine<LifecycleState, LeadTrigger> _machine;
    private Lead? _lead;
    private LifecycleState _state = LifecycleState.New;
    private LifecycleState _destination = LifecycleState.New;

    public LifecycleMachine(QualificationPolicy policy)
    {
        _machine = new StateMachine<LifecycleState, LeadTrigger>(() => _state, s => _destination = s, FiringMode.Immediate);
        _machine.OnUnhandledTrigger((_, trigger, unmetGuards) => throw new InvalidLeadTransitionException(
            BoundLead.Id,
            BoundLead.StatusReason,
            trigger,
            unmetGuards is { Count: > 0 } ? [.. unmetGuards] : InvalidLeadTransitionException.NoRequirements));

        var qualifyGuards = new Tuple<Func<bool>, string>[policy.Requirements.Count];
        for (var i = 0; i < qualifyGuards.Length; i++)
        {
            var requirement = policy.Requirements[i];
            qualifyGuards[i] = Tuple.Create<Func<bool>, string>(() => requirement.IsMetBy(BoundLead), requirement.Description);
        }

        _machine.Configure(LifecycleState.Open)
            .PermitIf(LeadTrigger.Qualify, LifecycleState.Qualified, qualifyGuards)
            .Permit(LeadTrigger.Disqualify, LifecycleState.Disqualified)
            .InternalTransitionIf(LeadTrigger.Edit, static _ => true, static () => { }, EditLabel)
            .InternalTransitionIf(LeadTrigger.LogActivity, static _ => true, static () => { }, ActivityLabel);

        _machine.Configure(LifecycleState.New)
            .SubstateOf(LifecycleState.Open)
            .Permit(LeadTrigger.MarkContacted, LifecycleState.Contacted);

        _machine.Configure(LifecycleState.Contacted)
            .SubstateOf(LifecycleState.Open);

        _machine.Configure(LifecycleState.Qualified)
            .Permit(LeadTrigger.Convert, LifecycleState.Converted)
            .Permit(LeadTrigger.Reactivate, LifecycleState.New)
            .InternalTransitionIf(LeadTrigger.LogActivity, static _ => true, static () => { }, ActivityLabel);

        _machine.Configure(LifecycleState.Disqualified)
            .Permit(LeadTrigger.Reactivate, LifecycleState.New)
            .InternalTransitionIf(LeadTrigger.LogActivity, static _ => true, static () => { }, ActivityLabel);

        // Configured although terminal: Stateless adds an unconfigured state to its dictionary on first use, a write.
        _machine.Configure(LifecycleState.Converted);
    }

    /// <summary>Gets a value indicating whether a lead is bound right now (a guard is running on this thread).</summary>
    public bool IsBusy => _lead is not null;

    public StateMachine<LifecycleState, LeadTrigger> Machine => _machine;

    private Lead BoundLead => _lead ?? throw new InvalidOperationException("No lead is bound to the lifecycle machine.");

    /// <summary>Fires <paramref name="trigger"/> for <paramref name="lead"/> and returns the state it leads to.</summary>
    /// <exception cref="InvalidLeadTransitionException">The trigger is not permitted, or a guard is unmet.</exception>
    public LifecycleState Fire(Lead lead, LeadTrigger trigger)
    {
        Bind(lead);
        try
        {
            _machine.Fire(trigger);
            return _destination;
        }
        finally
        {
            _lead = null;
        }
    }

    /// <summary>Tells whether <paramref name="trigger"/> is permitted for <paramref name="lead"/>, and if not, why.</summary>
    public bool CanFire(Lead lead, LeadTrigger trigger, out IReadOnlyList<string> unmetRequirements)
    {
        Bind(lead);
        try
        {
            if (_machine.CanFire(trigger, out var unmet))
            {
                unmetRequirements = InvalidLeadTransitionException.NoRequirements;
                return true;
            }

            unmetRequirements = unmet is { Count: > 0 } ? [.. unmet] : InvalidLeadTransitionException.NoRequirements;
            return false;
        }
        finally
        {
            _lead = null;
        }
    }

    private void Bind(Lead lead)
    {
        _lead = lead;
        _state = LeadStatus.MachineStateOf(lead.StatusReason);
        _destination = _state;
    }
}
