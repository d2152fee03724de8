using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// The normalised keys records are matched on. Public so that a host can index its own store (a database column, a
/// search index) exactly as the library does: two values match when their keys are equal (ordinal comparison).
/// </summary>
/// <remarks>
/// Every key function is idempotent: the key of a key is the key itself. A function returns <see langword="null"/>
/// when nothing usable is left (no <c>@</c>, fewer than 7 digits, only punctuation or legal forms); a null key never
/// matches anything. Keys are for comparison, not for display.
/// </remarks>
public static class MatchKeys
{
    /// <summary>The fewest digits a national significant number may have to give a key.</summary>
    internal const int MinimumPhoneDigits = 7;

    /// <summary>
    /// The key of an e-mail address: the address trimmed and lower-cased (invariant culture), and nothing else.
    /// </summary>
    /// <remarks>
    /// Deliberately conservative. Dots in the local part and <c>+tag</c> suffixes are kept: only some providers
    /// (Gmail, for instance) ignore them, most company mail servers treat <c>j.smith@</c> and <c>jsmith@</c> as two
    /// mailboxes, and merging two people is worse than missing one duplicate. The local part is lower-cased too,
    /// which RFC 5321 does not promise but every common provider does.
    /// </remarks>
    /// <param name="email">The address as entered.</param>
    /// <returns>The key, or <see langword="null"/> when the text has no local part, no <c>@</c> or no domain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is null.</exception>
    public static string? Email(string email)
    {
        Guard.Against.Null(email);
        var trimmed = email.AsSpan().Trim();
        var at = trimmed.IndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1)
        {
            return null;
        }

        return trimmed.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The key of a phone number: its national significant number, in ASCII digits, so that <c>۰۹۱۲ ۳۴۵ ۶۷۸۹</c>,
    /// <c>+98 912 345 6789</c> and <c>00989123456789</c> all give <c>9123456789</c>.
    /// </summary>
    /// <remarks>
    /// <para>The rule, in order:</para>
    /// <list type="number">
    /// <item>Persian (۰-۹) and Arabic-Indic (٠-٩) digits become 0-9; every other character but a leading <c>+</c> is dropped.</item>
    /// <item>A number written with a leading <c>+</c> or starting with <c>00</c> is international: the prefix is
    /// removed and the country calling code read with the ITU table (codes are prefix-free: 1 and 7 have one digit, a
    /// fixed list has two, all others three).</item>
    /// <item>Any other number is national, in the country of <paramref name="defaultCountryCode"/> if one is given.</item>
    /// <item>Leading zeros are removed: the trunk <c>0</c> of a national number (<c>0912…</c>), and the <c>0</c>
    /// sometimes written after a country code (<c>+98 (0)912…</c>, or Italian numbers).</item>
    /// <item>What is left is the key if it has at least 7 digits.</item>
    /// </list>
    /// <para>
    /// The country code is not part of the key, so that national and international writings of one number agree. The
    /// one exception: when <paramref name="defaultCountryCode"/> is given, an international number of another country
    /// keeps its code, as <c>+</c>, code, number (<c>+442079460000</c>), so that it never equals a national number.
    /// Without a default country, the same national number in two countries gives the same key; a phone match is one
    /// reason among others, not proof.
    /// </para>
    /// </remarks>
    /// <param name="phone">The number as entered.</param>
    /// <param name="defaultCountryCode">The country calling code of numbers written without one, such as <c>98</c> or
    /// <c>+98</c>; null when unknown.</param>
    /// <returns>The key, or <see langword="null"/> when fewer than 7 digits are left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="defaultCountryCode"/> is not one to three digits after an
    /// optional <c>+</c>, or starts with 0.</exception>
    public static string? Phone(string phone, string? defaultCountryCode = null)
    {
        Guard.Against.Null(phone);
        var home = CountryCode(defaultCountryCode);
        return PhoneCore(phone, home);
    }

