using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace LeadDomain.Leads;

/// <summary>
/// Checks a <see cref="LeadDetails"/> and brings it into the one form a lead stores: trimmed text, immutable
/// collections, a composed topic. One place, so that creating, editing and restoring a lead agree.
/// </summary>
internal static class LeadDetailsRules
{
    private static readonly ImmutableSortedDictionary<string, CustomFieldValue> NoCustomFields =
        ImmutableSortedDictionary<string, CustomFieldValue>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Returns the stored form of <paramref name="details"/>.</summary>
    /// <exception cref="ArgumentException">A field holds a value a lead cannot have; the message names the field.</exception>
    public static LeadDetails Normalize(LeadDetails details, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(details, parameterName);

        var firstName = Clean(details.FirstName);
        var lastName = Clean(details.LastName);
        var company = Clean(details.CompanyName);
        var source = Defined(details.Source, nameof(LeadDetails.Source), parameterName);
        var topic = Clean(details.Topic) ?? ComposeTopic(company, firstName, lastName, source)
            ?? throw new ArgumentException(
                "A lead needs a topic, or a company name or a person's name to compose one from.", parameterName);

        return new LeadDetails
        {
            Topic = topic,
            FirstName = firstName,
            LastName = lastName,
            CompanyName = company,
            JobTitle = Clean(details.JobTitle),
            Emails = CleanList(details.Emails, nameof(LeadDetails.Emails), IsEmail, "an e-mail address of the form name@domain", parameterName),
            Phones = CleanList(details.Phones, nameof(LeadDetails.Phones), IsPhone, "a phone number (digits in any script, with optional + ( ) - . / and spaces)", parameterName),
            PreferredContactMethod = Defined(details.PreferredContactMethod, nameof(LeadDetails.PreferredContactMethod), parameterName),
            Source = source,
            Industry = Clean(details.Industry),
            AnnualRevenue = NotNegative(details.AnnualRevenue, nameof(LeadDetails.AnnualRevenue), parameterName),
            Budget = NotNegative(details.Budget, nameof(LeadDetails.Budget), parameterName),
            NumberOfEmployees = details.NumberOfEmployees is < 0
                ? throw new ArgumentException($"{nameof(LeadDetails.NumberOfEmployees)} may not be negative; it was {details.NumberOfEmployees}.", parameterName)
                : details.NumberOfEmployees,
            PurchaseTimeframe = Defined(details.PurchaseTimeframe, nameof(LeadDetails.PurchaseTimeframe), parameterName),
            IsDecisionMaker = details.IsDecisionMaker,
            StatedNeed = Clean(details.StatedNeed),
            Rating = Defined(details.Rating, nameof(LeadDetails.Rating), parameterName),
            Owner = Clean(details.Owner),
            Description = Clean(details.Description),
            CustomFields = CleanCustomFields(details.CustomFields, parameterName),
        };
    }

    /// <summary>Composes a topic the way Dynamics 365 does when users leave it empty: "Company - First Last (Source)".</summary>
    internal static string? ComposeTopic(string? company, string? firstName, string? lastName, LeadSource? source)
    {
        var name = (firstName, lastName) switch
        {
            (null, null) => null,
            (null, _) => lastName,
            (_, null) => firstName,
            _ => firstName + " " + lastName,
        };
        if (company is null && name is null)
        {
            return null;
        }

        var topic = new StringBuilder();
        topic.Append(company);
        if (company is not null && name is not null)
        {
            topic.Append(" - ");
        }

        topic.Append(name);
        if (source is { } s)
        {
            topic.Append(" (").Append(DisplayName(s)).Append(')');
        }

        return topic.ToString();
    }

    internal static string DisplayName(LeadSource source) => source switch
    {
        LeadSource.Advertisement => "Advertisement",
        LeadSource.EmployeeReferral => "Employee Referral",
        LeadSource.ExternalReferral => "External Referral",
        LeadSource.Partner => "Partner",
        LeadSource.PublicRelations => "Public Relations",
        LeadSource.Seminar => "Seminar",
        LeadSource.TradeShow => "Trade Show",
        LeadSource.Web => "Web",
        LeadSource.WordOfMouth => "Word of Mouth",
        LeadSource.Other => "Other",
        _ => source.ToString(),
    };

    /// <summary>Whether the text names a way to reach someone: an e-mail with a local part and a domain.</summary>
    internal static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0
            && at == value.LastIndexOf('@')
            && at < value.Length - 1
            && !value.AsSpan().ContainsAny(" \t\r\n")
            && value.AsSpan(at + 1).Trim('.').Length > 0;
    }

    /// <summary>Whether the text is a phone number: at least three digits of any script, and only phone punctuation.</summary>
    internal static bool IsPhone(string value)
    {
        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '/') && !(c == '+' && i == 0))
            {
                return false;
            }
        }

        return digits >= 3;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static ImmutableArray<string> CleanList(
        IReadOnlyList<string>? items, string field, Func<string, bool> isValid, string expected, string parameterName)
    {
        if (items is null)
        {
            throw new ArgumentException($"{field} may be empty but not null.", parameterName);
        }

        var result = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (var item in items)
        {
            var value = Clean(item)
                ?? throw new ArgumentException($"{field} holds an empty entry.", parameterName);
            if (!isValid(value))
            {
                throw new ArgumentException($"{field} holds '{value}', which is not {expected}.", parameterName);
            }

            foreach (var seen in result)
            {
                if (string.Equals(seen, value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"{field} holds '{value}' twice.", parameterName);
                }
            }

            result.Add(value);
        }

        return result.DrainToImmutable();
    }

    private static ImmutableSortedDictionary<string, CustomFieldValue> CleanCustomFields(
        IReadOnlyDictionary<string, CustomFieldValue>? fields, string parameterName)
    {
        if (fields is null)
        {
            throw new ArgumentException($"{nameof(LeadDetails.CustomFields)} may be empty but not null.", parameterName);
        }

        if (fields.Count == 0)
        {
            return NoCustomFields;
        }

        var result = NoCustomFields.ToBuilder();
        foreach (var (name, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length != name.Length)
            {
                throw new ArgumentException(
                    $"A custom field name must be non-empty text without surrounding white space; '{name}' is not.", parameterName);
            }

            if (!value.IsWellFormed)
            {
                throw new ArgumentException(
                    $"Custom field '{name}' holds a malformed {value.Kind} value; create values with the CustomFieldValue.From* methods.",
                    parameterName);
            }

            result.Add(name, value);
        }

        return result.ToImmutable();
    }

    private static T? Defined<T>(T? value, string field, string parameterName)
        where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            throw new ArgumentException($"{field} holds {v}, which is not a {typeof(T).Name} value.", parameterName);
        }

        return value;
    }

    private static Money? NotNegative(Money? money, string field, string parameterName)
    {
        if (money is not { } m)
        {
            return null;
        }

        if (!m.IsValid)
        {
            throw new ArgumentException($"{field} has no currency; create it with the Money constructor.", parameterName);
        }

        if (m.Amount < 0)
        {
            throw new ArgumentException($"{field} may not be negative; it was {m}.", parameterName);
        }

        return m;
    }
}
