using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Benchmarks.Scoring;

/// <summary>
/// Deterministic leads for the scoring benchmarks: the same seed gives the same leads, and the first N leads of a
/// larger set are the N-lead set. Latin and Persian text is mixed; Persian text uses the Persian yeh and keheh and no
/// zero-width joiners or Persian digits in the fields that rules read, so that the library's folding and
/// <see cref="StringComparison.OrdinalIgnoreCase"/> agree (the hand-written loop and the engines use the latter).
/// </summary>
internal static class ScoringData
{
    public const int Seed = 20_251_125;
    private const string Importer = "importer";

    private static readonly string[] FirstNames = ["Sara", "John", "Maria", "Wei", "Fatima", "Liam", "سارا", "علی", "مریم", "رضا", "نگار", "حسین"];
    private static readonly string[] LastNames = ["Karimi", "Smith", "Garcia", "Chen", "Novak", "Okafor", "کریمی", "محمدی", "حسینی", "رضایی", "احمدی", "موسوی"];

    private static readonly string?[] Companies =
    [
        "Contoso Ltd", "Fabrikam Inc", "Adventure Works", "Litware", "Tailspin Toys", "Wide World Importers", "Rival Systems",
        "rival systems", "Northwind Rivals", "پارس داده", "سامانه نوین", "رقیب افزار", "فناوران امید", "Pars Online", null,
    ];

    private static readonly string?[] JobTitles =
    [
        "Chief Executive Officer", "chief technology officer", "IT Director", "Director of Procurement", "Head of Sales",
        "VP Engineering", "Software Engineer", "Purchasing Manager", "Analyst", "Office Manager", "مدیر فناوری اطلاعات",
        "مدیرعامل", "کارشناس خرید", "برنامه نویس", null,
    ];

    private static readonly string?[] IndustryValues =
    [
        "Software", "software", "SOFTWARE", "Banking", "Retail", "Manufacturing", "Telecommunications", "Insurance", "Healthcare",
        "Software Services", "بانکداری", "مخابرات", "بیمه", "بازرگانی", "صنایع غذایی", null, null,
    ];

    private static readonly string[] Domains =
    [
        "gmail.com", "GMAIL.com", "yahoo.com", "hotmail.com", "outlook.com", "contoso.example", "fabrikam.example", "parsdata.ir",
        "litware.example", "mail.gmail.com.example",
    ];

    private static readonly string[] PhoneNumbers = ["+98 21 5555 0100", "+1 (425) 555-0142", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "021-8888-1234"];

    private static readonly string?[] Needs =
    [
        "Replace the legacy CRM", "Automate lead routing", "نیاز به سامانه مدیریت مشتری", "Reporting for the sales team",
        "یکپارچه سازی با سامانه حسابداری", null, null, null,
    ];

    private static readonly string[] Currencies = ["USD", "USD", "USD", "EUR", "IRR"];

    /// <summary>
    /// Creates <paramref name="count"/> leads through the public API (Create, then LogActivity) and drops their events.
    /// Every random draw is made first, in one sequence (so the data do not depend on the threads), then the leads are
    /// created on all cores: creating 1,000,000 leads one by one took longer than BenchmarkDotNet's in-process time limit
    /// on a loaded machine.
    /// </summary>
    public static Lead[] CreateLeads(int count)
    {
#pragma warning disable CA5394 // Benchmark data: a seeded, reproducible generator is the point.
        var random = new Random(Seed);
        var recipes = new (LeadId Id, LeadDetails Details, LeadActivity[] Activities)[count];
        var atTicks = ScoringSpec.At.ToUnixTimeTicks();
        var span = Duration.FromDays(202).BclCompatibleTicks;
        var future = Duration.FromDays(2).BclCompatibleTicks;
        Span<byte> idBytes = stackalloc byte[16];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(idBytes);
            var id = new LeadId(new Guid(idBytes));
            var details = NewDetails(random, i);
            var activities = new LeadActivity[random.Next(11)];
            for (var a = 0; a < activities.Length; a++)
            {
                var type = ActivityType.WellKnown[random.Next(0, 8)];

                // Ages from 2 days in the future (ignored) to 200 days ago, to the tick; recent activity is more common.
                var u = random.NextDouble();
                var age = (long)(u * u * span) - future;
                activities[a] = new LeadActivity(type, Instant.FromUnixTimeTicks(atTicks - age));
            }

            recipes[i] = (id, details, activities);
        }

        var lifecycle = new LeadLifecycle(new ScoringClock(ScoringSpec.At));
        var leads = new Lead[count];
        Parallel.For(0, count, i =>
        {
            var (id, details, activities) = recipes[i];
            var lead = lifecycle.Create(details, Importer, id);
            foreach (var activity in activities)
            {
                lead.LogActivity(activity.Type, activity.At, Importer);
            }

            lead.DrainEvents();
            leads[i] = lead;
        });
        return leads;
    }

    private static LeadDetails NewDetails(Random random, int i)
    {
        var persian = random.Next(10) < 3;
        var first = persian ? FirstNames[6 + random.Next(6)] : FirstNames[random.Next(6)];
        var last = persian ? LastNames[6 + random.Next(6)] : LastNames[random.Next(6)];
        var emails = random.Next(10) switch
        {
            < 2 => Array.Empty<string>(),
            < 8 => [Email(random, i, 0)],
            _ => [Email(random, i, 0), Email(random, i, 1)],
        };
        var phones = random.Next(10) switch
        {
            < 3 => Array.Empty<string>(),
            < 9 => [Pick(random, PhoneNumbers)],
            _ => TwoPhones(random),
        };

        return new LeadDetails
        {
            FirstName = first,
            LastName = last,
            CompanyName = Pick(random, Companies),
            JobTitle = Pick(random, JobTitles),
            Emails = emails,
            BusinessPhone = phones.Length > 0 ? phones[0] : null,
            MobilePhone = phones.Length > 1 ? phones[1] : null,
            Source = random.Next(12) is var s and >= 1 and <= 10 ? (LeadSource)s : null,
            Industry = Pick(random, IndustryValues),
            AnnualRevenue = random.Next(10) < 2 ? null : new Money(Amount(random, 2_000_000_000), Pick(random, Currencies)),
            NumberOfEmployees = random.Next(10) < 2 ? null : (int)Math.Pow(10, random.NextDouble() * 4.5),
            Budget = random.Next(10) < 4 ? null : new Money(Amount(random, 100_000), Pick(random, Currencies)),
            PurchaseTimeframe = random.Next(7) is var t and >= 1 and <= 5 ? (PurchaseTimeframe)t : null,
            IsDecisionMaker = random.Next(3) switch { 0 => null, 1 => true, _ => false },
            StatedNeed = Pick(random, Needs),
        };
    }

    private static string[] TwoPhones(Random random)
    {
        var first = random.Next(PhoneNumbers.Length);
        return [PhoneNumbers[first], PhoneNumbers[(first + 1 + random.Next(PhoneNumbers.Length - 1)) % PhoneNumbers.Length]];
    }

    private static string Email(Random random, int i, int n) => $"lead{i}.{n}@{Pick(random, Domains)}";

    // Whole amounts with a log-uniform spread, so that both sides of every range are common.
    private static decimal Amount(Random random, double max) => decimal.Round((decimal)Math.Pow(max, random.NextDouble()));

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
#pragma warning restore CA5394
}

/// <summary>A clock stopped at one instant, so that lead creation is reproducible.</summary>
internal sealed class ScoringClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
