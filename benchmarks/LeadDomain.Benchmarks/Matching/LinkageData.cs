using System.Globalization;
using System.Text;
using LeadDomain.Leads;

namespace LeadDomain.Benchmarks.Matching;

/// <summary>How hard the generated duplicates are.</summary>
/// <param name="Name">The setting's name.</param>
/// <param name="Corruptions">How many corruptions each duplicate gets (typos, swaps, variants, abbreviations...).</param>
/// <param name="Missing">The chance that each optional field of a duplicate is left empty.</param>
internal sealed record LinkageSetting(string Name, int Corruptions, double Missing)
{
    public static LinkageSetting Easy { get; } = new("easy", 1, 0.05);

    public static LinkageSetting Medium { get; } = new("medium", 2, 0.15);

    public static LinkageSetting Hardest { get; } = new("hardest", 3, 0.25);

    public static IReadOnlyList<LinkageSetting> All { get; } = [Easy, Medium, Hardest];
}

/// <summary>
/// A labelled generator for duplicate detection (issue 17): people at companies, a third each in English, Persian and
/// Arabic script, each person written as 1 to 3 leads. Each extra lead of a person is a duplicate, corrupted by the
/// setting: typos in names (a letter replaced, dropped, added or two swapped), first and last name swapped, phonetic
/// and letter variants (Mohammad/Mohammed, ی/ي, ک/ك, ه/ة, ا/أ), a digit replaced or two swapped in a phone, an e-mail
/// typo, company abbreviations and legal forms changed, the street abbreviated or mistyped; and fields left empty.
/// Every lead is written in varied formats whatever the setting: phones national or international, in Persian or
/// Arabic-Indic digits; e-mails pasted as <c>"Name" &lt;address&gt;</c> or upper-cased; the country as a code or a
/// name in either script. The hard negatives are built in: people at one company share its switchboard, website,
/// e-mail domain and address, and names come from pools small enough that unrelated people share a full name; but a
/// mailbox is one person's (two same-named colleagues get two addresses).
/// Deterministic for a seed. Not tuned on any published record-linkage data set.
/// </summary>
internal static class LinkageData
{
    private static readonly (string Name, string Latin)[] LatinFirst = Pairs(
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy",
        "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Margaret", "Steven", "Sandra", "Paul", "Ashley", "Andrew",
        "Kimberly", "Joshua", "Emily", "Kenneth", "Donna", "Kevin", "Michelle", "Brian", "Carol", "George", "Amanda");

    private static readonly (string Name, string Latin)[] LatinLast = Pairs(
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
        "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Fischer", "Novak", "Kowalski", "Silva", "Rossi");

    private static readonly (string Name, string Latin)[] PersianFirst =
    [
        ("علی", "ali"), ("محمد", "mohammad"), ("حسین", "hossein"), ("رضا", "reza"), ("مهدی", "mahdi"), ("امیر", "amir"),
        ("سارا", "sara"), ("مریم", "maryam"), ("زهرا", "zahra"), ("فاطمه", "fatemeh"), ("نگار", "negar"), ("کیان", "kian"),
        ("یاسمن", "yasaman"), ("پریسا", "parisa"), ("آرش", "arash"), ("بهرام", "bahram"), ("شیرین", "shirin"),
        ("کاوه", "kaveh"), ("نسرین", "nasrin"), ("الهام", "elham"), ("سعید", "saeed"), ("مجید", "majid"),
        ("فرهاد", "farhad"), ("لیلا", "leila"), ("مینا", "mina"), ("پویا", "pouya"), ("هادی", "hadi"), ("بابک", "babak"),
        ("سمیرا", "samira"), ("نادر", "nader"), ("آزاده", "azadeh"), ("کامران", "kamran"), ("رویا", "roya"),
        ("داریوش", "dariush"), ("ژاله", "zhaleh"), ("سهیل", "soheil"), ("ترانه", "taraneh"), ("یوسف", "yousef"),
    ];

