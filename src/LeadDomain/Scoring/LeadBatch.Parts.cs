using System.Buffers;
using System.Runtime.ExceptionServices;
using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>
/// Building a batch from a list in parts, a few per core: each part folds its own range of leads into the shared lead
/// columns with distinct values and activity columns of its own; then the parts' distinct values are added to the
/// first part's, in part order, and each part's ids and activities are rewritten into the batch's. A value gets the id
/// it would get if the leads were added one by one, so the batch is the one a single thread builds, id for id.
/// </summary>
public sealed partial class LeadBatch
{
    /// <summary>The fewest leads a part is given: below, starting the threads costs more than they save.</summary>
    internal const int MinLeadsPerPart = 16_384;

    /// <summary>
    /// How many parts to build <paramref name="items"/> in: up to four per core, so that a core that gets less time than
    /// the others (a busy machine) takes fewer parts rather than holding the rest up; at least
    /// <see cref="MinLeadsPerPart"/> leads each; 1 for a stream or a single core.
    /// </summary>
    // Stryker disable once all : any number of parts builds the same batch, id for id
    private static int PartsFor<T>(IEnumerable<T> items) =>
        items is IReadOnlyList<T> list && Environment.ProcessorCount > 1
            ? Math.Clamp(Math.Min(Environment.ProcessorCount * 4, list.Count / MinLeadsPerPart), 1, 256)
            : 1;

    /// <summary>A part of a batch being built: it writes leads <c>[first, end)</c> into <paramref name="whole"/>'s lead columns.</summary>
    private LeadBatch(LeadBatch whole, int first, int end)
    {
        (_ids, _rows, _starts, _counts, _count) = (whole._ids, whole._rows, whole._starts, whole._counts, first);
        // Stryker disable once Arithmetic : a hint; the activity columns grow as needed
        (_ticks, _typeIds, _logOrder, _building, _activityHint) = ([], [], [], true, (end - first) * 4L);
        for (var k = 0; k < _lazyTexts.Length; k++)
        {
            _lazyTexts[k] = whole._lazyTexts[k];
        }
    }

