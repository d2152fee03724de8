using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// Many leads prepared for bulk scoring: what the rules read, in columns of a few bytes per lead instead of one object
/// graph per lead. Build it once from leads or snapshots (or add them as they stream in), keep it up to date with
/// <see cref="Update(int, Lead)"/> when a lead changes, and score it as often as needed with
/// <see cref="ScoringModel.Score(LeadBatch, Span{LeadScore}, Instant)"/> or
/// <see cref="ScoringModel.ScoreParallel(LeadBatch, LeadScore[], Instant, int?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every text is kept once per distinct value (a lead holds its id), so a model's text rules are answered once per
/// distinct value, not once per lead; the topic and the description, usually one of a kind, are kept as each lead's
/// text until a model with a rule on them is first scored with the batch, and only then interned; activities are kept
/// as columns (ticks, type, position in the log) sorted by type and time within each lead. The first scoring with a model computes each lead's fit points (they do not depend on
/// time) and each activity's decay weight, and keeps them with the batch for as long as the model lives (with up to 8
/// activity rules, also where each lead's activities of each rule's type lie); later scorings with that model read only
/// the activities in each window, with one binary search per lead and activity type (one vector comparison for a run of
/// up to four) and no exponential per activity.
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
public sealed partial class LeadBatch
{
    private readonly ConditionalWeakTable<ScoringModel, BatchModelColumns.Holder> _models = new();

    private LeadId[] _ids;
    private LeadFitRow[] _rows;
    private int[] _starts;
    private int[] _counts;
    private int _count;
    private int _version;

    /// <summary>Creates an empty batch; add leads with <see cref="Add(Lead)"/> or <see cref="Add(LeadSnapshot)"/>.</summary>
    /// <param name="capacity">How many leads to make room for at once; more may be added.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public LeadBatch(int capacity = 0)
    {
        if (capacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be 0 or more: give how many leads to make room for.");
        }

        _ids = new LeadId[capacity];
        _rows = new LeadFitRow[capacity];
        _starts = new int[capacity];
        _counts = new int[capacity];
        // Stryker disable once Arithmetic : an initial size; the activity columns grow as needed
        _ticks = new long[capacity * 4];

        // Stryker disable once Arithmetic : an initial size; the activity columns grow as needed
        _typeIds = new ushort[capacity * 4];

        // Stryker disable once Arithmetic : an initial size; the activity columns grow as needed
        _logOrder = new ushort[capacity * 4];
        CreateLazyTexts(capacity);
    }

    /// <summary>An empty batch for <see cref="From(IEnumerable{Lead})"/>: exact lead columns when the count is known, pooled scratch columns otherwise.</summary>
    private LeadBatch(int? count)
    {
        _ids = count is { } n ? GC.AllocateUninitializedArray<LeadId>(n) : [];
        _rows = count is { } m ? GC.AllocateUninitializedArray<LeadFitRow>(m) : [];
        _starts = count is { } k ? GC.AllocateUninitializedArray<int>(k) : [];
        _counts = count is { } c ? GC.AllocateUninitializedArray<int>(c) : [];
        _ticks = [];
        _typeIds = [];
        _logOrder = [];
        _building = true;
        // Stryker disable once Arithmetic,NullCoalescing : a hint; the activity columns grow as needed
        _activityHint = (count ?? 0) * 4L;
        CreateLazyTexts(count ?? 0);
    }

    /// <summary>Gets how many leads the batch holds; they are numbered from 0 in the order they were added.</summary>
    public int Count => _count;

    // The columns the scoring reads.
    internal ReadOnlySpan<LeadFitRow> Rows => _rows.AsSpan(0, _count);

    internal int[] Starts => _starts;

    internal int[] Counts => _counts;

    internal int Version => Volatile.Read(ref _version);

    /// <summary>
    /// Builds a batch from leads, in their order. A list (an array, a <see cref="List{T}"/>, any
    /// <see cref="IReadOnlyList{T}"/>) of at least twice 16,384 leads is built on all cores at once, in ranges of leads
    /// (up to four per core), into the very batch one thread would build; the list must not change meanwhile.
    /// </summary>
    /// <param name="leads">The leads.</param>
    /// <returns>The batch; lead <c>i</c> of the batch is the <c>i</c>-th lead given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="ArgumentException">A lead is null or has more than 65,535 activities.</exception>
    public static LeadBatch From(IEnumerable<Lead> leads) => From(leads, PartsFor(leads));

