using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// The activity columns of a batch: per activity its instant in ticks, its type's id in the batch and its position in
/// the lead's log; each lead's activities one run, sorted by type code, then time, then log position.
/// </summary>
public sealed partial class LeadBatch
{
    /// <summary>The most activities one lead of a batch may hold: their positions in the log are kept in 16 bits.</summary>
    internal const int MaxActivitiesPerLead = ushort.MaxValue;

    private const int DirectCodes = 64;

    private readonly ushort[] _typeIdByCode = new ushort[DirectCodes];
    private readonly Dictionary<int, ushort> _typeIdByLargeCode = [];
    private readonly List<ActivityType> _types = [];

    private long[] _ticks;
    private ushort[] _typeIds;
    private ushort[] _logOrder;
    private int _activityEnd;
    private int _deadActivities;

    /// <summary>While <see cref="From(IEnumerable{Lead})"/> builds the batch, its activity columns are rented scratch arrays.</summary>
    private bool _building;

    /// <summary>How many activities to make room for at first while building (four per lead to come), so that the columns are seldom grown.</summary>
    private long _activityHint;

    internal long[] Ticks => _ticks;

    internal ushort[] TypeIds => _typeIds;

    /// <summary>Gets each activity's position in its lead's log (for tests).</summary>
    internal ushort[] LogOrder => _logOrder;

    internal int ActivityEnd => _activityEnd;

    internal int TypeCount => _types.Count;

    internal ActivityType TypeAt(int typeId) => _types[typeId];

    /// <summary>
    /// Lead <paramref name="index"/>'s activities in the order they were logged, as the one-lead path reads them, into
    /// <paramref name="destination"/> (at least as long as the lead's count).
    /// </summary>
    internal ReadOnlySpan<LeadActivity> LoggedActivities(int index, Span<LeadActivity> destination)
    {
        var start = _starts[index];
        var count = _counts[index];
        for (var j = start; j < start + count; j++)
        {
            destination[_logOrder[j]] = new LeadActivity(_types[_typeIds[j]], Instant.FromUnixTimeTicks(_ticks[j]));
        }

        return destination[..count];
    }

    private long ActivityColumnBytes() => (long)_ticks.Length * (8 + 2 + 2);

    /// <summary>Writes a replaced lead's activities anew at the end of the columns, and compacts them once half are dead.</summary>
    private void ReplaceActivities(int index, ReadOnlySpan<LeadActivity> activities)
    {
        _deadActivities += _counts[index];
        WriteActivities(index, activities);
        // Stryker disable once Logical : compacting more often changes no lead, run or score
        if (_deadActivities > 1_024 && _deadActivities > _activityEnd / 2)
        {
            Compact();
        }
    }

    /// <summary>
    /// Writes the lead's activities at the end of the columns, sorted by type, then time, then log position; a log
    /// already in that order (one type, logged in time order) is not sorted.
    /// </summary>
    private void WriteActivities(int index, ReadOnlySpan<LeadActivity> activities)
    {
        var n = activities.Length;
        EnsureActivityCapacity(_activityEnd + n);
        var start = _activityEnd;
        // Stryker disable once Block : the general path below writes the same columns over the packed ones
        if (n <= 32 && WritePacked(start, activities))
        {
            _starts[index] = start;
            _counts[index] = n;
            _activityEnd += n;
            return;
        }

        var keys = n <= 64 ? stackalloc ActivityKey[n] : new ActivityKey[n];
        // Stryker disable once Boolean : a sorted log sorted again is the same
        var sorted = true;
        for (var a = 0; a < n; a++)
        {
            var type = activities[a].Type;
            keys[a] = new ActivityKey(type.Code, TypeId(type), activities[a].At.ToUnixTimeTicks(), (ushort)a);
            sorted &= a == 0 || keys[a - 1].CompareTo(keys[a]) < 0;
        }

        if (!sorted)
        {
            Sort(keys);
        }

        for (var a = 0; a < n; a++)
        {
            _ticks[start + a] = keys[a].Ticks;
            _typeIds[start + a] = keys[a].Type;
            _logOrder[start + a] = keys[a].LogPosition;
        }

        _starts[index] = start;
        _counts[index] = n;
        _activityEnd += n;
    }

