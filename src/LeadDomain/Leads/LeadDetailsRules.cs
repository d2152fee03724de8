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

    // Text limits: Dynamics 365's column lengths for the lead table (MaxLength), so that a lead saved here fits there.
    internal const int TopicLength = 300;
    internal const int SalutationLength = 100;
    internal const int NameLength = 50;
    internal const int CompanyLength = 100;
    internal const int JobTitleLength = 100;
    internal const int EmailLength = 100;
    internal const int PhoneLength = 50;
    internal const int MobilePhoneLength = 20;
    internal const int WebsiteLength = 200;
    internal const int AddressLineLength = 250;
    internal const int CityLength = 80;
    internal const int StateLength = 50;
    internal const int PostalCodeLength = 20;
    internal const int CountryLength = 80;
    internal const int ShortTextLength = 100;
    internal const int LongTextLength = 2000;
    internal const int MaxEmails = 3;
    internal const int MaxCustomFields = 200;

    /// <summary>Returns the stored form of <paramref name="details"/>: trimmed text, empty text as null, a composed topic when one can be.</summary>
    /// <exception cref="ArgumentException">A field holds a value a lead cannot have; the message names the field.</exception>
    public static LeadDetails Normalize(LeadDetails details, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(details, parameterName);

        var firstName = Text(details.FirstName, nameof(LeadDetails.FirstName), NameLength, parameterName);
        var lastName = Text(details.LastName, nameof(LeadDetails.LastName), NameLength, parameterName);
        var company = Text(details.CompanyName, nameof(LeadDetails.CompanyName), CompanyLength, parameterName);
        var source = Defined(details.Source, nameof(LeadDetails.Source), parameterName);
        var topic = Text(details.Topic, nameof(LeadDetails.Topic), TopicLength, parameterName)
            ?? ComposeTopic(company, firstName, lastName, source);

        return new LeadDetails
        {
            Topic = topic,
            Salutation = Text(details.Salutation, nameof(LeadDetails.Salutation), SalutationLength, parameterName),
            FirstName = firstName,
            MiddleName = Text(details.MiddleName, nameof(LeadDetails.MiddleName), NameLength, parameterName),
            LastName = lastName,
            CompanyName = company,
            JobTitle = Text(details.JobTitle, nameof(LeadDetails.JobTitle), JobTitleLength, parameterName),
            Emails = CleanEmails(details.Emails, parameterName),
            BusinessPhone = Phone(details.BusinessPhone, nameof(LeadDetails.BusinessPhone), PhoneLength, parameterName),
            MobilePhone = Phone(details.MobilePhone, nameof(LeadDetails.MobilePhone), MobilePhoneLength, parameterName),
            HomePhone = Phone(details.HomePhone, nameof(LeadDetails.HomePhone), PhoneLength, parameterName),
            OtherPhone = Phone(details.OtherPhone, nameof(LeadDetails.OtherPhone), PhoneLength, parameterName),
            Fax = Phone(details.Fax, nameof(LeadDetails.Fax), PhoneLength, parameterName),
            Website = Website(details.Website, parameterName),
            Address = Address(details.Address, parameterName),
            PreferredContactMethod = Defined(details.PreferredContactMethod, nameof(LeadDetails.PreferredContactMethod), parameterName),
            Source = source,
            Campaign = Text(details.Campaign, nameof(LeadDetails.Campaign), ShortTextLength, parameterName),
            Industry = Text(details.Industry, nameof(LeadDetails.Industry), ShortTextLength, parameterName),
            AnnualRevenue = NotNegative(details.AnnualRevenue, nameof(LeadDetails.AnnualRevenue), parameterName),
            Budget = NotNegative(details.Budget, nameof(LeadDetails.Budget), parameterName),
            NumberOfEmployees = details.NumberOfEmployees is < 0
                ? throw new ArgumentException($"{nameof(LeadDetails.NumberOfEmployees)} may not be negative; it was {details.NumberOfEmployees}.", parameterName)
                : details.NumberOfEmployees,
            PurchaseTimeframe = Defined(details.PurchaseTimeframe, nameof(LeadDetails.PurchaseTimeframe), parameterName),
            IsDecisionMaker = details.IsDecisionMaker,
            StatedNeed = Text(details.StatedNeed, nameof(LeadDetails.StatedNeed), LongTextLength, parameterName),
            Rating = Defined(details.Rating, nameof(LeadDetails.Rating), parameterName),
            Owner = Text(details.Owner, nameof(LeadDetails.Owner), ShortTextLength, parameterName),
            Description = Text(details.Description, nameof(LeadDetails.Description), LongTextLength, parameterName),
            DoNotEmail = details.DoNotEmail,
            DoNotBulkEmail = details.DoNotBulkEmail,
            DoNotPhone = details.DoNotPhone,
            DoNotFax = details.DoNotFax,
            DoNotPostalMail = details.DoNotPostalMail,
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

    /// <summary>
    /// Checks who performs an operation: not null, not empty or white space, at most <see cref="ShortTextLength"/>
    /// characters and well-formed UTF-16, as a restored status history requires of it, so that every operation that
    /// succeeds leaves a lead whose snapshot restores.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty, white space, too long or holds a lone surrogate.</exception>
    internal static string ActingUser(string actingUser, string parameterName = "actingUser")
    {
        ArgumentNullException.ThrowIfNull(actingUser, parameterName);
        if (string.IsNullOrWhiteSpace(actingUser))
        {
            throw new ArgumentException("The acting user is empty or white space; name who performs the operation.", parameterName);
        }

        if (actingUser.Length > ShortTextLength)
        {
            throw new ArgumentException(
                $"The acting user holds {actingUser.Length} characters; at most {ShortTextLength} fit: '{Echo.Cut(actingUser)}'.", parameterName);
        }

        if (!Echo.IsWellFormed(actingUser))
        {
            throw new ArgumentException(
                "The acting user holds a lone surrogate (half of a UTF-16 pair), which no UTF-8 store can keep.", parameterName);
        }

        return actingUser;
    }

    /// <summary>Trims <paramref name="text"/> (empty as null) and checks its length and that UTF-8 can hold it.</summary>
    internal static string? Text(string? text, string field, int maxLength, string parameterName)
    {
        // Stryker disable once Block : without it a null text reads as an empty span, which returns null just below
        if (text is null)
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException(
                $"{field} holds {trimmed.Length} characters; at most {maxLength} fit (Dynamics 365's length for it). Shorten it: '{Echo.Cut(text)}'.",
                parameterName);
        }

        if (!Echo.IsWellFormed(trimmed))
        {
            throw new ArgumentException(
                $"{field} holds a lone surrogate (half of a UTF-16 pair), which no UTF-8 store can keep; remove it or the text around it.",
                parameterName);
        }

        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    private static string? Phone(string? text, string field, int maxLength, string parameterName)
    {
        var value = Text(text, field, maxLength, parameterName);
        if (value is not null && !IsPhone(value))
        {
            throw new ArgumentException(
                $"{field} holds '{Echo.Cut(value)}', which is not a phone number (digits in any script, with optional + ( ) - . / and spaces).",
                parameterName);
        }

        return value;
    }

    private static string? Website(string? text, string parameterName)
    {
        var value = Text(text, nameof(LeadDetails.Website), WebsiteLength, parameterName);
        if (value is not null && value.AsSpan().ContainsAny(" \t\r\n"))
        {
            throw new ArgumentException($"Website holds '{Echo.Cut(value)}', which has white space inside; give one address.", parameterName);
        }

        return value;
    }

    private static PostalAddress? Address(PostalAddress? address, string parameterName)
    {
        if (address is null)
        {
            return null;
        }

        var cleaned = new PostalAddress(
            Text(address.Line1, "Address.Line1", AddressLineLength, parameterName),
            Text(address.Line2, "Address.Line2", AddressLineLength, parameterName),
            Text(address.Line3, "Address.Line3", AddressLineLength, parameterName),
            Text(address.City, "Address.City", CityLength, parameterName),
            Text(address.StateOrProvince, "Address.StateOrProvince", StateLength, parameterName),
            Text(address.PostalCode, "Address.PostalCode", PostalCodeLength, parameterName),
            Text(address.Country, "Address.Country", CountryLength, parameterName));
        return cleaned.IsEmpty ? null : cleaned == address ? address : cleaned;
    }

    private static ImmutableArray<string> CleanEmails(IReadOnlyList<string>? items, string parameterName)
    {
        const string field = nameof(LeadDetails.Emails);
        if (items is null)
        {
            throw new ArgumentException($"{field} may be empty but not null.", parameterName);
        }

        if (items.Count > MaxEmails)
        {
            throw new ArgumentException(
                $"{field} holds {items.Count} addresses; a lead keeps at most {MaxEmails}, as Dynamics 365 does (emailaddress1-3). Keep the three that matter.",
                parameterName);
        }

        // Stryker disable once Block : without it the builder of no addresses gives an empty list as well
        if (items.Count == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (var item in items)
        {
            var value = Text(item, field, EmailLength, parameterName)
                ?? throw new ArgumentException($"{field} holds an empty entry; remove it.", parameterName);
            if (!IsEmail(value))
            {
                throw new ArgumentException($"{field} holds '{Echo.Cut(value)}', which is not an e-mail address of the form name@domain.", parameterName);
            }

            foreach (var seen in result)
            {
                if (string.Equals(seen, value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"{field} holds '{Echo.Cut(value)}' twice; keep it once.", parameterName);
                }
            }

            result.Add(value);
        }

        return result.MoveToImmutable();
    }

    private static ImmutableSortedDictionary<string, CustomFieldValue> CleanCustomFields(
        IReadOnlyDictionary<string, CustomFieldValue>? fields, string parameterName)
    {
        if (fields is null)
        {
            throw new ArgumentException($"{nameof(LeadDetails.CustomFields)} may be empty but not null.", parameterName);
        }

        // Stryker disable once Block : without it the builder of no fields gives an empty dictionary as well
        if (fields.Count == 0)
        {
            return NoCustomFields;
        }

        if (fields.Count > MaxCustomFields)
        {
            throw new ArgumentException(
                $"{nameof(LeadDetails.CustomFields)} holds {fields.Count} fields; a lead keeps at most {MaxCustomFields}.", parameterName);
        }

        var result = NoCustomFields.ToBuilder();
        foreach (var (name, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length != name.Length || name.Length > ShortTextLength || !Echo.IsWellFormed(name))
            {
                throw new ArgumentException(
                    $"A custom field name must be non-empty text of at most {ShortTextLength} characters without surrounding white space or lone surrogates; '{Echo.Cut(name)}' is not.",
                    parameterName);
            }

            if (!value.IsWellFormed)
            {
                throw new ArgumentException(
                    $"Custom field '{Echo.Cut(name)}' holds a malformed {value.Kind} value; create values with the CustomFieldValue.From* methods.",
                    parameterName);
            }

            if (value.Text is { } text && (text.Length > LongTextLength * 2 || !Echo.IsWellFormed(text)))
            {
                throw new ArgumentException(
                    $"Custom field '{Echo.Cut(name)}' holds text of {text.Length} characters, or a lone surrogate; at most {LongTextLength * 2} well-formed characters fit.",
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
