using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.FollowUp;

/// <summary>
/// Follow-up discipline for open leads: a first contact within a deadline of creation (or reactivation), then a touch
/// at least every so often, with overrides per source and rating; and which leads went stale, with a suggestion. A
/// touch is a logged call, sent e-mail or meeting, or marking the lead contacted. Immutable and thread-safe.
/// </summary>
public sealed class FollowUpPolicy
{
    private readonly FollowUpRule[] _rules;

    internal FollowUpPolicy(Duration firstContactWithin, Duration touchEvery, Duration staleAfter, int attempts, FollowUpRule[] rules)
    {
        FirstContactWithin = firstContactWithin;
        TouchEvery = touchEvery;
        StaleAfter = staleAfter;
        AttemptsBeforeGivingUp = attempts;
        _rules = rules;
    }

    /// <summary>Gets the first-contact deadline for leads no override matches.</summary>
    public Duration FirstContactWithin { get; }

    /// <summary>Gets the longest gap between touches for leads no override matches.</summary>
    public Duration TouchEvery { get; }

    /// <summary>Gets how long an open lead may see no activity before it is stale.</summary>
    public Duration StaleAfter { get; }

    /// <summary>Gets how many unanswered attempts make a stale lead a candidate for Cannot Contact.</summary>
    public int AttemptsBeforeGivingUp { get; }

    /// <summary>Gets the overrides per source and rating.</summary>
    public IReadOnlyList<FollowUpRule> Rules => _rules;

    /// <summary>Starts a policy with the defaults: first contact within 24 hours, a touch every 3 days, stale after 14 days.</summary>
    /// <returns>A builder.</returns>
    public static FollowUpPolicyBuilder CreateBuilder() => new();

    /// <summary>When <paramref name="lead"/> is next due for a touch; <see langword="null"/> when it is not open.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The due touch, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public FollowUpDue? Due(Lead lead)
    {
        Guard.Against.Null(lead);
        if (lead.State != LeadState.Open)
        {
            return null;
        }

        var view = LeadActivityView.Of(lead);
        var channels = Channels.Of(lead.Details);
        return view.LastTouchAt is { } last
            ? new FollowUpDue(lead, FollowUpKind.NextTouch, last + Resolve(lead.Details, r => r.TouchEvery, TouchEvery), last, channels)
            : new FollowUpDue(lead, FollowUpKind.FirstContact, view.OpenedAt + Resolve(lead.Details, r => r.FirstContactWithin, FirstContactWithin), null, channels);
    }

    /// <summary>The open leads whose touch is overdue at <paramref name="at"/>, most overdue first (then by id).</summary>
    /// <param name="leads">The leads (any state; only open leads can be overdue).</param>
    /// <param name="at">The instant to judge at.</param>
    /// <returns>The overdue touches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> or one of its items is null.</exception>
    public IReadOnlyList<FollowUpDue> Overdue(IEnumerable<Lead> leads, Instant at)
    {
        Guard.Against.Null(leads);
        return [.. leads.Select(lead => Due(lead ?? throw new ArgumentNullException(nameof(leads), "A lead is null.")))
            .OfType<FollowUpDue>()
            .Where(due => due.DueAt < at)
            .OrderBy(due => due.DueAt)
            .ThenBy(due => due.Lead.Id.Value)];
    }

    /// <summary>
    /// The open leads with no activity for at least <see cref="StaleAfter"/> at <paramref name="at"/>, idlest first,
    /// each with a suggestion: Cannot Contact after <see cref="AttemptsBeforeGivingUp"/> unanswered attempts; No
    /// Longer Interested when a lead that answered once has been idle for twice <see cref="StaleAfter"/>; otherwise
    /// follow up.
    /// </summary>
    /// <param name="leads">The leads (any state; only open leads can be stale).</param>
    /// <param name="at">The instant to judge at.</param>
    /// <returns>The stale leads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> or one of its items is null.</exception>
    public IReadOnlyList<StaleLead> Stale(IEnumerable<Lead> leads, Instant at)
    {
        Guard.Against.Null(leads);
        var stale = new List<StaleLead>();
        foreach (var lead in leads)
        {
            Guard.Against.Null(lead, nameof(leads));
            if (lead.State != LeadState.Open)
            {
                continue;
            }

            var view = LeadActivityView.Of(lead);
            var idle = at - view.LastActivityAt;
            if (idle < StaleAfter)
            {
                continue;
            }

            // A person who opted out of every channel we have cannot be contacted: following up would break consent.
            var suggestion = Channels.AllOptedOut(lead.Details) ? SuggestedAction.DisqualifyCannotContact
                : !view.HasAnswered && view.Attempts >= AttemptsBeforeGivingUp ? SuggestedAction.DisqualifyCannotContact
                : view.HasAnswered && idle >= StaleAfter * 2 ? SuggestedAction.DisqualifyNoLongerInterested
                : SuggestedAction.FollowUp;
            stale.Add(new StaleLead(lead, view.LastActivityAt, idle, view.Attempts, view.HasAnswered, suggestion));
        }

        return [.. stale.OrderByDescending(s => s.IdleFor).ThenBy(s => s.Lead.Id.Value)];
    }

    /// <summary>The most specific matching override's duration; between equally specific ones, the shorter.</summary>
    private Duration Resolve(LeadDetails details, Func<FollowUpRule, Duration?> pick, Duration fallback)
    {
        FollowUpRule? best = null;
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(details) && pick(rule) is { } value
                && (best is null || rule.Specificity > best.Specificity || (rule.Specificity == best.Specificity && value < pick(best)!.Value)))
            {
                best = rule;
            }
        }

        return best is null ? fallback : pick(best)!.Value;
    }
}
