using System.Globalization;

namespace LeadDomain.Matching;

/// <summary>
/// Compares two profiles field by field and decides the tier (see <see cref="MatchComparison"/>). Every step is
/// symmetric, so comparing (a, b) and (b, a) gives the same score and tier, with each reason's values swapped.
/// </summary>
internal static class PairComparer
{
    // Similarity from which a field agrees, and below which it disagrees (in between: 0 points).
    internal const double NameAgree = 0.88;
    private const double NameDisagree = 0.80;
    private const double PhoneticAgree = 0.95;
    private const double CompanyAgree = 0.88;
    private const double CompanyDisagree = 0.75;
    private const double WordAgree = 0.85;
    private const double EditAgree = 0.80;
    private const double EmailDisagree = 0.50;
    private const double AddressAgree = 0.85;
    private const double AddressDisagree = 0.60;

    /// <summary>Compares and returns the comparison, with its reasons, allocated.</summary>
    public static MatchComparison Compare(MatchProfile a, MatchProfile b, MatchOptions options)
    {
        var reasons = new List<MatchReason>(8);
        var (score, tier, capped) = Evaluate(a, b, options, reasons);
        return new MatchComparison(tier, score, capped, reasons.AsReadOnly());
    }

    /// <summary>
    /// Compares, filling <paramref name="reasons"/> (cleared first) when it is given; without it nothing is allocated,
    /// so a search can decide first and explain only the pairs it keeps (the score is the same either way).
    /// </summary>
    /// <param name="a">The first record.</param>
    /// <param name="b">The second record.</param>
    /// <param name="options">The weights and thresholds.</param>
    /// <param name="reasons">Filled with the reasons, or null.</param>
    /// <param name="context">The names at each organisation in the whole input (for a record that gives one name only), or null.</param>
    public static (int Score, MatchTier Tier, bool Capped) Evaluate(MatchProfile a, MatchProfile b, MatchOptions options, List<MatchReason>? reasons, NameContext? context = null)
    {
        reasons?.Clear();
        var people = a.IsPerson && b.IsPerson;
        var weights = people ? options.PersonWeights : options.OrganizationWeights;
        var score = 0;
        var org = 0;
        var emailAgreed = false;
        var lastAgreed = false;
        var firstAgreed = false;
        var nameDisagreed = false;
        var companyAgreed = false;
        var websiteAgreed = false;

        // E-mail: the closest pair of addresses.
        if (a.Emails.Length > 0 && b.Emails.Length > 0)
        {
            // Two addresses at one organisation's own domain that differ are two mailboxes there, as colleagues have:
            // their disagreement counts double.
            var (s, x, y, sameOwnDomain) = BestEmail(a.Emails, b.Emails);
            var weight = sameOwnDomain ? weights.Email with { Disagree = 2 * weights.Email.Disagree } : weights.Email;
            score += Add(reasons, MatchField.Email, weight, s, EditAgree, EmailDisagree, x, y, out emailAgreed);
        }

        // Phone: the closest pair of comparable numbers. A line both records list only as business or other (or
        // untyped) may be a switchboard that colleagues share: its agreement counts half and identifies nobody.
        var personalPhoneAgreed = false;
        if (a.Phones.Length > 0 && b.Phones.Length > 0)
        {
            var (s, x, y, shared) = BestPhone(a.Phones, b.Phones);
            if (x is not null)
            {
                // A disagreement says something only between lines of one kind: two personal lines (mobile, home)
                // that differ, or two switchboards that differ. A mobile against a business line is two lines, not
                // two values of one: neither for nor against.
                var bothPersonal = HasPersonal(a.Phones) && HasPersonal(b.Phones);
                var oneKind = bothPersonal || (!HasPersonal(a.Phones) && !HasPersonal(b.Phones));
                var weight = shared ? weights.Phone with { Agree = weights.Phone.Agree / 2 } : weights.Phone;
                weight = oneKind ? weight : weight with { Disagree = 0 };
                var phonePoints = Add(reasons, MatchField.Phone, weight, s, EditAgree, EditAgree, x, y!, out var phoneAgreed);
                if (shared)
                {
                    Org(ref score, ref org, phonePoints);
                }
                else
                {
                    score += phonePoints;
                }

                personalPhoneAgreed = phoneAgreed && !shared;
            }
        }

        // Names, direct or swapped (first and last written the other way round), whichever agrees more.
        if (people)
        {
            var firstDirect = NameSimilarity(a.First, b.First);
            var lastDirect = NameSimilarity(a.Last, b.Last);

            // Swapped wins only by more than 0.2 of at most 2: not worth computing when the direct names already agree.
            var direct = Math.Max(0, firstDirect) + Math.Max(0, lastDirect);
            var firstSwapped = direct >= 1.8 ? -1 : NameSimilarity(a.First, b.Last);
            var lastSwapped = direct >= 1.8 ? -1 : NameSimilarity(a.Last, b.First);
            var swapped = Math.Max(firstSwapped, lastSwapped) >= NameAgree
                && Math.Max(0, firstSwapped) + Math.Max(0, lastSwapped) > direct + 0.2;
            var (first, last) = swapped ? (firstSwapped, lastSwapped) : (firstDirect, lastDirect);
            if (first >= 0)
            {
                var points = Add(reasons, MatchField.FirstName, weights.FirstName, first, NameAgree, NameDisagree, a.First!, swapped ? b.Last! : b.First!, out firstAgreed);
                nameDisagreed |= first < NameDisagree;
                score += points;
            }

            if (last >= 0)
            {
                var points = Add(reasons, MatchField.LastName, weights.LastName, last, NameAgree, NameDisagree, a.Last!, swapped ? b.First! : b.Last!, out lastAgreed);
                nameDisagreed |= last < NameDisagree;
                score += points;
            }
        }

        // Deciding only (no reasons asked for): when even full agreement of the organisation's fields, within their
        // limit, cannot lift the pair to the lower tier, it is None whatever they say; skip comparing them.
        if (reasons is null)
        {
            var rest = weights.CompanyName.Agree + weights.Website.Agree + weights.Address.Agree + weights.EmailDomain.Agree;
            if (score + Math.Min(weights.OrganizationLimit, org + rest) < options.PossibleDuplicateScore)
            {
                return (score, MatchTier.None, false);
            }
        }

        if (a.Company is not null && b.Company is not null)
        {
            var s = CompanySimilarity(a.Company, a.CompanyWords, b.Company, b.CompanyWords);
            Org(ref score, ref org, Add(reasons, MatchField.CompanyName, weights.CompanyName, s, CompanyAgree, CompanyDisagree, a.Company, b.Company, out companyAgreed));
        }

        if (a.Website is not null && b.Website is not null)
        {
            var s = a.Website == b.Website ? 1 : a.WebsiteDomain == b.WebsiteDomain ? 0.9 : 0;
            Org(ref score, ref org, Add(reasons, MatchField.Website, weights.Website, s, 0.9, 0.9, a.Website, b.Website, out websiteAgreed));
        }

        if (a.Address is not null && b.Address is not null && AddressSimilarity(a.Address, b.Address) is { } address)
        {
            Org(ref score, ref org, Add(reasons, MatchField.Address, weights.Address, address, AddressAgree, AddressDisagree, a.Address.Text, b.Address.Text, out _));
        }

        if (!emailAgreed && a.Domains.Length > 0 && b.Domains.Length > 0)
        {
            var shared = SharedDomain(a.Domains, b.Domains);
            Org(ref score, ref org, Add(reasons, MatchField.EmailDomain, weights.EmailDomain, shared is null ? 0 : 1, 1, 1, shared ?? a.Domains[0], shared ?? b.Domains[0], out _));
        }

        // The organisation's fields (company, website, address, e-mail domain, a shared phone) are not independent
        // witnesses: colleagues share them all at once. Their agreements together count up to the limit.
        if (org > weights.OrganizationLimit)
        {
            reasons?.Add(new MatchReason(
                MatchField.Organization,
                1,
                weights.OrganizationLimit - org,
                string.Create(CultureInfo.InvariantCulture, $"+{org}"),
                string.Create(CultureInfo.InvariantCulture, $"limit {weights.OrganizationLimit}")));
            org = weights.OrganizationLimit;
        }

        var orgAgreed = org > 0;
        score += org;
        var capped = people
            ? nameDisagreed || !(emailAgreed || personalPhoneAgreed || (lastAgreed && firstAgreed))
            : !(companyAgreed || websiteAgreed);

        // One record gives one name only (the other missing), that name agrees, and the two share the organisation:
        // when the input holds only one person of that name there (every record there that gives the name gives it
        // with the same other name), the record can be no one else. The missing name is then taken from that person,
        // at half its agreement's weight (inferred, not seen), and the pair is not capped.
        if (capped && people && !nameDisagreed && orgAgreed && context is not null && (firstAgreed || lastAgreed)
            && score + (Math.Max(weights.FirstName.Agree, weights.LastName.Agree) / 2) >= options.DuplicateScore
            && OnlyPerson(a, b, context) is { } only)
        {
            var inferred = (only.OtherIsLast ? weights.LastName.Agree : weights.FirstName.Agree) / 2;
            score += inferred;
            capped = false;
            reasons?.Add(new MatchReason(MatchField.NameAtOrganization, 1, inferred, only.Name, only.Other));
        }

        var tier = score >= options.DuplicateScore && !capped ? MatchTier.Duplicate
            : score >= options.PossibleDuplicateScore ? MatchTier.PossibleDuplicate
            : MatchTier.None;
        return (score, tier, capped);
    }

