using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>
/// Invariants of matching: keys are idempotent; a comparison is symmetric; a record is never its own duplicate; the
/// pairs found do not depend on input order; and every pair sharing an exact key is compared. Cases are built from a
/// seed FsCheck draws (records mixing Latin, Persian and Arabic writings of a few people), so a failure names the seed.
/// </summary>
public sealed class MatchingProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static readonly string[] TextPieces =
    [
        "a", "B", "é", "Ü", "ß", "ı", "İ", "ﬁ", "Ａ", "ی", "ي", "ى", "ک", "ك", "آ", "أ", "إ", "ئ", "ؤ", "ة", "ه", "ۀ", "ء", "ﻙ",
        "1", "۱", "١", "ـ", "\u200C", "\u064E", "\u0301", " ", ".", ",", "-", "'", "(", ")", "&", "@", "<", ">", "\"",
        "Inc", "Ltd.", " LLC", "GmbH", "شرکت ", " سهامی خاص", "شركة", "Contoso", "کیمیا", "mailto:",
    ];

    // A few names on both lists, so that swapped and lone names (a first name given as a last name) are drawn too.
    private static readonly string[] FirstNames = ["Ali", "علی", "علي", "Sara", "SARA", "Sarah", "José", "Jose", "فاطمة", "فاطمه", "A", "Lima", "Rezaie", null!];
    private static readonly string[] LastNames = ["Rezaei", "Rezaie", "رضایی", "رضائي", "Lima", "lima", "الكعبي", "كعبي", "Sara", "Ali", "علي", null!];
    private static readonly string[] Companies = ["Contoso Ltd", "CONTOSO, LLC", "Contoso Intl", "شرکت کیمیا", "كيميا سهامی خاص", "Fabrikam", null!];
    private static readonly string[] Phones = ["0912 345 6789", "+98 912 345 6789", "۰۹۱۲۳۴۵۶۷۹۸", "021 8888 0000", "+44 20 7946 0000", "+1 425 555 0100", null!];
    private static readonly string[] Emails = ["a@x.example", "A@X.example", "\"A\" <a@x.example>", "ab@x.example", "c@y.example", "aa@x.exampel"];
    private static readonly string[] Websites = ["contoso.example", "https://www.contoso.example/x", "kimia.ir", null!];
    private static readonly string?[] Countries = [null, "IR", "Iran", "ایران", "GB", "US"];

    [Fact]
    public void Keys_are_idempotent()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var text = Compose(random, TextPieces, 8);
            var other = Compose(random, TextPieces, 4);
            var phone = Pick(random, Phones) ?? "0";
            var country = Countries[random.Next(Countries.Length)];

            var email = MatchKeys.Email(text + "@" + other);
            var company = MatchKeys.CompanyName(text);
            var person = MatchKeys.PersonName(text, other);
            var website = MatchKeys.Website(text + "." + other);
            var phoneKey = MatchKeys.Phone(phone, country);
            return ((email is null || MatchKeys.Email(email) == email)
                    && (company is null || MatchKeys.CompanyName(company) == company)
                    && (person is null || MatchKeys.PersonName(person, null) == person)
                    && (website is null || MatchKeys.Website(website) == website)
                    && (phoneKey is null || MatchKeys.Phone(phoneKey, country) == phoneKey))
                .Label($"seed {seed}: '{text}' / '{other}' -> email '{email}', company '{company}', person '{person}', website '{website}'; phone '{phone}' ({country}) -> '{phoneKey}'");
        }));
    }

    [Fact]
    public void Comparisons_are_symmetric()
    {
        var finder = new DuplicateFinder(MatchOptions.Default with { DefaultCountry = "IR" });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var (a, b) = (RandomDetails(random), RandomDetails(random));
            var ab = finder.Compare(a, b);
            var ba = finder.Compare(b, a);
            // Each reason's values swapped, but for the organisation limit's, which are the total and the limit.
            var mirrored = ab.Reasons.Select(r => r.Field == MatchField.Organization ? r : r with { First = r.Second, Second = r.First });
            return (ab.Score == ba.Score && ab.Tier == ba.Tier && ab.IsCapped == ba.IsCapped
                    && mirrored.SequenceEqual(ba.Reasons))
                .Label($"seed {seed}: {ab} / {ba} / mirrored {string.Join(", ", mirrored)}");
        }));
    }

    [Fact]
    public void A_record_is_never_its_own_duplicate_and_the_pairs_do_not_depend_on_input_order()
    {
        var finder = new DuplicateFinder(MatchOptions.Default with { MaxRecordsPerKey = 4 });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var rows = Enumerable.Range(0, random.Next(0, 25)).Select(i => KeyValuePair.Create($"r{i}", RandomDetails(random))).ToArray();
            var shuffled = rows.ToArray();
            random.Shuffle(shuffled);

            string[] Describe(IReadOnlyList<DuplicatePair> pairs) => [.. pairs.Select(p => $"{p.First}|{p.Second}|{p.Comparison}")];
            var inOrder = finder.FindLeadDetails(rows);
            var reordered = finder.FindLeadDetails(shuffled);
            return (inOrder.All(p => string.CompareOrdinal(p.First, p.Second) < 0 && p.Comparison.Tier != MatchTier.None)
                    && Describe(inOrder).SequenceEqual(Describe(reordered)))
                .Label($"seed {seed}: [{string.Join(", ", Describe(inOrder))}] vs [{string.Join(", ", Describe(reordered))}]");
        }));
    }

    [Fact]
    public void A_pair_sharing_an_exact_key_is_compared_whatever_the_order()
    {
        // Records sharing an e-mail address (a blocking key, under the bound) must come out as a pair whenever
        // comparing the two alone gives a tier: blocking never loses a pair its key proposes.
        var finder = new DuplicateFinder();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var rows = Enumerable.Range(0, random.Next(2, 20)).Select(i => KeyValuePair.Create($"r{i}", RandomDetails(random))).ToList();
            var shared = $"shared{seed}@k.example";
            var (x, y) = (random.Next(rows.Count), random.Next(rows.Count));
            if (x == y)
            {
                return true.Label("same record");
            }

            rows[x] = KeyValuePair.Create(rows[x].Key, rows[x].Value with { Emails = [shared] });
            rows[y] = KeyValuePair.Create(rows[y].Key, rows[y].Value with { Emails = [shared.ToUpperInvariant()] });
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows));
            var alone = finder.Compare(rows.First(r => r.Key == $"r{x}").Value, rows.First(r => r.Key == $"r{y}").Value);
            var (first, second) = string.CompareOrdinal($"r{x}", $"r{y}") < 0 ? ($"r{x}", $"r{y}") : ($"r{y}", $"r{x}");
            var found = finder.FindLeadDetails(rows).Any(p => p.First == first && p.Second == second);
            return (found == (alone.Tier != MatchTier.None)).Label($"seed {seed}: alone {alone}, found {found}");
        }));
    }

    [Fact]
    public void The_record_matcher_never_returns_the_lead_itself_and_orders_its_candidates()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var leads = Enumerable.Range(0, random.Next(1, 10)).Select(_ => TestLeads.NewLead(lifecycle, RandomDetails(random, plainEmails: true))).ToArray();
            var contacts = Enumerable.Range(0, random.Next(0, 8))
                .Select(i => new ExistingContact($"c{i}", Pick(random, FirstNames), Pick(random, LastNames)) { Emails = [Emails[random.Next(Emails.Length)]], CompanyName = Pick(random, Companies) })
                .ToArray();
            var matcher = new RecordMatcher([], contacts, leads);
            var query = leads[random.Next(leads.Length)];
            var all = matcher.Find(query);
            var ordered = all.Zip(all.Skip(1)).All(p => p.First.Comparison.Tier > p.Second.Comparison.Tier
                || (p.First.Comparison.Tier == p.Second.Comparison.Tier && p.First.Comparison.Score >= p.Second.Comparison.Score));
            return (ordered && all.All(c => c.Comparison.Tier != MatchTier.None && !(c.Kind == MatchKind.Lead && c.RecordId == query.Id.ToString())))
                .Label($"seed {seed}: {string.Join(" / ", all)}");
        }));
    }

    private static LeadDetails RandomDetails(Random random, bool plainEmails = false) => new()
    {
        Topic = "Matching",
        FirstName = Pick(random, FirstNames),
        LastName = Pick(random, LastNames),
        CompanyName = Pick(random, Companies),
        BusinessPhone = Pick(random, Phones),
        MobilePhone = Pick(random, Phones),
        Emails = random.Next(3) == 0 ? [] : [plainEmails ? $"p{random.Next(3)}@x.example" : Pick(random, Emails)!],
        Website = Pick(random, Websites),
        Address = random.Next(2) == 0 ? null : new PostalAddress(
            random.Next(2) == 0 ? "1 Main Street" : "1 Main St", City: "Tehran", PostalCode: random.Next(2) == 0 ? "12345" : "12346", Country: Countries[random.Next(Countries.Length)]),
    };

    private static string? Pick(Random random, string[] values) => random.Next(5) == 0 ? null : values[random.Next(values.Length)];

    private static string Compose(Random random, string[] pieces, int most) =>
        string.Concat(Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => pieces[random.Next(pieces.Length)]));
}