    /// <summary><see cref="From(IEnumerable{Lead})"/> in <paramref name="parts"/> parts built at once, when the leads are a list.</summary>
    internal static LeadBatch From(IEnumerable<Lead> leads, int parts)
    {
        Guard.Against.Null(leads);
        // Stryker disable once Equality,Block : one part or several build the same batch, id for id
        if (parts > 1 && leads is IReadOnlyList<Lead> list && list.Count >= parts)
        {
            return FromParts(list, parts, static (batch, items, start, end) => batch.AppendLeads(items, start, end));
        }

        var batch = new LeadBatch(leads.TryGetNonEnumeratedCount(out var count) ? count : null);
        foreach (var lead in leads)
        {
            CheckLead(lead, nameof(leads));
            batch.Append(lead.Id, lead.Details, lead.ActivitySpan);
        }

        batch.EndBuilding();
        return batch;
    }

    /// <summary>
    /// Builds a batch from stored snapshots, in their order, without restoring them into leads: each is scored as
    /// <see cref="ScoringModel.Score(LeadDetails, ReadOnlySpan{LeadActivity}, Instant)"/> scores its details and
    /// activities. The snapshots are not checked as <see cref="LeadLifecycle.Restore"/> checks them. A list of at least
    /// twice 16,384 snapshots is built on several cores at once, as <see cref="From(IEnumerable{Lead})"/> builds one.
    /// </summary>
    /// <param name="snapshots">The snapshots; a stream is read once, one snapshot at a time, on the calling thread.</param>
    /// <returns>The batch; lead <c>i</c> of the batch is the <c>i</c>-th snapshot given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    /// <exception cref="ArgumentException">A snapshot is null, has no details or activities, or has more than 65,535 activities.</exception>
    public static LeadBatch From(IEnumerable<LeadSnapshot> snapshots) => From(snapshots, PartsFor(snapshots));

    /// <summary><see cref="From(IEnumerable{LeadSnapshot})"/> in <paramref name="parts"/> parts built at once, when the snapshots are a list.</summary>
    internal static LeadBatch From(IEnumerable<LeadSnapshot> snapshots, int parts)
    {
        Guard.Against.Null(snapshots);
        // Stryker disable once Equality,Block : one part or several build the same batch, id for id
        if (parts > 1 && snapshots is IReadOnlyList<LeadSnapshot> list && list.Count >= parts)
        {
            return FromParts(list, parts, static (batch, items, start, end) => batch.AppendSnapshots(items, start, end));
        }

        var batch = new LeadBatch(snapshots.TryGetNonEnumeratedCount(out var count) ? count : null);
        var chunk = new LeadSnapshot[TouchChunk];
        var filled = 0;
        foreach (var snapshot in snapshots)
        {
            CheckSnapshot(snapshot, nameof(snapshots));
            chunk[filled++] = snapshot;
            // Stryker disable once Equality,Boolean : chunks of one snapshot append the same leads
            if (filled == chunk.Length)
            {
                batch.AppendChunk(chunk, filled);
                filled = 0;
            }
        }

        batch.AppendChunk(chunk, filled);
        batch.EndBuilding();
        return batch;
    }

    private const int TouchChunk = 32;

    /// <summary>What <see cref="AppendChunk"/> read ahead, kept so that the reads are made.</summary>
    private int _touched;

