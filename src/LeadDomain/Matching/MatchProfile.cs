using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>An e-mail address split for comparison: its local part and its domain are read from the address, at the '@' (<paramref name="At"/>).</summary>
/// <param name="Address">The address, normalised.</param>
/// <param name="At">Where its '@' is.</param>
/// <param name="FreeMail">Whether the domain is a free-mail provider's.</param>
internal readonly record struct EmailValue(string Address, int At, bool FreeMail)
{
    /// <summary>Gets the part before the '@'.</summary>
    public ReadOnlySpan<char> Local => Address.AsSpan(0, At);

    /// <summary>Gets the part after the '@'.</summary>
    public ReadOnlySpan<char> Domain => Address.AsSpan(At + 1);
}

/// <summary>A postal address folded for comparison; each part null when missing.</summary>
internal sealed class AddressValue(string? postalCode, string? city, string? street)
{
    public string? PostalCode { get; } = postalCode;

    public string? City { get; } = city;

    public string? Street { get; } = street;

    /// <summary>The parts joined, for a reason's values (made when first asked for).</summary>
    public string Text => field ??= string.Join(", ", new[] { Street, City, PostalCode }.Where(p => p is not null));
}

/// <summary>
/// One record (lead, contact or account) as matching sees it: every field normalised once, so that comparing a pair
/// reads prepared values and allocates nothing.
/// </summary>
internal sealed class MatchProfile
{
    private static readonly EmailValue[] NoEmails = [];
    private static readonly PhoneValue[] NoPhones = [];
    private static readonly string[] NoWords = [];

    // Free-mail providers: a shared domain there says nothing about the organisation.
    private static readonly HashSet<string> FreeMail = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.com.br", "ymail.com", "hotmail.com",
        "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me",
        "protonmail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.ru", "yandex.ru", "yandex.com", "qq.com",
        "163.com", "uol.com.br", "bol.com.br", "chmail.ir", "mail.com", "zoho.com",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FreeMailByName = FreeMail.GetAlternateLookup<ReadOnlySpan<char>>();

    private MatchProfile(string id, MatchKind kind)
    {
        Id = id;
        Kind = kind;
    }

    public string Id { get; }

    public MatchKind Kind { get; }

    public string? First { get; private set; }

    public string? Last { get; private set; }

    public string? Company { get; private set; }

    public string[] CompanyWords { get; private set; } = NoWords;

    public EmailValue[] Emails { get; private set; } = NoEmails;

    public PhoneValue[] Phones { get; private set; } = NoPhones;

    public string? Website { get; private set; }

    /// <summary>The website's registered domain (<see cref="Registered"/>), or null.</summary>
    public string? WebsiteDomain { get; private set; }

    /// <summary>The organisation's own domains: its e-mail domains that are not free-mail, and its website's registered domain.</summary>
    public string[] Domains { get; private set; } = NoWords;

    public AddressValue? Address { get; private set; }

    public bool IsPerson => First is not null || Last is not null;

    public static MatchProfile ForLead(string id, LeadDetails details, string? defaultRegion, TextMemo? memo = null)
    {
        var profile = new MatchProfile(id, MatchKind.Lead);
        var region = Countries.Region(details.Address?.Country) ?? defaultRegion;
        profile.SetPerson(details.FirstName, details.LastName, memo);
        profile.SetCompany(details.CompanyName, memo);
        profile.SetEmails(details.Emails);

        // Mobile and home are the person's own lines; business and other may be a switchboard.
        profile.SetPhones(details.BusinessPhone, details.MobilePhone, details.HomePhone, details.OtherPhone, region);
        profile.SetWebsite(details.Website);
        profile.SetAddress(details.Address, memo);
        return profile;
    }

    public static MatchProfile ForContact(ExistingContact contact, string? companyName, string? defaultRegion, TextMemo? memo = null)
    {
        var profile = new MatchProfile(contact.Id, MatchKind.Contact);
        var region = Countries.Region(contact.Address?.Country) ?? defaultRegion;
        profile.SetPerson(contact.FirstName, contact.LastName, memo);
        profile.SetCompany(contact.CompanyName ?? companyName, memo);
        profile.SetEmails(contact.Emails);
        profile.SetPhones(contact.Phones, region);
        profile.SetAddress(contact.Address, memo);
        return profile;
    }

    public static MatchProfile ForAccount(ExistingAccount account, string? defaultRegion, TextMemo? memo = null)
    {
        var profile = new MatchProfile(account.Id, MatchKind.Account);
        var region = Countries.Region(account.Address?.Country) ?? defaultRegion;
        profile.SetCompany(account.Name, memo);
        profile.SetEmails(account.Emails);
        profile.SetPhones(account.Phones, region);
        profile.SetWebsite(account.Website);
        profile.SetAddress(account.Address, memo);
        return profile;
    }

    /// <summary>The registered domain of a host: its last two labels, or three when the second-last is short (co.uk, com.br, ac.ir).</summary>
    public static string Registered(string host)
    {
        var start = RegisteredStart(host);
        return start == 0 ? host : host[start..];
    }

