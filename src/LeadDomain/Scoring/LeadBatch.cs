using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// Many leads prepared for bulk scoring: what the rules read, in columns of a few bytes per lead instead of one object
/// graph per lead. Build it once from leads or snapshots (or add them as they stream in), keep it up to date with
/// <see cref="Update(int, Lead)"/> when a lead changes, and score it as often as needed with
/// <see cref="ScoringModel.Score(LeadBatch, Span{LeadScore}, Instant)"/> or
/// <see cref="ScoringModel.ScoreParallel(LeadBatch, LeadScore[], Instant, int?)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every text is kept once per distinct value (a lead holds its id), so a model's text rules are answered once per
/// distinct value, not once per lead; activities are kept as columns (ticks, type, position in the log) sorted by type
/// and time within each lead. The first scoring with a model computes each lead's fit points (they do not depend on
/// time) and each activity's decay weight, and keeps them with the batch for as long as the model lives; later
/// scorings with that model read only the activities in each window, with one binary search per lead and activity
/// type and no exponential per activity.
/// </para>
/// <para>
/// Scores equal <see cref="ScoringModel.Score(LeadDetails, ReadOnlySpan{LeadActivity}, Instant)"/> of the same lead
/// (for a <see cref="Lead"/>, <see cref="ScoringModel.Score(Lead, Instant)"/>): <see cref="LeadScore.Total"/>,
/// <see cref="LeadScore.Rating"/>, <see cref="LeadScore.Grade"/> and <see cref="LeadScore.Fit"/> exactly.
/// <see cref="LeadScore.Engagement"/> is summed in another order and from precomputed weights, so it may differ in
/// its last bits: by at most <c>(2n + 2048) × 2⁻⁵²</c> times the undecayed points of the lead's activities of scored
/// types at or before the instant, <c>n</c> being the lead's number of activities (about 10⁻¹² of the points for a
/// lead with a few activities). Where that could change the rounded total, the lead is summed again exactly as
/// <see cref="ScoringModel.Score(Lead, Instant)"/> sums it.
/// </para>
/// <para>
/// Scoring from several threads at once is safe; <see cref="Add(Lead)"/> and <see cref="Update(int, Lead)"/> are not:
/// one writer, and no scoring while it writes (a scoring that overlaps a write is refused with
/// <see cref="InvalidOperationException"/>). A lead in a batch holds at most 65,535 activities.
/// </para>
/// </remarks>
public sealed class LeadBatch
{
    /// <summary>The most activities one lead of a batch may hold: their positions in the log are kept in 16 bits.</summary>
    internal const int MaxActivitiesPerLead = ushort.MaxValue;

    private const int DirectCodes = 64;

    private readonly ValueTable[] _texts = [.. Enumerable.Range(0, LeadFitRow.TextIds.TextFieldCount).Select(_ => new ValueTable())];
    private readonly Dictionary<(int, int, int), int> _domainSetIds = [];
    private readonly Dictionary<string, int> _longDomainSetIds = new(StringComparer.Ordinal);
    private readonly List<int[]> _domainSets = [[]];
    private readonly Dictionary<string, int> _flagSetIds = new(StringComparer.Ordinal);
    private readonly List<string[]> _flagSets = [[]];
    private readonly Dictionary<string, ushort> _currencyIds = new(StringComparer.Ordinal);
    private readonly List<string?> _currencies = [null];
    private readonly ushort[] _typeIdByCode = new ushort[DirectCodes];
    private readonly Dictionary<int, ushort> _typeIdByLargeCode = [];
    private readonly List<ActivityType> _types = [];
    private readonly ConditionalWeakTable<ScoringModel, BatchModelColumns.Holder> _models = new();

    private LeadId[] _ids;
    private LeadFitRow[] _rows;
    private int[] _starts;
    private int[] _counts;
    private int _count;

    private long[] _ticks;
    private ushort[] _typeIds;
    private ushort[] _logOrder;
    private int _activityEnd;
    private int _deadActivities;

    private ushort _nullCurrencyId;
    private int _version;

    /// <summary>Creates an empty batch; add leads with <see cref="Add(Lead)"/> or <see cref="Add(LeadSnapshot)"/>.</summary>
    /// <param name="capacity">How many leads to make room for at once; more may be added.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public LeadBatch(int capacity = 0)
    {
        Guard.Against.Negative(capacity);
        _ids = new LeadId[capacity];
        _rows = new LeadFitRow[capacity];
        _starts = new int[capacity];
        _counts = new int[capacity];
        _ticks = new long[capacity * 4];
        _typeIds = new ushort[capacity * 4];
        _logOrder = new ushort[capacity * 4];
    }