    /// <summary>Appends leads <c>[start, end)</c> of <paramref name="leads"/>.</summary>
    private void AppendLeads(IReadOnlyList<Lead> leads, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var lead = leads[i];
            CheckLead(lead, nameof(leads));
            Append(lead.Id, lead.Details, lead.ActivitySpan);
        }
    }

    /// <summary>Appends snapshots <c>[start, end)</c> of <paramref name="snapshots"/>, read ahead in chunks (<see cref="AppendChunk"/>).</summary>
    private void AppendSnapshots(IReadOnlyList<LeadSnapshot> snapshots, int start, int end)
    {
        var chunk = new LeadSnapshot[TouchChunk];
        for (var from = start; from < end; from += TouchChunk)
        {
            var filled = Math.Min(TouchChunk, end - from);
            for (var s = 0; s < filled; s++)
            {
                var snapshot = snapshots[from + s];
                CheckSnapshot(snapshot, nameof(snapshots));
                chunk[s] = snapshot;
            }

            AppendChunk(chunk, filled);
        }
    }

    /// <summary>Builds a batch of <paramref name="items"/> in <paramref name="parts"/> parts at once, each appended by <paramref name="append"/>.</summary>
    private static LeadBatch FromParts<T>(IReadOnlyList<T> items, int parts, Action<LeadBatch, IReadOnlyList<T>, int, int> append)
    {
        var count = items.Count;
        var batch = new LeadBatch((int?)count);
        var pieces = new LeadBatch[parts];
        var firsts = new int[parts + 1];
        for (var p = 0; p <= parts; p++)
        {
            firsts[p] = (int)((long)count * p / parts);
        }

        pieces[0] = batch;
        // Stryker disable once Arithmetic : a hint; the activity columns grow as needed
        batch._activityHint = firsts[1] * 4L;
        for (var p = 1; p < parts; p++)
        {
            // Stryker disable once Arithmetic : the end only sizes the part's activity hint
            pieces[p] = new LeadBatch(batch, firsts[p], firsts[p + 1]);
        }

        var errors = new ArgumentException?[parts];
        // Stryker disable once Linq,Initializer : how many threads build the parts changes no part
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(parts, Environment.ProcessorCount) }, p =>
        {
            try
            {
                append(pieces[p], items, firsts[p], firsts[p + 1]);
            }
            catch (ArgumentException e)
            {
                // The error of the first bad lead, as one thread would report it, rather than an AggregateException.
                errors[p] = e;
            }
        });
        foreach (var error in errors)
        {
            if (error is not null)
            {
                ExceptionDispatchInfo.Throw(error);
            }
        }

        batch.Merge(pieces, firsts);
        return batch;
    }

    /// <summary>
    /// Adds the other parts' distinct values and activity types to this batch's, in part order, then rewrites each
    /// part's rows and activities with this batch's ids, into exact activity columns.
    /// </summary>
    private void Merge(LeadBatch[] pieces, int[] firsts)
    {
        var parts = pieces.Length;
        var offsets = new int[parts + 1];
        for (var p = 0; p < parts; p++)
        {
            offsets[p + 1] = offsets[p] + pieces[p]._activityEnd;
        }

        var maps = new PartIds[parts];
        for (var p = 1; p < parts; p++)
        {
            maps[p] = IdsOf(pieces[p]);
        }

        var total = offsets[parts];
        var ticks = GC.AllocateUninitializedArray<long>(total);
        var typeIds = GC.AllocateUninitializedArray<ushort>(total);
        var logOrder = GC.AllocateUninitializedArray<ushort>(total);
        // Stryker disable once Linq,Initializer : how many threads build the parts changes no part
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(parts, Environment.ProcessorCount) }, p =>
        {
            var piece = pieces[p];
            var (offset, n) = (offsets[p], piece._activityEnd);
            Array.Copy(piece._ticks, 0, ticks, offset, n);
            Array.Copy(piece._logOrder, 0, logOrder, offset, n);
            if (p == 0)
            {
                Array.Copy(piece._typeIds, 0, typeIds, offset, n);
            }
            else
            {
                maps[p].Rewrite(_rows, _starts, firsts[p], firsts[p + 1], offset);
                var types = maps[p].Types;
                for (var a = 0; a < n; a++)
                {
                    typeIds[offset + a] = types[piece._typeIds[a]];
                }
            }

            // Stryker disable once Statement : pooled columns not given back change nothing else
            piece.ReturnScratch();
        });

        (_ticks, _typeIds, _logOrder, _activityEnd, _count, _building, _activityHint) = (ticks, typeIds, logOrder, total, firsts[parts], false, 0);
    }

    /// <summary>Gives the rented scratch activity columns of a part back to the pools.</summary>
    private void ReturnScratch()
    {
        // Stryker disable once all : pooled columns given back or not (an empty one is dropped by the pool) change nothing else
        if (_ticks.Length != 0)
        {
            ArrayPool<long>.Shared.Return(_ticks);
            ArrayPool<ushort>.Shared.Return(_typeIds);
            ArrayPool<ushort>.Shared.Return(_logOrder);
        }

        // Stryker disable once Statement : the part is dropped after the merge, and the batch's own columns are set after it
        (_ticks, _typeIds, _logOrder) = ([], [], []);
    }

    /// <summary>Adds <paramref name="piece"/>'s distinct values to this batch's, in the order they came to the piece, and maps its ids to this batch's.</summary>
    private PartIds IdsOf(LeadBatch piece)
    {
        var texts = new int[_texts.Length][];
        for (var k = 0; k < _texts.Length; k++)
        {
            var values = piece._texts[k].Values;
            var map = texts[k] = new int[values.Length];
            for (var id = 1; id < values.Length; id++)
            {
                map[id] = _texts[k].IdOf(values[id]);
            }
        }

        var domains = texts[(int)LeadTextField.EmailDomain - 1];
        var domainSets = new int[piece._domainSets.Count];
        for (var id = 1; id < domainSets.Length; id++)
        {
            domainSets[id] = DomainSetIdOf([.. piece._domainSets[id].Select(domain => domains[domain])]);
        }

        var flagSets = new int[piece._flagSets.Count];
        for (var id = 1; id < flagSets.Length; id++)
        {
            flagSets[id] = FlagSetIdOf(piece._flagSets[id]);
        }

        var currencies = new ushort[piece._currencies.Count];
        for (var id = 1; id < currencies.Length; id++)
        {
            currencies[id] = CurrencyId(piece._currencies[id]);
        }

        var types = new ushort[piece._types.Count];
        for (var id = 0; id < types.Length; id++)
        {
            types[id] = TypeId(piece._types[id]);
        }

        return new PartIds(texts, domainSets, flagSets, currencies, types);
    }

    /// <summary>A part's ids (by field, of domain sets, flag sets, currencies and activity types) mapped to the batch's.</summary>
    private sealed record PartIds(int[][] Texts, int[] DomainSets, int[] FlagSets, ushort[] Currencies, ushort[] Types)
    {
        /// <summary>Rewrites rows <c>[start, end)</c> with the batch's ids, and moves their activities by <paramref name="offset"/>.</summary>
        public void Rewrite(LeadFitRow[] rows, int[] starts, int start, int end, int offset)
        {
            const int Domain = (int)LeadTextField.EmailDomain - 1;
            for (var i = start; i < end; i++)
            {
                ref var row = ref rows[i];
                for (var k = 0; k < Domain; k++)
                {
                    row.Texts[k] = Texts[k][row.Texts[k]];
                }

                row.Texts[Domain] = DomainSets[row.Texts[Domain]];
                row.FlagSet = FlagSets[row.FlagSet];
                row.RevenueCurrency = Currencies[row.RevenueCurrency];
                row.BudgetCurrency = Currencies[row.BudgetCurrency];
                starts[i] += offset;
            }
        }
    }
}
