using LeadDomain.Diagnostics;
using Stateless;

namespace LeadDomain.Leads;

/// <summary>
/// One configured Stateless machine, bound to one lead at a time. Building a machine costs microseconds and
/// kilobytes, so a <see cref="LeadLifecycle"/> keeps one per thread and reuses it; a lead never builds one.
/// </summary>
/// <remarks>
/// The machine reads the bound lead's state through its accessor and sets the lead's status through its mutator; a
/// disqualification reason and a conversion record travel as trigger parameters and reach the lead through the entry
/// actions of Disqualified and Converted, and a master's id reaches a merged lead through the entry action of Merged. Immediate firing mode: Stateless's default Queued mode would run a nested
/// fire for another lead against the lead bound at the time.
/// </remarks>
internal sealed class LifecycleMachine
{
    // Stateless labels an internal transition by its guard; without one the diagram would read "Edit [Function]".
    private const string EditLabel = "details change only while open";
    private const string ActivityLabel = "activities are logged until conversion";

    private readonly StateMachine<LifecycleState, LeadTrigger> _machine;
    private readonly StateMachine<LifecycleState, LeadTrigger>.TriggerWithParameters<DisqualificationReason> _disqualify;
    private readonly StateMachine<LifecycleState, LeadTrigger>.TriggerWithParameters<LeadConversion> _convert;
    private readonly StateMachine<LifecycleState, LeadTrigger>.TriggerWithParameters<LeadId> _merge;
    private readonly LeadDomainMetrics? _metrics;
    private Lead? _lead;
    private string? _actingUser;

    public LifecycleMachine(QualificationPolicy policy, LeadDomainMetrics? metrics = null)
    {
        _metrics = metrics;
        // Stateless reads the state once when it is built, before any lead is bound: New stands in then.
        _machine = new StateMachine<LifecycleState, LeadTrigger>(
            () => _lead is null ? LifecycleState.New : StateOf(_lead), EnterState, FiringMode.Immediate);
        _machine.OnUnhandledTrigger((_, trigger, unmetGuards) => throw new InvalidLeadTransitionException(
            BoundLead.Id,
            BoundLead.StatusReason,
            trigger,
            unmetGuards is { Count: > 0 } ? [.. unmetGuards] : InvalidLeadTransitionException.NoRequirements,
            BoundLead.MasterId));
        _disqualify = _machine.SetTriggerParameters<DisqualificationReason>(LeadTrigger.Disqualify);
        _convert = _machine.SetTriggerParameters<LeadConversion>(LeadTrigger.Convert);
        _merge = _machine.SetTriggerParameters<LeadId>(LeadTrigger.Merge);

        var qualifyGuards = new Tuple<Func<bool>, string>[policy.Requirements.Count];
        for (var i = 0; i < qualifyGuards.Length; i++)
        {
            var requirement = policy.Requirements[i];
            qualifyGuards[i] = Tuple.Create<Func<bool>, string>(() => requirement.IsMetBy(BoundLead), requirement.Description);
        }

        _machine.Configure(LifecycleState.Open)
            .PermitIf(LeadTrigger.Qualify, LifecycleState.Qualified, qualifyGuards)
            .Permit(LeadTrigger.Disqualify, LifecycleState.Disqualified)
            .Permit(LeadTrigger.Merge, LifecycleState.Merged)
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
            .Permit(LeadTrigger.Merge, LifecycleState.Merged)
            .InternalTransitionIf(LeadTrigger.LogActivity, static _ => true, static () => { }, ActivityLabel);

        _machine.Configure(LifecycleState.Disqualified)
            .OnEntryFrom(_disqualify, reason => BoundLead.EnterStatus(LeadStatusReason.Disqualified(reason), null, _actingUser!), "record the reason")
            .Permit(LeadTrigger.Reactivate, LifecycleState.New)
            .Permit(LeadTrigger.Merge, LifecycleState.Merged)
            .InternalTransitionIf(LeadTrigger.LogActivity, static _ => true, static () => { }, ActivityLabel);

        // Configured although terminal: Stateless adds an unconfigured state to its dictionary on first use, a write.
        _machine.Configure(LifecycleState.Converted)
            .OnEntryFrom(_convert, conversion => BoundLead.EnterStatus(LeadStatusReason.Converted, conversion, _actingUser!), "record the conversion");

        // Terminal: a merged lead keeps its data and history and never changes again (Reactivate included).
        _machine.Configure(LifecycleState.Merged)
            .OnEntryFrom(_merge, master => BoundLead.EnterMerged(master, _actingUser!), "record the master");
    }

    /// <summary>Gets a value indicating whether a lead is bound right now (a guard is running on this thread).</summary>
    public bool IsBusy => _lead is not null;

    public StateMachine<LifecycleState, LeadTrigger> Machine => _machine;

    private Lead BoundLead => _lead ?? throw new InvalidOperationException("No lead is bound to the lifecycle machine.");