    /// <summary>
    /// The key of a company name: folded as the library folds text (case, Arabic ي/ى/ك to Persian ی/ک, Persian and
    /// Arabic-Indic digits, tatweel and harakat), Latin diacritics removed (<c>Müller</c> → <c>MULLER</c>),
    /// punctuation and white space reduced to single spaces, and legal forms removed at either end.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The text is put in Unicode compatibility decomposition (NFKD) and the combining marks are dropped: this removes
    /// Latin accents, turns full-width and Arabic presentation forms into ordinary letters, and takes hamza and madda
    /// off Arabic letters (<c>آ</c> → <c>ا</c>, <c>ئ</c> → <c>ی</c>), as Persian search commonly does. Persian and
    /// Arabic letters themselves are kept.
    /// </para>
    /// <para>
    /// Dots and apostrophes join (<c>S.A.</c> → <c>SA</c>, <c>ش.م.م</c> → <c>شمم</c>); every other character that is
    /// not a letter or a digit separates words. Legal forms are then removed, repeatedly, from the start and the end:
    /// Inc, Incorporated, Ltd, Limited, LLC, LLP, LP, PLC, Co, Company, Corp, Corporation, GmbH, AG, KG, SA, SAS, SARL,
    /// SL, SRL, SpA, BV, NV, Ltda, Pty, Pvt, JSC; شرکت, سهامی خاص, سهامی عام, سهامی, مسئولیت محدود, با مسئولیت
    /// محدود, تضامنی, ش.م.م, ش.س.خ, ش.س.ع; شركة, ذ.م.م, ش.م.ع, المحدودة, ذات مسؤولية محدودة. Words are joined with
    /// single spaces (a ZWNJ joins, as folding ignores it).
    /// </para>
    /// </remarks>
    /// <param name="companyName">The name as entered.</param>
    /// <returns>The key, or <see langword="null"/> when nothing but punctuation and legal forms is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="companyName"/> is null.</exception>
    public static string? CompanyName(string companyName)
    {
        Guard.Against.Null(companyName);
        var words = new List<string>();
        AddWords(companyName, words);
        LegalForms.Strip(words);
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// The key of a person's name: first then last name, each folded as <see cref="CompanyName"/> folds (without
    /// removing legal forms), joined by single spaces. The order is kept: "Ali Rezaei" and "Rezaei Ali" differ.
    /// </summary>
    /// <param name="firstName">The first (given) name, or null.</param>
    /// <param name="lastName">The last (family) name, or null.</param>
    /// <returns>The key, or <see langword="null"/> when neither name has a letter or digit.</returns>
    public static string? PersonName(string? firstName, string? lastName)
    {
        var words = new List<string>();
        if (firstName is not null)
        {
            AddWords(firstName, words);
        }

        if (lastName is not null)
        {
            AddWords(lastName, words);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Validates a default country code and returns its digits, or null.</summary>
    internal static string? CountryCode(string? defaultCountryCode)
    {
        if (defaultCountryCode is null)
        {
            return null;
        }

        var digits = defaultCountryCode.Trim();
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }

        digits = TextFolding.Fold(digits);
        if (digits.Length is < 1 or > 3 || digits[0] == '0' || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(
                $"The default country code '{defaultCountryCode}' is not a country calling code: one to three digits, not starting with 0, after an optional '+'.",
                nameof(defaultCountryCode));
        }

        return digits;
    }

    /// <summary>The phone key, with the default country code already validated.</summary>
    internal static string? PhoneCore(string phone, string? home)
    {
        Span<char> buffer = phone.Length <= 64 ? stackalloc char[phone.Length] : new char[phone.Length];
        var n = 0;
        var plus = false;
        foreach (var c in phone)
        {
            if (c == '+' && n == 0)
            {
                plus = true;
                continue;
            }

            var folded = TextFolding.Fold(c);
            if (char.IsAsciiDigit(folded))
            {
                buffer[n++] = folded;
            }
        }

        ReadOnlySpan<char> digits = buffer[..n];
        string? foreignCode = null;
        if (plus || digits.StartsWith("00"))
        {
            if (digits.StartsWith("00"))
            {
                digits = digits[2..];
            }

            if (digits.IsEmpty || digits[0] == '0')
            {
                return null;
            }

            var codeLength = CountryCodeLength(digits);
            if (digits.Length <= codeLength)
            {
                return null;
            }

            var code = digits[..codeLength];
            if (home is not null && !code.SequenceEqual(home))
            {
                foreignCode = code.ToString();
            }

            digits = digits[codeLength..];
        }

        digits = digits.TrimStart('0');
        if (digits.Length < MinimumPhoneDigits)
        {
            return null;
        }

        return foreignCode is null ? digits.ToString() : string.Concat("+", foreignCode, digits);
    }

    /// <summary>
    /// How many digits the country calling code at the start of <paramref name="digits"/> has. Calling codes form a
    /// prefix-free set (ITU-T E.164): 1 and 7 alone; the two-digit codes below; every other code has three digits.
    /// </summary>
    internal static int CountryCodeLength(ReadOnlySpan<char> digits)
    {
        if (digits[0] is '1' or '7')
        {
            return 1;
        }

        if (digits.Length < 2)
        {
            return 2;
        }

        var two = ((digits[0] - '0') * 10) + (digits[1] - '0');
        return two switch
        {
            20 or 27 or (>= 30 and <= 34) or 36 or 39 or 40 or 41 or (>= 43 and <= 49) or (>= 51 and <= 58)
                or (>= 60 and <= 66) or 81 or 82 or 84 or 86 or (>= 90 and <= 95) or 98 => 2,
            _ => 3,
        };
    }

    /// <summary>
    /// Appends the words of <paramref name="text"/>: NFKD, combining marks and format characters dropped, the rest
    /// folded with <see cref="TextFolding"/>; dots and apostrophes join, other non-letters separate.
    /// </summary>
    internal static void AddWords(string text, List<string> words)
    {
        var source = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKD);
        var word = new StringBuilder();
        foreach (var c in source)
        {
            if (c is '.' or '\'' or '\u2019' || TextFolding.IsIgnorable(c))
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(TextFolding.Fold(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
    }
}
