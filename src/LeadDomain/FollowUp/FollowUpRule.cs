using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.FollowUp;

/// <summary>
/// An override of the policy's durations for leads of a source, a rating, or both (for example hot trade-show leads
/// within one hour). The most specific matching rule that sets a duration wins.
/// </summary>
/// <param name="Source">The source it applies to; any when <see langword="null"/>.</param>
/// <param name="Rating">The rating it applies to; any when <see langword="null"/>.</param>
/// <param name="FirstContactWithin">The first-contact deadline; the less specific one when <see langword="null"/>.</param>
/// <param name="TouchEvery">The longest gap between touches; the less specific one when <see langword="null"/>.</param>
public sealed record FollowUpRule(LeadSource? Source, LeadRating? Rating, Duration? FirstContactWithin, Duration? TouchEvery)
{
    internal int Specificity => (Source is null ? 0 : 1) + (Rating is null ? 0 : 1);

    internal bool AppliesTo(LeadDetails details) =>
        (Source is null || Source == details.Source) && (Rating is null || Rating == details.Rating);
}
