using System.Buffers;

namespace LeadDomain.Matching;

/// <summary>
/// Records filed under their blocking keys: one array of (key, record) sorted by key, so that the records sharing a
/// key sit side by side. Keys shared by more than the allowed number of records are dropped at build time (they
/// identify nobody), so every run left is bounded. Memory: 12 bytes per key kept.
/// </summary>
internal sealed class BlockIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _records;

    private BlockIndex(ulong[] keys, int[] records)
    {
        _keys = keys;
        _records = records;
    }

    /// <summary>How many (key, record) entries are kept.</summary>
    public int Count => _keys.Length;

    /// <summary>Files the profiles under their keys, keeping keys shared by <paramref name="least"/> to <paramref name="most"/> records.</summary>
    public static BlockIndex Build(IReadOnlyList<MatchProfile> profiles, int least, int most, CancellationToken cancellationToken)
    {
        // The (key, record) entries are gathered and sorted in scratch arrays rented from the shared pools (a search
        // of 100,000 records needs some 40 MB of them); only the kept entries are copied into the index's own arrays.
        var keys = ArrayPool<ulong>.Shared.Rent(Math.Max(1024, profiles.Count * 16));
        var owners = ArrayPool<int>.Shared.Rent(keys.Length);
        try
        {
            var count = 0;
            var one = new List<ulong>(64);
            for (var i = 0; i < profiles.Count; i++)
            {
                if ((i & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                one.Clear();
                Blocking.AddKeys(profiles[i], one);
                if (count + one.Count > keys.Length)
                {
                    Grow(ref keys, count, count + one.Count);
                    Grow(ref owners, count, keys.Length);
                }

                for (var k = 0; k < one.Count; k++)
                {
                    keys[count] = one[k];
                    owners[count++] = i;
                }
            }

            // Sorted by a stable radix sort, so that within a run of one key the records stay in input order (the
            // index is the same whatever the order of the sort), then compacted in place.
            var keySpan = keys.AsSpan(0, count);
            var ownerSpan = owners.AsSpan(0, count);
            cancellationToken.ThrowIfCancellationRequested();
            RadixSort(keySpan, ownerSpan);

            // Keep the runs within the bounds, in place.
            var n = 0;
            for (var start = 0; start < keySpan.Length;)
            {
                var end = RunEnd(keySpan, start);

                var length = end - start;
                if (length >= least && length <= most)
                {
                    keySpan.Slice(start, length).CopyTo(keySpan[n..]);
                    ownerSpan.Slice(start, length).CopyTo(ownerSpan[n..]);
                    n += length;
                }

                start = end;
            }

            return new BlockIndex(keySpan[..n].ToArray(), ownerSpan[..n].ToArray());
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(owners);
        }
    }

    /// <summary>Replaces a rented array by one of at least <paramref name="needed"/> (doubling), keeping its first <paramref name="count"/> items.</summary>
    private static void Grow<T>(ref T[] rented, int count, int needed)
    {
        var grown = ArrayPool<T>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(needed, rented.Length * 2L)));
        Array.Copy(rented, grown, count);
        ArrayPool<T>.Shared.Return(rented);
        rented = grown;
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> and <paramref name="owners"/> with them, stably (equal keys keep their order):
    /// a least-significant-digit radix sort on 16-bit digits, four passes over the data whatever its order
    /// (a pass whose digit is the same in every key is skipped).
    /// </summary>
    internal static void RadixSort(Span<ulong> keys, Span<int> owners)
    {
        const int Digits = 4;
        const int Buckets = 1 << 16;
        var rentedCounts = ArrayPool<int>.Shared.Rent(Digits * Buckets);
        var counts = rentedCounts.AsSpan(0, Digits * Buckets);
        counts.Clear();
        foreach (var key in keys)
        {
            for (var d = 0; d < Digits; d++)
            {
                counts[(d * Buckets) + (int)((key >> (16 * d)) & 0xFFFF)]++;
            }
        }

        var keyBuffer = ArrayPool<ulong>.Shared.Rent(keys.Length);
        var ownerBuffer = ArrayPool<int>.Shared.Rent(keys.Length);
        Span<ulong> fromKeys = keys, toKeys = keyBuffer.AsSpan(0, keys.Length);
        Span<int> fromOwners = owners, toOwners = ownerBuffer.AsSpan(0, keys.Length);
        for (var d = 0; d < Digits; d++)
        {
            var count = counts.Slice(d * Buckets, Buckets);
            if (keys.Length == 0 || count[(int)((keys[0] >> (16 * d)) & 0xFFFF)] == keys.Length)
            {
                continue;
            }

            // Each bucket's first position.
            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (count[b], total) = (total, total + count[b]);
            }

            for (var i = 0; i < fromKeys.Length; i++)
            {
                var key = fromKeys[i];
                var at = count[(int)((key >> (16 * d)) & 0xFFFF)]++;
                toKeys[at] = key;
                toOwners[at] = fromOwners[i];
            }

            var keysWritten = toKeys;
            toKeys = fromKeys;
            fromKeys = keysWritten;
            var ownersWritten = toOwners;
            toOwners = fromOwners;
            fromOwners = ownersWritten;
        }

        if (fromKeys != keys)
        {
            fromKeys.CopyTo(keys);
            fromOwners.CopyTo(owners);
        }

        ArrayPool<ulong>.Shared.Return(keyBuffer);
        ArrayPool<int>.Shared.Return(ownerBuffer);
        ArrayPool<int>.Shared.Return(rentedCounts);
    }

    /// <summary>The run of equal keys around <paramref name="at"/> in sorted <paramref name="keys"/>: its start, and the index after it.</summary>
    internal static (int Start, int End) EqualRange(ulong[] keys, int at)
    {
        var key = keys[at];
        var start = at;
        while (start > 0 && keys[start - 1] == key)
        {
            start--;
        }

        var end = RunEnd(keys, at);

        return (start, end);
    }

    /// <summary>The index after the run of keys equal to <paramref name="keys"/>[<paramref name="start"/>] that starts there.</summary>
    private static int RunEnd(ReadOnlySpan<ulong> keys, int start)
    {
        var end = start + 1;
        while (end < keys.Length && keys[end] == keys[start])
        {
            end++;
        }

        return end;
    }

    /// <summary>The records filed under <paramref name="key"/> (empty when none, or when too many share it).</summary>
    public ReadOnlySpan<int> Find(ulong key)
    {
        var at = Array.BinarySearch(_keys, key);
        if (at < 0)
        {
            return [];
        }

        var (start, end) = BlockIndex.EqualRange(_keys, at);

        return _records.AsSpan(start, end - start);
    }

    /// <summary>
    /// Calls <paramref name="compare"/> once for every pair of records that share at least one key, the lower position
    /// first, record by record in position order; O(pairs) with one int per record of extra memory.
    /// </summary>
    /// <remarks>
    /// A pair that shares only organisation keys (<see cref="Blocking.IsOrganizationKey"/>) is proposed only when
    /// <paramref name="organizationPair"/> allows it (given the pair and the key); a pair refused there is still proposed by any other key it shares.
    /// </remarks>
    public void ForEachPair<TState>(int recordCount, TState state, Func<TState, int, int, ulong, bool> organizationPair, Action<TState, int, int> compare, Action<TState, int>? recordDone, CancellationToken cancellationToken)
        => ForEachPair(recordCount, state, organizationPair, null, compare, recordDone, cancellationToken);

    /// <summary>
    /// <see cref="ForEachPair{TState}(int, TState, Func{TState, int, int, ulong, bool}, Action{TState, int, int}, Action{TState, int}?, CancellationToken)"/>,
    /// with <paramref name="readAhead"/> given each record's candidates (the higher records it is compared with) before
    /// they are compared.
    /// </summary>
    public void ForEachPair<TState>(int recordCount, TState state, Func<TState, int, int, ulong, bool> organizationPair, ReadAhead<TState>? readAhead, Action<TState, int, int> compare, Action<TState, int>? recordDone, CancellationToken cancellationToken)
    {
        // Runs of each record, as a compressed list: record r's runs are starts[offsets[r]..offsets[r + 1]]. The
        // arrays are scratch, rented from the shared pools.
        var pool = ArrayPool<int>.Shared;
        var offsetArray = pool.Rent(recordCount + 1);
        var startArray = pool.Rent(_records.Length);
        var lengthArray = pool.Rent(_records.Length);
        var fillArray = pool.Rent(recordCount + 1);
        var seenArray = pool.Rent(recordCount);
        try
        {
            var offsets = offsetArray.AsSpan(0, recordCount + 1);
            var starts = startArray.AsSpan(0, _records.Length);
            var lengths = lengthArray.AsSpan(0, _records.Length);
            var fill = fillArray.AsSpan(0, recordCount + 1);
            var seen = seenArray.AsSpan(0, recordCount);
            offsets.Clear();
            foreach (var record in _records)
            {
                offsets[record + 1]++;
            }

            for (var r = 0; r < recordCount; r++)
            {
                offsets[r + 1] += offsets[r];
            }

            offsets.CopyTo(fill);
            for (var start = 0; start < _keys.Length;)
            {
                var end = RunEnd(_keys, start);

                for (var p = start; p < end; p++)
                {
                    var slot = fill[_records[p]]++;
                    starts[slot] = start;
                    lengths[slot] = end - start;
                }

                start = end;
            }

            seen.Fill(-1);
            var candidates = new int[64];
            var found = 0;
            for (var i = 0; i < recordCount; i++)
            {
                if ((i & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                for (var slot = offsets[i]; slot < offsets[i + 1]; slot++)
                {
                    var run = _records.AsSpan(starts[slot], lengths[slot]);
                    var key = _keys[starts[slot]];
                    var organization = Blocking.IsOrganizationKey(key);
                    foreach (var j in run)
                    {
                        if (j > i && seen[j] != i && (!organization || organizationPair(state, i, j, key)))
                        {
                            seen[j] = i;
                            if (found == candidates.Length)
                            {
                                Array.Resize(ref candidates, found * 2);
                            }

                            candidates[found++] = j;
                        }
                    }
                }

                // The record's candidates are gathered first and compared after, so that the caller can read them
                // all ahead (their reads then overlap instead of waiting one pair at a time).
                readAhead?.Invoke(state, candidates.AsSpan(0, found));
                for (var c = 0; c < found; c++)
                {
                    compare(state, i, candidates[c]);
                }

                found = 0;
                recordDone?.Invoke(state, i);
            }
        }
        finally
        {
            pool.Return(offsetArray);
            pool.Return(startArray);
            pool.Return(lengthArray);
            pool.Return(fillArray);
            pool.Return(seenArray);
        }
    }
}

/// <summary>Given one record's candidates before they are compared: reads what the comparisons will read, all at once.</summary>
/// <typeparam name="TState">The caller's state.</typeparam>
/// <param name="state">The caller's state.</param>
/// <param name="candidates">The records the current one is about to be compared with.</param>
internal delegate void ReadAhead<TState>(TState state, ReadOnlySpan<int> candidates);
