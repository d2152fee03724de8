using System.Text;

namespace LeadDomain.Leads;

/// <summary>
/// The folded form (<see cref="TextFolding"/>) of a lead's short text fields that are not plain ASCII, computed when
/// the details are stored so that rules comparing text do not fold the same text on every evaluation. ASCII text is
/// not kept: an ordinal-ignore-case comparison gives the folded answer directly. Free text (need, description) is
/// not kept either: it can be long, and few rules read it.
/// </summary>
internal sealed class FoldedLeadText
{
    private FoldedLeadText(LeadDetails source)
    {
        Source = source;
        Topic = FoldIfNotAscii(source.Topic);
        FirstName = FoldIfNotAscii(source.FirstName);
        LastName = FoldIfNotAscii(source.LastName);
        CompanyName = FoldIfNotAscii(source.CompanyName);
        JobTitle = FoldIfNotAscii(source.JobTitle);
        Industry = FoldIfNotAscii(source.Industry);
        Owner = FoldIfNotAscii(source.Owner);
    }

    /// <summary>Gets the details these texts were folded from.</summary>
    public LeadDetails Source { get; }

    public string? Topic { get; }

    public string? FirstName { get; }

    public string? LastName { get; }

    public string? CompanyName { get; }

    public string? JobTitle { get; }

    public string? Industry { get; }

    public string? Owner { get; }

    /// <summary>
    /// The folded texts of <paramref name="details"/>, or <see langword="null"/> when all of them are ASCII (the
    /// common case costs nothing). <paramref name="previous"/> is reused when its texts are the same strings.
    /// </summary>
    public static FoldedLeadText? For(LeadDetails details, FoldedLeadText? previous)
    {
        if (!NeedsFolding(details))
        {
            return null;
        }

        if (previous is not null && SameTexts(previous.Source, details))
        {
            return previous;
        }

        return new FoldedLeadText(details);
    }

    private static bool NeedsFolding(LeadDetails d) =>
        !IsAscii(d.Topic) || !IsAscii(d.FirstName) || !IsAscii(d.LastName) || !IsAscii(d.CompanyName)
        || !IsAscii(d.JobTitle) || !IsAscii(d.Industry) || !IsAscii(d.Owner);

    private static bool SameTexts(LeadDetails a, LeadDetails b) =>
        ReferenceEquals(a.Topic, b.Topic) && ReferenceEquals(a.FirstName, b.FirstName)
        && ReferenceEquals(a.LastName, b.LastName) && ReferenceEquals(a.CompanyName, b.CompanyName)
        && ReferenceEquals(a.JobTitle, b.JobTitle) && ReferenceEquals(a.Industry, b.Industry)
        && ReferenceEquals(a.Owner, b.Owner);

    private static bool IsAscii(string? text) => text is null || Ascii.IsValid(text);

    private static string? FoldIfNotAscii(string? text) => text is null || Ascii.IsValid(text) ? null : TextFolding.Fold(text);
}