    /// <summary>Where the registered domain (<see cref="Registered"/>) of <paramref name="host"/> starts.</summary>
    private static int RegisteredStart(ReadOnlySpan<char> host)
    {
        var last = host.LastIndexOf('.');
        if (last <= 0)
        {
            return 0;
        }

        var second = host[..last].LastIndexOf('.');
        if (second < 0)
        {
            return 0;
        }

        var label = host.Slice(second + 1, last - second - 1);
        if (label.Length <= 3 && host.Length - last - 1 == 2 && label is "co" or "com" or "ac" or "org" or "net" or "gov" or "edu" or "ltd" or "plc" or "ne" or "or" or "id")
        {
            var third = host[..second].LastIndexOf('.');
            return third < 0 ? 0 : third + 1;
        }

        return second + 1;
    }

    private void SetPerson(string? first, string? last, TextMemo? memo)
    {
        First = Words(first, memo);
        Last = Words(last, memo);
    }

    /// <summary><see cref="MatchText.Words(string?, TextMemo?)"/> of <paramref name="text"/>, through the memo when there is one.</summary>
    private static string? Words(string? text, TextMemo? memo) => memo is null ? MatchText.Words(text) : memo.Words(text);

    private void SetCompany(string? name, TextMemo? memo)
    {
        if (name is null)
        {
            return;
        }

        (Company, CompanyWords) = memo is null ? ReadCompany(name, null) : memo.Company(name, ReadCompany);
    }

    /// <summary>A company name's words (folded, legal forms removed, abbreviations made one) and their join; (null, none) when no word is left.</summary>
    private static (string? Name, string[] Words) ReadCompany(string name, TextMemo? memo)
    {
        var words = new List<string>(4);
        MatchText.AddWords(name, words, memo);
        LegalForms.Strip(words);
        if (words.Count == 0)
        {
            return (null, NoWords);
        }

        var companyWords = Abbreviations.CompanyWords(words);
        var joined = string.Join(' ', companyWords);
        return (memo?.Intern(joined) ?? joined, companyWords);
    }

    private void SetEmails(IReadOnlyList<string> emails)
    {
        if (emails.Count == 0)
        {
            return;
        }

        var list = new List<EmailValue>(emails.Count);
        List<string>? domains = null;
        foreach (var email in emails)
        {
            if (MatchKeys.EmailParts(email) is not { } parts || HasAddress(list, parts.Address))
            {
                continue;
            }

            var domain = parts.Address.AsSpan(parts.At + 1);
            var free = FreeMailByName.Contains(domain);
            list.Add(new EmailValue(parts.Address, parts.At, free));
            if (!free)
            {
                var registered = new string(domain[RegisteredStart(domain)..]);
                domains ??= [];
                if (!domains.Contains(registered))
                {
                    domains.Add(registered);
                }
            }
        }

        Emails = [.. list];
        if (domains is not null)
        {
            Domains = [.. Domains, .. domains];
        }
    }

    private void SetPhones(string? a, string? b, string? c, string? d, string? region)
    {
        if (a is null && b is null && c is null && d is null)
        {
            return;
        }

        var list = new List<PhoneValue>(2);
        Add(list, b, region, shared: false);
        Add(list, c, region, shared: false);
        Add(list, a, region);
        Add(list, d, region);
        Phones = [.. list];
    }

    private void SetPhones(IReadOnlyList<string> phones, string? region)
    {
        if (phones.Count == 0)
        {
            return;
        }

        var list = new List<PhoneValue>(phones.Count);
        foreach (var phone in phones)
        {
            Add(list, phone, region);
        }

        Phones = [.. list];
    }

    private static void Add(List<PhoneValue> list, string? phone, string? region, bool shared = true)
    {
        if (phone is null || PhoneRules.Read(phone, region) is not { } read)
        {
            return;
        }

        foreach (var p in list)
        {
            if (p.Number == read.Number && p.CountryCode == read.CountryCode)
            {
                return;
            }
        }

        list.Add(read with { Shared = shared });
    }

    private static bool HasAddress(List<EmailValue> list, string address)
    {
        foreach (var e in list)
        {
            if (e.Address == address)
            {
                return true;
            }
        }

        return false;
    }

    private void SetWebsite(string? website)
    {
        if (website is null || MatchKeys.Website(website) is not { } host)
        {
            return;
        }

        Website = host;
        var registered = Registered(host);
        WebsiteDomain = registered;
        if (!FreeMail.Contains(registered) && Array.IndexOf(Domains, registered) < 0)
        {
            Domains = [.. Domains, registered];
        }
    }

    /// <summary>The folded words of <paramref name="text"/> without spaces (a postal code), or null.</summary>
    private static string? Compact(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var source = MatchText.Source(text);
        Span<char> buffer = source.Length <= 64 ? stackalloc char[source.Length] : new char[source.Length];
        var n = MatchText.FoldWords(source, buffer, '\0');
        return n == 0 ? null : new string(buffer[..n]);
    }

    private void SetAddress(PostalAddress? address, TextMemo? memo)
    {
        if (address is null)
        {
            return;
        }

        var postal = Compact(address.PostalCode);
        var city = Words(address.City, memo);
        var street = Abbreviations.StreetLine(address.Line1, address.Line2, address.Line3);
        if (postal is not null || city is not null || street is not null)
        {
            Address = new AddressValue(postal, city, street);
        }
    }
}