    private static readonly (string Name, string Latin)[] PersianLast =
    [
        ("رضایی", "rezaei"), ("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("احمدی", "ahmadi"), ("کریمی", "karimi"),
        ("موسوی", "mousavi"), ("کاظمی", "kazemi"), ("یزدانی", "yazdani"), ("نیکپور", "nikpour"), ("کیانی", "kiani"),
        ("جعفری", "jafari"), ("صادقی", "sadeghi"), ("رحیمی", "rahimi"), ("قاسمی", "ghasemi"), ("طاهری", "taheri"),
        ("اکبری", "akbari"), ("شریفی", "sharifi"), ("نوری", "nouri"), ("زمانی", "zamani"), ("عباسی", "abbasi"),
        ("فرهادی", "farhadi"), ("سلطانی", "soltani"), ("بهرامی", "bahrami"), ("پاکزاد", "pakzad"), ("تهرانی", "tehrani"),
        ("شیرازی", "shirazi"), ("اصفهانی", "esfahani"), ("مرادی", "moradi"), ("خسروی", "khosravi"), ("رستمی", "rostami"),
        ("میرزایی", "mirzaei"), ("حیدری", "heydari"), ("نجفی", "najafi"), ("امینی", "amini"), ("کرمانی", "kermani"),
        ("فروغی", "foroughi"), ("هاشمی", "hashemi"), ("وحیدی", "vahidi"), ("ملکی", "maleki"), ("قربانی", "ghorbani"),
        ("سبحانی", "sobhani"), ("دلاوری", "delavari"), ("گلستانی", "golestani"), ("آقایی", "aghaei"), ("بیگی", "beigi"),
    ];

    private static readonly (string Name, string Latin)[] ArabicFirst =
    [
        ("محمد", "mohammed"), ("أحمد", "ahmed"), ("علي", "ali"), ("يوسف", "yousef"), ("خالد", "khaled"), ("عمر", "omar"),
        ("فاطمة", "fatima"), ("مريم", "mariam"), ("عائشة", "aisha"), ("ليلى", "layla"), ("سارة", "sara"), ("هدى", "huda"),
        ("كريم", "karim"), ("سامي", "sami"), ("كمال", "kamal"), ("طارق", "tariq"), ("رانيا", "rania"), ("نور", "nour"),
        ("إبراهيم", "ibrahim"), ("حسن", "hassan"), ("منى", "mona"), ("سلمى", "salma"), ("زياد", "ziad"), ("ماجد", "majed"),
        ("وليد", "walid"), ("ياسمين", "yasmin"), ("عبدالله", "abdullah"), ("أمل", "amal"), ("رشا", "rasha"), ("باسل", "basel"),
        ("هشام", "hisham"), ("جميلة", "jamila"), ("نبيل", "nabil"), ("سعاد", "souad"),
    ];

    private static readonly (string Name, string Latin)[] ArabicLast =
    [
        ("الكعبي", "alkaabi"), ("الحسيني", "alhusseini"), ("المنصوري", "almansouri"), ("الشامسي", "alshamsi"),
        ("النعيمي", "alnuaimi"), ("الظاهري", "aldhaheri"), ("المزروعي", "almazrouei"), ("السويدي", "alsuwaidi"),
        ("الهاشمي", "alhashimi"), ("العلي", "alali"), ("الشامي", "alshami"), ("المصري", "almasri"), ("النجار", "alnajjar"),
        ("الحداد", "alhaddad"), ("الخطيب", "alkhatib"), ("العمري", "alamri"), ("القحطاني", "alqahtani"), ("الغامدي", "alghamdi"),
        ("الزهراني", "alzahrani"), ("الدوسري", "aldosari"), ("العتيبي", "alotaibi"), ("الشهري", "alshehri"),
        ("الحربي", "alharbi"), ("المطيري", "almutairi"), ("السعدي", "alsaadi"), ("البلوشي", "albalushi"), ("الرئيسي", "alraisi"),
        ("الفلاسي", "alfalasi"), ("التميمي", "altamimi"), ("الجابري", "aljaberi"), ("الكندي", "alkindi"), ("يوسفي", "yousefi"),
        ("حمدان", "hamdan"), ("سليمان", "suleiman"), ("عثمان", "othman"), ("الأنصاري", "alansari"),
    ];

    private static readonly string[] LatinWords =
    [
        "Contoso", "Fabrikam", "Northwind", "Litware", "Tailspin", "Adventure", "Proseware", "Woodgrove", "Alpine", "Blue",
        "Yonder", "Trey", "Lucerne", "Margie", "Coho", "Wingtip", "Humongous", "Datum", "Graphic", "Consolidated", "Relecloud",
        "Southridge", "Wide", "World", "Fourth", "Coffee", "Nod", "Lamna", "Vanarsdel", "Bellows", "Olympus", "Summit",
        "Harbor", "Pioneer", "Atlas", "Beacon", "Cedar", "Falcon", "Granite", "Horizon", "Ironwood", "Juniper", "Keystone",
    ];

    private static readonly string[] LatinTrades =
    [
        "International", "Technologies", "Systems", "Solutions", "Manufacturing", "Services", "Group", "Logistics",
        "Pharma", "Foods", "Energy", "Consulting", "Brothers", "Industries", "Engineering", "Laboratories",
    ];

    private static readonly string[] PersianWords =
    [
        "کیمیا", "پارس", "سامانه", "فناوران", "آریا", "نیک", "کاوش", "یکتا", "سپهر", "راه", "آینده", "امید", "نوین", "البرز",
        "دماوند", "زاگرس", "خلیج", "ستاره", "مهر", "ایده", "پردازش", "گستر", "تدبیر", "اندیش", "پژوه", "صنعت", "داده",
        "ارتباط", "رایان", "بهین", "تجارت", "ساختمان", "پیشرو", "آرمان", "نقش", "جهان", "سبز", "آبی", "رسا", "پویا",
    ];

    private static readonly string[] ArabicWords =
    [
        "الكيمياء", "النور", "الريادة", "الأمل", "الخليج", "المستقبل", "الرؤية", "الإتقان", "الينابيع", "الكوثر", "الفجر",
        "الصحراء", "الواحة", "النخبة", "الأفق", "الإبداع", "البناء", "التقنية", "الشرق", "الوطنية", "المتحدة", "الذهبية",
        "الزمرد", "الياسمين", "السلام", "الفرسان", "الأصالة", "الجزيرة", "القمة", "الهلال", "الدانة", "اللؤلؤة",
    ];

    private static readonly string[] LatinStreets = ["Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset", "River", "Church", "Market"];
    private static readonly string[] PersianStreets = ["ولیعصر", "انقلاب", "آزادی", "شریعتی", "مطهری", "فاطمی", "کریمخان", "طالقانی", "جمهوری", "پاسداران", "میرداماد", "ونک"];
    private static readonly string[] ArabicStreets = ["الملك فهد", "الشيخ زايد", "الاتحاد", "الخليج", "الوصل", "النهضة", "الرشيد", "الجامعة", "الكورنيش", "المطار"];
    private static readonly string[] LatinCities = ["Seattle", "Chicago", "New York", "Boston", "Denver", "Austin"];
    private static readonly string[] PersianCities = ["تهران", "اصفهان", "شیراز", "مشهد", "تبریز", "کرج"];
    private static readonly string[] ArabicCities = ["دبي", "أبوظبي", "الشارقة", "العين", "عجمان"];
    private static readonly string[] FreeMail = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"];

    private static readonly Dictionary<string, string[]> Variants = new()
    {
        ["محمد"] = ["محمّد", "مُحمد"], ["Mohammad"] = ["Mohammed", "Muhammad"], ["Steven"] = ["Stephen"], ["Catherine"] = ["Katherine"],
        ["Sarah"] = ["Sara"], ["Jennifer"] = ["Jenifer"], ["Matthew"] = ["Mathew"], ["Ashley"] = ["Ashleigh"],
        ["Elizabeth"] = ["Elisabeth"], ["Kimberly"] = ["Kimberley"], ["فاطمه"] = ["فاطمة"], ["فاطمة"] = ["فاطمه"],
        ["إبراهيم"] = ["ابراهيم"], ["أحمد"] = ["احمد"], ["عائشة"] = ["عايشة", "عائشه"], ["الأنصاري"] = ["الانصاري"],
        ["سارة"] = ["ساره", "سارا"], ["جميلة"] = ["جميله"], ["ليلى"] = ["ليلي", "لیلا"], ["عبدالله"] = ["عبد الله"],
        ["هدى"] = ["هدي"], ["منى"] = ["مني"], ["سلمى"] = ["سلمي"], ["آرش"] = ["ارش"], ["آزاده"] = ["ازاده"],
        ["آقایی"] = ["آقائی", "اقایی"], ["میرزایی"] = ["میرزائی"], ["رضایی"] = ["رضائی", "رضايي"], ["کیانی"] = ["كياني"],
        ["کریمی"] = ["كريمي"], ["یوسف"] = ["يوسف"], ["کامران"] = ["كامران"],
    };

    /// <summary>One generated lead: its id, details and the person it belongs to.</summary>
    public sealed record Row(string Id, LeadDetails Details, int Person);

    /// <summary>The rows (in shuffled order) and the number of true duplicate pairs among them.</summary>
    public static (Row[] Rows, long TruePairs) Generate(int count, LinkageSetting setting, int seed)
    {
        var random = new Random(seed);
        var rows = new List<Row>(count);
        var companies = new List<Company>[] { [], [], [] };
        var mailboxes = new HashSet<string>(StringComparer.Ordinal);
        var person = 0;
        long truePairs = 0;
        while (rows.Count < count)
        {
            var script = person % 3;

            // About three people per company: colleagues share its switchboard, website, domain and address.
            var mine = companies[script];
            Company company;
            if (mine.Count == 0 || random.Next(3) == 0)
            {
                company = NewCompany(script, (companies[0].Count + companies[1].Count + companies[2].Count), random);
                mine.Add(company);
            }
            else
            {
                company = mine[random.Next(Math.Max(0, mine.Count - 50), mine.Count)];
            }

            var original = NewPerson(script, company, person, random, mailboxes);
            var copies = random.NextDouble() switch { < 0.7 => 1, < 0.9 => 2, _ => 3 };
            copies = Math.Min(copies, count - rows.Count);
            for (var k = 0; k < copies; k++)
            {
                var details = k == 0 ? original : Corrupt(original, script, setting, random);
                rows.Add(new Row(string.Create(CultureInfo.InvariantCulture, $"lead-{rows.Count:D7}"), Format(details, script, random), person));
            }

            truePairs += copies * (copies - 1) / 2;
            person++;
        }

        var shuffled = rows.ToArray();
        random.Shuffle(shuffled);
        return (shuffled, truePairs);
    }

    /// <summary>
    /// Whether two leads share nothing but names: no field other than the first and last name is filled in both
    /// (e-mail, mobile, business phone, company, website, street or postal code). Such a pair of one person carries no
    /// evidence a matcher could use beyond names that, in this generator's small pools, unrelated people share, so the
    /// report counts these pairs separately rather than dropping them.
    /// </summary>
    public static bool NameOnly(LeadDetails a, LeadDetails b) =>
        !(a.Emails.Count > 0 && b.Emails.Count > 0)
        && !(a.MobilePhone is not null && b.MobilePhone is not null)
        && !(a.BusinessPhone is not null && b.BusinessPhone is not null)
        && !(a.CompanyName is not null && b.CompanyName is not null)
        && !(a.Website is not null && b.Website is not null)
        && !(HasPlace(a.Address) && HasPlace(b.Address));

    private static bool HasPlace(PostalAddress? address) => address is not null && (address.Line1 is not null || address.PostalCode is not null);

    private sealed record Company(int Script, string Name, string Domain, string Switchboard, PostalAddress Address, string Country);

    private static Company NewCompany(int script, int n, Random random)
    {
        string name;
        string latin;
        switch (script)
        {
            case 0:
                var w1 = Pick(LatinWords, random);
                var w2 = random.Next(2) == 0 ? Pick(LatinWords, random) : null;
                var trade = Pick(LatinTrades, random);
                name = string.Join(' ', new[] { w1, w2, trade }.Where(w => w is not null)) + Pick([" Inc.", " LLC", " Ltd", " Corp.", string.Empty], random);
                latin = (w1 + (w2 ?? string.Empty) + trade[..Math.Min(4, trade.Length)]).ToLowerInvariant();
                break;
            case 1:
                var p = $"{Pick(PersianWords, random)} {Pick(PersianWords, random)}" + (random.Next(2) == 0 ? $" {Pick(PersianWords, random)}" : string.Empty);
                name = Pick(["شرکت ", string.Empty], random) + p + Pick([" (سهامی خاص)", string.Empty, " سهامی عام"], random);
                latin = "pars" + n.ToString(CultureInfo.InvariantCulture);
                break;
            default:
                var a = $"{Pick(ArabicWords, random)} {Pick(ArabicWords, random)}";
                name = Pick(["شركة ", "مؤسسة ", string.Empty], random) + a + Pick([" ذ.م.م", string.Empty, " المحدودة"], random);
                latin = "gulf" + n.ToString(CultureInfo.InvariantCulture);
                break;
        }

        var domain = latin + Pick<string>(script switch { 0 => [".com", ".io", ".net"], 1 => [".ir", ".co.ir", ".com"], _ => [".ae", ".com", ".net"] }, random);
        var number = random.Next(10_000, 100_000).ToString(CultureInfo.InvariantCulture);
        var (switchboard, address, country) = script switch
        {
            0 => ($"+1 {Pick(["206", "312", "646", "617", "303", "512"], random)} {random.Next(200, 1000)} {random.Next(0, 10_000):D4}",
                new PostalAddress($"{random.Next(1, 999)} {Pick(LatinStreets, random)} Street", City: Pick(LatinCities, random), PostalCode: number), "US"),
            1 => ($"021 {random.Next(2000, 9999)} {random.Next(0, 10_000):D4}",
                new PostalAddress($"خیابان {Pick(PersianStreets, random)} پلاک {random.Next(1, 300)}", City: Pick(PersianCities, random), PostalCode: $"{random.Next(11111, 99999)}{random.Next(11111, 99999)}"), "IR"),
            _ => ($"+971 4 {random.Next(200, 999)} {random.Next(0, 10_000):D4}",
                new PostalAddress($"شارع {Pick(ArabicStreets, random)} {random.Next(1, 200)}", City: Pick(ArabicCities, random)), "AE"),
        };
        return new Company(script, name, domain, switchboard, address, country);
    }

    private static LeadDetails NewPerson(int script, Company company, int n, Random random, HashSet<string> mailboxes)
    {
        var (first, last) = script switch
        {
            0 => (Pick(LatinFirst, random), Pick(LatinLast, random)),
            1 => (Pick(PersianFirst, random), Pick(PersianLast, random)),
            _ => (Pick(ArabicFirst, random), Pick(ArabicLast, random)),
        };
        var local = random.Next(4) switch
        {
            0 => $"{first.Latin}.{last.Latin}",
            1 => $"{first.Latin[0]}{last.Latin}",
            2 => $"{first.Latin}{last.Latin[0]}{n % 100}",
            _ => $"{first.Latin}_{last.Latin}{n % 1000}",
        };
        // A mailbox is one person's: free-mail addresses carry the person's number, as real ones carry something unique.
        var domain = random.Next(10) < 7 ? company.Domain : Pick(FreeMail, random);
        if (FreeMail.Contains(domain))
        {
            local += n.ToString(CultureInfo.InvariantCulture);
        }

        // Nor does a company give two people one mailbox: a second Layla Almazrouei there gets a number, as she would.
        // (Before this, two same-named colleagues could share an address while labelled as two people.)
        if (!mailboxes.Add($"{local}@{domain}"))
        {
            local += n.ToString(CultureInfo.InvariantCulture);
            mailboxes.Add($"{local}@{domain}");
        }
        var mobile = script switch
        {
            0 => $"+1 {Pick(["206", "425", "312", "646", "617"], random)} {random.Next(200, 1000)} {random.Next(0, 10_000):D4}",
            1 => $"09{Pick(["12", "13", "19", "35", "36", "01", "02"], random)} {random.Next(100, 1000)} {random.Next(0, 10_000):D4}",
            _ => $"+971 5{Pick(["0", "2", "5", "6"], random)} {random.Next(100, 1000)} {random.Next(0, 10_000):D4}",
        };
        return new LeadDetails
        {
            FirstName = first.Name,
            LastName = last.Name,
            CompanyName = company.Name,
            Emails = [$"{local}@{domain}".ToLowerInvariant()],
            MobilePhone = random.Next(10) < 8 ? mobile : null,
            BusinessPhone = random.Next(10) < 7 ? company.Switchboard : null,
            Website = random.Next(10) < 6 ? "https://www." + company.Domain : null,
            Address = random.Next(10) < 7 ? company.Address with { Country = company.Country } : new PostalAddress(Country: company.Country),
            Source = LeadSource.Web,
        };
    }

    /// <summary>A duplicate: the setting's number of corruptions, then each optional field dropped with its chance.</summary>
    private static LeadDetails Corrupt(LeadDetails d, int script, LinkageSetting setting, Random random)
    {
        var kinds = Enumerable.Range(0, 8).OrderBy(_ => random.Next()).Take(setting.Corruptions);
        foreach (var kind in kinds)
        {
            d = kind switch
            {
                0 => random.Next(2) == 0 ? d with { FirstName = Typo(d.FirstName!, random) } : d with { LastName = Typo(d.LastName!, random) },
                1 => d with { FirstName = d.LastName, LastName = d.FirstName },
                2 => d with { FirstName = Variant(d.FirstName!, random), LastName = Variant(d.LastName!, random) },
                3 => d.MobilePhone is not null ? d with { MobilePhone = DigitTypo(d.MobilePhone, random) } : d with { BusinessPhone = d.BusinessPhone is null ? null : DigitTypo(d.BusinessPhone, random) },
                4 => d with { Emails = [.. d.Emails.Select(e => EmailTypo(e, random))] },
                5 => d with { CompanyName = Abbreviate(d.CompanyName!, random) },
                6 => d.Address?.Line1 is { } line ? d with { Address = d.Address with { Line1 = StreetVariant(line, random) } } : d,
                _ => d with { CompanyName = Typo(d.CompanyName!, random) },
            };
        }

        bool Drop() => random.NextDouble() < setting.Missing;
        return d with
        {
            Emails = Drop() ? [] : d.Emails,
            MobilePhone = Drop() ? null : d.MobilePhone,
            BusinessPhone = Drop() ? null : d.BusinessPhone,
            CompanyName = Drop() ? null : d.CompanyName,
            Website = Drop() ? null : d.Website,
            Address = Drop() ? null : d.Address,
            FirstName = random.NextDouble() < setting.Missing / 3 ? null : d.FirstName,
        };
    }

    /// <summary>Formats that change nothing a person would notice: phone writing and digits, pasted e-mails, country names.</summary>
    private static LeadDetails Format(LeadDetails d, int script, Random random) => d with
    {
        MobilePhone = d.MobilePhone is null ? null : PhoneFormat(d.MobilePhone, script, random),
        BusinessPhone = d.BusinessPhone is null ? null : PhoneFormat(d.BusinessPhone, script, random),
        Emails = [.. d.Emails.Select(e => random.Next(4) switch
        {
            0 => $"\"{d.FirstName} {d.LastName}\" <{e}>",
            1 => e.ToUpperInvariant(),
            2 => $"{e} ({d.FirstName})",
            _ => e,
        })],
        Address = d.Address is null ? null : d.Address with
        {
            Country = d.Address.Country switch
            {
                "US" => Pick(["US", "USA", "United States"], random),
                "IR" => Pick(["IR", "Iran", "ایران"], random),
                "AE" => Pick(["AE", "UAE", "الإمارات العربية المتحدة"], random),
                var other => other,
            },
        },
    };

    private static string PhoneFormat(string phone, int script, Random random)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        var text = script switch
        {
            0 when phone.StartsWith('+') => random.Next(3) switch { 0 => phone, 1 => $"({digits[1..4]}) {digits[4..7]}-{digits[7..]}", _ => $"001 {digits[1..]}" },
            1 when phone.StartsWith('0') => random.Next(3) switch { 0 => phone, 1 => "+98 " + digits[1..], _ => "0098" + digits[1..] },
            2 when phone.StartsWith('+') => random.Next(3) switch { 0 => phone, 1 => "0" + digits[3..], _ => "00" + digits },
            _ => phone,
        };
        return script switch
        {
            1 when random.Next(2) == 0 => Digits(text, '۰'),
            2 when random.Next(3) == 0 => Digits(text, '٠'),
            _ => text,
        };
    }

