using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.FollowUp;

/// <summary>When an open lead is next due for a touch.</summary>
/// <param name="Lead">The lead.</param>
/// <param name="Kind">A first contact or a next touch.</param>
/// <param name="DueAt">When the touch is due.</param>
/// <param name="LastTouchAt">The last call, sent e-mail, meeting or mark-contacted since the lead was (re)opened, if any.</param>
/// <param name="Channels">The ways the touch may take: known and not opted out of. <see cref="ContactChannels.None"/>
/// means the person cannot be contacted at all, whatever is due (the consent flags are respected, never overridden).</param>
public sealed record FollowUpDue(Lead Lead, FollowUpKind Kind, Instant DueAt, Instant? LastTouchAt, ContactChannels Channels)
{
    /// <summary>How late the touch is at <paramref name="at"/>; zero or negative when it is not late.</summary>
    /// <param name="at">The instant to measure at.</param>
    /// <returns>The lateness.</returns>
    public Duration OverdueBy(Instant at) => at - DueAt;
}
