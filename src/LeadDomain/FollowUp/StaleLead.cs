using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.FollowUp;

/// <summary>An open lead with no activity for longer than the policy allows, and what to do about it.</summary>
/// <param name="Lead">The lead.</param>
/// <param name="LastActivityAt">The last thing that happened to the lead: an activity, a status change or its creation.</param>
/// <param name="IdleFor">How long nothing has happened.</param>
/// <param name="ContactAttempts">Calls, sent e-mails and meetings since the lead was (re)opened.</param>
/// <param name="HasAnswered">Whether the lead ever responded since it was (re)opened (opened or clicked an e-mail,
/// visited the web site, submitted a form, met).</param>
/// <param name="Suggestion">What the library suggests: Cannot Contact when the person opted out of every channel the lead has (see <see cref="ContactChannels"/>).</param>
public sealed record StaleLead(
    Lead Lead, Instant LastActivityAt, Duration IdleFor, int ContactAttempts, bool HasAnswered, SuggestedAction Suggestion);
