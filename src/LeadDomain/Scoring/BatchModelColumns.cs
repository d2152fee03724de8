using System.Buffers;
using System.Runtime.CompilerServices;
using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// What one model needs of a <see cref="LeadBatch"/>, computed on its first scoring and kept with the batch: each
/// lead's fit points (they do not depend on time), the model's text and flag rules answered per distinct value, and for
/// each activity of a scored type its decay weight relative to a reference instant, summed up within each lead's run of
/// that type, so that the decayed points of any window are one subtraction and one multiplication.
/// </summary>
/// <remarks>
/// An activity at <c>t</c> is worth <c>p·e^(−λ(at − t)) = p·e^(λ(R − at)) · e^(λ(t − R))</c>: the second factor is the
/// weight kept per activity, the first one number per rule and scoring. Weights are kept only while every window's
/// exponents stay within ±<see cref="MaxExponent"/> (no overflow, no subnormal); a scoring instant further from
/// <c>R</c> makes the weights be computed again around it, and a rule whose window alone spans more than that many
/// half-lives is summed activity by activity, as the one-lead path does.
/// </remarks>
internal sealed class BatchModelColumns
{
    /// <summary>The largest exponent a kept weight or a per-rule factor may have: e^350 ≈ 10^152, far from overflow.</summary>
    internal const double MaxExponent = 350;

    /// <summary>The most activity rules a model may have for its runs to be kept per lead (<see cref="Runs"/>); beyond, each scoring walks the lead's runs.</summary>
    internal const int MaxRunSlots = 8;

    private readonly ScoringModel _model;
    private double[] _fit;
    private double[] _weights;
    private sbyte[] _slotByType;
    private bool[][] _texts;
    private bool[][] _flags;
    private int[] _runs;

    private BatchModelColumns(
        ScoringModel model, long reference, double[] fit, double[] weights, sbyte[] slotByType, bool[][] texts, bool[][] flags, int[] runs, int[] ranks, int[] slotsByRank)
    {
        _model = model;
        Reference = reference;
        _fit = fit;
        _weights = weights;
        _slotByType = slotByType;
        _texts = texts;
        _flags = flags;
        _runs = runs;
        RankOfSlot = ranks;
        SlotsByRank = slotsByRank;
    }

    /// <summary>Gets the instant, in ticks, the weights are relative to.</summary>
    public long Reference { get; }

    public double[] Fit => _fit;

    public double[] Weights => _weights;

    public sbyte[] SlotByType => _slotByType;

    /// <summary>
    /// Gets, when the model has at most <see cref="MaxRunSlots"/> activity rules, each lead's run of each rule's type:
    /// for lead <c>i</c> and rank <c>r</c> (the rules in the order of their types' codes, the order a lead's runs are
    /// summed in), the first activity at <c>[(i·<see cref="RunStride"/>) + 2r]</c> and the end after it (equal when the
    /// lead has no activity of that type); null otherwise.
    /// </summary>
    public int[]? Runs => RunStride == 0 ? null : _runs;

    /// <summary>Gets how many ints of <see cref="Runs"/> each lead has: two per activity rule, or 0 when runs are not kept.</summary>
    public int RunStride => SlotsByRank.Length is > 0 and <= MaxRunSlots ? 2 * SlotsByRank.Length : 0;

    /// <summary>Gets the model's engagement slots in the order of their types' codes.</summary>
    public int[] SlotsByRank { get; }

    /// <summary>Gets each slot's place in <see cref="SlotsByRank"/>.</summary>
    private int[] RankOfSlot { get; }

    /// <summary>Computes everything for the whole batch, on up to <paramref name="threads"/> threads.</summary>
    public static BatchModelColumns Create(LeadBatch batch, ScoringModel model, long reference, int threads)
    {
        var (ranks, slotsByRank) = Ranks(model);
        var stride = slotsByRank.Length is > 0 and <= MaxRunSlots ? 2 * slotsByRank.Length : 0;
        var columns = new BatchModelColumns(
            model, reference, new double[batch.Starts.Length], new double[batch.Ticks.Length], [], [], [], new int[batch.Starts.Length * stride], ranks, slotsByRank);
        columns.Extend(batch);
        Run(batch.Count, threads, (start, end) =>
        {
            var lookups = columns.Lookups(batch);
            var fit = model.CompiledFit;
            var rows = batch.Rows;
            for (var i = start; i < end; i++)
            {
                columns._fit[i] = fit.Points(rows[i], lookups);
                columns.WriteWeights(batch, i);
                columns.WriteRuns(batch, i);
            }
        });
        return columns;
    }

