namespace LeadDomain.Matching;

/// <summary>
/// Records of one kind by each of their keys: one dictionary per key kind, from key to the positions of the records
/// that have it (in the order they were added). O(1) on average per look-up.
/// </summary>
internal sealed class KeyIndex
{
    private readonly Dictionary<string, List<int>>[] _byKind;
    private readonly int _maxRecordsPerKey;

    public KeyIndex(int maxRecordsPerKey)
    {
        _maxRecordsPerKey = maxRecordsPerKey;
        _byKind = new Dictionary<string, List<int>>[(int)MatchKeyKind.PersonName + 1];
        for (var i = 0; i < _byKind.Length; i++)
        {
            _byKind[i] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the record at <paramref name="position"/> under each of its keys.</summary>
    public void Add(int position, RecordKeys keys) =>
        keys.ForEach((this, position), static (state, kind, key) =>
        {
            var byKey = state.Item1._byKind[(int)kind];
            if (!byKey.TryGetValue(key, out var positions))
            {
                positions = new List<int>(1);
                byKey.Add(key, positions);
            }

            positions.Add(state.position);
        });

    /// <summary>
    /// The positions of the records with the key, or null when none has it or when more than the allowed number share
    /// it (such a key identifies nobody and is ignored).
    /// </summary>
    public List<int>? Find(MatchKeyKind kind, string key) =>
        _byKind[(int)kind].TryGetValue(key, out var positions) && positions.Count <= _maxRecordsPerKey ? positions : null;

    /// <summary>Every key of a kind shared by at least two and at most the allowed number of records, with those records.</summary>
    public IEnumerable<KeyValuePair<string, List<int>>> Shared(MatchKeyKind kind) =>
        _byKind[(int)kind].Where(pair => pair.Value.Count >= 2 && pair.Value.Count <= _maxRecordsPerKey);
}
