namespace LeadDomain.Matching;

/// <summary>
/// The weight of each key kind in a score: e-mail 60, phone 40, company name 50, person name 30. A kind counts once
/// however many of its keys match; the sum is capped at 100. So an e-mail or a company name alone makes a candidate at
/// the default minimum score (40), a phone alone just does, and a person name alone (30) does not; a name with a
/// company gives 80, an e-mail with a phone 100.
/// </summary>
internal static class MatchWeights
{
    public const int Maximum = 100;

    public static int Of(MatchKeyKind kind) => kind switch
    {
        MatchKeyKind.Email => 60,
        MatchKeyKind.Phone => 40,
        MatchKeyKind.CompanyName => 50,
        MatchKeyKind.PersonName => 30,
        _ => 0,
    };

    /// <summary>The score of the reasons: each kind that occurs counted once, capped at 100.</summary>
    public static int Score(IEnumerable<MatchReason> reasons)
    {
        var kinds = 0;
        var score = 0;
        foreach (var reason in reasons)
        {
            var bit = 1 << (int)reason.Kind;
            if ((kinds & bit) == 0)
            {
                kinds |= bit;
                score += Of(reason.Kind);
            }
        }

        return Math.Min(Maximum, score);
    }

    /// <summary>Orders reasons by kind, then key (ordinal).</summary>
    public static int Compare(MatchReason a, MatchReason b)
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Key, b.Key);
    }
}