    /// <summary>The machine's state for a lead: <see cref="LifecycleState.Merged"/> once it has a master, else its status reason's.</summary>
    /// <summary>The trigger's name as a metric tag, without formatting an enum.</summary>
    private static string TriggerName(LeadTrigger trigger) => trigger switch
    {
        LeadTrigger.MarkContacted => nameof(LeadTrigger.MarkContacted),
        LeadTrigger.Qualify => nameof(LeadTrigger.Qualify),
        LeadTrigger.Disqualify => nameof(LeadTrigger.Disqualify),
        LeadTrigger.Reactivate => nameof(LeadTrigger.Reactivate),
        LeadTrigger.Convert => nameof(LeadTrigger.Convert),
        LeadTrigger.Merge => nameof(LeadTrigger.Merge),
        _ => trigger.ToString(),
    };

    public static LifecycleState StateOf(Lead lead) => lead.MasterId is null ? StateOf(lead.StatusReason) : LifecycleState.Merged;

    /// <summary>The machine's state for a status reason: the four kinds of Disqualified share one state.</summary>
    public static LifecycleState StateOf(LeadStatusReason reason) => reason.State switch
    {
        LeadState.Open => reason == LeadStatusReason.Contacted ? LifecycleState.Contacted : LifecycleState.New,
        LeadState.Qualified => LifecycleState.Qualified,
        LeadState.Converted => LifecycleState.Converted,
        _ => LifecycleState.Disqualified,
    };

    /// <summary>Fires a trigger without parameters for <paramref name="lead"/>; the lead's status changes through the mutator.</summary>
    /// <exception cref="InvalidLeadTransitionException">The trigger is not permitted, or a guard is unmet.</exception>
    public void Fire(Lead lead, LeadTrigger trigger, string actingUser)
    {
        Bind(lead, actingUser);
        try
        {
            _machine.Fire(trigger);
            if (_metrics is not null)
            {
                _metrics.Transition(TriggerName(trigger));
            }
        }
        catch (OperationRefusedException refusal) when (_metrics?.Refused(TriggerName(trigger), refusal) ?? false)
        {
            throw; // never reached: the filter only records
        }
        finally
        {
            Unbind();
        }
    }

    /// <summary>Fires Disqualify with its reason.</summary>
    public void Disqualify(Lead lead, DisqualificationReason reason, string actingUser) => Fire(lead, _disqualify, reason, actingUser);

    /// <summary>Fires Convert with its conversion record.</summary>
    public void Convert(Lead lead, LeadConversion conversion, string actingUser) => Fire(lead, _convert, conversion, actingUser);

    /// <summary>Fires Merge with the master's id: the lead becomes Disqualified (Canceled) and points at its master.</summary>
    public void Merge(Lead lead, LeadId master, string actingUser) => Fire(lead, _merge, master, actingUser);

    /// <summary>Fires a trigger with its parameter (the payload reaches the entry action, as Stateless passes it).</summary>
    private void Fire<T>(Lead lead, StateMachine<LifecycleState, LeadTrigger>.TriggerWithParameters<T> trigger, T argument, string actingUser)
    {
        Bind(lead, actingUser);
        try
        {
            _machine.Fire(trigger, argument);
            if (_metrics is not null)
            {
                _metrics.Transition(TriggerName(trigger.Trigger));
                if (trigger.Trigger == LeadTrigger.Convert)
                {
                    _metrics.Converted();
                }
            }
        }
        catch (OperationRefusedException refusal) when (_metrics?.Refused(TriggerName(trigger.Trigger), refusal) ?? false)
        {
            throw; // never reached: the filter only records
        }
        finally
        {
            Unbind();
        }
    }

    /// <summary>Tells whether <paramref name="trigger"/> is permitted for <paramref name="lead"/>, and if not, why.</summary>
    public bool CanFire(Lead lead, LeadTrigger trigger, out IReadOnlyList<string> unmetRequirements)
    {
        Bind(lead, null);
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
            Unbind();
        }
    }

    /// <summary>
    /// The mutator: New, Contacted and Qualified are status reasons of their own and are set here; Disqualified and
    /// Converted need their trigger's parameter and are set by their entry actions, which run right after.
    /// </summary>
    private void EnterState(LifecycleState state)
    {
        switch (state)
        {
            case LifecycleState.New:
                BoundLead.EnterStatus(LeadStatusReason.New, null, _actingUser!);
                break;
            case LifecycleState.Contacted:
                BoundLead.EnterStatus(LeadStatusReason.Contacted, null, _actingUser!);
                break;
            case LifecycleState.Qualified:
                BoundLead.EnterStatus(LeadStatusReason.Qualified, null, _actingUser!);
                break;
        }
    }

    private void Bind(Lead lead, string? actingUser)
    {
        _lead = lead;
        _actingUser = actingUser;
    }

    private void Unbind()
    {
        _lead = null;
        _actingUser = null;
    }
}