    private static string Typo(string text, Random random)
    {
        if (text.Length < 3)
        {
            return text;
        }

        var chars = new StringBuilder(text);
        var at = random.Next(1, text.Length - 1);
        var pool = text.Any(c => c >= '\u0600') ? "ابتثجحخدذرزسشصضطظعغفقکگلمنوهی" : "abcdefghijklmnopqrstuvwxyz";
        switch (random.Next(4))
        {
            case 0: chars[at] = char.IsUpper(text[at]) ? char.ToUpperInvariant(pool[random.Next(pool.Length)]) : pool[random.Next(pool.Length)]; break;
            case 1: chars.Remove(at, 1); break;
            case 2: chars.Insert(at, pool[random.Next(pool.Length)]); break;
            default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
        }

        return chars.ToString();
    }

    private static string Variant(string name, Random random)
    {
        if (Variants.TryGetValue(name, out var options))
        {
            return Pick(options, random);
        }

        return name.Replace('ی', 'ي').Replace('ک', 'ك');
    }

    private static string DigitTypo(string phone, Random random)
    {
        var positions = Enumerable.Range(0, phone.Length).Where(i => char.IsAsciiDigit(phone[i])).Skip(4).ToArray();
        var chars = phone.ToCharArray();
        var at = positions[random.Next(positions.Length - 1)];
        if (random.Next(2) == 0)
        {
            chars[at] = (char)('0' + ((chars[at] - '0' + random.Next(1, 10)) % 10));
        }
        else
        {
            var next = positions.First(p => p > at);
            (chars[at], chars[next]) = (chars[next], chars[at]);
        }

        return new string(chars);
    }