    /// <summary>
    /// When one record gives both names and the other one name only, agreeing with one of them: that name and the
    /// named record's other name, if the input holds only one person of that name at the named record's organisation.
    /// </summary>
    private static (string Name, string Other, bool OtherIsLast)? OnlyPerson(MatchProfile a, MatchProfile b, NameContext context)
    {
        var (named, single) = a.First is not null && a.Last is not null ? (a, b) : (b, a);
        if (named.First is not { } first || named.Last is not { } last || (single.First is null) == (single.Last is null))
        {
            return null;
        }

        var name = single.First ?? single.Last!;
        var byFirst = NameSimilarity(first, name) >= NameSimilarity(last, name);
        var (token, other) = byFirst ? (first, last) : (last, first);
        return context.IsOnlyPerson(named, token, other, name) ? (token, other, byFirst) : null;
    }

    private static void Org(ref int score, ref int org, int points)
    {
        if (points > 0)
        {
            org += points;
        }
        else
        {
            score += points;
        }
    }

    /// <summary>The points of a field at similarity <paramref name="s"/>: full at 1, half at the agreement threshold, the disagreement weight below the other threshold.</summary>
    private static int Add(List<MatchReason>? reasons, MatchField field, FieldWeight weight, double s, double agreeAt, double disagreeBelow, string x, string y, out bool agreed)
    {
        agreed = s >= agreeAt;
        var points = agreed
            ? s >= 1 ? weight.Agree : (int)Math.Round(weight.Agree * (0.5 + (0.5 * (s - agreeAt) / (1 - agreeAt))), MidpointRounding.AwayFromZero)
            : s < disagreeBelow ? weight.Disagree : 0;
        reasons?.Add(new MatchReason(field, Math.Round(s, 4), points, x, y));
        return points;
    }

