using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.FollowUp;

/// <summary>Builds a <see cref="FollowUpPolicy"/>. Start with <see cref="FollowUpPolicy.CreateBuilder"/>.</summary>
public sealed class FollowUpPolicyBuilder
{
    private readonly List<FollowUpRule> _rules = [];
    private Duration _firstContactWithin = Duration.FromHours(24);
    private Duration _touchEvery = Duration.FromDays(3);
    private Duration _staleAfter = Duration.FromDays(14);
    private int _attemptsBeforeGivingUp = 3;

    internal FollowUpPolicyBuilder()
    {
    }

    /// <summary>Sets how soon after creation (or reactivation) a lead must first be contacted. Default: 24 hours.</summary>
    /// <param name="within">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is zero or negative.</exception>
    public FollowUpPolicyBuilder FirstContactWithin(Duration within)
    {
        _firstContactWithin = Positive(within);
        return this;
    }

    /// <summary>Sets the longest gap between touches while a lead is open. Default: 3 days.</summary>
    /// <param name="every">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="every"/> is zero or negative.</exception>
    public FollowUpPolicyBuilder TouchEvery(Duration every)
    {
        _touchEvery = Positive(every);
        return this;
    }

    /// <summary>Sets how long an open lead may see no activity before it is stale. Default: 14 days.</summary>
    /// <param name="after">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="after"/> is zero or negative.</exception>
    public FollowUpPolicyBuilder StaleAfter(Duration after)
    {
        _staleAfter = Positive(after);
        return this;
    }

    /// <summary>
    /// Sets how many unanswered contact attempts make a stale lead a candidate for Cannot Contact. Default: 3.
    /// </summary>
    /// <param name="attempts">At least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempts"/> is less than 1.</exception>
    public FollowUpPolicyBuilder GiveUpAfterAttempts(int attempts)
    {
        _attemptsBeforeGivingUp = attempts >= 1
            ? attempts
            : throw new ArgumentOutOfRangeException(nameof(attempts), attempts, "At least one unanswered attempt must come before giving up: give 1 or more.");
        return this;
    }

    /// <summary>Overrides the durations for leads of a source, a rating, or both.</summary>
    /// <param name="source">The source; any when null.</param>
    /// <param name="rating">The rating; any when null.</param>
    /// <param name="firstContactWithin">The first-contact deadline for these leads; unchanged when null.</param>
    /// <param name="touchEvery">The longest gap between touches for these leads; unchanged when null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Neither a source nor a rating is given, neither duration is given, or a
    /// rule for the same source and rating exists.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is zero or negative.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="source"/> or
    /// <paramref name="rating"/> is not a defined value.</exception>
    public FollowUpPolicyBuilder For(LeadSource? source = null, LeadRating? rating = null, Duration? firstContactWithin = null, Duration? touchEvery = null)
    {
        if (source is { } s)
        {
            Guard.Against.EnumOutOfRange(s);
        }

        if (rating is { } r)
        {
            Guard.Against.EnumOutOfRange(r);
        }

        if (source is null && rating is null)
        {
            throw new ArgumentException("An override names a source, a rating or both; set the policy's own durations instead.", nameof(source));
        }

        if (firstContactWithin is null && touchEvery is null)
        {
            throw new ArgumentException("An override sets the first-contact deadline, the touch interval or both.", nameof(firstContactWithin));
        }

        if (_rules.Any(rule => rule.Source == source && rule.Rating == rating))
        {
            throw new ArgumentException($"There is already an override for source {source?.ToString() ?? "(any)"} and rating {rating?.ToString() ?? "(any)"}.", nameof(source));
        }

        _rules.Add(new FollowUpRule(
            source, rating, firstContactWithin is { } f ? Positive(f, nameof(firstContactWithin)) : null, touchEvery is { } t ? Positive(t, nameof(touchEvery)) : null));
        return this;
    }

    /// <summary>Builds the policy.</summary>
    /// <returns>An immutable, thread-safe policy.</returns>
    public FollowUpPolicy Build() => new(_firstContactWithin, _touchEvery, _staleAfter, _attemptsBeforeGivingUp, [.. _rules]);

    private static Duration Positive(Duration duration, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(duration))] string? name = null) =>
        duration > Duration.Zero ? duration : throw new ArgumentOutOfRangeException(name, duration, "The duration must be positive.");
}
