namespace LeadDomain.Leads;

/// <summary>What a lead did, or what a seller did with the lead: the entries of a lead's activity log.</summary>
public enum ActivityType
{
    /// <summary>The person opened an e-mail.</summary>
    EmailOpened = 1,

    /// <summary>The person clicked a link in an e-mail.</summary>
    EmailClicked = 2,

    /// <summary>The person visited the web site.</summary>
    WebVisit = 3,

    /// <summary>The person submitted a form.</summary>
    FormSubmitted = 4,

    /// <summary>A phone call with the person.</summary>
    Call = 5,

    /// <summary>A meeting with the person.</summary>
    Meeting = 6,

    /// <summary>A seller sent the person an e-mail.</summary>
    EmailSent = 7,

    /// <summary>A seller wrote a note about the lead.</summary>
    Note = 8,
}
