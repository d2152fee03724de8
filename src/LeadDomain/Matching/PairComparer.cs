using System.Globalization;

namespace LeadDomain.Matching;

/// <summary>
/// Compares two profiles field by field and decides the tier (see <see cref="MatchComparison"/>). Every step is
/// symmetric, so comparing (a, b) and (b, a) gives the same score and tier, with each reason's values swapped.
/// </summary>
internal static partial class PairComparer
{
    // Similarity from which a field agrees, and below which it disagrees (in between: 0 points). A first name agrees
    // from 0.85, as Salesforce's fuzzy first name matches from a score of 85 (standard lead and contact matching rule).
    internal const double NameAgree = 0.88;
    internal const double FirstNameAgree = 0.85;
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

                // Two personal lines that differ are two people's, as two mailboxes at one organisation's domain are:
                // their disagreement counts double.
                weight = bothPersonal && !shared ? weight with { Disagree = 2 * weight.Disagree } : weight;
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
            var x = direct >= 1.8 ? -1 : NameSimilarity(a.First, b.Last);
            var y = direct >= 1.8 ? -1 : NameSimilarity(a.Last, b.First);

            // A swapped pair joins a first name with a last name, so which field it counts as is decided the same way
            // whichever record comes first: the field of the record that gives both names when only one does; when
            // both do, the closer pair counts as the last name; when neither does, as the first name.
            var aBoth = a.First is not null && a.Last is not null;
            var bBoth = b.First is not null && b.Last is not null;
            var xIsLast = aBoth && bBoth ? CloserPair(x, a.First!, b.Last!, y, a.Last!, b.First!) : bBoth;
            var yIsLast = aBoth && bBoth ? !xIsLast : aBoth;

            // Swapped wins when it makes more names agree ("Maryam Almasri" and a record giving "Maryam" as its
            // last name), or as many and by more than 0.2 in all. A record that gives one name only may give either
            // (a form with one name box, or names typed in the other boxes): its name is read against whichever of the
            // other's names it is closer to.
            var agreeDirect = (firstDirect >= AgreeAt(isLast: false) ? 1 : 0) + (lastDirect >= AgreeAt(isLast: true) ? 1 : 0);
            var agreeSwapped = (x >= AgreeAt(xIsLast) ? 1 : 0) + (y >= AgreeAt(yIsLast) ? 1 : 0);
            var swappedSum = Math.Max(0, x) + Math.Max(0, y);
            var swapped = agreeSwapped > agreeDirect
                || (agreeSwapped == agreeDirect && agreeSwapped > 0 && swappedSum > direct + 0.2)
                || (agreeSwapped == agreeDirect && aBoth != bBoth && swappedSum > direct);

            // Two records that each give one name only, names that differ: they may be the two halves of one name
            // (Mina, Sadeghi), so the difference is neither for nor against.
            // The pair counted as the first name is scored first, so the reasons stay in the order of MatchField.
            var halves = !aBoth && !bBoth;
            if (!swapped)
            {
                Name(reasons, weights, firstDirect, false, halves, a.First, b.First, ref score, ref firstAgreed, ref lastAgreed, ref nameDisagreed);
                Name(reasons, weights, lastDirect, true, halves, a.Last, b.Last, ref score, ref firstAgreed, ref lastAgreed, ref nameDisagreed);
            }
            else if (xIsLast)
            {
                Name(reasons, weights, y, yIsLast, halves, a.Last, b.First, ref score, ref firstAgreed, ref lastAgreed, ref nameDisagreed);
                Name(reasons, weights, x, xIsLast, halves, a.First, b.Last, ref score, ref firstAgreed, ref lastAgreed, ref nameDisagreed);
            }
            else
            {
                Name(reasons, weights, x, xIsLast, halves, a.First, b.Last, ref score, ref firstAgreed, ref lastAgreed, ref nameDisagreed);
                Name(reasons, weights, y, yIsLast, halves, a.Last, b.First, ref score, ref firstAgreed, ref lastAgreed, ref nameDisagreed);
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

    /// <summary>Scores one pair of names as the first or the last name (nothing when either is missing, or when two lone names differ).</summary>
    private static void Name(List<MatchReason>? reasons, MatchWeights weights, double s, bool isLast, bool halves, string? x, string? y, ref int score, ref bool firstAgreed, ref bool lastAgreed, ref bool nameDisagreed)
    {
        if (s < 0 || (halves && s < NameDisagree))
        {
            return;
        }

        // A name that agrees counts in full, as a Salesforce fuzzy name field matches once its score reaches the
        // threshold: a typo in a name is still the name.
        score += isLast
            ? Add(reasons, MatchField.LastName, weights.LastName, s, AgreeAt(isLast), NameDisagree, x!, y!, out lastAgreed, graded: false)
            : Add(reasons, MatchField.FirstName, weights.FirstName, s, AgreeAt(isLast), NameDisagree, x!, y!, out firstAgreed, graded: false);
        nameDisagreed |= s < NameDisagree;
    }

    /// <summary>The similarity from which a last name, or a first name, agrees.</summary>
    private static double AgreeAt(bool isLast) => isLast ? NameAgree : FirstNameAgree;

    /// <summary>
    /// Whether the first of two swapped pairs of names is the closer (by similarity, then by its names in ordinal
    /// order), so that the choice does not depend on which record comes first.
    /// </summary>
    private static bool CloserPair(double sx, string x1, string x2, double sy, string y1, string y2)
    {
        if (sx != sy)
        {
            return sx > sy;
        }

        return PairOrder(x1, x2, y1, y2) < 0;
    }

    /// <summary>
    /// Orders two pairs of values whatever the order within each pair (by the lower value, then the higher), so
    /// that a tie between two pairs is broken the same way whichever record comes first.
    /// </summary>
    internal static int PairOrder(string x1, string x2, string y1, string y2)
    {
        var (xLow, xHigh) = string.CompareOrdinal(x1, x2) <= 0 ? (x1, x2) : (x2, x1);
        var (yLow, yHigh) = string.CompareOrdinal(y1, y2) <= 0 ? (y1, y2) : (y2, y1);
        var order = string.CompareOrdinal(xLow, yLow);
        return order != 0 ? order : string.CompareOrdinal(xHigh, yHigh);
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

    /// <summary>
    /// The points of a field at similarity <paramref name="s"/>: full at 1, half at the agreement threshold (full
    /// there too when not <paramref name="graded"/>), the disagreement weight below the other threshold.
    /// </summary>
    private static int Add(List<MatchReason>? reasons, MatchField field, FieldWeight weight, double s, double agreeAt, double disagreeBelow, string x, string y, out bool agreed, bool graded = true)
    {
        agreed = s >= agreeAt;
        var points = agreed
            ? s >= 1 || !graded ? weight.Agree : (int)Math.Round(weight.Agree * (0.5 + (0.5 * (s - agreeAt) / (1 - agreeAt))), MidpointRounding.AwayFromZero)
            : s < disagreeBelow ? weight.Disagree : 0;
        reasons?.Add(new MatchReason(field, Math.Round(s, 4), points, x, y));
        return points;
    }
}
