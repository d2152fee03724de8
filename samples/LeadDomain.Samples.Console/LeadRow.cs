using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>One lead as read from a CSV file: its details and the activity recorded so far.</summary>
/// <param name="Line">The line it was read from, for errors found later.</param>
/// <param name="Details">The lead's details.</param>
/// <param name="Created">When the lead was created.</param>
/// <param name="FirstContact">When the person was first reached, or null when never.</param>
/// <param name="LastTouch">The latest activity; the counted activities are spread evenly from creation to it.</param>
/// <param name="Calls">Calls made.</param>
/// <param name="Meetings">Meetings held.</param>
/// <param name="WebVisits">Visits to the web site.</param>
/// <param name="EmailsOpened">Marketing e-mails opened.</param>
public sealed record LeadRow(
    int Line,
    LeadDetails Details,
    Instant Created,
    Instant? FirstContact,
    Instant? LastTouch,
    int Calls,
    int Meetings,
    int WebVisits,
    int EmailsOpened)
{
    /// <summary>Gets the 0-based position of each column of the file, by name, for errors found after reading.</summary>
    public IReadOnlyDictionary<string, int> ColumnNumbers { get; init; } = new Dictionary<string, int>();
}
