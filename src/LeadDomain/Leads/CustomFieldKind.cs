namespace LeadDomain.Leads;

/// <summary>The type of a <see cref="CustomFieldValue"/>.</summary>
public enum CustomFieldKind
{
    /// <summary>Text.</summary>
    Text = 1,

    /// <summary>A decimal number.</summary>
    Number = 2,

    /// <summary>Yes or no.</summary>
    Boolean = 3,

    /// <summary>A calendar date without a time of day.</summary>
    Date = 4,

    /// <summary>An amount of <see cref="Leads.Money"/>.</summary>
    Money = 5,
}
