namespace LeadDomain.Leads;

/// <summary>A lead's part in a merge (<see cref="LeadLifecycle.Merge"/>): as a subordinate, or as the master.</summary>
public sealed partial class Lead
{
    /// <summary>
    /// Called by the lifecycle machine's entry action for Merged: closes the lead as Disqualified (Canceled), the way
    /// Dynamics 365 deactivates a merged record, and points it at its master.
    /// </summary>
    /// <exception cref="LeadLimitException">The history is full; nothing is changed.</exception>
    internal void EnterMerged(LeadId master, string actingUser)
    {
        EnterStatus(LeadStatusReason.Canceled, null, actingUser);
        MasterId = master;
    }

    /// <summary>
    /// Merges this lead into <paramref name="master"/> as a subordinate; the caller holds the write scope and has checked
    /// that the machine permits it and the history has room.
    /// </summary>
    internal void MergeInto(LeadId master, string actingUser)
    {
        _lifecycle.Machine.Merge(this, master, actingUser);
        _events.Add(new LeadMergedInto(Id, Version, ModifiedAt, actingUser, master));
    }

    /// <summary>
    /// Takes a merge as its master: the merged details and the activities taken over, all checked by the caller, who holds
    /// the write scope. The version rises by one for the merge and one per activity taken over, so that it still counts
    /// every change the lead's log and history went through.
    /// </summary>
    internal void TakeMerge(LeadDetails details, bool isRatingSetByHand, IReadOnlyList<LeadActivity> added, IReadOnlyList<LeadId> subordinates, string actingUser)
    {
        var (_, at) = Stamp();
        Version = checked(Version + added.Count);
        foreach (var activity in added)
        {
            _activities.Append(activity);
        }

        Details = details;
        IsRatingSetByHand = isRatingSetByHand;
        _events.Add(new LeadMerged(Id, Version, at, actingUser, subordinates, details));
    }
}
