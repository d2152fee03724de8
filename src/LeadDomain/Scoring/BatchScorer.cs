using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// Scores a <see cref="LeadBatch"/> with a model: fit from the model's kept column, engagement from each lead's runs of
/// one activity type (window by binary search, decayed points as a difference of kept running sums times one factor
/// per rule), and the total checked against rounding: where the engagement's rounding error could move the total to
/// another integer, the lead is summed again exactly as the one-lead path sums it.
/// </summary>
internal static partial class BatchScorer
{
    // 2^-52 and 2^-50: the unit of the error bound, and a margin for the few roundings of the total itself.
    private const double Ulp = 1.0 / (1L << 52);
    private const double Margin = 1.0 / (1L << 50);

    /// <summary>Scores the batch on this thread; with <paramref name="walk"/> (for tests), by walking each lead's runs even where the model keeps them.</summary>
    public static void Score(ScoringModel model, LeadBatch batch, Span<LeadScore> destination, long at, bool walk = false)
    {
        var version = BeginRead(batch);
        try
        {
            var columns = Prepare(model, batch, at, threads: 1);
            var plan = new Plan(model, columns.Reference, at);
            // Stryker disable once Boolean : a test hook; the walk and the runs give the same scores to the bit
            if (walk)
            {
                ScoreRangeByWalk(model, batch, columns, plan, destination, 0, batch.Count, at);
            }
            else
            {
                ScoreRange(model, batch, columns, plan, destination, 0, batch.Count, at);
            }
        }
        finally
        {
            EndRead(batch, version);
        }
    }

    public static void ScoreParallel(ScoringModel model, LeadBatch batch, LeadScore[] destination, long at, int threads, CancellationToken cancellationToken)
    {
        var version = BeginRead(batch);
        try
        {
            var columns = Prepare(model, batch, at, threads);
            var plan = new Plan(model, columns.Reference, at);
            BatchModelColumns.Run(batch.Count, threads, (start, end) =>
                ScoreRange(model, batch, columns, plan, destination.AsSpan(start, end - start), start, end, at), cancellationToken);
        }
        finally
        {
            EndRead(batch, version);
        }
    }

    /// <summary>The model's columns for the batch, computed now if this is the model's first scoring of it, or around <paramref name="at"/> if it is too far from their reference.</summary>
    private static BatchModelColumns Prepare(ScoringModel model, LeadBatch batch, long at, int threads)
    {
        var holder = batch.Holder(model);
        var columns = holder.Columns;
        // Stryker disable once Block : without this shortcut the lock below finds and returns the same columns
        if (columns is not null && !NeedsRebase(model, columns.Reference, at))
        {
            return columns;
        }

        lock (holder.Gate)
        {
            columns = holder.Columns;
            if (columns is null)
            {
                columns = BatchModelColumns.Create(batch, model, at, threads);
            }
            else /* Stryker disable once Boolean,Block,Statement : rebased or not, the columns give the same scores */ if (NeedsRebase(model, columns.Reference, at))
            {
                columns = columns.Rebased(batch, at, threads);
            }

            holder.Columns = columns;
            return columns;
        }
    }

    /// <summary>Whether some rule's weights would leave the safe range at <paramref name="at"/> but would not around it.</summary>
    private static bool NeedsRebase(ScoringModel model, long reference, long at)
    {
        var decay = model.SlotDecayPerTick;
        var window = model.SlotWindowTicks;
        for (var slot = 0; slot < decay.Length; slot++)
        {
            // Stryker disable once all : only whether to rebase, and rebased or not the columns give the same scores
            if (decay[slot] != 0 && decay[slot] * window[slot] < BatchModelColumns.MaxExponent / 2
                && decay[slot] * ((double)Math.Abs(reference - at) + window[slot]) >= BatchModelColumns.MaxExponent)
            {
                return true;
            }
        }

        // Stryker disable once Boolean : rebased or not, the columns give the same scores
        return false;
    }

