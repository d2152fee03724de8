using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.FollowUp;

/// <summary>What follow-up rules read from a lead since it was last (re)opened.</summary>
internal readonly record struct LeadActivityView(Instant OpenedAt, Instant? LastTouchAt, Instant LastActivityAt, int Attempts, bool HasAnswered)
{
    public static LeadActivityView Of(Lead lead)
    {
        var history = lead.History;
        var opened = lead.CreatedAt;
        var lastActivity = lead.CreatedAt;
        Instant? lastTouch = null;
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            lastActivity = Max(lastActivity, change.At);
            if (change.To == LeadStatusReason.New)
            {
                // A reactivated lead starts over: its first contact is due from the reactivation.
                opened = change.At;
                lastTouch = null;
            }
            else if (change.To == LeadStatusReason.Contacted)
            {
                lastTouch = Max(lastTouch, change.At);
            }
        }

        var attempts = 0;
        var answered = false;
        foreach (var activity in lead.ActivitySpan)
        {
            lastActivity = Max(lastActivity, activity.At);
            if (activity.At < opened)
            {
                continue;
            }

            switch (activity.Type.Kind)
            {
                case ActivityKind.Touch:
                    attempts++;
                    lastTouch = Max(lastTouch, activity.At);

                    // A meeting needs the person there: it is an answer too.
                    answered |= activity.Type == ActivityType.Meeting;
                    break;
                case ActivityKind.Engagement:
                    answered = true;
                    break;
            }
        }

        return new LeadActivityView(opened, lastTouch, lastActivity, attempts, answered);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Max(Instant? a, Instant b) => a is { } x && x > b ? x : b;
}