    /// <summary>The same model's columns with the weights computed around another reference instant (the fit is shared).</summary>
    public BatchModelColumns Rebased(LeadBatch batch, long reference, int threads)
    {
        var columns = new BatchModelColumns(_model, reference, _fit, new double[_weights.Length], _slotByType, _texts, _flags, _runs, RankOfSlot, SlotsByRank);
        Run(batch.Count, threads, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                columns.WriteWeights(batch, i);
            }
        });
        return columns;
    }

    /// <summary>Brings lead <paramref name="index"/> (added or replaced) up to date, and the lookups up to the batch's values.</summary>
    public void Patch(LeadBatch batch, int index)
    {
        if (_fit.Length < batch.Starts.Length)
        {
            Array.Resize(ref _fit, batch.Starts.Length);
        }

        if (_weights.Length < batch.Ticks.Length)
        {
            Array.Resize(ref _weights, batch.Ticks.Length);
        }

        if (_runs.Length < batch.Starts.Length * RunStride)
        {
            Array.Resize(ref _runs, batch.Starts.Length * RunStride);
        }

        Extend(batch);
        _fit[index] = _model.CompiledFit.Points(batch.Rows[index], Lookups(batch));
        WriteWeights(batch, index);
        WriteRuns(batch, index);
    }

    /// <summary>Moves the weights as the batch moved its activities (<c>From</c>, <c>To</c>, <c>Count</c> per lead).</summary>
    public void Compact((int From, int To, int Count)[] moves, int capacity)
    {
        var weights = new double[capacity];
        var stride = RunStride;
        for (var i = 0; i < moves.Length; i++)
        {
            var (from, to, count) = moves[i];
            Array.Copy(_weights, from, weights, to, count);
            for (var r = i * stride; r < (i + 1) * stride; r += 2)
            {
                if (_runs[r] != _runs[r + 1])
                {
                    _runs[r] += to - from;
                    _runs[r + 1] += to - from;
                }
            }
        }

        _weights = weights;
    }

    /// <summary>Runs <paramref name="body"/> over <c>[0, count)</c> in a few large contiguous chunks.</summary>
    public static void Run(int count, int threads, Action<int, int> body, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.CanBeCanceled)
        {
            // In slices of 4,096 leads, so that a cancellation is seen soon and costs nothing per lead.
            var whole = body;
            body = (start, end) =>
            {
                for (var from = start; from < end; from += 4_096)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    whole(from, Math.Min(end, from + 4_096));
                }
            };
        }

        // Stryker disable once all : any number of chunks covers [0, count) once, and each lead's result is the same
        var chunks = Math.Min(count, count < 65_536 ? threads : threads * 4);

        // Stryker disable once Equality,Logical,Boolean,Block : one chunk on this thread or Parallel.For give the same results, and both see a cancelled token
        if (chunks <= 1 || threads <= 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            body(0, count);
            return;
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, chunk =>
            body((int)((long)count * chunk / chunks), (int)((long)count * (chunk + 1) / chunks)));
    }

    private BatchFitLookups Lookups(LeadBatch batch) => new(_texts, _flags, [.. batch.Currencies]);

    /// <summary>Answers the model's text and flag rules for the batch's values not answered yet, and maps its new activity types.</summary>
    private void Extend(LeadBatch batch)
    {
        var fit = _model.CompiledFit;
        if (_texts.Length != fit.Texts.Length)
        {
            _texts = [.. fit.Texts.Select(_ => Array.Empty<bool>())];
        }

        if (_flags.Length != fit.Flags.Length)
        {
            _flags = [.. fit.Flags.Select(_ => Array.Empty<bool>())];
        }

        for (var t = 0; t < fit.Texts.Length; t++)
        {
            var rule = fit.Texts[t];
            var known = _texts[t].Length;
            if (rule.Field == LeadTextField.EmailDomain)
            {
                var domains = batch.TextValues(LeadTextField.EmailDomain);
                var sets = batch.DomainSets;
                if (known < sets.Count)
                {
                    Array.Resize(ref _texts[t], sets.Count);
                    for (var id = known; id < sets.Count; id++)
                    {
                        _texts[t][id] = AnyMatches(rule, sets[id], domains);
                    }
                }
            }
            else
            {
                var values = batch.TextValues(rule.Field);
                if (known < values.Length)
                {
                    Array.Resize(ref _texts[t], values.Length);
                    for (var id = Math.Max(1, known); id < values.Length; id++)
                    {
                        _texts[t][id] = rule.MatchesValue(values[id]);
                    }
                }
            }
        }

        for (var f = 0; f < fit.Flags.Length; f++)
        {
            var name = fit.Flags[f].CustomField;
            var sets = batch.FlagSets;
            var known = _flags[f].Length;
            if (known < sets.Count)
            {
                Array.Resize(ref _flags[f], sets.Count);
                for (var id = known; id < sets.Count; id++)
                {
                    _flags[f][id] = Array.BinarySearch(sets[id], name, StringComparer.Ordinal) >= 0;
                }
            }
        }

        if (_slotByType.Length < batch.TypeCount)
        {
            var known = _slotByType.Length;
            Array.Resize(ref _slotByType, batch.TypeCount);
            for (var type = known; type < batch.TypeCount; type++)
            {
                _slotByType[type] = (sbyte)_model.SlotOf(batch.TypeAt(type).Code);
            }
        }
    }

    /// <summary>Whether a text rule on the e-mail domain holds for any domain of a set.</summary>
    private static bool AnyMatches(TextRule rule, int[] set, ReadOnlySpan<string> domains)
    {
        foreach (var domain in set)
        {
            if (rule.MatchesValue(domains[domain]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes lead <paramref name="index"/>'s weights: within each run of one scored type, the running sum of e^(λ(t − R)).</summary>
    private void WriteWeights(LeadBatch batch, int index)
    {
        var ticks = batch.Ticks;
        var types = batch.TypeIds;
        var decay = _model.SlotDecayPerTick;
        var start = batch.Starts[index];
        var end = start + batch.Counts[index];
        var sum = 0.0;
        for (var j = start; j < end; j++)
        {
            if (j == start || types[j] != types[j - 1])
            {
                sum = 0;
            }

            var slot = _slotByType[types[j]];
            if (slot >= 0)
            {
                var rate = decay[slot];
                sum += rate == 0 ? 1 : Math.Exp((ticks[j] - Reference) * rate);
            }

            _weights[j] = sum;
        }
    }

    /// <summary>The model's slots ranked by their types' codes, and each slot's rank.</summary>
    private static (int[] Ranks, int[] SlotsByRank) Ranks(ScoringModel model)
    {
        var rules = model.Engagement;
        var slotsByRank = Enumerable.Range(0, rules.Length).OrderBy(slot => rules[slot].Type.Code).ToArray();
        var ranks = new int[rules.Length];
        for (var rank = 0; rank < slotsByRank.Length; rank++)
        {
            ranks[slotsByRank[rank]] = rank;
        }

        return (ranks, slotsByRank);
    }

    /// <summary>Writes lead <paramref name="index"/>'s run of each rule's type into <see cref="Runs"/>, when they are kept.</summary>
    private void WriteRuns(LeadBatch batch, int index)
    {
        var stride = RunStride;
        if (stride == 0)
        {
            return;
        }

        var runs = _runs.AsSpan(index * stride, stride);
        runs.Clear();
        var types = batch.TypeIds;
        var start = batch.Starts[index];
        var end = start + batch.Counts[index];
        var j = start;
        while (j < end)
        {
            var type = types[j];
            var k = j + 1;
            while (k < end && types[k] == type)
            {
                k++;
            }

            var slot = _slotByType[type];
            if (slot >= 0)
            {
                var rank = RankOfSlot[slot];
                runs[2 * rank] = j;
                runs[(2 * rank) + 1] = k;
            }

            j = k;
        }
    }

    /// <summary>Keeps a model's columns for one batch; swapped whole when they are computed around another instant.</summary>
    internal sealed class Holder
    {
        private BatchModelColumns? _columns;

        public BatchModelColumns? Columns
        {
            get => Volatile.Read(ref _columns);
            set => Volatile.Write(ref _columns, value);
        }

        public Lock Gate { get; } = new();
    }
}