    private static int BeginRead(LeadBatch batch)
    {
        Interlocked.Increment(ref batch.Readers);
        var version = batch.Version;
        if ((version & 1) != 0)
        {
            Interlocked.Decrement(ref batch.Readers);
            throw WrittenDuringScoring();
        }

        return version;
    }

    private static void EndRead(LeadBatch batch, int version)
    {
        Interlocked.Decrement(ref batch.Readers);
        if (batch.Version != version)
        {
            throw WrittenDuringScoring();
        }
    }

    private static InvalidOperationException WrittenDuringScoring() => new(
        "The batch was changed while it was being scored, so the scores may mix old and new leads: add or update leads between scorings, not during one.");

    /// <summary>Scores leads <c>[start, end)</c> into <paramref name="destination"/> (whose element 0 is lead <paramref name="start"/>).</summary>
    private static void ScoreRange(
        ScoringModel model, LeadBatch batch, BatchModelColumns columns, Plan plan, Span<LeadScore> destination, int start, int end, long at)
    {
        if (columns.Runs is not null)
        {
            ScoreRangeByRuns(model, batch, columns, plan, destination, start, end, at);
        }
        else
        {
            ScoreRangeByWalk(model, batch, columns, plan, destination, start, end, at);
        }
    }

    /// <summary>
    /// <see cref="ScoreRange"/> from the runs the model keeps per lead: for each rule, in the order of its type's code,
    /// the lead's run of that type. A run of up to four activities (the common case) is searched with one vector
    /// comparison and no branch; a longer one as the walk searches it (<see cref="RunPoints"/>). The points are the
    /// walk's, term by term and in the same order, so the scores are the same to the bit. Compiled fully optimised at
    /// once: the tiered, profile-guided code measured up to a third slower here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScoreRangeByRuns(
        ScoringModel model, LeadBatch batch, BatchModelColumns columns, Plan plan, Span<LeadScore> destination, int start, int end, long at)
    {
        var fit = columns.Fit;
        var weights = columns.Weights;
        var runs = columns.Runs!;
        var stride = columns.RunStride;
        var counts = batch.Counts;
        var ticks = batch.Ticks;
        var byRank = plan.ByRank(columns.SlotsByRank);
        var fitCap = model.FitCap;
        var engagementCap = model.EngagementCap;
        var perPoint = model.TotalPerPoint;
        var finish = new Finisher(model);
        // Stryker disable once Conditional : the vector search and the walk's give the same points to the bit
        var lastVectorStart = Vector256.IsHardwareAccelerated ? ticks.Length - 4 : -1;
        var lanes = Vector256.Create(0L, 1L, 2L, 3L);
        var atVector = Vector256.Create(at);
        ref var tick0 = ref MemoryMarshal.GetArrayDataReference(ticks);
        ref var weight0 = ref MemoryMarshal.GetArrayDataReference(weights);
        // Stryker disable once Logical,Block,Statement,String : the columns always cover the batch (patched with every write)
        if ((long)end * stride > runs.Length || end > fit.Length || end > counts.Length || end - start > destination.Length)
        {
            throw new InvalidOperationException("The model's columns do not cover the batch.");
        }

        ref var run0 = ref MemoryMarshal.GetArrayDataReference(runs);
        ref var fit0 = ref MemoryMarshal.GetArrayDataReference(fit);
        ref var count0 = ref MemoryMarshal.GetArrayDataReference(counts);
        ref var score0 = ref MemoryMarshal.GetReference(destination);
        for (var i = start; i < end; i++)
        {
            ref var lead = ref Unsafe.Add(ref run0, (nint)i * stride);
            var engagement = 0.0;
            var size = 0.0;
            for (var rank = 0; rank < byRank.Length; rank++)
            {
                ref readonly var rule = ref byRank[rank];
                var first = Unsafe.Add(ref lead, 2 * rank);
                var last = Unsafe.Add(ref lead, (2 * rank) + 1);
                var length = last - first;
                if (rule.Mode == SlotMode.Summed && length <= 4 && first <= lastVectorStart)
                {
                    // Lanes past the run read the next activities (or, for an empty run, any four), and are masked off.
                    var inRun = Vector256.LessThan(lanes, Vector256.Create((long)length));
                    var run = Vector256.LoadUnsafe(ref tick0, (nuint)first);
                    var before = Vector256.LessThan(run, Vector256.Create(rule.From)) & inRun;
                    var notAfter = Vector256.LessThanOrEqual(run, atVector) & inRun;
                    var lo = first + BitOperations.PopCount(before.ExtractMostSignificantBits());
                    var hi = first + BitOperations.PopCount(notAfter.ExtractMostSignificantBits());

                    // weights[hi - 1] and weights[lo - 1], or 0 at the start of the run, as the walk reads them; first
                    // is within the weights (it is at most ticks.Length - 4), so both reads are.
                    var hasUpper = hi > first;
                    var hasLower = lo > first;
                    var upper = Masked(Unsafe.Add(ref weight0, hi - (hasUpper ? 1 : 0)), hasUpper);
                    var lower = Masked(Unsafe.Add(ref weight0, lo - (hasLower ? 1 : 0)), hasLower);
                    engagement += rule.Scale * (upper - lower);
                    size += rule.AbsScale * Masked(upper, lo < hi);
                }
                else if (length > 0)
                {
                    var (points, runSize) = RunPoints(rule, ticks, weights, first, last, at);
                    engagement += points;
                    size += runSize;
                }
            }

            var leadFit = Unsafe.Add(ref fit0, i);
            if (size != 0 && NearRoundingEdge(leadFit, engagement, size, Unsafe.Add(ref count0, i), fitCap, engagementCap, perPoint))
            {
                engagement = ExactEngagement(model, batch, i, at);
            }

            Unsafe.Add(ref score0, i - start) = finish.Score(leadFit, engagement);
        }
    }

    /// <summary>Lead <paramref name="index"/>'s engagement summed exactly as the one-lead path sums it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ExactEngagement(ScoringModel model, LeadBatch batch, int index, long at)
    {
        var buffer = ArrayPool<LeadActivity>.Shared.Rent(batch.Counts[index]);
        try
        {
            return model.EngagementPoints(batch.LoggedActivities(index, buffer), at);
        }
        finally
        {
            // Stryker disable once Statement : a pooled buffer not given back changes no score
            ArrayPool<LeadActivity>.Shared.Return(buffer);
        }
    }

    /// <summary><paramref name="value"/> when <paramref name="keep"/>, else +0, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Masked(double value, bool keep) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & -(long)(keep ? 1 : 0));

    /// <summary>
    /// <see cref="ScoringModel.Finish"/> with the rating and grade read from tables by total rather than compared
    /// threshold by threshold (which, with totals in no order, mispredicts).
    /// </summary>
    private readonly struct Finisher
    {
        private readonly LeadRating[] _ratings;
        private readonly LeadGrade[] _grades;
        private readonly double _fitCap;
        private readonly double _engagementCap;
        private readonly double _perPoint;

        public Finisher(ScoringModel model)
        {
            _ratings = new LeadRating[101];
            _grades = new LeadGrade[101];
            for (var total = 0; total <= 100; total++)
            {
                _ratings[total] = total >= model.HotThreshold ? LeadRating.Hot : total >= model.WarmThreshold ? LeadRating.Warm : LeadRating.Cold;
                _grades[total] = total >= model.GradeAThreshold ? LeadGrade.A : total >= model.GradeBThreshold ? LeadGrade.B
                    : total >= model.GradeCThreshold ? LeadGrade.C : LeadGrade.D;
            }

            (_fitCap, _engagementCap, _perPoint) = (model.FitCap, model.EngagementCap, model.TotalPerPoint);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public LeadScore Score(double fit, double engagement)
        {
            fit = Math.Clamp(fit, 0, _fitCap);
            engagement = Math.Clamp(engagement, 0, _engagementCap);
            var total = (int)Math.Round((fit + engagement) * _perPoint, MidpointRounding.AwayFromZero);
            total = Math.Clamp(total, 0, 100);
            return new LeadScore(total, fit, engagement, _ratings[total], _grades[total]);
        }
    }

    /// <summary><see cref="ScoreRange"/> walking each lead's runs of activity types (a model with many activity rules).</summary>
    private static void ScoreRangeByWalk(
        ScoringModel model, LeadBatch batch, BatchModelColumns columns, Plan plan, Span<LeadScore> destination, int start, int end, long at)
    {
        var fit = columns.Fit;
        var weights = columns.Weights;
        var slotByType = columns.SlotByType;
        var starts = batch.Starts;
        var counts = batch.Counts;
        var ticks = batch.Ticks;
        var types = batch.TypeIds;
        var rules = plan.Slots;
        var fitCap = model.FitCap;
        var engagementCap = model.EngagementCap;
        var perPoint = model.TotalPerPoint;
        LeadActivity[]? buffer = null;
        try
        {
            for (var i = start; i < end; i++)
            {
                var first = starts[i];
                var count = counts[i];
                var last = first + count;
                var engagement = 0.0;

                // The undecayed size of what was summed: the error bound is proportional to it.
                var size = 0.0;
                var j = first;
                while (j < last)
                {
                    var type = types[j];
                    var k = j + 1;
                    while (k < last && types[k] == type)
                    {
                        k++;
                    }

                    var slot = slotByType[type];
                    if (slot >= 0)
                    {
                        ref readonly var rule = ref rules[slot];
                        var lo = FirstAtOrAfter(ticks, j, k, rule.From);
                        var hi = FirstAfter(ticks, lo, k, at);
                        if (lo < hi)
                        {
                            switch (rule.Mode)
                            {
                                case SlotMode.Summed:
                                    {
                                        var upper = weights[hi - 1];
                                        var lower = lo > j ? weights[lo - 1] : 0;
                                        engagement += rule.Scale * (upper - lower);
                                        size += rule.AbsScale * upper;
                                        break;
                                    }

                                case SlotMode.Capped:
                                    engagement += CappedPoints(rule, ticks, weights, j, lo, hi, at);
                                    size += rule.AbsScale * weights[hi - 1];
                                    break;

                                default:
                                    engagement += DirectPoints(rule, ticks, lo, hi, at, ref size);
                                    break;
                            }
                        }
                    }

                    j = k;
                }

                var leadFit = fit[i];
                if (size != 0 && NearRoundingEdge(leadFit, engagement, size, count, fitCap, engagementCap, perPoint))
                {
                    // Stryker disable once Assignment : a buffer rented again changes no score
                    buffer ??= ArrayPool<LeadActivity>.Shared.Rent(LeadBatch.MaxActivitiesPerLead);
                    engagement = model.EngagementPoints(batch.LoggedActivities(i, buffer), at);
                }

                destination[i - start] = model.Finish(leadFit, engagement);
            }
        }
        finally
        {
            // Stryker disable once Block,Statement : a pooled buffer not given back changes no score
            if (buffer is not null)
            {
                ArrayPool<LeadActivity>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// Whether the total computed from <paramref name="engagement"/> could differ from the one computed from the
    /// one-lead path's engagement: both are within <c>size·(2n + 2048)·2⁻⁵²</c> of the exact sum, so only a value that
    /// close to a half (where rounding turns) can.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NearRoundingEdge(double fit, double engagement, double size, int count, double fitCap, double engagementCap, double perPoint)
    {
        var fitCapped = Math.Clamp(fit, 0, fitCap);
        var engagementCapped = Math.Clamp(engagement, 0, engagementCap);
        var value = (fitCapped + engagementCapped) * perPoint;
        var error = size * ((2.0 * count) + 2048) * Ulp;
        var tolerance = 2 * ((error * perPoint) + ((fitCapped + engagementCapped + error) * perPoint * Margin) + (value * Margin));
        // Stryker disable once Equality : a wider tolerance (or every lead) only sums more leads exactly, to the same total
        return Math.Abs(value - (Math.Floor(value) + 0.5)) <= tolerance;
    }
}