    /// <summary>
    /// Appends a chunk of snapshots: first reads a few fields of each one's details and activities, in a loop short
    /// enough for the processor to have many of those reads in flight at once, so that the appends after it find them
    /// in the cache rather than waiting for them one lead at a time. The texts the tables look up are read too (their
    /// lengths: a short text's characters lie on the same cache line), as snapshots read back from a store hold each a
    /// string of its own, which the tables compare by content: 0.88x the thread time of such a build (RESULTS.md).
    /// </summary>
    private void AppendChunk(LeadSnapshot[] chunk, int count)
    {
        var touched = 0;
        for (var s = 0; s < count; s++)
        {
            var d = chunk[s].Details;

            // Stryker disable once all : a read-ahead; its sum is kept only so that the reads are made
            touched += (d.Owner?.Length ?? 0) + (d.Industry?.Length ?? 0) + (d.StatedNeed?.Length ?? 0) + (d.FirstName?.Length ?? 0)
                + (d.LastName?.Length ?? 0) + (d.CompanyName?.Length ?? 0) + (d.JobTitle?.Length ?? 0)
                + (d.Budget.HasValue ? 16 : 0) + (d.AnnualRevenue.HasValue ? 32 : 0) + d.NumberOfEmployees.GetValueOrDefault() + (d.Source.HasValue ? 64 : 0)
                + (d.CustomFields is null ? 0 : 128) + LastChar(FirstEmail(d.Emails)) + LastActivityTicks(chunk[s].Activities);
        }

        // Then the text tables' slots for the texts that are usually one of a kind, in a second short loop.
        for (var s = 0; s < count; s++)
        {
            // Stryker disable once Assignment,Statement : a read-ahead; its sum is kept only so that the reads are made
            touched += PrefetchTexts(chunk[s].Details);
        }

        // Stryker disable once Assignment,Statement : a read-ahead; its sum is kept only so that the reads are made
        _touched += touched;
        for (var s = 0; s < count; s++)
        {
            var snapshot = chunk[s];
            using var activities = new ActivitiesOf(snapshot.Activities);
            Append(snapshot.Id, snapshot.Details, activities.Span);
        }
    }

    /// <summary>The last character of <paramref name="text"/> (0 for none): reads the end of the text, where an address's domain is.</summary>
    private static int LastChar(string? text) => text is { Length: > 0 } ? text[^1] : 0;

    /// <summary>The low bits of the last activity's instant, read from the list's own items (a list that keeps none is only counted).</summary>
    private static int LastActivityTicks(IReadOnlyList<LeadActivity> activities) =>
        !TryGetItems(activities, out var items) ? activities.Count
        : items.IsEmpty ? 0
        : (int)items[^1].At.ToUnixTimeTicks();

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

    /// <summary>The bytes the batch's own columns and distinct values take, without the points kept per model.</summary>
    internal long SizeInBytes() =>
        ((long)_ids.Length * 16) + ((long)_rows.Length * Unsafe.SizeOf<LeadFitRow>()) + ((long)_starts.Length * 8)
        + ActivityColumnBytes() + DistinctValueBytes() + LazyTextBytes();

    /// <summary>Refuses a write while a scoring reads the batch.</summary>
    internal int Readers;

    /// <summary>The model's columns for this batch, computed on first use.</summary>
    internal BatchModelColumns.Holder Holder(ScoringModel model) => _models.GetValue(model, static _ => new BatchModelColumns.Holder());

    /// <summary>
    /// Appends a lead with no check of the writer and no model to bring up to date: for a batch being built, which no
    /// one else sees yet.
    /// </summary>
    private int Append(LeadId id, LeadDetails details, ReadOnlySpan<LeadActivity> activities)
    {
        if (_count == _ids.Length)
        {
            GrowLeadColumns();
        }

        var index = _count;
        _ids[index] = id;
        _rows[index] = Row(index, details);
        WriteActivities(index, activities);
        _count++;
        return index;
    }

    private int AddCore(LeadId id, LeadDetails details, ReadOnlySpan<LeadActivity> activities)
    {
        BeginWrite();
        try
        {
            var index = Append(id, details, activities);
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
            _rows[index] = Row(index, details);
            ReplaceActivities(index, activities);
            PatchModels(index);
        }
        finally
        {
            EndWrite();
        }
    }

    private void GrowLeadColumns()
    {
        var capacity = Math.Max(16, _count * 2);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _rows, capacity);
        Array.Resize(ref _starts, capacity);
        Array.Resize(ref _counts, capacity);
        ResizeLazyTexts(capacity);
    }

    /// <summary>Ends building: the columns are cut to their exact length, and the pooled scratch columns returned.</summary>
    private void EndBuilding()
    {
        if (_ids.Length != _count)
        {
            Array.Resize(ref _ids, _count);
            Array.Resize(ref _rows, _count);
            Array.Resize(ref _starts, _count);
            Array.Resize(ref _counts, _count);
            ResizeLazyTexts(_count);
        }

        EndBuildingActivities();
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

        CheckActivityCount(lead.ActivitySpan.Length, parameterName);
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
}