    /// <summary>
    /// Writes a short log whose types have codes below 64 and whose instants fall between 1970 and about 2880 (the
    /// common case) at <paramref name="start"/>, sorted on one number per activity: the code in the top 6 bits, the ticks
    /// in the other 58, the position in the log kept beside it; an insertion sort keeps equal numbers in log order, so
    /// the order is <see cref="ActivityKey"/>'s. Returns false, writing nothing, for any other log.
    /// </summary>
    private bool WritePacked(int start, ReadOnlySpan<LeadActivity> activities)
    {
        const int TickBits = 58;
        var n = activities.Length;
        Span<ulong> keys = stackalloc ulong[n];
        Span<ushort> positions = stackalloc ushort[n];
        // Stryker disable once Boolean : a sorted log sorted again is the same
        var sorted = true;
        for (var a = 0; a < n; a++)
        {
            var code = activities[a].Type.Code;
            var ticks = activities[a].At.ToUnixTimeTicks();
            if ((uint)code >= DirectCodes || (ulong)ticks >= 1UL << TickBits)
            {
                return false;
            }

            keys[a] = ((ulong)code << TickBits) | (ulong)ticks;
            sorted &= a == 0 || keys[a - 1] <= keys[a];
        }

        for (var a = 0; a < n; a++)
        {
            positions[a] = (ushort)a;
        }

        if (!sorted)
        {
            for (var a = 1; a < n; a++)
            {
                var (key, position) = (keys[a], positions[a]);
                var b = a - 1;
                for (; b >= 0 && key < keys[b]; b--)
                {
                    keys[b + 1] = keys[b];
                    positions[b + 1] = positions[b];
                }

                keys[b + 1] = key;
                positions[b + 1] = position;
            }
        }

        var ticksColumn = _ticks.AsSpan(start, n);
        var typesColumn = _typeIds.AsSpan(start, n);
        var logColumn = _logOrder.AsSpan(start, n);
        for (var a = 0; a < n; a++)
        {
            var key = keys[a];
            var position = positions[a];
            ticksColumn[a] = (long)(key & ((1UL << TickBits) - 1));
            typesColumn[a] = TypeId(activities[position].Type);
            logColumn[a] = position;
        }

        // Stryker disable once Boolean : the general path then writes the same columns over these
        return true;
    }

    private static void Sort(Span<ActivityKey> keys)
    {
        // Stryker disable once Equality,Boolean,Block : both sorts give the one order of a total comparison (log positions differ)
        if (keys.Length > 16)
        {
            keys.Sort();
            return;
        }

        for (var a = 1; a < keys.Length; a++)
        {
            var key = keys[a];
            var b = a - 1;
            for (; b >= 0 && key.CompareTo(keys[b]) < 0; b--)
            {
                keys[b + 1] = keys[b];
            }

            keys[b + 1] = key;
        }
    }

    private ushort TypeId(ActivityType type)
    {
        var code = type.Code;
        if ((uint)code < DirectCodes)
        {
            ref var direct = ref _typeIdByCode[code];
            if (direct == 0)
            {
                direct = NewType(type);
            }

            return (ushort)(direct - 1);
        }

        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_typeIdByLargeCode, code, out var exists);
        if (!exists)
        {
            id = NewType(type);
        }

