using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>The match keys of one record (lead, account or contact), each list without repeats.</summary>
internal sealed class RecordKeys
{
    private static readonly string[] None = [];

    private RecordKeys(string[] emails, string[] phones, string? companyName, string? personName)
    {
        Emails = emails;
        Phones = phones;
        CompanyName = companyName;
        PersonName = personName;
    }

    public string[] Emails { get; }

    public string[] Phones { get; }

    public string? CompanyName { get; }

    public string? PersonName { get; }

    public static RecordKeys ForLead(LeadDetails details, string? home) => new(
        EmailKeys(details.Emails),
        PhoneKeys([.. details.PhoneNumbers], home),
        details.CompanyName is null ? null : MatchKeys.CompanyName(details.CompanyName),
        MatchKeys.PersonName(details.FirstName, details.LastName));

    public static RecordKeys ForAccount(ExistingAccount account, string? home) => new(
        EmailKeys(account.Emails),
        PhoneKeys(account.Phones, home),
        account.Name is null ? null : MatchKeys.CompanyName(account.Name),
        null);

    public static RecordKeys ForContact(ExistingContact contact, string? companyKey, string? home) => new(
        EmailKeys(contact.Emails),
        PhoneKeys(contact.Phones, home),
        companyKey,
        MatchKeys.PersonName(contact.FirstName, contact.LastName));

    /// <summary>Calls <paramref name="action"/> for every key, e-mails first, then phones, company and person name.</summary>
    public void ForEach<TState>(TState state, Action<TState, MatchKeyKind, string> action)
    {
        foreach (var key in Emails)
        {
            action(state, MatchKeyKind.Email, key);
        }

        foreach (var key in Phones)
        {
            action(state, MatchKeyKind.Phone, key);
        }

        if (CompanyName is not null)
        {
            action(state, MatchKeyKind.CompanyName, CompanyName);
        }

        if (PersonName is not null)
        {
            action(state, MatchKeyKind.PersonName, PersonName);
        }
    }

    private static string[] EmailKeys(IReadOnlyList<string> emails) => Distinct(emails, MatchKeys.Email);

    private static string[] PhoneKeys(IReadOnlyList<string> phones, string? home) =>
        Distinct(phones, phone => MatchKeys.PhoneCore(phone, home));

    private static string[] Distinct(IReadOnlyList<string> values, Func<string, string?> key)
    {
        if (values.Count == 0)
        {
            return None;
        }

        if (values.Count == 1)
        {
            var only = key(values[0]);
            return only is null ? None : [only];
        }

        var keys = new List<string>(values.Count);
        foreach (var value in values)
        {
            var k = key(value);
            if (k is not null && !keys.Contains(k, StringComparer.Ordinal))
            {
                keys.Add(k);
            }
        }

        return [.. keys];
    }
}
