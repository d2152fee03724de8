namespace LeadDomain.Leads;

/// <summary>Why a merged lead's value is not held by the master after a merge.</summary>
public enum MergeLeftoverReason
{
    /// <summary>The field took another lead's value: the master's, or the first non-empty one in the order given.</summary>
    OtherValueKept = 1,

    /// <summary>The caller chose another lead for the field (<see cref="LeadMergeOptions.FieldChoices"/>).</summary>
    OtherLeadChosen = 2,

    /// <summary>The master's limit was reached: three e-mails, 200 custom fields, or the lifecycle's <see cref="LeadLifecycle.MaxActivities"/>.</summary>
    LimitReached = 3,
}
