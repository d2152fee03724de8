namespace LeadDomain.Matching;

/// <summary>The records of one kind in a <see cref="RecordMatcher"/>: their ids and an index of their keys.</summary>
internal sealed class MatchSet
{
    private readonly string[] _ids;
    private readonly KeyIndex _index;

    public MatchSet(MatchKind kind, string[] ids, RecordKeys[] keys, int maxRecordsPerKey)
    {
        Kind = kind;
        _ids = ids;
        _index = new KeyIndex(maxRecordsPerKey);
        for (var i = 0; i < keys.Length; i++)
        {
            _index.Add(i, keys[i]);
        }
    }

    public MatchKind Kind { get; }

    public int Count => _ids.Length;

    /// <summary>
    /// Adds to <paramref name="candidates"/> every record sharing a key with <paramref name="query"/> that scores at
    /// least <paramref name="minimumScore"/>, except the one with id <paramref name="excludeId"/>. One dictionary
    /// look-up per key of the query; the work grows with the matches, not with the number of records.
    /// </summary>
    public void Find(RecordKeys query, string? excludeId, int minimumScore, List<MatchCandidate> candidates)
    {
        var reasons = new Dictionary<int, List<MatchReason>>();
        query.ForEach((this, reasons), static (state, kind, key) =>
        {
            var positions = state.Item1._index.Find(kind, key);
            if (positions is null)
            {
                return;
            }

            foreach (var position in positions)
            {
                if (!state.reasons.TryGetValue(position, out var list))
                {
                    list = new List<MatchReason>(2);
                    state.reasons.Add(position, list);
                }

                list.Add(new MatchReason(kind, key));
            }
        });

        foreach (var (position, list) in reasons)
        {
            var id = _ids[position];
            var score = MatchWeights.Score(list);
            if (score >= minimumScore && !string.Equals(id, excludeId, StringComparison.Ordinal))
            {
                list.Sort(MatchWeights.Compare);
                candidates.Add(new MatchCandidate(id, Kind, score, list.AsReadOnly()));
            }
        }
    }

    /// <summary>Orders candidates by score (highest first), then kind, then id (ordinal).</summary>
    public static int Compare(MatchCandidate a, MatchCandidate b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.RecordId, b.RecordId);
    }
}
