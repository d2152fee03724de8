namespace LeadDomain.Leads;

/// <summary>How the person behind a lead prefers to be contacted.</summary>
public enum PreferredContactMethod
{
    /// <summary>Any method.</summary>
    Any = 1,

    /// <summary>E-mail.</summary>
    Email = 2,

    /// <summary>Phone.</summary>
    Phone = 3,

    /// <summary>Fax.</summary>
    Fax = 4,

    /// <summary>Postal mail.</summary>
    Mail = 5,
}
