using Stateless.Reflection;

namespace LeadDomain.Leads;

/// <summary>
/// The (from, to) pairs the state machine allows, read from its own description so that restoring a status history
/// checks it against the same rules that fire transitions, not a copy of them.
/// </summary>
internal static class LifecycleSteps
{
    /// <summary>
    /// The (state, trigger) pairs of the machine's internal transitions (Edit, LogActivity), read from its description:
    /// they change no status, so the lead asks this table instead of firing the machine, which costs far more.
    /// </summary>
    public static HashSet<(LifecycleState State, LeadTrigger Trigger)> InternalTriggers(StateMachineInfo info)
    {
        var result = new HashSet<(LifecycleState, LeadTrigger)>();
        foreach (var state in info.States)
        {
            for (var current = state; current is not null; current = current.Superstate)
            {
                foreach (var transition in current.FixedTransitions)
                {
                    if (transition.IsInternalTransition)
                    {
                        result.Add(((LifecycleState)state.UnderlyingState, (LeadTrigger)transition.Trigger.UnderlyingTrigger));
                    }
                }
            }
        }

        return result;
    }

    public static HashSet<(LifecycleState From, LifecycleState To)> From(StateMachineInfo info)
    {
        var byState = new Dictionary<LifecycleState, StateInfo>();
        foreach (var state in info.States)
        {
            byState[(LifecycleState)state.UnderlyingState] = state;
        }

        var steps = new HashSet<(LifecycleState, LifecycleState)>();
        foreach (var (leaf, state) in byState)
        {
            // A leaf inherits the transitions of its superstates.
            for (var current = state; current is not null; current = current.Superstate)
            {
                foreach (var transition in current.FixedTransitions)
                {
                    if (!transition.IsInternalTransition)
                    {
                        steps.Add((leaf, (LifecycleState)transition.DestinationState.UnderlyingState));
                    }
                }
            }
        }

        return steps;
    }
}
