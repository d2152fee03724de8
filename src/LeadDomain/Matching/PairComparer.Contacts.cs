using System.Globalization;

namespace LeadDomain.Matching;

/// <summary>How close two records' e-mail addresses, phones, postal addresses and e-mail domains are.</summary>
internal static partial class PairComparer
{
    /// <summary>
    /// Whether two mailbox names may differ only by a typo in their digits: the same digits, two of them swapped, or one
    /// missing; a digit written as another (nuno.carvalho71, nuno.carvalho91) is another mailbox.
    /// </summary>
    internal static bool DigitsMayAgree(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        Span<char> dx = stackalloc char[64];
        Span<char> dy = stackalloc char[64];
        var nx = Digits(x, dx);
        var ny = Digits(y, dy);
        if (nx < 0 || ny < 0)
        {
            return true; // more than 64 digits: not a name with a number; leave it to the edit distance
        }

        var a = dx[..nx];
        var b = dy[..ny];
        if (a.Length != b.Length)
        {
            return Math.Abs(a.Length - b.Length) == 1;
        }

        var first = a.CommonPrefixLength(b);
        return first == a.Length || SwappedAt(a, b, first);
    }

    /// <summary>Whether two texts of one length, equal before <paramref name="first"/>, differ only by the two characters there swapped.</summary>
    private static bool SwappedAt(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int first) =>
        first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);

    /// <summary>Whether the two texts' digits differ only by two neighbours swapped or one digit missing.</summary>
    internal static bool DigitsSwappedOrDropped(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        Span<char> dx = stackalloc char[64];
        Span<char> dy = stackalloc char[64];
        var nx = Digits(x, dx);
        var ny = Digits(y, dy);
        if (nx < 0 || ny < 0 || nx + ny == 0)
        {
            return false;
        }

        ReadOnlySpan<char> a = nx >= ny ? dx[..nx] : dy[..ny];
        ReadOnlySpan<char> b = nx >= ny ? dy[..ny] : dx[..nx];
        var first = a.CommonPrefixLength(b);
        return a.Length == b.Length + 1
            ? a[(first + 1)..].SequenceEqual(b[first..])
            : a.Length == b.Length && SwappedAt(a, b, first);
    }

    private static int Digits(ReadOnlySpan<char> text, Span<char> digits)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return -1;
                }

                digits[n++] = c;
            }
        }

        return n;
    }

    private static (double Similarity, string X, string Y, bool SameOwnDomain) BestEmail(EmailValue[] xs, EmailValue[] ys)
    {
        (double, string, string, bool) best = (-1, xs[0].Address, ys[0].Address, false);
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                double s;
                if (x.Address == y.Address)
                {
                    return (1, x.Address, y.Address, false);
                }

                if (x.Domain.SequenceEqual(y.Domain))
                {
                    // Digits in a mailbox's name tell mailboxes apart (nuno.carvalho71 and nuno.carvalho91 are two
                    // people born in different years): different digits are a different address, not a typo.
                    s = x.Local.Length >= 4 && y.Local.Length >= 4 && DigitsMayAgree(x.Local, y.Local) ? Similarity.Edit(x.Local, y.Local, 2) : 0;
                    s = s >= EditAgree ? Math.Max(s, 0.9) : s;
                }
                else if (x.Local.Length >= 4 && x.Local.SequenceEqual(y.Local))
                {
                    // A typo in the domain, but not in its numbers: pars438.com and pars838.com are two organisations.
                    s = Similarity.EditDistance(x.Domain, y.Domain, 1) <= 1 && SameDigits(x.Domain, y.Domain) ? 0.9 : 0;
                }
                else
                {
                    s = 0;
                }

                if (s > best.Item1)
                {
                    best = (s, x.Address, y.Address, !x.FreeMail && x.Domain.SequenceEqual(y.Domain));
                }
            }
        }

        return best;
    }

    /// <summary>Whether the two texts have the same digits in the same order.</summary>
    internal static bool SameDigits(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !char.IsAsciiDigit(x[i]))
            {
                i++;
            }

            while (j < y.Length && !char.IsAsciiDigit(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (x[i++] != y[j++])
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Whether the counts of each digit in the two numbers differ by at most <paramref name="most"/> in all: two edits
    /// change them by at most 4 (a digit wrong by 2, missing or extra by 1, two swapped by 0), so most unrelated numbers
    /// are told apart here without the edit distance.
    /// </summary>
    internal static bool DigitCountsWithin(string x, string y, int most)
    {
        Span<int> counts = stackalloc int[10];
        foreach (var c in x)
        {
            if (char.IsAsciiDigit(c))
            {
                counts[c - '0']++;
            }
        }

        foreach (var c in y)
        {
            if (char.IsAsciiDigit(c))
            {
                counts[c - '0']--;
            }
        }

        var total = 0;
        foreach (var count in counts)
        {
            total += Math.Abs(count);
        }

        return total <= most;
    }

    private static bool HasPersonal(PhoneValue[] phones)
    {
        foreach (var phone in phones)
        {
            if (!phone.Shared)
            {
                return true;
            }
        }

        return false;
    }

    private static (double Similarity, string? X, string? Y, bool Shared) BestPhone(PhoneValue[] xs, PhoneValue[] ys)
    {
        (double, string?, string?, bool) best = (-1, null, null, true);
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                if (!x.Comparable(y))
                {
                    continue;
                }

                // One digit wrong, missing, extra or two swapped: 0.9; two such: 0.8 (half the agreement); more: 0.
                var s = x.Number == y.Number ? 1 : !DigitCountsWithin(x.Number, y.Number, 4) ? 0 : Similarity.EditDistance(x.Number, y.Number, 2) switch { 1 => 0.9, 2 => 0.8, _ => 0 };
                // A personal line that agrees (typo or not) says more than a switchboard that agrees exactly: it
                // identifies the person, the switchboard only the organisation.
                var shared = x.Shared && y.Shared;
                var personalAgrees = !shared && s >= EditAgree;
                var bestPersonalAgrees = !best.Item4 && best.Item1 >= EditAgree;
                // Among equals, the pair first in ordinal order, so the values shown do not depend on which record
                // comes first.
                if ((personalAgrees && !bestPersonalAgrees)
                    || (personalAgrees == bestPersonalAgrees && (s > best.Item1 || (s == best.Item1 && !shared && best.Item4)
                        || (s == best.Item1 && shared == best.Item4 && PairOrder(x.Number, y.Number, best.Item2!, best.Item3!) < 0))))
                {
                    best = (s, x.Number, y.Number, shared);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The similarity of two addresses from the parts both have: postal code (equal, or one typo at 0.8), street line
    /// (Jaro-Winkler) and city (Jaro-Winkler), weighted 0.4, 0.4 and 0.2; null unless both have a postal code or a street.
    /// </summary>
    private static double? AddressSimilarity(AddressValue x, AddressValue y)
    {
        double total = 0;
        double weight = 0;
        if (x.PostalCode is not null && y.PostalCode is not null)
        {
            total += 0.4 * (x.PostalCode == y.PostalCode ? 1 : Similarity.EditDistance(x.PostalCode, y.PostalCode, 1) <= 1 ? 0.8 : 0);
            weight += 0.4;
        }

        if (x.Street is not null && y.Street is not null)
        {
            // The house numbers decide between two buildings of one street: "36 Rashid St" is not "71 Rashid St" nor
            // "37 Rashid St", however alike the letters; two digits swapped, or one missing, may be a typo.
            var street = Similarity.JaroWinkler(x.Street, y.Street);
            total += 0.4 * (SameDigits(x.Street, y.Street) ? street : DigitsSwappedOrDropped(x.Street, y.Street) ? 0.9 * street : 0);
            weight += 0.4;
        }

        if (weight == 0)
        {
            return null;
        }

        if (x.City is not null && y.City is not null)
        {
            total += 0.2 * Similarity.JaroWinkler(x.City, y.City);
            weight += 0.2;
        }

        return total / weight;
    }

    private static string? SharedDomain(string[] xs, string[] ys)
    {
        string? shared = null;
        foreach (var x in xs)
        {
            if (Array.IndexOf(ys, x) >= 0 && (shared is null || string.CompareOrdinal(x, shared) < 0))
            {
                shared = x;
            }
        }

        return shared;
    }
}
