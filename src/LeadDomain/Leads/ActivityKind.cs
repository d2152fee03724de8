namespace LeadDomain.Leads;

/// <summary>Who acts in an activity of a given <see cref="ActivityType"/>.</summary>
public enum ActivityKind
{
    /// <summary>The person engages: opens or clicks an e-mail, visits the website, submits a form, attends a webinar.</summary>
    Engagement = 1,

    /// <summary>A seller reaches the person: a call, an e-mail sent, a meeting.</summary>
    Touch = 2,

    /// <summary>Neither: a seller's note.</summary>
    Note = 3,
}
