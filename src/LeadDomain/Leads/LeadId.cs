using System.Globalization;

namespace LeadDomain.Leads;

/// <summary>
/// The identity of a <see cref="Lead"/>: a non-empty <see cref="Guid"/> with a type of its own, so that a lead's id
/// cannot be passed where an account's or an opportunity's is expected.
/// </summary>
/// <param name="Value">The underlying identifier. <see cref="Guid.Empty"/> is not a valid lead id.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(LeadIdJsonConverter))]
public readonly record struct LeadId(Guid Value)
{
    /// <summary>Creates a new, random lead id.</summary>
    /// <returns>A lead id that is not <see cref="Guid.Empty"/>.</returns>
    public static LeadId New() => new(Guid.NewGuid());

    /// <summary>Gets a value indicating whether this id is the empty id, which no lead may carry.</summary>
    public bool IsEmpty => Value == Guid.Empty;

    /// <summary>Parses a lead id from the text that <see cref="ToString"/> writes.</summary>
    /// <param name="text">A GUID in any format <see cref="Guid.Parse(string)"/> accepts.</param>
    /// <returns>The lead id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a GUID, or is the empty GUID.</exception>
    public static LeadId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = Guid.Parse(text, CultureInfo.InvariantCulture);
        if (value == Guid.Empty)
        {
            throw new FormatException("The empty GUID is not a valid lead id.");
        }

        return new LeadId(value);
    }

    /// <summary>Returns the id as a lowercase GUID with hyphens ("D" format).</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