        return (ushort)(id - 1);
    }

    /// <summary>Registers a type; returns its id plus one (0 marks an empty slot of the direct table).</summary>
    private ushort NewType(ActivityType type)
    {
        if (_types.Count >= ushort.MaxValue - 1)
        {
            throw new ArgumentException("The batch already holds 65,534 different activity types; split the leads over several batches.");
        }

        _types.Add(type);
        return (ushort)_types.Count;
    }

    /// <summary>
    /// Makes room for <paramref name="needed"/> activities, doubling. While the batch is being built the columns are
    /// rented from the shared array pools, so that building allocates only the final, exact columns
    /// (<see cref="EndBuildingActivities"/>); afterwards they are the batch's own.
    /// </summary>
    private void EnsureActivityCapacity(int needed)
    {
        if (needed <= _ticks.Length)
        {
            return;
        }

        // Stryker disable once Arithmetic : any capacity of at least needed holds the same activities
        var capacity = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(Math.Max(64L, _activityHint), _ticks.Length * 2L)));
        _ticks = Grow(_ticks, capacity);
        _typeIds = Grow(_typeIds, capacity);
        _logOrder = Grow(_logOrder, capacity);
    }

    private T[] Grow<T>(T[] column, int capacity)
    {
        var grown = _building ? ArrayPool<T>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<T>(capacity);
        Array.Copy(column, grown, _activityEnd);
        // Stryker disable once Block,Statement : a rented column not given back to the pool changes nothing else
        if (_building && column.Length != 0)
        {
            ArrayPool<T>.Shared.Return(column);
        }

        return grown;
    }

    /// <summary>Copies the rented columns into columns of the exact length, and gives the rented ones back.</summary>
    private void EndBuildingActivities()
    {
        _ticks = Exact(_ticks);
        _typeIds = Exact(_typeIds);
        _logOrder = Exact(_logOrder);
        (_building, _activityHint) = (false, 0);
    }

    private T[] Exact<T>(T[] rented)
    {
        var exact = GC.AllocateUninitializedArray<T>(_activityEnd);
        Array.Copy(rented, exact, _activityEnd);
        // Stryker disable once Block,Statement : a rented column not given back to the pool changes nothing else
        if (rented.Length != 0)
        {
            ArrayPool<T>.Shared.Return(rented);
        }

        return exact;
    }

    /// <summary>Drops the activities of replaced leads: each lead's run is moved down, and so are the weights kept per model.</summary>
    private void Compact()
    {
        // Stryker disable once Arithmetic : larger compacted columns hold the same activities
        var live = _activityEnd - _deadActivities;
        var ticks = new long[Math.Max(64, live)];
        var typeIds = new ushort[ticks.Length];
        var logOrder = new ushort[ticks.Length];
        var moves = new (int From, int To, int Count)[_count];
        var end = 0;
        for (var i = 0; i < _count; i++)
        {
            var (start, n) = (_starts[i], _counts[i]);
            Array.Copy(_ticks, start, ticks, end, n);
            Array.Copy(_typeIds, start, typeIds, end, n);
            Array.Copy(_logOrder, start, logOrder, end, n);
            moves[i] = (start, end, n);
            _starts[i] = end;
            end += n;
        }

        foreach (var (_, holder) in _models)
        {
            holder.Columns?.Compact(moves, ticks.Length);
        }

        (_ticks, _typeIds, _logOrder, _activityEnd, _deadActivities) = (ticks, typeIds, logOrder, end, 0);
    }

    /// <summary>
    /// A lead's activity for sorting: by type code, then time, then position in the log. The order is total and does
    /// not depend on the batch (not on the ids it gave the types), so a lead's runs, and the sums over them, are the same
    /// in a batch built anew as in one updated.
    /// </summary>
    private readonly record struct ActivityKey(int Code, ushort Type, long Ticks, ushort LogPosition) : IComparable<ActivityKey>
    {
        public int CompareTo(ActivityKey other) =>
            Code != other.Code ? Code.CompareTo(other.Code)
            : Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks)
            : LogPosition.CompareTo(other.LogPosition);
    }

    /// <summary>
    /// The items of <paramref name="list"/> in place, when it keeps them in one array: an immutable array or an array
    /// (what the library keeps), or a <see cref="List{T}"/> (what System.Text.Json reads a list into); else false.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryGetItems<T>(IReadOnlyList<T>? list, out ReadOnlySpan<T> items)
    {
        switch (list)
        {
            case ImmutableArray<T> immutable:
                items = immutable.AsSpan();
                // Stryker disable once Boolean : every caller reads the same items through the list instead
                return true;
            case T[] array:
                items = array;
                // Stryker disable once Boolean : every caller reads the same items through the list instead
                return true;
            case List<T> growable:
                items = CollectionsMarshal.AsSpan(growable);
                // Stryker disable once Boolean : every caller reads the same items through the list instead
                return true;
            default:
                items = default;
                return false;
        }
    }

    /// <summary>A snapshot's activities as a span: the list's own items when it keeps them in one array (<see cref="TryGetItems"/>), else a pooled copy.</summary>
    private readonly ref struct ActivitiesOf
    {
        private readonly LeadActivity[]? _rented;

        public ActivitiesOf(IReadOnlyList<LeadActivity> activities)
        {
            if (TryGetItems(activities, out var items))
            {
                Span = items;
                return;
            }

            _rented = ArrayPool<LeadActivity>.Shared.Rent(activities.Count);
            for (var a = 0; a < activities.Count; a++)
            {
                _rented[a] = activities[a];
            }

            Span = _rented.AsSpan(0, activities.Count);
        }

        public ReadOnlySpan<LeadActivity> Span { get; }

        public void Dispose()
        {
            // Stryker disable once Block,Statement : a rented copy not given back to the pool changes nothing else
            if (_rented is not null)
            {
                ArrayPool<LeadActivity>.Shared.Return(_rented);
            }
        }
    }
}
