namespace LeadDomain.Leads;

/// <summary>Decides whether a snapshot describes a lead that can exist, and lists every reason it cannot.</summary>
internal static class LeadSnapshotRules
{
    /// <summary>Returns the snapshot's details in stored form, or throws listing every problem.</summary>
    /// <exception cref="InvalidLeadSnapshotException">The snapshot describes a lead that cannot exist.</exception>
    public static LeadDetails Check(LeadSnapshot snapshot, LeadLifecycle lifecycle)
    {
        var problems = new List<string>();
        LeadDetails? details = null;

        if (snapshot.Id.IsEmpty)
        {
            problems.Add("the id is empty");
        }

        if (snapshot.Details is null)
        {
            problems.Add("the details are missing");
        }
        else
        {
            try
            {
                details = LeadDetailsRules.Normalize(snapshot.Details, nameof(snapshot));
                if (details.Topic is null)
                {
                    problems.Add("the details have no topic, and no company or name to compose one from");
                }
            }
            catch (ArgumentException e)
            {
                problems.Add("the details are invalid: " + FirstSentence(e.Message));
            }
        }

        var statusKnown = IsKnown(snapshot.StatusReason, lifecycle);
        if (!Enum.IsDefined(snapshot.State))
        {
            problems.Add($"the state {snapshot.State} is not a lead state");
        }
        else if (!statusKnown)
        {
            problems.Add($"the status reason {Describe(snapshot.StatusReason)} is not one the lifecycle knows (register a host's own disqualification reason in LeadLifecycleOptions)");
        }
        else if (snapshot.StatusReason.State != snapshot.State)
        {
            problems.Add(snapshot.State == LeadState.Disqualified
                ? $"the lead is Disqualified without a disqualification reason (its status reason is {snapshot.StatusReason})"
                : $"the status reason {snapshot.StatusReason} does not belong to the state {snapshot.State}");
        }

        if (snapshot.State == LeadState.Converted && snapshot.Conversion is null)
        {
            problems.Add("the lead is Converted without a conversion record");
        }
        else if (snapshot.State != LeadState.Converted && snapshot.Conversion is not null)
        {
            problems.Add($"the lead is {snapshot.State} but has a conversion record");
        }

        if (snapshot.MasterId is { } master)
        {
            if (master.IsEmpty)
            {
                problems.Add("the lead is merged into a master with the empty id");
            }
            else if (master == snapshot.Id)
            {
                problems.Add("the lead is merged into itself");
            }

            if (statusKnown && snapshot.StatusReason != LeadStatusReason.Canceled)
            {
                problems.Add($"the lead is merged, so its status reason is Canceled, but it is {snapshot.StatusReason}");
            }
        }

        if (snapshot.IsRatingSetByHand && snapshot.Details is { Rating: null })
        {
            problems.Add("the rating is marked as set by hand but there is no rating");
        }

        if (snapshot.Version < 1)
        {
            problems.Add($"the version is {snapshot.Version}; a lead's version starts at 1");
        }
        else if (snapshot.Version == long.MaxValue)
        {
            problems.Add("the version is long.MaxValue, so the lead could never change again");
        }

        if (snapshot.ModifiedAt < snapshot.CreatedAt)
        {
            problems.Add($"it was modified ({snapshot.ModifiedAt}) before it was created ({snapshot.CreatedAt})");
        }

        CheckHistory(snapshot, lifecycle, statusKnown, problems);

        if (snapshot.Activities is null)
        {
            problems.Add("the activity log is missing; it may be empty but not null");
        }
        else
        {
            // A log over the limit is refused by its count alone: checking each of a million entries would only
            // make a damaged or hostile snapshot cost more to refuse.
            var activityCount = snapshot.Activities.Count;
            if (activityCount > lifecycle.MaxActivities)
            {
                problems.Add($"the activity log holds {activityCount} activities, more than the lifecycle's limit of {lifecycle.MaxActivities}");
                activityCount = 0;
            }

            for (var i = 0; i < activityCount; i++)
            {
                var type = snapshot.Activities[i].Type;
                if (!lifecycle.IsKnown(type))
                {
                    problems.Add($"activity {i} has the type {type.Code} '{Echo.Cut(type.Name)}', which the lifecycle does not know (register a host's own type in LeadLifecycleOptions)");
                }
            }

            if (snapshot.History is { Count: > 0 } && snapshot.History.Count + snapshot.Activities.Count > snapshot.Version)
            {
                problems.Add($"the status history and activity log hold {snapshot.History.Count + snapshot.Activities.Count} changes but the version is {snapshot.Version}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidLeadSnapshotException(snapshot.Id, problems);
        }

        return details!;
    }

    private static void CheckHistory(LeadSnapshot snapshot, LeadLifecycle lifecycle, bool statusKnown, List<string> problems)
    {
        var history = snapshot.History;
        if (history is null || history.Count == 0)
        {
            problems.Add("the status history is empty; it starts with the creation entry");
            return;
        }

        if (history.Count > lifecycle.MaxHistoryEntries)
        {
            // Refused by its count alone, as an overlong activity log is.
            problems.Add($"the status history has {history.Count} entries, more than the lifecycle's limit of {lifecycle.MaxHistoryEntries}");
            return;
        }

        if (history.Count > snapshot.Version)
        {
            problems.Add($"the status history has {history.Count} entries but the version is {snapshot.Version}; every entry is a change");
        }

        var first = history[0];
        if (first.From is not null || first.To != LeadStatusReason.New)
        {
            problems.Add("the status history does not start with the creation entry (from nothing to New)");
        }
        else if (first.At != snapshot.CreatedAt)
        {
            problems.Add($"the creation entry is dated {first.At}, not at the creation time {snapshot.CreatedAt}");
        }

        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            if (string.IsNullOrWhiteSpace(entry.ActingUser))
            {
                problems.Add($"status history entry {i} has no acting user");
            }
            else if (!Echo.IsWellFormed(entry.ActingUser) || entry.ActingUser.Length > LeadDetailsRules.ShortTextLength)
            {
                problems.Add($"status history entry {i} has an acting user longer than {LeadDetailsRules.ShortTextLength} characters or with a lone surrogate");
            }

            if (!IsKnown(entry.To, lifecycle) || (entry.From is { } f && !IsKnown(f, lifecycle)))
            {
                problems.Add($"status history entry {i} names a status reason the lifecycle does not know");
                return;
            }

            if (i == 0)
            {
                continue;
            }

            var previous = history[i - 1];
            if (entry.At < previous.At)
            {
                problems.Add($"status history entry {i} ({entry.At}) is earlier than the entry before it ({previous.At})");
            }

            if (entry.From != previous.To)
            {
                problems.Add($"status history entry {i} starts from {(entry.From is { } from ? from.ToString() : "nothing")}, but the entry before it ended at {previous.To}");
            }
            else if (!lifecycle.HasStep(LifecycleMachine.StateOf(previous.To), StateAfter(entry, i == history.Count - 1 && snapshot.MasterId is not null)))
            {
                problems.Add($"status history entry {i} goes from {previous.To} to {entry.To}, which the lifecycle does not allow");
            }
        }

        var last = history[^1];
        if (statusKnown && last.To != snapshot.StatusReason)
        {
            problems.Add($"the status history ends at {last.To}, but the status reason is {snapshot.StatusReason}");
        }

        if (last.At > snapshot.ModifiedAt)
        {
            problems.Add($"the last status change ({last.At}) is later than the modification time ({snapshot.ModifiedAt})");
        }
    }

    /// <summary>The machine's state an entry leads to: a merged lead's last entry is its merge.</summary>
    private static LifecycleState StateAfter(StatusChange entry, bool isMerge) =>
        isMerge ? LifecycleState.Merged : LifecycleMachine.StateOf(entry.To);

    /// <summary>Whether the status reason is a well-known one (exactly), or a disqualification reason the lifecycle knows.</summary>
    private static bool IsKnown(LeadStatusReason reason, LeadLifecycle lifecycle) =>
        LeadStatusReason.FromWellKnownCode(reason.Code) is { } wellKnown
            ? wellKnown == reason
            : reason.DisqualificationReason is { } why && lifecycle.IsKnown(why);

    private static string Describe(LeadStatusReason reason) => $"{reason.Code} '{Echo.Cut(reason.Name)}' ({reason.State})";

    private static string FirstSentence(string message)
    {
        // ArgumentException appends " (Parameter 'x')"; the problem list reads better without it.
        var end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