    private static string EmailTypo(string email, Random random)
    {
        var at = email.IndexOf('@');
        return Typo(email[..at], random) + email[at..];
    }

    private static string Abbreviate(string company, Random random) => random.Next(3) switch
    {
        0 => company.Replace("International", "Intl", StringComparison.Ordinal).Replace("Technologies", "Tech", StringComparison.Ordinal)
            .Replace("Manufacturing", "Mfg.", StringComparison.Ordinal).Replace("Services", "Svcs", StringComparison.Ordinal)
            .Replace("Brothers", "Bros.", StringComparison.Ordinal).Replace(" Inc.", ", Incorporated", StringComparison.Ordinal)
            .Replace("شرکت ", string.Empty, StringComparison.Ordinal).Replace("شركة ", string.Empty, StringComparison.Ordinal),
        1 => company.Replace(" Inc.", string.Empty, StringComparison.Ordinal).Replace(" LLC", " L.L.C.", StringComparison.Ordinal)
            .Replace(" (سهامی خاص)", " سهامی خاص", StringComparison.Ordinal).Replace(" ذ.م.م", string.Empty, StringComparison.Ordinal) + (company.Contains("Ltd", StringComparison.Ordinal) ? string.Empty : string.Empty),
        _ => company.ToUpperInvariant().Replace("ی", "ي", StringComparison.Ordinal).Replace("ک", "ك", StringComparison.Ordinal),
    };

    private static string StreetVariant(string line, Random random) => random.Next(2) == 0
        ? line.Replace("Street", "St.", StringComparison.Ordinal).Replace("خیابان ", "خ ", StringComparison.Ordinal).Replace("شارع ", string.Empty, StringComparison.Ordinal)
        : Typo(line, random);

    private static string Digits(string text, char zero) => new([.. text.Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c)]);

    private static T Pick<T>(T[] values, Random random) => values[random.Next(values.Length)];

    private static (string, string)[] Pairs(params string[] names) => [.. names.Select(n => (n, n.ToLowerInvariant()))];
}