    /// <summary>Gets how many leads the batch holds; they are numbered from 0 in the order they were added.</summary>
    public int Count => _count;

    // The columns the scoring reads.
    internal ReadOnlySpan<LeadFitRow> Rows => _rows.AsSpan(0, _count);

    internal int[] Starts => _starts;

    internal int[] Counts => _counts;

    internal long[] Ticks => _ticks;

    internal ushort[] TypeIds => _typeIds;

    internal int ActivityEnd => _activityEnd;

    internal int TypeCount => _types.Count;

    internal int Version => Volatile.Read(ref _version);

    /// <summary>Builds a batch from leads, in their order.</summary>
    /// <param name="leads">The leads.</param>
    /// <returns>The batch; lead <c>i</c> of the batch is the <c>i</c>-th lead given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="ArgumentException">A lead is null or has more than 65,535 activities.</exception>
    public static LeadBatch From(IEnumerable<Lead> leads)
    {
        Guard.Against.Null(leads);
        var batch = new LeadBatch(leads.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var lead in leads)
        {
            batch.Add(lead);
        }

        batch.TrimExcess();
        return batch;
    }

    /// <summary>
    /// Builds a batch from stored snapshots, in their order, without restoring them into leads: each is scored as
    /// <see cref="ScoringModel.Score(LeadDetails, ReadOnlySpan{LeadActivity}, Instant)"/> scores its details and
    /// activities. The snapshots are not checked as <see cref="LeadLifecycle.Restore"/> checks them.
    /// </summary>
    /// <param name="snapshots">The snapshots; a stream is read once, one snapshot at a time.</param>
    /// <returns>The batch; lead <c>i</c> of the batch is the <c>i</c>-th snapshot given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    /// <exception cref="ArgumentException">A snapshot is null, has no details or activities, or has more than 65,535 activities.</exception>
    public static LeadBatch From(IEnumerable<LeadSnapshot> snapshots)
    {
        Guard.Against.Null(snapshots);
        var batch = new LeadBatch(snapshots.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var snapshot in snapshots)
        {
            batch.Add(snapshot);
        }

        batch.TrimExcess();
        return batch;
    }

    /// <summary>Gets the id of lead <paramref name="index"/>.</summary>
    /// <param name="index">The lead's number in the batch.</param>
    /// <returns>Its id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a lead of the batch.</exception>
    public LeadId IdAt(int index)
    {
        CheckIndex(index);
        return _ids[index];
    }

    /// <summary>Adds a lead at the end of the batch.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The lead's number in the batch.</returns>
    /// <exception cref="ArgumentException"><paramref name="lead"/> is null or has more than 65,535 activities.</exception>
    /// <exception cref="InvalidOperationException">The batch is being scored right now.</exception>
    public int Add(Lead lead)
    {
        CheckLead(lead, nameof(lead));
        return AddCore(lead.Id, lead.Details, lead.ActivitySpan);
    }

    /// <summary>Adds a stored lead at the end of the batch, without restoring it (see <see cref="From(IEnumerable{LeadSnapshot})"/>).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The lead's number in the batch.</returns>
    /// <exception cref="ArgumentException"><paramref name="snapshot"/> is null, has no details or activities, or has more than 65,535 activities.</exception>
    /// <exception cref="InvalidOperationException">The batch is being scored right now.</exception>
    public int Add(LeadSnapshot snapshot)
    {
        CheckSnapshot(snapshot, nameof(snapshot));
        using var activities = new ActivitiesOf(snapshot.Activities);
        return AddCore(snapshot.Id, snapshot.Details, activities.Span);
    }

    /// <summary>
    /// Replaces lead <paramref name="index"/> with the lead as it is now (after an edit or a logged activity): the batch
    /// then scores exactly as one built anew. Points kept for the models already scored are updated for this lead only.
    /// </summary>
    /// <param name="index">The lead's number in the batch.</param>
    /// <param name="lead">The lead as it is now; usually the same lead, but any lead may take the place.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a lead of the batch.</exception>
    /// <exception cref="ArgumentException"><paramref name="lead"/> is null or has more than 65,535 activities.</exception>
    /// <exception cref="InvalidOperationException">The batch is being scored right now.</exception>
    public void Update(int index, Lead lead)
    {
        CheckIndex(index);
        CheckLead(lead, nameof(lead));
        SetCore(index, lead.Id, lead.Details, lead.ActivitySpan);
    }

