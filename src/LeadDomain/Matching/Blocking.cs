namespace LeadDomain.Matching;

/// <summary>
/// The blocking keys of a profile: the values under which it is filed so that only records sharing a key are
/// compared. Each key is a 64-bit hash of its kind and text (a collision only proposes a pair the comparison then
/// judges). Several keys per record, so that a pair is proposed when any one survives the typos:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>each e-mail address, its local part (4 characters or more) with the domain's first letter (a typo in the
/// rest of the domain; a local part alone, such as info or sales, is shared by strangers), and the number in its
/// local part (3 digits or more) with its domain (a typo in the local part's letters), and, from 4 digits, that number
/// and (from 5) its deletion neighbourhood, each with the local part's first letter (a typo in the number);</item>
/// <item>each phone's national number, and the number with each one digit deleted (so one wrong, missing, extra
/// or swapped digit still shares a key: the "deletion neighbourhood");</item>
/// <item>the person's name, never alone (a common name identifies nobody): both names' phonetic skeletons (in either
/// order, so swapped names meet) with each of the company's first three words, the postal code or the city; and each name's skeleton
/// with the whole company name without its spaces (a typo in the other name; words run together or split);</item>
/// <item>the company name (an organisation's only), the phonetic skeletons of all its words (typos in vowels), the website host, the
/// organisation's domains (e-mail domain not free-mail, website), postal code with the street's start, and the street
/// line with a house number in its city.</item>
/// </list>
/// </remarks>
internal static class Blocking
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Kinds from here on (company name and its skeleton, website, domain, postal code with street) name an
    // organisation or a place, not a person.
    private const int FirstOrganizationKind = 10;

    // The company words' skeletons: the loosest organisation key (one key for every company whose words sound alike),
    // so it proposes two people who give both names only when both initials agree.
    private const int CompanySkeletonKind = 11;

    /// <summary>
    /// Whether <paramref name="key"/> is an organisation's key (company name, website, domain, postal code with
    /// street): it says two records are at one organisation, not that they are one person, so it proposes a pair of
    /// people only when <see cref="MayBeOnePerson(MatchProfile, MatchProfile, ulong)"/> (a compound key: organisation and name initial).
    /// </summary>
    public static bool IsOrganizationKey(ulong key) => (key & 1) != 0;

    /// <summary>
    /// Whether an organisation key may propose the pair: always unless both name a person, and then only when a
    /// first or last name of one starts with the letter a first or last name of the other starts with (either order,
    /// so swapped names still meet); under the company words' skeletons, when both give both names, both initials
    /// must agree (in either order). Symmetric, so the pairs proposed do not depend on input order.
    /// </summary>
    public static bool MayBeOnePerson(MatchProfile a, MatchProfile b, ulong key) => MayBeOnePerson(Initials(a), Initials(b), key);

    /// <summary>
    /// A profile's first and last initials in one number (each '\0' when the name is missing; 0 for an organisation),
    /// so that a search can keep them in one small array and gate organisation keys without reading the profiles.
    /// </summary>
    public static uint Initials(MatchProfile p) => ((uint)Initial(p.First) << 16) | Initial(p.Last);

    /// <summary><see cref="MayBeOnePerson(MatchProfile, MatchProfile, ulong)"/> on <see cref="Initials"/>.</summary>
    public static bool MayBeOnePerson(uint a, uint b, ulong key)
    {
        if (a == 0 || b == 0)
        {
            return true;
        }

        var (a1, a2, b1, b2) = (a >> 16, a & 0xFFFF, b >> 16, b & 0xFFFF);
        if ((key & 3) == 3 && a1 != 0 && a2 != 0 && b1 != 0 && b2 != 0)
        {
            return (a1 == b1 && a2 == b2) || (a1 == b2 && a2 == b1);
        }

        return (a1 != 0 && (a1 == b1 || a1 == b2)) || (a2 != 0 && (a2 == b1 || a2 == b2));
    }

    private static char Initial(string? name) => name is null ? '\0' : name[0];

    /// <summary>Adds the profile's keys to <paramref name="keys"/>, each once.</summary>
    public static void AddKeys(MatchProfile p, List<ulong> keys)
    {
        var start = keys.Count;
        Span<char> mailboxNumber = stackalloc char[16];
        Span<char> shorter = stackalloc char[33];
        foreach (var email in p.Emails)
        {
            keys.Add(Hash(1, email.Address));
            if (email.Local.Length >= 4)
            {
                keys.Add(Hash(2, email.Local, email.Domain[..Math.Min(1, email.Domain.Length)]));
            }

            // The number in a mailbox's name, at its domain: it survives a typo in the name's letters.
            var count = 0;
            foreach (var c in email.Local)
            {
                if (char.IsAsciiDigit(c) && count < mailboxNumber.Length)
                {
                    mailboxNumber[count++] = c;
                }
            }

            if (count >= 3)
            {
                keys.Add(Hash(9, mailboxNumber[..count], email.Domain));
            }

            // And, from four digits on, the number and (from five) the number with each one digit deleted, each with
            // the mailbox's first letter: one wrong, missing, extra or swapped digit still shares a key (the deletion
            // neighbourhood, as for phones); the letter keeps strangers at a free-mail domain apart.
            if (count >= 4)
            {
                mailboxNumber[..count].CopyTo(shorter);
                shorter[count] = email.Local[0];
                keys.Add(Hash(9, shorter[..(count + 1)], email.Domain));
                if (count >= 5)
                {
                    AddDeletionKeys(keys, 9, mailboxNumber[..count], email.Local[..1], email.Domain, shorter);
                }
            }
        }

        foreach (var phone in p.Phones)
        {
            // The number itself, and the number with each one digit deleted (one key kind, so that a number meets
            // both itself and its one-digit typos).
            var number = phone.Number.AsSpan();
            keys.Add(Hash(4, number));
            AddDeletionKeys(keys, 4, number, default, default, shorter);
        }

        // Names are common: a name key alone would be shared by many people, so each is tied to something else.
        Span<char> firstBuffer = stackalloc char[MatchText.SkeletonLength];
        Span<char> lastBuffer = stackalloc char[MatchText.SkeletonLength];
        ReadOnlySpan<char> first = p.First is null ? default : firstBuffer[..MatchText.Skeleton(p.First, firstBuffer)];
        ReadOnlySpan<char> last = p.Last is null ? default : lastBuffer[..MatchText.Skeleton(p.Last, lastBuffer)];
        if (!first.IsEmpty && !last.IsEmpty)
        {
            // Both skeletons in one order whatever the record's (so swapped names meet), joined by '|'.
            Span<char> both = stackalloc char[(2 * MatchText.SkeletonLength) + 1];
            var inOrder = first.SequenceCompareTo(last) <= 0;
            var low = inOrder ? first : last;
            var high = inOrder ? last : first;
            low.CopyTo(both);
            both[low.Length] = '|';
            high.CopyTo(both[(low.Length + 1)..]);
            both = both[..(low.Length + 1 + high.Length)];
            // With each of the company's first three words: a typo in one word leaves the others to meet on.
            for (var w = 0; w < Math.Min(3, p.CompanyWords.Length); w++)
            {
                keys.Add(Hash(6, both, p.CompanyWords[w]));
            }

            if (p.Address?.PostalCode is { } postalCode)
            {
                keys.Add(Hash(7, both, postalCode));
            }

            if (p.Address?.City is { } city)
            {
                keys.Add(Hash(8, both, city));
            }
        }

        if (p.Company is not null)
        {
            // The company without its spaces, so that two words run together or one split still meet.
            Span<char> joined = stackalloc char[64];
            var length = 0;
            foreach (var c in p.Company)
            {
                if (c != ' ' && length < joined.Length)
                {
                    joined[length++] = c;
                }
            }

            if (!first.IsEmpty)
            {
                keys.Add(Hash(5, first, joined[..length]));
            }

            if (!last.IsEmpty)
            {
                keys.Add(Hash(5, last, joined[..length]));
            }
        }

        if (p.Company is not null)
        {
            // The whole name only for an organisation: people at one company already meet on their names with its
            // words, and on its words' skeletons; the whole name proposed every pair of colleagues sharing an initial
            // where the skeletons' key was too common (80,000 pairs of 800,000 at 100,000 leads, none of them true).
            if (!p.IsPerson)
            {
                keys.Add(Hash(10, p.Company));
            }

            Span<char> skeletons = stackalloc char[64];
            var length = 0;
            foreach (var word in p.CompanyWords)
            {
                if (length + MatchText.SkeletonLength + 1 > skeletons.Length)
                {
                    break;
                }

                length += MatchText.Skeleton(word, skeletons[length..]);
                skeletons[length++] = ' ';
            }

            keys.Add(Hash(CompanySkeletonKind, skeletons[..length]));
        }

        if (p.Website is not null)
        {
            keys.Add(Hash(12, p.Website));
        }

        foreach (var domain in p.Domains)
        {
            keys.Add(Hash(13, domain));
        }

        if (p.Address is { PostalCode: { } code, Street: { } street })
        {
            keys.Add(Hash(14, code, street.AsSpan(0, Math.Min(4, street.Length))));
        }

        // The street line with its house number, in its city: a place, as the postal code with the street is, for
        // addresses given without a postal code.
        if (p.Address is { City: { } town, Street: { } line } && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            keys.Add(Hash(15, line, town));
        }

        // Each key once per record: a record counts once towards a key's bound.
        var added = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys)[start..];
        added.Sort();
        var n = added.Length == 0 ? 0 : 1;
        for (var i = 1; i < added.Length; i++)
        {
            if (added[i] != added[n - 1])
            {
                added[n++] = added[i];
            }
        }

        keys.RemoveRange(start + n, added.Length - n);
    }

    /// <summary>
    /// Adds the deletion neighbourhood of <paramref name="digits"/>: for each digit, the key of the digits without it,
    /// followed by <paramref name="tail"/>, with <paramref name="more"/>; <paramref name="buffer"/> holds at least the
    /// digits and the tail.
    /// </summary>
    private static void AddDeletionKeys(List<ulong> keys, int kind, ReadOnlySpan<char> digits, ReadOnlySpan<char> tail, ReadOnlySpan<char> more, Span<char> buffer)
    {
        var length = digits.Length - 1 + tail.Length;
        for (var i = 0; i < digits.Length; i++)
        {
            digits[..i].CopyTo(buffer);
            digits[(i + 1)..].CopyTo(buffer[i..]);
            tail.CopyTo(buffer[(digits.Length - 1)..]);
            keys.Add(Hash(kind, buffer[..length], more));
        }
    }

    internal static ulong Hash(int kind, ReadOnlySpan<char> text, ReadOnlySpan<char> more = default)
    {
        var hash = (Offset ^ (ulong)kind) * Prime;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        hash = (hash ^ 0xFFFF) * Prime;
        foreach (var c in more)
        {
            hash = (hash ^ c) * Prime;
        }

        // Finish with a mix so that nearby texts spread over the whole range; the lowest bit says whether the key is
        // an organisation's (see IsOrganizationKey), and the next one, in an organisation's key, whether it is the
        // company words' skeletons (see MayBeOnePerson).
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return kind == CompanySkeletonKind ? hash | 3 : kind >= FirstOrganizationKind ? (hash | 1) & ~2UL : hash & ~1UL;
    }
}
