namespace LeadDomain.Analytics;

/// <summary>Lead counts by a field's value, and the count of leads that have no value there.</summary>
/// <typeparam name="TKey">The field's type.</typeparam>
public sealed class Breakdown<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _counts;

    internal Breakdown(IEqualityComparer<TKey>? comparer = null) => _counts = new(comparer);

    /// <summary>Gets the count for each value that occurs.</summary>
    public IReadOnlyDictionary<TKey, int> Counts => _counts;

    /// <summary>Gets the number of leads without a value.</summary>
    public int Unspecified { get; private set; }

    /// <summary>Gets the count for <paramref name="key"/> (0 when it does not occur).</summary>
    /// <param name="key">The value.</param>
    public int this[TKey key] => _counts.GetValueOrDefault(key);

    internal void Add(TKey key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    internal void AddUnspecified() => Unspecified++;
}