    /// <summary>Replaces lead <paramref name="index"/> with a stored lead (see <see cref="Update(int, Lead)"/>).</summary>
    /// <param name="index">The lead's number in the batch.</param>
    /// <param name="snapshot">The lead as stored now.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a lead of the batch.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshot"/> is null, has no details or activities, or has more than 65,535 activities.</exception>
    /// <exception cref="InvalidOperationException">The batch is being scored right now.</exception>
    public void Update(int index, LeadSnapshot snapshot)
    {
        CheckIndex(index);
        CheckSnapshot(snapshot, nameof(snapshot));
        using var activities = new ActivitiesOf(snapshot.Activities);
        SetCore(index, snapshot.Id, snapshot.Details, activities.Span);
    }

    /// <summary>Drops the room kept for more leads and activities (a batch built at once keeps none).</summary>
    private void TrimExcess()
    {
        Array.Resize(ref _ids, _count);
        Array.Resize(ref _rows, _count);
        Array.Resize(ref _starts, _count);
        Array.Resize(ref _counts, _count);
        Array.Resize(ref _ticks, _activityEnd);
        Array.Resize(ref _typeIds, _activityEnd);
        Array.Resize(ref _logOrder, _activityEnd);
    }

    /// <summary>The bytes the batch's own columns and distinct values take, without the points kept per model.</summary>
    internal long SizeInBytes()
    {
        long bytes = (long)_ids.Length * 16 + (long)_rows.Length * Unsafe.SizeOf<LeadFitRow>() + (long)_starts.Length * 8
            + (long)_ticks.Length * (8 + 2 + 2);
        foreach (var table in _texts)
        {
            bytes += table.SizeInBytes();
        }

        return bytes + _domainSets.Count * 40L + _flagSets.Count * 40L;
    }

    /// <summary>The distinct values of text field <paramref name="field"/> by id (id 0: no value).</summary>
    internal IReadOnlyList<string> TextValues(LeadTextField field) => _texts[(int)field - 1].Values;

    internal IReadOnlyList<int[]> DomainSets => _domainSets;

    internal IReadOnlyList<string[]> FlagSets => _flagSets;

    internal IReadOnlyList<string?> Currencies => _currencies;

    internal ActivityType TypeAt(int typeId) => _types[typeId];

    /// <summary>Refuses a write while a scoring reads the batch.</summary>
    internal int Readers;

    /// <summary>The model's columns for this batch, computed on first use.</summary>
    internal BatchModelColumns.Holder Holder(ScoringModel model) => _models.GetValue(model, static _ => new BatchModelColumns.Holder());

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

    private int AddCore(LeadId id, LeadDetails details, ReadOnlySpan<LeadActivity> activities)
    {
        BeginWrite();
        try
        {
            if (_count == _ids.Length)
            {
                var capacity = Math.Max(16, _count * 2);
                Array.Resize(ref _ids, capacity);
                Array.Resize(ref _rows, capacity);
                Array.Resize(ref _starts, capacity);
                Array.Resize(ref _counts, capacity);
            }

            var index = _count;
            _ids[index] = id;
            _rows[index] = Row(details);
            WriteActivities(index, activities);
            _count++;
            PatchModels(index);
            return index;
        }
        finally
        {
            EndWrite();
        }
    }

    private void SetCore(int index, LeadId id, LeadDetails details, ReadOnlySpan<LeadActivity> activities)
    {
        BeginWrite();
        try
        {
            _ids[index] = id;
            _rows[index] = Row(details);
            _deadActivities += _counts[index];
            WriteActivities(index, activities);
            if (_deadActivities > 1_024 && _deadActivities > _activityEnd / 2)
            {
                Compact();
            }

            PatchModels(index);
        }
        finally
        {
            EndWrite();
        }
    }

    private void BeginWrite()
    {
        if (Volatile.Read(ref Readers) != 0)
        {
            throw new InvalidOperationException(
                "The batch is being scored right now: add or update leads between scorings, not during one (a batch takes one writer and no reader while it writes).");
        }

        Interlocked.Increment(ref _version);
    }

    private void EndWrite() => Interlocked.Increment(ref _version);

    private void PatchModels(int index)
    {
        foreach (var (_, holder) in _models)
        {
            holder.Columns?.Patch(this, index);
        }
    }

