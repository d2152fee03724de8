using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// Merges duplicate leads into a master, as Dynamics 365's <c>Merge</c> does: the master keeps its values and takes the
/// others' where it has none, and each subordinate is closed and points at the master. Everything is checked before
/// anything changes, with every lead's writer flag held, so a refused merge changes no lead.
/// </summary>
internal static class LeadMerge
{
    /// <summary>
    /// The master the rule picks: an open lead (a merge needs an active master), Contacted before New, then the oldest,
    /// then the lowest id (ordinal text); null when no lead is open.
    /// </summary>
    public static Lead? ChooseMaster(IReadOnlyList<Lead> leads)
    {
        Lead? best = null;
        foreach (var lead in leads)
        {
            if (lead.State == LeadState.Open && lead.MasterId is null && (best is null || Before(lead, best)))
            {
                best = lead;
            }
        }

        return best;

        static bool Before(Lead a, Lead b)
        {
            var aContacted = a.StatusReason == LeadStatusReason.Contacted;
            var bContacted = b.StatusReason == LeadStatusReason.Contacted;
            if (aContacted != bContacted)
            {
                return aContacted;
            }

            if (a.CreatedAt != b.CreatedAt)
            {
                return a.CreatedAt < b.CreatedAt;
            }

            return string.CompareOrdinal(a.Id.ToString(), b.Id.ToString()) < 0;
        }
    }

    /// <exception cref="ArgumentException">The arguments cannot describe a merge (see <see cref="LeadLifecycle.Merge"/>).</exception>
    /// <exception cref="LeadMergeRefusedException">The merge is refused; no lead changed.</exception>
    public static LeadMergeResult Run(LeadLifecycle lifecycle, Lead master, IReadOnlyList<Lead> subordinates, string actingUser, LeadMergeOptions options)
    {
        var leads = CheckArguments(lifecycle, master, subordinates, options, "leads", "options");
        var scopes = new List<Lead.WriteScope>(leads.Length);
        try
        {
            foreach (var lead in leads)
            {
                scopes.Add(lead.BeginWrite());
            }

            var problems = new List<string>();
            if (master.MasterId is { } itsMaster)
            {
                problems.Add($"lead {master.Id}, the master, was merged into lead {itsMaster} already: merge into that one");
            }
            else if (master.State != LeadState.Open)
            {
                problems.Add($"lead {master.Id}, the master, is {master.State}: only an open lead can be a master (Dynamics 365 merges into an active record); reactivate it or choose an open lead");
            }

            foreach (var subordinate in subordinates)
            {
                if (subordinate.MasterId is { } other)
                {
                    problems.Add($"lead {subordinate.Id} was merged into lead {other} already");
                }
                else if (subordinate.State == LeadState.Converted)
                {
                    problems.Add($"lead {subordinate.Id} is Converted: a converted lead cannot be merged into another");
                }
                else if (!lifecycle.Machine.CanFire(subordinate, LeadTrigger.Merge, out _))
                {
                    problems.Add($"lead {subordinate.Id} cannot be merged while {subordinate.StatusReason}");
                }
                else if (subordinate.History.Count >= lifecycle.MaxHistoryEntries)
                {
                    problems.Add($"lead {subordinate.Id} already holds {lifecycle.MaxHistoryEntries} status changes, the lifecycle's limit");
                }
                else if (subordinate.Version >= Lead.MaxVersion)
                {
                    problems.Add($"lead {subordinate.Id} is at version {subordinate.Version}, the highest a lead can reach: archive the lead and start a new one");
                }
            }

            var merged = MergeDetails(leads, options, out var leftOver, out var ratingByHand);
            var missing = lifecycle.CreationPolicy.MissingFields(merged);
            var missingBefore = lifecycle.CreationPolicy.MissingFields(master.Details);
            foreach (var field in missing)
            {
                if (!missingBefore.Contains(field))
                {
                    problems.Add($"the choices leave the master without {field}, which the creation policy requires");
                }
            }

            // The master's version rises by one for the merge and one per activity taken over; it may not pass the highest.
            var (added, activitiesLeftOver) = MergeActivities(leads, lifecycle.MaxActivities);
            if (master.Version > Lead.MaxVersion - 1 - added.Count)
            {
                problems.Add($"lead {master.Id}, the master, is at version {master.Version}: the merge and its {added.Count} activities would take it past the highest version a lead can reach; archive the lead and start a new one");
            }

            if (problems.Count > 0)
            {
                throw new LeadMergeRefusedException(master.Id, problems);
            }

            var ids = ImmutableArray.CreateRange(subordinates.Select(static s => s.Id));
            master.TakeMerge(merged, ratingByHand, added, ids, actingUser);
            foreach (var subordinate in subordinates)
            {
                subordinate.MergeInto(master.Id, actingUser);
            }

            return new LeadMergeResult(master, [.. subordinates], leftOver, added.Count, activitiesLeftOver);
        }
        finally
        {
            foreach (var scope in scopes)
            {
                scope.Dispose();
            }
        }
    }

