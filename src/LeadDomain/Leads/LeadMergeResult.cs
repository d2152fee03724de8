namespace LeadDomain.Leads;

/// <summary>What a merge did: the master that carries on, the leads merged into it, and every value the master does not hold.</summary>
public sealed class LeadMergeResult
{
    internal LeadMergeResult(
        Lead master, IReadOnlyList<Lead> subordinates, IReadOnlyList<MergeLeftover> leftOver, int activitiesAdded, IReadOnlyList<MergeLeftoverActivity> activitiesLeftOver)
    {
        Master = master;
        Subordinates = subordinates;
        LeftOver = leftOver;
        ActivitiesAdded = activitiesAdded;
        ActivitiesLeftOver = activitiesLeftOver;
    }

    /// <summary>Gets the master: the open lead that took the merge and carries on.</summary>
    public Lead Master { get; }

    /// <summary>Gets the leads merged into the master, in the order given: each is now Disqualified (Canceled) with <see cref="Lead.MasterId"/> set.</summary>
    public IReadOnlyList<Lead> Subordinates { get; }

    /// <summary>
    /// Gets every non-empty value of any of the merged leads (the master included) that the master does not hold after
    /// the merge, with its field, lead and reason, by field in the order of <see cref="LeadField.Standard"/> (custom
    /// fields last, by name), then by lead in the order given. Empty when the master holds everything.
    /// </summary>
    public IReadOnlyList<MergeLeftover> LeftOver { get; }

    /// <summary>Gets how many activities the master took over from the subordinates (duplicates, same type and instant, are taken once).</summary>
    public int ActivitiesAdded { get; }

    /// <summary>Gets the subordinates' activities the master could not take because its log was full; usually empty.</summary>
    public IReadOnlyList<MergeLeftoverActivity> ActivitiesLeftOver { get; }
}
