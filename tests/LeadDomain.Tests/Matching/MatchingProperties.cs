using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>
/// Invariants of matching: keys are idempotent, the indexed duplicate finder answers exactly what comparing every
/// pair answers, and candidates are ordered with scores in 0–100. Cases are built from a seed FsCheck draws, so a
/// failure names the seed that reproduces it.
/// </summary>
public sealed class MatchingProperties
{
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    // Pieces chosen to hit the folding rules: case, accents, compatibility forms, Arabic/Persian letter twins, digits in
    // three scripts, tatweel, ZWNJ, harakat, punctuation that joins or separates, and whole legal forms.
    private static readonly string[] TextPieces =
    [
        "a", "B", "é", "Ü", "ß", "ı", "İ", "ǅ", "ﬁ", "Ａ", "µ", "ſ", "ی", "ي", "ى", "ک", "ك", "آ", "أ", "ئ", "ؤ", "ة", "ه", "ﻙ",
        "1", "۱", "١", "²", "ـ", "\u200C", "\u064E", "\u0301", " ", "  ", ".", ",", "-", "'", "(", ")", "&", "@", "+", "\t",
        "Inc", "Ltd.", " LLC", "GmbH", "S.A.", " Co ", "شرکت ", " سهامی خاص", "ش.م.م", "شركة", "Contoso", "کیمیا",
    ];

    private static readonly string[] PhonePrefixes = ["", "", "+", "00", "0", "+98 ", "0098", "+44 ", "+1 ", "+971", "+39 0", "۰۰۹۸", "(0)"];

    private static readonly string[] PhonePieces =
    [
        "0", "98", "44", "1", "9", "12", "345", "۰", "۹۱۲", "٣٤٥", "6789", " ", "-", "(", ")", ".", "7", "+",
    ];

    private static readonly string?[] Countries = [null, "98", "44", "1", "+39"];

    [Fact]
    public void Keys_are_idempotent()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var text = Compose(random, TextPieces, 8);
            var other = Compose(random, TextPieces, 4);
            var phone = PhonePrefixes[random.Next(PhonePrefixes.Length)] + Compose(random, PhonePieces, 10);
            var country = Countries[random.Next(Countries.Length)];

