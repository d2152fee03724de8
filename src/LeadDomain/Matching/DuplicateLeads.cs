using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>Finds the pairs of leads, in one set, that may be the same person or organisation.</summary>
public static class DuplicateLeads
{
    /// <summary>
    /// Finds every pair of leads that share keys (<see cref="MatchKeys"/>) worth at least
    /// <see cref="MatchOptions.MinimumScore"/>, without comparing every lead with every other.
    /// </summary>
    /// <remarks>
    /// The leads' keys are indexed in hash tables (key → leads that have it); only leads in the same bucket are paired.
    /// A key shared by more than <see cref="MatchOptions.MaxRecordsPerKey"/> leads is ignored (it identifies nobody), so
    /// the cost is O(N × keys per lead × MaxRecordsPerKey) in the worst case, and close to O(N) for ordinary data. The
    /// answer is exactly what comparing all pairs under the same rules gives.
    /// </remarks>
    /// <param name="leads">The leads.</param>
    /// <param name="options">The options, or null for <see cref="MatchOptions.Default"/>.</param>
    /// <returns>The pairs, ordered by score (highest first), then the first lead's id, then the second's (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="ArgumentException">A lead is null, or appears twice (by id).</exception>
    public static IReadOnlyList<DuplicateLeadPair> Find(IEnumerable<Lead> leads, MatchOptions? options = null)
    {
        Guard.Against.Null(leads);
        options ??= MatchOptions.Default;
        var home = MatchKeys.CountryCode(options.DefaultCountryCode);

        var list = new List<Lead>();
        var ids = new HashSet<LeadId>();
        var index = new KeyIndex(options.MaxRecordsPerKey);
        foreach (var lead in leads)
        {
            if (lead is null)
            {
                throw new ArgumentException($"Lead {list.Count} is null.", nameof(leads));
            }

            if (!ids.Add(lead.Id))
            {
                throw new ArgumentException($"The lead {lead.Id} appears twice.", nameof(leads));
            }

            index.Add(list.Count, RecordKeys.ForLead(lead.Details, home));
            list.Add(lead);
        }

        // Pair (i, j), i < j, packed in one long; each bucket adds its key to all its pairs.
        var pairs = new Dictionary<long, List<MatchReason>>();
        for (var kind = MatchKeyKind.Email; kind <= MatchKeyKind.PersonName; kind++)
        {
            foreach (var (key, positions) in index.Shared(kind))
            {
                var reason = new MatchReason(kind, key);
                for (var a = 0; a < positions.Count; a++)
                {
                    for (var b = a + 1; b < positions.Count; b++)
                    {
                        var pair = ((long)positions[a] << 32) | (uint)positions[b];
                        if (!pairs.TryGetValue(pair, out var reasons))
                        {
                            reasons = new List<MatchReason>(2);
                            pairs.Add(pair, reasons);
                        }

                        reasons.Add(reason);
                    }
                }
            }
        }

        var result = new List<(string First, string Second, DuplicateLeadPair Pair)>();
        foreach (var (pair, reasons) in pairs)
        {
            var score = MatchWeights.Score(reasons);
            if (score < options.MinimumScore)
            {
                continue;
            }

            var x = list[(int)(pair >> 32)].Id;
            var y = list[(int)(pair & uint.MaxValue)].Id;
            var (xText, yText) = (x.ToString(), y.ToString());
            if (string.CompareOrdinal(xText, yText) > 0)
            {
                (x, y, xText, yText) = (y, x, yText, xText);
            }

            reasons.Sort(MatchWeights.Compare);
            result.Add((xText, yText, new DuplicateLeadPair(x, y, score, reasons.AsReadOnly())));
        }

        result.Sort(static (p, q) =>
        {
            var byScore = q.Pair.Score.CompareTo(p.Pair.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byFirst = string.CompareOrdinal(p.First, q.First);
            return byFirst != 0 ? byFirst : string.CompareOrdinal(p.Second, q.Second);
        });

        return result.ConvertAll(p => p.Pair).AsReadOnly();
    }
}