    private LeadFitRow Row(LeadDetails d)
    {
        var row = new LeadFitRow
        {
            Source = d.Source is { } s && (uint)s < 254 ? (byte)((int)s + 1) : (byte)0,
            Timeframe = d.PurchaseTimeframe is { } t && (uint)t < 254 ? (byte)((int)t + 1) : (byte)0,
            DecisionMaker = d.IsDecisionMaker switch { null => 0, false => 1, true => 2 },
            Presence = (byte)CompiledFit.PresenceMask(d, 0xFF),
            HasEmployees = d.NumberOfEmployees.HasValue,
            Employees = d.NumberOfEmployees.GetValueOrDefault(),
        };
        if (d.AnnualRevenue is { } revenue)
        {
            row.Revenue = revenue.Amount;
            row.RevenueCurrency = CurrencyId(revenue.Currency);
        }

        if (d.Budget is { } budget)
        {
            row.Budget = budget.Amount;
            row.BudgetCurrency = CurrencyId(budget.Currency);
        }

        for (var field = LeadTextField.Topic; field < LeadTextField.EmailDomain; field++)
        {
            var text = TextOf(d, field);
            row.Texts[(int)field - 1] = string.IsNullOrEmpty(text) ? 0 : _texts[(int)field - 1].IdOf(text);
        }

        row.Texts[(int)LeadTextField.EmailDomain - 1] = DomainSetId(d.Emails);
        row.FlagSet = FlagSetId(d.CustomFields);
        return row;
    }

    private static string? TextOf(LeadDetails d, LeadTextField field) => field switch
    {
        LeadTextField.Topic => d.Topic,
        LeadTextField.FirstName => d.FirstName,
        LeadTextField.LastName => d.LastName,
        LeadTextField.CompanyName => d.CompanyName,
        LeadTextField.JobTitle => d.JobTitle,
        LeadTextField.Industry => d.Industry,
        LeadTextField.StatedNeed => d.StatedNeed,
        LeadTextField.Description => d.Description,
        LeadTextField.Owner => d.Owner,
        _ => null,
    };

    private ushort CurrencyId(string? currency)
    {
        if (currency is null)
        {
            if (_nullCurrencyId == 0)
            {
                _nullCurrencyId = NewCurrency(null);
            }

            return _nullCurrencyId;
        }

        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_currencyIds, currency, out var exists);
        if (!exists)
        {
            id = NewCurrency(currency);
        }