            var email = MatchKeys.Email(text + "@" + other);
            var company = MatchKeys.CompanyName(text);
            var person = MatchKeys.PersonName(text, other);
            var phoneKey = MatchKeys.Phone(phone, country);
            return ((email is null || MatchKeys.Email(email) == email)
                    && (company is null || MatchKeys.CompanyName(company) == company)
                    && (person is null || MatchKeys.PersonName(person, null) == person)
                    && (phoneKey is null || MatchKeys.Phone(phoneKey, country) == phoneKey))
                .Label($"seed {seed}: '{text}' / '{other}' -> company '{company}', person '{person}'; phone '{phone}' ({country}) -> '{phoneKey}'");
        }));
    }

    [Fact]
    public void The_indexed_duplicate_finder_answers_what_comparing_every_pair_answers()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var leads = Enumerable.Range(0, random.Next(0, 30)).Select(_ => RandomLead(random)).ToArray();
            var options = RandomOptions(random);

            var indexed = DuplicateLeads.Find(leads, options)
                .Select(p => $"{p.First}|{p.Second}|{p.Score}|{string.Join(";", p.Reasons)}")
                .ToArray();
            var naive = NaiveDuplicates.Find(leads, options);
            return indexed.SequenceEqual(naive).Label($"seed {seed}: indexed [{string.Join(", ", indexed)}] naive [{string.Join(", ", naive)}]");
        }));
    }

    [Fact]
    public void Candidates_are_ordered_and_scored_from_their_reasons()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var options = RandomOptions(random);
            var accounts = Enumerable.Range(0, random.Next(0, 12))
                .Select(i => new ExistingAccount($"a{i}", Pick(random, Companies)) { Phones = Some(random, Phones), Emails = Some(random, Emails) })
                .ToArray();
            var contacts = Enumerable.Range(0, random.Next(0, 12))
                .Select(i => new ExistingContact($"c{i}", Pick(random, FirstNames), Pick(random, LastNames))
                {
                    AccountId = $"a{random.Next(0, 14)}",
                    Phones = Some(random, Phones),
                    Emails = Some(random, Emails),
                })
                .ToArray();
            var leads = Enumerable.Range(0, random.Next(0, 12)).Select(_ => RandomLead(random)).ToArray();
            var matcher = new RecordMatcher(accounts, contacts, leads, options);
            var query = leads.Length > 0 && random.Next(2) == 0 ? leads[random.Next(leads.Length)] : RandomLead(random);

            var all = matcher.Find(query);
            var ok = all.All(c => c.Score >= options.MinimumScore && c.Score <= 100 && c.Reasons.Count > 0
                                  && c.Score == Math.Min(100, c.Reasons.Select(r => r.Kind).Distinct().Sum(Weight))
                                  && !(c.Kind == MatchKind.Lead && c.RecordId == query.Id.ToString()))
                && all.Zip(all.Skip(1)).All(p => p.First.Score > p.Second.Score
                    || (p.First.Score == p.Second.Score && (p.First.Kind < p.Second.Kind
                        || (p.First.Kind == p.Second.Kind && string.CompareOrdinal(p.First.RecordId, p.Second.RecordId) < 0))))
                && matcher.FindAccounts(query.Details).Count + matcher.FindContacts(query.Details).Count
                   + matcher.FindLeads(query.Details, query.Id).Count == all.Count;
            return ok.Label($"seed {seed}: {string.Join(" / ", all)}");
        }));
    }

    internal static int Weight(MatchKeyKind kind) => kind switch
    {
        MatchKeyKind.Email => 60,
        MatchKeyKind.Phone => 40,
        MatchKeyKind.CompanyName => 50,
        _ => 30,
    };

    private static readonly string[] FirstNames = ["Ali", "علی", "علي", "Sara", "SARA", "José", "Jose"];
    private static readonly string[] LastNames = ["Rezaei", "رضایی", "رضايي", "Lima", "lima"];
    private static readonly string[] Companies = ["Contoso Ltd", "CONTOSO, LLC", "شرکت کیمیا", "كيميا سهامی خاص", "Fabrikam", "Müller GmbH", "Muller"];
    private static readonly string[] Phones = ["0912 345 6789", "+98 912 345 6789", "۰۹۱۲۳۴۵۶۷۸۹", "021 8888 0000", "+44 20 7946 0000", "020 7946 0000"];
    private static readonly string[] Emails = ["a@x.example", "A@X.example", "b@x.example", "c@y.example"];

    private static Lead RandomLead(Random random) => TestLeads.NewLead(Lifecycle, new LeadDetails
    {
        FirstName = Pick(random, FirstNames),
        LastName = Pick(random, LastNames),
        CompanyName = Pick(random, Companies),
        BusinessPhone = random.Next(3) == 0 ? null : Pick(random, Phones),
        MobilePhone = random.Next(3) == 0 ? null : Pick(random, Phones),
        Emails = Some(random, Emails),
        Topic = "Matching",
        Source = LeadSource.Web,
    });

    private static MatchOptions RandomOptions(Random random) => new()
    {
        MinimumScore = new[] { 1, 30, 40, 60, 90 }[random.Next(5)],
        MaxRecordsPerKey = new[] { 2, 3, 5, 100 }[random.Next(4)],
        DefaultCountryCode = new[] { null, "98", "44" }[random.Next(3)],
    };

    private static string? Pick(Random random, string[] values) => random.Next(4) == 0 ? null : values[random.Next(values.Length)];

    private static string[] Some(Random random, string[] values) =>
        [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => values[random.Next(values.Length)]).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string Compose(Random random, string[] pieces, int most) =>
        string.Concat(Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => pieces[random.Next(pieces.Length)]));

    /// <summary>The reference: every pair compared, O(N²), written from the documented rules only.</summary>
    private static class NaiveDuplicates
    {
        public static string[] Find(Lead[] leads, MatchOptions options)
        {
            var keys = leads.Select(l => Keys(l.Details, options.DefaultCountryCode)).ToArray();
            var frequency = keys.SelectMany(k => k).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            var pairs = new List<(int Score, string First, string Second, string Reasons)>();
            for (var i = 0; i < leads.Length; i++)
            {
                for (var j = i + 1; j < leads.Length; j++)
                {
                    var shared = keys[i].Intersect(keys[j]).Where(k => frequency[k] <= options.MaxRecordsPerKey)
                        .OrderBy(k => k.Kind).ThenBy(k => k.Key, StringComparer.Ordinal).ToArray();
                    var score = Math.Min(100, shared.Select(k => k.Kind).Distinct().Sum(Weight));
                    if (shared.Length == 0 || score < options.MinimumScore)
                    {
                        continue;
                    }

                    var (a, b) = (leads[i].Id.ToString(), leads[j].Id.ToString());
                    if (string.CompareOrdinal(a, b) > 0)
                    {
                        (a, b) = (b, a);
                    }

                    pairs.Add((score, a, b, string.Join(";", shared)));
                }
            }

            return [.. pairs.OrderByDescending(p => p.Score).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)
                .Select(p => $"{p.First}|{p.Second}|{p.Score}|{p.Reasons}")];
        }

        private static HashSet<MatchReason> Keys(LeadDetails details, string? country)
        {
            var keys = new HashSet<MatchReason>();
            foreach (var email in details.Emails)
            {
                Add(keys, MatchKeyKind.Email, MatchKeys.Email(email));
            }

            foreach (var phone in details.PhoneNumbers)
            {
                Add(keys, MatchKeyKind.Phone, MatchKeys.Phone(phone, country));
            }

            Add(keys, MatchKeyKind.CompanyName, details.CompanyName is null ? null : MatchKeys.CompanyName(details.CompanyName));
            Add(keys, MatchKeyKind.PersonName, MatchKeys.PersonName(details.FirstName, details.LastName));
            return keys;
        }

        private static void Add(HashSet<MatchReason> keys, MatchKeyKind kind, string? key)
        {
            if (key is not null)
            {
                keys.Add(new MatchReason(kind, key));
            }
        }
    }
}