    private static Lead[] CheckArguments(LeadLifecycle lifecycle, Lead master, IReadOnlyList<Lead> subordinates, LeadMergeOptions options, string parameterName, string optionsName)
    {
        if (options.FieldChoices is null)
        {
            throw new ArgumentException("LeadMergeOptions.FieldChoices may be empty but not null.", optionsName);
        }

        var leads = new Lead[subordinates.Count + 1];
        leads[0] = master;
        var ids = new HashSet<LeadId> { master.Id };
        for (var i = 0; i < subordinates.Count; i++)
        {
            var lead = subordinates[i] ?? throw new ArgumentException($"Lead {i} of the subordinates is null.", parameterName);
            if (!ids.Add(lead.Id))
            {
                throw new ArgumentException($"The lead {lead.Id} appears twice in the merge.", parameterName);
            }

            leads[i + 1] = lead;
        }

        foreach (var lead in leads)
        {
            if (!ReferenceEquals(lead.Lifecycle, lifecycle))
            {
                throw new ArgumentException($"The lead {lead.Id} lives under another LeadLifecycle; merge leads of one lifecycle.", parameterName);
            }
        }

        foreach (var (field, id) in options.FieldChoices)
        {
            if (!field.IsKnown)
            {
                throw new ArgumentException("The default LeadField is not a field; use a LeadField property or LeadField.Custom.", optionsName);
            }

            if (!ids.Contains(id))
            {
                throw new ArgumentException($"The choice for {field} names lead {id}, which takes no part in the merge.", optionsName);
            }
        }

        return leads;
    }

    /// <summary>The master's details after the merge, and every value of any lead that they do not hold.</summary>
    internal static LeadDetails MergeDetails(Lead[] leads, LeadMergeOptions options, out IReadOnlyList<MergeLeftover> leftOver, out bool ratingByHand)
    {
        var master = leads[0];
        var result = master.Details;
        var lost = new List<MergeLeftover>();
        ratingByHand = master.IsRatingSetByHand;
        foreach (var field in LeadField.Standard)
        {
            var chosen = options.FieldChoices.TryGetValue(field, out var id) ? Array.Find(leads, l => l.Id == id) : null;
            if (field == LeadField.Emails)
            {
                result = result with { Emails = MergeEmails(leads, chosen, lost) };
                continue;
            }

            Lead? from = chosen;
            var kept = chosen is null ? null : field.Read(chosen.Details);
            if (chosen is null)
            {
                foreach (var lead in leads)
                {
                    if (field.Read(lead.Details) is { } value)
                    {
                        (from, kept) = (lead, value);
                        break;
                    }
                }
            }

            foreach (var lead in leads)
            {
                if (field.Read(lead.Details) is { } value && !value.Equals(kept))
                {
                    lost.Add(new MergeLeftover(lead.Id, field, value, chosen is null ? MergeLeftoverReason.OtherValueKept : MergeLeftoverReason.OtherLeadChosen));
                }
            }

            if (!Equals(field.Read(result), kept))
            {
                result = field.With(result, kept);
                if (field == LeadField.Rating && from is not null)
                {
                    ratingByHand = kept is not null && from.IsRatingSetByHand;
                }
            }
        }

        result = result with { CustomFields = MergeCustomFields(leads, options, lost) };
        leftOver = lost.AsReadOnly();
        return result;
    }

    private static ImmutableArray<string> MergeEmails(Lead[] leads, Lead? chosen, List<MergeLeftover> lost)
    {
        var emails = ImmutableArray.CreateBuilder<string>(LeadDetailsRules.MaxEmails);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = chosen is null ? leads : [chosen, .. leads.Where(l => l != chosen)];
        foreach (var lead in order)
        {
            foreach (var email in lead.Details.Emails)
            {
                if (seen.Contains(email))
                {
                    continue;
                }

                if (emails.Count < LeadDetailsRules.MaxEmails)
                {
                    emails.Add(email);
                    seen.Add(email);
                }
                else
                {
                    lost.Add(new MergeLeftover(lead.Id, LeadField.Emails, email, MergeLeftoverReason.LimitReached));
                }
            }
        }

        return emails.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, CustomFieldValue> MergeCustomFields(Lead[] leads, LeadMergeOptions options, List<MergeLeftover> lost)
    {
        var choices = new Dictionary<string, LeadId>(StringComparer.Ordinal);
        foreach (var (field, id) in options.FieldChoices)
        {
            if (field.IsCustom)
            {
                choices[field.Name] = id;
            }
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            names.UnionWith(lead.Details.CustomFields.Keys);
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, CustomFieldValue>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var isChosen = choices.TryGetValue(name, out var id);
            CustomFieldValue? kept = null;
            foreach (var lead in leads)
            {
                if ((!isChosen || lead.Id == id) && lead.Details.CustomFields.TryGetValue(name, out var value))
                {
                    kept = value;
                    break;
                }
            }

            var full = kept is not null && result.Count >= LeadDetailsRules.MaxCustomFields;
            if (kept is { } k && !full)
            {
                result.Add(name, k);
            }

            foreach (var lead in leads)
            {
                if (lead.Details.CustomFields.TryGetValue(name, out var value) && (full || value != kept))
                {
                    var reason = full ? MergeLeftoverReason.LimitReached
                        : isChosen ? MergeLeftoverReason.OtherLeadChosen : MergeLeftoverReason.OtherValueKept;
                    lost.Add(new MergeLeftover(lead.Id, LeadField.Custom(name, value.Kind), LeadField.Unwrap(value)!, reason));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The subordinates' activities the master lacks (same type and instant), in the order given, up to its limit.</summary>
    private static (List<LeadActivity> Added, IReadOnlyList<MergeLeftoverActivity> LeftOver) MergeActivities(Lead[] leads, int maxActivities)
    {
        var master = leads[0];
        var seen = new HashSet<LeadActivity>(master.Activities);
        var added = new List<LeadActivity>();
        var leftOver = new List<MergeLeftoverActivity>();
        var room = maxActivities - master.Activities.Count;
        for (var i = 1; i < leads.Length; i++)
        {
            foreach (var activity in leads[i].ActivitySpan)
            {
                if (seen.Contains(activity))
                {
                    continue;
                }

                if (added.Count < room)
                {
                    added.Add(activity);
                    seen.Add(activity);
                }
                else
                {
                    leftOver.Add(new MergeLeftoverActivity(leads[i].Id, activity));
                }
            }
        }

        return (added, leftOver.AsReadOnly());
    }
}
