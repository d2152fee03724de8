namespace LeadDomain.Scoring;

/// <summary>The text fields of a lead that fit rules can test.</summary>
public enum LeadTextField
{
    /// <summary>The topic.</summary>
    Topic = 1,

    /// <summary>The first name.</summary>
    FirstName = 2,

    /// <summary>The last name.</summary>
    LastName = 3,

    /// <summary>The company name.</summary>
    CompanyName = 4,

    /// <summary>The job title.</summary>
    JobTitle = 5,

    /// <summary>The industry.</summary>
    Industry = 6,

    /// <summary>The stated need.</summary>
    StatedNeed = 7,

    /// <summary>The description.</summary>
    Description = 8,

    /// <summary>The owner.</summary>
    Owner = 9,

    /// <summary>The domain of any of the lead's e-mail addresses (the part after '@'), such as a free-mail domain.</summary>
    EmailDomain = 10,
}
