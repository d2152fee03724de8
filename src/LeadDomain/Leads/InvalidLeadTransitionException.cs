using System.Collections.ObjectModel;

namespace LeadDomain.Leads;

/// <summary>
/// The exception thrown when an operation is not permitted for a lead in its current state, or a
/// <see cref="QualificationPolicy"/> requirement is unmet. The lead is left exactly as it was.
/// </summary>
public sealed class InvalidLeadTransitionException : OperationRefusedException
{
    internal InvalidLeadTransitionException(
        LeadId leadId, LeadStatusReason statusReason, LeadTrigger trigger, IReadOnlyList<string> unmetRequirements, LeadId? masterId = null)
        : base(Describe(leadId, statusReason, trigger, unmetRequirements, masterId))
    {
        LeadId = leadId;
        StatusReason = statusReason;
        Trigger = trigger;
        UnmetRequirements = unmetRequirements;
    }

    /// <summary>Gets the id of the lead the operation was refused for.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the lead's state when the operation was refused.</summary>
    public LeadState State => StatusReason.State;

    /// <summary>Gets the lead's status reason when the operation was refused.</summary>
    public LeadStatusReason StatusReason { get; }

    /// <summary>Gets the refused operation.</summary>
    public LeadTrigger Trigger { get; }

    /// <summary>
    /// Gets the descriptions of the unmet requirements when the operation exists in this state but its guards refused
    /// it; empty when the state does not allow the operation at all.
    /// </summary>
    public IReadOnlyList<string> UnmetRequirements { get; }

    private static string Describe(LeadId leadId, LeadStatusReason reason, LeadTrigger trigger, IReadOnlyList<string> unmet, LeadId? masterId)
    {
        if (masterId is { } master)
        {
            return $"Lead {leadId} cannot {trigger}: it was merged into lead {master} and never changes again; work on the master.";
        }

        var state = reason.State;
        var where = state == LeadState.Open || state == LeadState.Disqualified ? $"{state} ({reason})" : state.ToString();
        return unmet.Count == 0
            ? $"Lead {leadId} cannot {trigger} while {where}: the lifecycle does not allow it."
            : $"Lead {leadId} cannot {trigger} while {where}: unmet requirements: {Echo.List(unmet.Select(Echo.Cut).ToArray())}. Meet them first.";
    }

    internal static IReadOnlyList<string> NoRequirements { get; } = ReadOnlyCollection<string>.Empty;
}
