using System.Globalization;
using PhoneNumbers;

namespace LeadDomain.Matching;

/// <summary>
/// A country as written in an address (<see cref="Leads.PostalAddress.Country"/>) or in <see cref="MatchOptions.DefaultCountry"/>,
/// read as an ISO 3166 region code that libphonenumber knows: the two- or three-letter code, the English or native
/// name (from .NET's region data: "Iran", "ایران", "الإمارات العربية المتحدة", "Brasil"), or one of a few common
/// short forms (USA, UK, UAE, امارات). Built once; read-only afterwards.
/// </summary>
internal static class Countries
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The region code ("IR") of <paramref name="country"/>, or null when it names no region libphonenumber knows.</summary>
    public static string? Region(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        // Folded without spaces into a stack buffer and looked up by span: one lead's country costs no allocation.
        var source = MatchText.Source(country);
        Span<char> buffer = source.Length <= 128 ? stackalloc char[source.Length] : new char[source.Length];
        var key = buffer[..MatchText.FoldWords(source, buffer, '\0')];
        return !key.IsEmpty && Names.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var region) ? region : null;
    }

    private static Dictionary<string, string> Build()
    {
        var phones = PhoneNumberUtil.GetInstance();
        var supported = phones.GetSupportedRegions();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string? name, string region)
        {
            var key = MatchText.Words(name)?.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (key is not null)
            {
                names.TryAdd(key, region);
            }
        }

        foreach (var region in supported)
        {
            Add(region, region);
        }

        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo info;
            try
            {
                info = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var region = info.TwoLetterISORegionName;
            if (!supported.Contains(region))
            {
                continue;
            }

            Add(info.ThreeLetterISORegionName, region);
            Add(info.EnglishName, region);
            Add(info.NativeName, region);
        }

        (string Name, string Region)[] aliases =
        [
            ("USA", "US"), ("United States of America", "US"), ("America", "US"), ("UK", "GB"), ("Great Britain", "GB"),
            ("England", "GB"), ("UAE", "AE"), ("Emirates", "AE"), ("Iran, Islamic Republic of", "IR"), ("Persia", "IR"),
            ("ایران", "IR"), ("إيران", "IR"), ("امارات", "AE"), ("الإمارات", "AE"), ("عربستان", "SA"), ("السعودية", "SA"),
            ("عراق", "IQ"), ("العراق", "IQ"), ("ترکیه", "TR"), ("تركيا", "TR"), ("افغانستان", "AF"), ("مصر", "EG"),
            ("قطر", "QA"), ("کویت", "KW"), ("الكويت", "KW"), ("بحرین", "BH"), ("البحرين", "BH"), ("عمان", "OM"),
            ("الأردن", "JO"), ("لبنان", "LB"), ("سوريا", "SY"), ("سوریه", "SY"), ("آلمان", "DE"), ("انگلستان", "GB"),
            ("آمریکا", "US"), ("برزیل", "BR"),
        ];
        foreach (var (name, region) in aliases)
        {
            Add(name, region);
        }

        return names;
    }
}
