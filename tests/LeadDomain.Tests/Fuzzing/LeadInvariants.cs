using System.Text.Json;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace LeadDomain.Tests.Fuzzing;

/// <summary>
/// What must hold of every lead the library accepts: its invariants, a snapshot that restores to the same snapshot
/// and survives System.Text.Json unchanged, and every operation the lifecycle permits succeeding on it.
/// </summary>
internal static class LeadInvariants
{
    public static readonly JsonSerializerOptions Json =
        new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static readonly DisqualificationReason Duplicate = DisqualificationReason.Define(100_000_001, "Duplicate");

    public static readonly ActivityType Webinar = ActivityType.Define(100_000_002, "Webinar", ActivityKind.Touch);

    /// <summary>The lifecycle fuzzed snapshots are restored with: lenient creation, a host's own reason and activity type.</summary>
    public static LeadLifecycle NewLifecycle() => new(
        TestLeads.NewClock(),
        new LeadLifecycleOptions
        {
            CreationPolicy = LeadCreationPolicy.Lenient,
            DisqualificationReasons = { Duplicate },
            ActivityTypes = { Webinar },
        });

    /// <summary>Checks the lead's invariants and that its snapshot restores and round-trips through JSON unchanged.</summary>
    public static void Check(Lead lead, LeadLifecycle lifecycle, string context)
    {
        void That(bool condition, string what)
        {
            if (!condition)
            {
                throw new FuzzFailure($"{context}: {what} ({lead})");
            }
        }

        That(lead.Version is >= 1 and <= Lead.MaxVersion, "the version is out of range");
        That(lead.History.Count >= 1 && lead.History[0].From is null && lead.History[0].To == LeadStatusReason.New, "the history does not start with the creation");
        That(lead.History[^1].To == lead.StatusReason, "the history does not end at the status reason");
        That(lead.State == lead.StatusReason.State, "the state and status reason disagree");
        That(lead.Conversion is not null == (lead.State == LeadState.Converted), "a conversion record without conversion, or the reverse");
        That(lead.ModifiedAt >= lead.CreatedAt && lead.History[^1].At <= lead.ModifiedAt, "the times run backwards");
        That(lead.History.Count + lead.Activities.Count <= lead.Version, "more changes than versions");
        That(lead.History.Count <= lifecycle.MaxHistoryEntries && lead.Activities.Count <= lifecycle.MaxActivities, "a size limit is exceeded");
        That(!lead.IsRatingSetByHand || lead.Details.Rating is not null, "a rating set by hand without a rating");
        That(!string.IsNullOrWhiteSpace(lead.Topic) && lead.Topic.Length <= 300 && lead.Topic == lead.Topic.Trim(), "the topic is missing, too long or untrimmed");
        That(lead.Details.Emails.Count <= 3, "more than three e-mails");
        That(lead.Details.CustomFields.Count <= 200, "more than 200 custom fields");
        for (var i = 1; i < lead.History.Count; i++)
        {
            That(lead.History[i].At >= lead.History[i - 1].At && lead.History[i].From == lead.History[i - 1].To, $"history entry {i} does not follow the one before");
        }

        var snapshot = lead.ToSnapshot();
        var restored = lifecycle.Restore(snapshot).ToSnapshot();
        That(restored.Equals(snapshot), "the snapshot does not restore to itself");

        var json = JsonSerializer.Serialize(snapshot, Json);
        var read = JsonSerializer.Deserialize<LeadSnapshot>(json, Json)!;
        var again = lifecycle.Restore(read).ToSnapshot();
        That(again.Equals(snapshot), "the snapshot changes through JSON: " + Cut(json));
        That(JsonSerializer.Serialize(again, Json) == json, "the JSON of the snapshot changes when written again");
    }

    /// <summary>
    /// Runs each operation the lead permits, each on its own fresh restore of <paramref name="snapshot"/>, with valid
    /// arguments: each must succeed (or meet a size limit the lead is at), and leave a lead that passes <see cref="Check"/>.
    /// </summary>
    public static void EveryPermittedOperationSucceeds(LeadSnapshot snapshot, LeadLifecycle lifecycle, string context)
    {
        foreach (var trigger in lifecycle.Restore(snapshot).GetPermittedTriggers())
        {
            var lead = lifecycle.Restore(snapshot);
            var before = lead.ToSnapshot();
            var atLimit = lead.Version == Lead.MaxVersion
                || (trigger == LeadTrigger.Merge && lead.Activities.Count >= lifecycle.MaxActivities)
                || (trigger == LeadTrigger.LogActivity ? lead.Activities.Count >= lifecycle.MaxActivities
                    : trigger is not (LeadTrigger.Edit) && lead.History.Count >= lifecycle.MaxHistoryEntries);
            try
            {
                Fire(lead, trigger, lifecycle);
            }
            // A merge checks its leads' versions first and refuses the whole merge (LeadMergeRefusedException) before any change.
            catch (OperationRefusedException e) when (atLimit && (e is LeadLimitException || (trigger == LeadTrigger.Merge && e is LeadMergeRefusedException)))
            {
                if (!lead.ToSnapshot().Equals(before))
                {
                    throw new FuzzFailure($"{context}: {trigger} was refused at a limit but changed the lead");
                }

                continue;
            }
            catch (Exception e) when (e is not FuzzFailure)
            {
                throw new FuzzFailure($"{context}: {trigger} is permitted but threw {e.GetType().Name}: {e.Message}", e);
            }

            Check(lead, lifecycle, $"{context}, after {trigger}");
        }
    }

    private static void Fire(Lead lead, LeadTrigger trigger, LeadLifecycle lifecycle)
    {
        const string user = "fuzz";
        switch (trigger)
        {
            case LeadTrigger.MarkContacted: lead.MarkContacted(user); break;
            case LeadTrigger.Qualify: lead.Qualify(user); break;
            case LeadTrigger.Disqualify: lead.Disqualify(Duplicate, user); break;
            case LeadTrigger.Reactivate: lead.Reactivate(user); break;
            case LeadTrigger.Convert: lead.MarkConverted(new LeadConversion("acc-1", "con-1", null), user); break;
            case LeadTrigger.Edit:
                lead.Edit(lead.Details with { Description = lead.Details.Description == "fuzzed" ? "fuzzed again" : "fuzzed" }, user);
                if (lead.Version < Lead.MaxVersion)
                {
                    lead.ApplyComputedRating(lead.Details.Rating == LeadRating.Hot ? LeadRating.Cold : LeadRating.Hot, user);
                }

                break;
            case LeadTrigger.LogActivity:
                lead.LogActivity(lifecycle.ActivityTypes[^1], TestLeads.Start - Duration.FromDays(1), user);
                break;
            case LeadTrigger.Merge:
                // The lead as a subordinate of a fresh master: it takes the lead's values, lists and activities.
                var master = lifecycle.Create(new LeadDetails { LastName = "Master" }, user);
                lifecycle.Merge([master, lead], user, new LeadMergeOptions { Master = master.Id });
                break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null);
        }
    }

    private static string Cut(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
