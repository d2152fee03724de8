using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Benchmarks.Matching;

/// <summary>
/// The O(N²) reference: every lead's keys computed once (as the library does), then every pair compared. Keys shared
/// by more leads than the options allow are dropped first (one counting pass), so it answers exactly as the library.
/// </summary>
internal static class NaiveDuplicateFinder
{
    public static List<(LeadId First, LeadId Second, int Score)> Find(Lead[] leads, MatchOptions options)
    {
        var keys = new MatchReason[leads.Length][];
        var frequency = new Dictionary<MatchReason, int>();
        for (var i = 0; i < leads.Length; i++)
        {
            keys[i] = Keys(leads[i].Details, options.DefaultCountryCode);
            foreach (var key in keys[i])
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }

        for (var i = 0; i < leads.Length; i++)
        {
            keys[i] = Array.FindAll(keys[i], k => frequency[k] <= options.MaxRecordsPerKey);
        }

        var pairs = new List<(LeadId, LeadId, int)>();
        for (var i = 0; i < leads.Length; i++)
        {
            for (var j = i + 1; j < leads.Length; j++)
            {
                var kinds = 0;
                foreach (var a in keys[i])
                {
                    foreach (var b in keys[j])
                    {
                        if (a.Kind == b.Kind && string.Equals(a.Key, b.Key, StringComparison.Ordinal))
                        {
                            kinds |= 1 << (int)a.Kind;
                        }
                    }
                }

                if (kinds == 0)
                {
                    continue;
                }

                var score = Math.Min(100, Weight(kinds, MatchKeyKind.Email, 60) + Weight(kinds, MatchKeyKind.Phone, 40)
                                         + Weight(kinds, MatchKeyKind.CompanyName, 50) + Weight(kinds, MatchKeyKind.PersonName, 30));
                if (score >= options.MinimumScore)
                {
                    pairs.Add((leads[i].Id, leads[j].Id, score));
                }
            }
        }

        return pairs;
    }

    private static int Weight(int kinds, MatchKeyKind kind, int weight) => (kinds & (1 << (int)kind)) != 0 ? weight : 0;

    private static MatchReason[] Keys(LeadDetails details, string? country)
    {
        var keys = new List<MatchReason>();
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
        return [.. keys.Distinct()];
    }

    private static void Add(List<MatchReason> keys, MatchKeyKind kind, string? key)
    {
        if (key is not null)
        {
            keys.Add(new MatchReason(kind, key));
        }
    }
}
