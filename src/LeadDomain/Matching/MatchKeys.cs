using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// The normalised values records are compared and blocked on. Public so that a host can index its own store (a
/// database column, a search index) exactly as the library normalises: two values are equal when their keys are equal
/// (ordinal comparison).
/// </summary>
/// <remarks>
/// Every key function is idempotent: the key of a key is the key itself. A function returns <see langword="null"/>
/// when nothing usable is left (no single address, too few digits, only punctuation or legal forms); a null key never
/// matches anything. Keys are for comparison, not for display.
/// </remarks>
public static class MatchKeys
{
    private static readonly System.Buffers.SearchValues<char> NotInAddress = System.Buffers.SearchValues.Create(" \t\r\n,;<>()\"");

    /// <summary>
    /// The key of an e-mail address as users paste it: <c>"Sara Lima" &lt;Sara@Contoso.com&gt;</c>,
    /// <c>sara@contoso.com (Sara Lima)</c>, <c>mailto:sara@contoso.com;</c> and <c>sara@contoso.com</c> all give
    /// <c>sara@contoso.com</c>: the address alone, trimmed and lower-cased (invariant culture).
    /// </summary>
    /// <remarks>
    /// Deliberately conservative otherwise. Dots in the local part and <c>+tag</c> suffixes are kept: only some
    /// providers (Gmail, for instance) ignore them, most company mail servers treat <c>j.smith@</c> and <c>jsmith@</c>
    /// as two mailboxes, and merging two people is worse than missing one duplicate. A field that holds two addresses
    /// (<c>a@x.com, b@y.com</c>) is not one address and gives no key.
    /// </remarks>
    /// <param name="email">The address as entered.</param>
    /// <returns>The key, or <see langword="null"/> when the text holds no address, or more than one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is null.</exception>
    public static string? Email(string email)
    {
        Guard.Against.Null(email);
        return EmailParts(email)?.Address;
    }