    /// <summary>The similarity of two folded names, or -1 when either is missing. An initial agrees (0.9) with a name it starts.</summary>
    internal static double NameSimilarity(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return -1;
        }

        if (x == y)
        {
            return 1;
        }

        // One name in Arabic script and the other in Latin letters (or any two scripts): the library does not
        // transliterate, so the two cannot be compared; that is no evidence either way, not a disagreement.
        if (ScriptOf(x) != ScriptOf(y))
        {
            return -1;
        }

        if (x.Length == 1 || y.Length == 1)
        {
            return x[0] == y[0] ? 0.9 : 0;
        }

        var s = Similarity.JaroWinkler(x, y);

        // Every word of one name among the other's words (Santos Silva and Silva, Maria and Maria Clara): people drop
        // a second surname or a middle name, but another family may share the word, so not proof either way.
        if (s < 0.85 && (x.Contains(' ', StringComparison.Ordinal) || y.Contains(' ', StringComparison.Ordinal)) && WordsWithin(x, y))
        {
            s = 0.85;
        }

        // One letter wrong, missing or swapped in a short name: not proof either way in three letters, a weak agreement
        // from four (Jaro-Winkler underrates a typo near the start of a short name: ارش/اش, سامی/سای).
        if (s < NameAgree && Math.Max(x.Length, y.Length) >= 3 && Similarity.EditDistance(x, y, 1) <= 1)
        {
            s = Math.Max(s, Math.Max(x.Length, y.Length) >= 4 ? NameAgree : 0.85);
        }

