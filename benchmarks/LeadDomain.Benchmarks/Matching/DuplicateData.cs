using System.Globalization;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Benchmarks.Matching;

/// <summary>
/// Deterministic leads for the duplicate benchmarks: a third Latin, a third Persian, a third Arabic script (Arabic ي/ك,
/// Arabic-Indic digits), each with its own e-mail, phone and company, names drawn from small pools (so a name is shared
/// by dozens of leads, as common names are). About 5% are planted duplicates of an earlier lead, written differently:
/// e-mail in upper case, the phone in another script or with the country code, the company with another legal form or
/// Arabic letters, the name with Arabic letters.
/// </summary>
internal static class DuplicateData
{
    private const double DuplicateShare = 0.05;

    private static readonly string[] LatinFirst = ["Sara", "John", "Maria", "Wei", "Liam", "Emma", "Noah", "Olivia", "Lucas", "Mia"];
    private static readonly string[] LatinLast = ["Lima", "Smith", "Garcia", "Chen", "Novak", "Okafor", "Müller", "Rossi", "Dubois", "Silva"];
    private static readonly string[] PersianFirst = ["علی", "سارا", "مریم", "رضا", "نگار", "حسین", "زهرا", "کیان", "یاسمن", "مهدی"];
    private static readonly string[] PersianLast = ["رضایی", "کریمی", "محمدی", "حسینی", "احمدی", "موسوی", "کاظمی", "یزدانی", "نیکپور", "کیانی"];
    private static readonly string[] ArabicFirst = ["علي", "فاطمة", "يوسف", "كريم", "مريم", "خالد", "ليلى", "سامي", "هدى", "كمال"];
    private static readonly string[] ArabicLast = ["الكعبي", "الحسيني", "يوسفي", "كريمي", "العلي", "الشامي", "المصري", "الكاظمي", "النجار", "اليمني"];
    private static readonly string[] LatinWords = ["Contoso", "Fabrikam", "Northwind", "Litware", "Tailspin", "Adventure", "Wide World", "Proseware", "Fourth Coffee", "Woodgrove"];
    private static readonly string[] PersianWords = ["کیمیا گستر", "پارس داده", "سامانه نوین", "فناوران امید", "آریا صنعت", "نیک اندیش", "کاوش پژوه", "یکتا ارتباط", "سپهر تدبیر", "راه آینده"];
    private static readonly string[] ArabicWords = ["الكيمياء", "النور", "الريادة", "الأمل", "الخليج", "المستقبل", "الرؤية", "الإتقان", "الينابيع", "الكوثر"];

    /// <summary>The leads, and the planted duplicate pairs as (original, duplicate) positions.</summary>
    public static (Lead[] Leads, (int Original, int Duplicate)[] Planted) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var lifecycle = new LeadLifecycle(SystemClock.Instance, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });
        var details = new LeadDetails[count];
        var planted = new List<(int, int)>();
        var originals = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (i > 10 && random.NextDouble() < DuplicateShare)
            {
                var original = originals[random.Next(originals.Count)];
                details[i] = Variant(details[original], random);
                planted.Add((original, i));
            }
            else
            {
                details[i] = Original(i, random);
                originals.Add(i);
            }
        }

        var leads = details.Select(d => lifecycle.Create(d, "importer")).ToArray();
        return (leads, [.. planted]);
    }

    private static LeadDetails Original(int i, Random random)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return (i % 3) switch
        {
            0 => new LeadDetails
            {
                FirstName = LatinFirst[random.Next(LatinFirst.Length)],
                LastName = LatinLast[random.Next(LatinLast.Length)],
                CompanyName = $"{LatinWords[random.Next(LatinWords.Length)]} {n} {(random.Next(2) == 0 ? "Ltd." : "Inc")}",
                Emails = [$"user{n}@mail{i % 97}.example"],
                BusinessPhone = $"+1 425 {1_000_000 + i:D7}",
                Source = LeadSource.Web,
            },
            1 => new LeadDetails
            {
                FirstName = PersianFirst[random.Next(PersianFirst.Length)],
                LastName = PersianLast[random.Next(PersianLast.Length)],
                CompanyName = $"شرکت {PersianWords[random.Next(PersianWords.Length)]} {ToPersianDigits(n)}",
                Emails = [$"info{n}@pars{i % 89}.example"],
                MobilePhone = ToPersianDigits($"0912 {1_000_000 + i:D7}"),
                Source = LeadSource.TradeShow,
            },
            _ => new LeadDetails
            {
                FirstName = ArabicFirst[random.Next(ArabicFirst.Length)],
                LastName = ArabicLast[random.Next(ArabicLast.Length)],
                CompanyName = $"شركة {ArabicWords[random.Next(ArabicWords.Length)]} {n} ذ.م.م",
                Emails = [$"sales{n}@gulf{i % 83}.example"],
                BusinessPhone = $"+971 4 {2_000_000 + i:D7}",
                Source = LeadSource.Partner,
            },
        };
    }

    /// <summary>The same lead written differently; at least one strong key (e-mail or phone) survives.</summary>
    private static LeadDetails Variant(LeadDetails original, Random random)
    {
        var keepEmail = random.Next(3) != 0;
        var phone = original.PhoneNumbers.First();
        var keepPhone = !keepEmail || random.Next(2) == 0;
        return original with
        {
            FirstName = ArabicLetters(original.FirstName!),
            LastName = ArabicLetters(original.LastName!),
            CompanyName = OtherLegalForm(original.CompanyName!),
            Emails = keepEmail ? [original.Emails[0].ToUpperInvariant()] : [],
            BusinessPhone = keepPhone && original.BusinessPhone is not null ? OtherWriting(phone) : null,
            MobilePhone = keepPhone && original.MobilePhone is not null ? OtherWriting(phone) : null,
            Topic = null,
        };
    }

    private static string OtherLegalForm(string company) =>
        company.Replace("شرکت ", string.Empty, StringComparison.Ordinal).Replace("Ltd.", "LLC", StringComparison.Ordinal)
            .Replace(" Inc", ", Inc.", StringComparison.Ordinal).Replace("ذ.م.م", string.Empty, StringComparison.Ordinal)
        + (company.StartsWith("شرکت", StringComparison.Ordinal) ? " (سهامی خاص)" : string.Empty);

    private static string OtherWriting(string phone) => phone switch
    {
        _ when phone.StartsWith("+1 ", StringComparison.Ordinal) => "001-" + phone[3..].Replace(' ', '-'),
        _ when phone.StartsWith("+971", StringComparison.Ordinal) => ToArabicDigits("00971" + phone[4..].Replace(" ", string.Empty, StringComparison.Ordinal)),
        _ => "+98 " + phone[1..],
    };

    private static string ArabicLetters(string text) => text.Replace('ی', 'ي').Replace('ک', 'ك');

    private static string ToPersianDigits(string text) => new([.. text.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c)]);

    private static string ToArabicDigits(string text) => new([.. text.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c)]);
}
