namespace LeadDomain.Leads;

/// <summary>
/// Equality by content for the lists and dictionaries that records hold: a record's own equality compares such members
/// by reference, so two records with equal values would differ. Each record with a list or a dictionary writes its
/// <c>Equals</c> with these.
/// </summary>
internal static class ValueEquality
{
    /// <summary>Whether two lists hold equal items in the same order (both null counts as equal).</summary>
    public static bool SameItems<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether two dictionaries hold the same keys with equal values (both null counts as equal); keys are found with
    /// <paramref name="b"/>'s own comparer.
    /// </summary>
    public static bool SameEntries<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? a, IReadOnlyDictionary<TKey, TValue>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var theirs) || !comparer.Equals(value, theirs))
            {
                return false;
            }
        }

        return true;
    }
}