        // A spelling of the same sound (Steven/Stephen, Layla/Leila): the same phonetic skeleton, and close letters.
        if (s is >= NameDisagree and < PhoneticAgree && SameSkeleton(x, y))
        {
            s = PhoneticAgree;
        }

        var bareX = WithoutArticle(x);
        var bareY = WithoutArticle(y);
        if (bareX.Length != x.Length || bareY.Length != y.Length)
        {
            s = Math.Max(s, Similarity.JaroWinkler(bareX, bareY));
        }

        return s;
    }

    /// <summary>The script of a folded name's first letter: 1 Latin, 2 Arabic, 3 any other.</summary>
    internal static int ScriptOf(string name)
    {
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F'))
            {
                return 1;
            }

            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF'))
            {
                return 2;
            }

            if (char.IsLetter(c))
            {
                return 3;
            }
        }

        return 0;
    }

    /// <summary>Whether every word of the name with fewer words is a word of the other (no allocation).</summary>
    private static bool WordsWithin(string x, string y)
    {
        var (few, many) = x.AsSpan().Count(' ') <= y.AsSpan().Count(' ') ? (x, y) : (y, x);
        foreach (var range in few.AsSpan().Split(' '))
        {
            var word = few.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            var found = false;
            foreach (var other in many.AsSpan().Split(' '))
            {
                if (many.AsSpan(other).SequenceEqual(word))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSkeleton(string x, string y)
    {
        Span<char> one = stackalloc char[MatchText.SkeletonLength];
        Span<char> two = stackalloc char[MatchText.SkeletonLength];
        return one[..MatchText.Skeleton(x, one)].SequenceEqual(two[..MatchText.Skeleton(y, two)]);
    }

    /// <summary>Without the Arabic article ال (or AL, AL-, EL) that one writing keeps and another drops.</summary>
    private static ReadOnlySpan<char> WithoutArticle(string name)
    {
        var span = name.AsSpan();
        if (span.Length > 4 && span.StartsWith("\u0627\u0644"))
        {
            return span[2..].TrimStart(' ');
        }

        if (span.Length > 4 && (span.StartsWith("AL ") || span.StartsWith("EL ")))
        {
            return span[3..];
        }

        return span;
    }

    /// <summary>
    /// The similarity of two company names' words: the better of the whole names' Jaro-Winkler (when they have
    /// different numbers of words) and a word-by-word match (equal words, a word that abbreviates the other by starting
    /// it, typos; a word with no counterpart counts nothing; numbers must be equal), and 0.9 when one name is the
    /// initials of the other (IBM, International Business Machines).
    /// </summary>
    internal static double CompanySimilarity(string xName, string[] x, string yName, string[] y)
    {
        if (xName == yName)
        {
            return 1;
        }

        // The whole names' letters only when the words are split differently (ContosoPharma, Contoso Pharma): with as
        // many words on each side, a long shared prefix would hide a word that differs.
        var whole = x.Length != y.Length ? Similarity.JaroWinkler(xName, yName) : 0;
        var words = Math.Max(Words(x, y), Words(y, x));
        var acronym = IsAcronym(x, y) || IsAcronym(y, x) ? 0.9 : 0;
        var numbersDiffer = NumbersDiffer(x, y);
        var s = Math.Max(Math.Max(whole, words), acronym);
        return numbersDiffer ? Math.Min(s, 0.5) : s;
    }

    private static double Words(string[] shorter, string[] longer)
    {
        if (shorter.Length > longer.Length)
        {
            return 0;
        }

        double total = 0;
        foreach (var word in shorter)
        {
            double best = 0;
            foreach (var other in longer)
            {
                double s;
                if (word == other)
                {
                    s = 1;
                }
                else if (char.IsAsciiDigit(word[0]) || char.IsAsciiDigit(other[0]))
                {
                    s = 0;
                }
                else if ((word.Length >= 3 && other.StartsWith(word, StringComparison.Ordinal)) || (other.Length >= 3 && word.StartsWith(other, StringComparison.Ordinal)))
                {
                    s = 0.92;
                }
                else
                {
                    s = Similarity.JaroWinkler(word, other);
                }

                best = Math.Max(best, s);
            }

            // A word with no counterpart (not even a typo of one) is a different word: "Horizon Pharma" is not
            // "Horizon Foods", however alike the letters of the two words.
            total += best >= WordAgree ? best : 0;
        }

        // Words only the longer name has count a little against it: "Contoso" vs "Contoso Pharma Logistics".
        var coverage = (double)shorter.Length / longer.Length;
        return total / shorter.Length * (0.85 + (0.15 * coverage));
    }

    private static bool IsAcronym(string[] one, string[] many)
    {
        if (one.Length != 1 || many.Length < 2 || one[0].Length != many.Length)
        {
            return false;
        }

        for (var i = 0; i < many.Length; i++)
        {
            if (one[0][i] != many[i][0])
            {
                return false;
            }
        }

        return true;
    }

    private static bool NumbersDiffer(string[] x, string[] y)
    {
        foreach (var word in x)
        {
            if (char.IsAsciiDigit(word[0]) && Array.IndexOf(y, word) < 0 && HasNumber(y))
            {
                return true;
            }
        }

        foreach (var word in y)
        {
            if (char.IsAsciiDigit(word[0]) && Array.IndexOf(x, word) < 0 && HasNumber(x))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNumber(string[] words)
    {
        foreach (var word in words)
        {
            if (char.IsAsciiDigit(word[0]))
            {
                return true;
            }
        }

        return false;
    }

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
        return first == a.Length
            || (first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..].SequenceEqual(b[(first + 2)..]));
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

                if (x.Domain == y.Domain)
                {
                    // Digits in a mailbox's name tell mailboxes apart (nuno.carvalho71 and nuno.carvalho91 are two
                    // people born in different years): different digits are a different address, not a typo.
                    s = x.Local.Length >= 4 && y.Local.Length >= 4 && DigitsMayAgree(x.Local, y.Local) ? Similarity.Edit(x.Local, y.Local, 2) : 0;
                    s = s >= EditAgree ? Math.Max(s, 0.9) : s;
                }
                else if (x.Local == y.Local && x.Local.Length >= 4)
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
                    best = (s, x.Address, y.Address, x.Domain == y.Domain && !x.FreeMail);
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
                var s = x.Number == y.Number ? 1 : Similarity.EditDistance(x.Number, y.Number, 2) switch { 1 => 0.9, 2 => 0.8, _ => 0 };
                // A personal line that agrees (typo or not) says more than a switchboard that agrees exactly: it
                // identifies the person, the switchboard only the organisation.
                var shared = x.Shared && y.Shared;
                var personalAgrees = !shared && s >= EditAgree;
                var bestPersonalAgrees = !best.Item4 && best.Item1 >= EditAgree;
                if ((personalAgrees && !bestPersonalAgrees) || (personalAgrees == bestPersonalAgrees && (s > best.Item1 || (s == best.Item1 && !shared && best.Item4))))
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
            total += 0.4 * Similarity.JaroWinkler(x.Street, y.Street);
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