    /// <summary>
    /// The key of a phone number: its national significant number in ASCII digits, read with libphonenumber's
    /// country data, so that <c>۰۹۱۲ ۳۴۵ ۶۷۸۹</c> (in Iran), <c>+98 912 345 6789</c>, <c>+98 (0)912 345 6789</c> and
    /// <c>0098 912 345 6789</c> all give <c>9123456789</c>.
    /// </summary>
    /// <remarks>
    /// <para>The rule, in order:</para>
    /// <list type="number">
    /// <item>Persian (۰-۹) and Arabic-Indic (٠-٩) digits become 0-9; every other character but a leading <c>+</c> is dropped.</item>
    /// <item>A number written with a leading <c>+</c> or <c>00</c> is international: its country calling code is read
    /// from libphonenumber's list. Any other number is national, in <paramref name="country"/> when one is given.</item>
    /// <item>The country's national (trunk) prefix is removed, also when written after the calling code: Iran's and the
    /// UK's <c>0</c>, NANP's <c>1</c>; Italy's leading <c>0</c> is part of the number and stays.</item>
    /// <item>The number must have one of the country's possible lengths (libphonenumber's metadata) and at least 7
    /// digits. Without a country, leading zeros are removed and 7 to 15 digits are needed.</item>
    /// </list>
    /// <para>
    /// The calling code is not part of the key, so that national and international writings of one number agree. The
    /// one exception: when <paramref name="country"/> is given, a number of another country keeps its code, as
    /// <c>+</c>, code, number (<c>+442079460000</c>), so that it never equals a national number.
    /// </para>
    /// </remarks>
    /// <param name="phone">The number as entered.</param>
    /// <param name="country">The country of numbers written without a calling code: an ISO 3166 code (<c>IR</c>) or a
    /// name (<c>Iran</c>, <c>ایران</c>); null when unknown.</param>
    /// <returns>The key, or <see langword="null"/> when the number is not a possible number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> names no country.</exception>
    public static string? Phone(string phone, string? country = null)
    {
        Guard.Against.Null(phone);
        var region = Countries.Region(country);
        if (country is not null && region is null)
        {
            throw new ArgumentException(
                $"The country '{Echo.Cut(country)}' is not a country: give an ISO 3166 code such as 'IR' or 'BR', or a country's name.",
                nameof(country));
        }

        var value = PhoneRules.Read(phone, region);
        if (value is not { } read)
        {
            return null;
        }

        var home = PhoneRules.CallingCode(region);
        return home == 0 || read.CountryCode == home || read.CountryCode == 0
            ? read.Number
            : string.Concat("+", read.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture), read.Number);
    }

    /// <summary>
    /// The key of a company name: folded as the library folds text (case, Persian and Arabic letter variants, digits,
    /// tatweel and harakat), Latin diacritics removed (<c>Müller</c> → <c>MULLER</c>), punctuation and white space
    /// reduced to single spaces, and legal forms removed at either end.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Persian and Arabic letters typed for one another are made one: ي/ى → ی, ك → ک, أ/إ/آ/ٱ → ا, ؤ → و, ئ → ی,
    /// ة/ۀ → ه; a lone hamza, tatweel, harakat and ZWNJ are dropped. Other text is put in Unicode compatibility
    /// decomposition (NFKD) with its combining marks dropped: Latin accents go, full-width and Arabic presentation
    /// forms become ordinary letters.
    /// </para>
    /// <para>
    /// Dots and apostrophes join (<c>S.A.</c> → <c>SA</c>, <c>ش.م.م</c> → <c>شمم</c>); every other character that is
    /// not a letter or a digit separates words. Legal forms are then removed, repeatedly, from the start and the end:
    /// Inc, Incorporated, Ltd, Limited, LLC, LLP, LP, PLC, Co, Company, Corp, Corporation, GmbH, AG, KG, SA, SAS, SARL,
    /// SL, SRL, SpA, BV, NV, Ltda, Pty, Pvt, JSC; شرکت, سهامی خاص, سهامی عام, سهامی, مسئولیت محدود, با مسئولیت
    /// محدود, تضامنی, ش.م.م, ش.س.خ, ش.س.ع; شركة, ذ.م.م, ش.م.ع, المحدودة, ذات مسؤولية محدودة.
    /// </para>
    /// </remarks>
    /// <param name="companyName">The name as entered.</param>
    /// <returns>The key, or <see langword="null"/> when nothing but punctuation and legal forms is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="companyName"/> is null.</exception>
    public static string? CompanyName(string companyName)
    {
        Guard.Against.Null(companyName);
        var words = new List<string>(4);
        MatchText.AddWords(companyName, words);
        LegalForms.Strip(words);
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// The key of a person's name: first then last name, each folded as <see cref="CompanyName"/> folds (without
    /// removing legal forms), joined by single spaces. The order is kept: "Ali Rezaei" and "Rezaei Ali" differ as keys
    /// (comparison still finds them, as a swapped name).
    /// </summary>
    /// <param name="firstName">The first (given) name, or null.</param>
    /// <param name="lastName">The last (family) name, or null.</param>
    /// <returns>The key, or <see langword="null"/> when neither name has a letter or digit.</returns>
    public static string? PersonName(string? firstName, string? lastName)
    {
        var words = new List<string>(4);
        if (firstName is not null)
        {
            MatchText.AddWords(firstName, words);
        }

        if (lastName is not null)
        {
            MatchText.AddWords(lastName, words);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// The key of a website: its host, lower-cased, without scheme, user, port, path, query, a leading <c>www.</c>
    /// or a final dot: <c>https://www.Contoso.com/about</c> gives <c>contoso.com</c>.
    /// </summary>
    /// <param name="website">The address as entered.</param>
    /// <returns>The key, or <see langword="null"/> when no host with a dot is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="website"/> is null.</exception>
    public static string? Website(string website)
    {
        Guard.Against.Null(website);
        var text = website.AsSpan().Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var end = text.IndexOfAny("/?#\\ ");
        if (end >= 0)
        {
            text = text[..end];
        }

        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }

        var colon = text.IndexOf(':');
        if (colon >= 0)
        {
            text = text[..colon];
        }

        text = text.TrimEnd('.');
        var host = text.ToString().ToLowerInvariant();
        while (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return host.Length < 3 || !host.Contains('.', StringComparison.Ordinal) || host.StartsWith('.') ? null : host;
    }

    /// <summary>The address in <paramref name="email"/> as users paste it, split at the @; null when there is not exactly one.</summary>
    internal static (string Address, int At)? EmailParts(string email)
    {
        var text = email.AsSpan().Trim();

        // "Name" <address>: the address is between the angle brackets; two bracketed parts are two addresses.
        var open = text.IndexOf('<');
        if (open >= 0)
        {
            var close = text[open..].IndexOf('>');
            if (close < 0 || text[(open + close + 1)..].Contains('<'))
            {
                return null;
            }

            text = text.Slice(open + 1, close - 1).Trim();
        }

        // address (Name): a comment in parentheses is not part of the address.
        var comment = text.IndexOf('(');
        if (comment >= 0)
        {
            var after = text[comment..].IndexOf(')');
            var rest = after < 0 ? ReadOnlySpan<char>.Empty : text[(comment + after + 1)..];
            text = comment == 0 ? rest.Trim() : text[..comment].Trim();
            if (comment > 0 && !rest.Trim().IsEmpty)
            {
                return null;
            }
        }

        text = text.Trim(" \t\r\n\"';,.");
        while (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..].Trim(" \t\r\n\"';,.");
        }
        var at = text.IndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text[(at + 1)..].Contains('@') || text.IndexOfAny(NotInAddress) >= 0)
        {
            return null;
        }

        // Lower-cased into a stack buffer: one string per address.
        Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(lower);
        return (new string(lower), at);
    }

    /// <summary>Appends the words of <paramref name="text"/> as company and person keys fold them.</summary>
    internal static void AddWords(string text, List<string> words) => MatchText.AddWords(text, words);
}