        return id;
    }

    private ushort NewCurrency(string? currency)
    {
        if (_currencies.Count > ushort.MaxValue)
        {
            throw new ArgumentException("The batch already holds 65,535 different currencies; split the leads over several batches.");
        }

        _currencies.Add(currency);
        return (ushort)(_currencies.Count - 1);
    }

    private int DomainSetId(IReadOnlyList<string>? emails)
    {
        if (emails is null || emails.Count == 0)
        {
            return 0;
        }

        var domains = _texts[(int)LeadTextField.EmailDomain - 1];
        var count = emails.Count;
        if (count <= 3)
        {
            var a = domains.IdOf(FitRule.Domain(emails[0]));
            var b = count > 1 ? domains.IdOf(FitRule.Domain(emails[1])) : -1;
            var c = count > 2 ? domains.IdOf(FitRule.Domain(emails[2])) : -1;
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_domainSetIds, (a, b, c), out var exists);
            if (!exists)
            {
                id = _domainSets.Count;
                _domainSets.Add(count switch { 1 => [a], 2 => [a, b], _ => [a, b, c] });
            }

            return id;
        }

        var ids = new int[count];
        for (var e = 0; e < count; e++)
        {
            ids[e] = domains.IdOf(FitRule.Domain(emails[e]));
        }

        var key = string.Join(',', ids);
        ref var longId = ref CollectionsMarshal.GetValueRefOrAddDefault(_longDomainSetIds, key, out var found);
        if (!found)
        {
            longId = _domainSets.Count;
            _domainSets.Add(ids);
        }

        return longId;
    }

    private int FlagSetId(IReadOnlyDictionary<string, CustomFieldValue>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return 0;
        }

        List<string>? yes = null;
        foreach (var (name, value) in fields)
        {
            if (value.Boolean == true)
            {
                (yes ??= []).Add(name);
            }
        }

        if (yes is null)
        {
            return 0;
        }

        yes.Sort(StringComparer.Ordinal);
        var key = string.Join('\0', yes);
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_flagSetIds, key, out var exists);
        if (!exists)
        {
            id = _flagSets.Count;
            _flagSets.Add([.. yes]);
        }

        return id;
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

    /// <summary>Writes the lead's activities at the end of the columns, sorted by type, then time, then log position.</summary>
    private void WriteActivities(int index, ReadOnlySpan<LeadActivity> activities)
    {
        var n = activities.Length;
        EnsureActivityCapacity(_activityEnd + n);
        var start = _activityEnd;
        var keys = n <= 64 ? stackalloc ActivityKey[n] : new ActivityKey[n];
        for (var a = 0; a < n; a++)
        {
            keys[a] = new ActivityKey(activities[a].Type.Code, TypeId(activities[a].Type), activities[a].At.ToUnixTimeTicks(), (ushort)a);
        }

        if (n <= 16)
        {
            for (var a = 1; a < n; a++)
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
        else
        {
            keys.Sort();
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

    private void EnsureActivityCapacity(int needed)
    {
        if (needed <= _ticks.Length)
        {
            return;
        }

        var capacity = Math.Max(needed, Math.Max(64, _ticks.Length * 2));
        Array.Resize(ref _ticks, capacity);
        Array.Resize(ref _typeIds, capacity);
        Array.Resize(ref _logOrder, capacity);
    }

    /// <summary>Drops the activities of replaced leads: each lead's run is moved down, and so are the weights kept per model.</summary>
    private void Compact()
    {
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

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch holds leads 0 to {_count - 1}; there is no lead {index}.");
        }
    }

    private static void CheckLead(Lead lead, string parameterName)
    {
        if (lead is null)
        {
            throw new ArgumentException("The lead is null; a batch holds leads only.", parameterName);
        }

        CheckActivityCount(lead.Activities.Count, parameterName);
    }

    private static void CheckSnapshot(LeadSnapshot snapshot, string parameterName)
    {
        if (snapshot is null || snapshot.Details is null || snapshot.Activities is null)
        {
            throw new ArgumentException(
                snapshot is null ? "The snapshot is null; a batch holds leads only." : "The snapshot has no details or no activity list; give it both (an empty list for no activities).",
                parameterName);
        }

        CheckActivityCount(snapshot.Activities.Count, parameterName);
    }

    private static void CheckActivityCount(int count, string parameterName)
    {
        if (count > MaxActivitiesPerLead)
        {
            throw new ArgumentException(
                $"The lead has {count} activities; a lead in a batch may have at most {MaxActivitiesPerLead}. Score it alone with ScoringModel.Score(lead, at).",
                parameterName);
        }
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

    /// <summary>A snapshot's activities as a span: the list itself when it is an array, else a pooled copy.</summary>
    private readonly ref struct ActivitiesOf
    {
        private readonly LeadActivity[]? _rented;

        public ActivitiesOf(IReadOnlyList<LeadActivity> activities)
        {
            switch (activities)
            {
                case ImmutableArray<LeadActivity> immutable:
                    Span = immutable.AsSpan();
                    break;
                case LeadActivity[] array:
                    Span = array;
                    break;
                default:
                    _rented = ArrayPool<LeadActivity>.Shared.Rent(activities.Count);
                    for (var a = 0; a < activities.Count; a++)
                    {
                        _rented[a] = activities[a];
                    }

                    Span = _rented.AsSpan(0, activities.Count);
                    break;
            }
        }

        public ReadOnlySpan<LeadActivity> Span { get; }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<LeadActivity>.Shared.Return(_rented);
            }
        }
    }

    /// <summary>The distinct values of one text field, by id; id 0 is no value.</summary>
    private sealed class ValueTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _values = [string.Empty];
        private long _chars;

        public IReadOnlyList<string> Values => _values;

        /// <summary>The id of <paramref name="value"/>; a new value is kept as the very string given.</summary>
        public int IdOf(string value)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, value, out var exists);
            if (!exists)
            {
                id = _values.Count;
                _values.Add(value);
                _chars += value.Length;
            }

            return id;
        }

        public int IdOf(ReadOnlySpan<char> value)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var id))
            {
                return id;
            }

            var text = value.ToString();
            id = _values.Count;
            _values.Add(text);
            _ids.Add(text, id);
            _chars += text.Length;
            return id;
        }

        /// <summary>Each value's string (a header and two bytes a character) and its dictionary entry.</summary>
        public long SizeInBytes() => _values.Count * (24L + 8 + 24) + (_chars * 2);
    }
}
