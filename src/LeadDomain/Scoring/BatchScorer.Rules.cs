using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>How one engagement rule's points come from one run of a lead's activities, and the plan a scoring at one instant reads.</summary>
internal static partial class BatchScorer
{
    /// <summary>The points of one rule over one run <c>[first, last)</c> of a lead's activities of its type, and the undecayed size of what was summed.</summary>
    private static (double Points, double Size) RunPoints(in SlotPlan rule, long[] ticks, double[] weights, int first, int last, long at)
    {
        var lo = FirstAtOrAfter(ticks, first, last, rule.From);
        var hi = FirstAfter(ticks, lo, last, at);
        if (lo >= hi)
        {
            return (0, 0);
        }

        switch (rule.Mode)
        {
            case SlotMode.Summed:
                {
                    var upper = weights[hi - 1];
                    var lower = lo > first ? weights[lo - 1] : 0;
                    return (rule.Scale * (upper - lower), rule.AbsScale * upper);
                }

            case SlotMode.Capped:
                return (CappedPoints(rule, ticks, weights, first, lo, hi, at), rule.AbsScale * weights[hi - 1]);

            default:
                var size = 0.0;
                var points = DirectPoints(rule, ticks, lo, hi, at, ref size);
                return (points, size);
        }
    }

    /// <summary>A capped rule's points: the window's activities grouped into periods counted back from the instant, each period's sum clamped.</summary>
    private static double CappedPoints(in SlotPlan rule, long[] ticks, double[] weights, int runStart, int lo, int hi, long at)
    {
        var points = 0.0;
        var a = hi - 1;
        while (a >= lo)
        {
            var period = (at - ticks[a]) / rule.Period;

            // Period p holds the activities with at − (p + 1)·P < t ≤ at − p·P.
            var edge = at - ((period + 1) * rule.Period);
            var b = a;
            while (b > lo && ticks[b - 1] > edge)
            {
                b--;
            }

            var lower = b > runStart ? weights[b - 1] : 0;
            points += Math.Clamp(rule.Scale * (weights[a] - lower), -rule.Cap, rule.Cap);
            a = b - 1;
        }

        return points;
    }

    /// <summary>
    /// A rule's points activity by activity, each term computed with the very expression of the one-lead path (so each
    /// is the same to the bit); with a cap, per period as there. Adds the terms' absolute values to <paramref name="size"/>.
    /// </summary>
    private static double DirectPoints(in SlotPlan rule, long[] ticks, int lo, int hi, long at, ref double size)
    {
        var points = 0.0;
        var periodSum = 0.0;
        var currentPeriod = -1L;
        for (var a = hi - 1; a >= lo; a--)
        {
            var age = at - ticks[a];
            var term = rule.Points * Math.Exp(-age * rule.Decay);
            size += Math.Abs(term);
            if (rule.Period == 0)
            {
                points += term;
                continue;
            }

            var period = age / rule.Period;
            if (period != currentPeriod)
            {
                points += currentPeriod < 0 ? 0 : Math.Clamp(periodSum, -rule.Cap, rule.Cap);
                (currentPeriod, periodSum) = (period, 0);
            }

            periodSum += term;
        }

        return currentPeriod < 0 ? points : points + Math.Clamp(periodSum, -rule.Cap, rule.Cap);
    }

    /// <summary>The first index in <c>[lo, hi)</c> whose ticks are at least <paramref name="value"/> (<paramref name="hi"/> if none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstAtOrAfter(long[] ticks, int lo, int hi, long value)
    {
        while (hi - lo > 4)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (ticks[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        while (lo < hi && ticks[lo] < value)
        {
            lo++;
        }

        return lo;
    }

    /// <summary>The first index in <c>[lo, hi)</c> whose ticks are after <paramref name="value"/> (<paramref name="hi"/> if none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstAfter(long[] ticks, int lo, int hi, long value)
    {
        while (hi - lo > 4)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (ticks[mid] <= value)
            {
                // Stryker disable once Arithmetic : a lower start; the linear scan below moves past it
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        while (lo < hi && ticks[lo] <= value)
        {
            lo++;
        }

        return lo;
    }

    private enum SlotMode
    {
        /// <summary>Decayed points from the kept running sums.</summary>
        Summed,

        /// <summary>The same, per cap period, each period clamped.</summary>
        Capped,

        /// <summary>Activity by activity, as the one-lead path: the window spans too many half-lives for kept weights.</summary>
        Direct,
    }

    /// <summary>One engagement rule as one scoring reads it.</summary>
    private readonly record struct SlotPlan(SlotMode Mode, long From, double Scale, double AbsScale, double Points, double Decay, long Period, double Cap);

    /// <summary>Every engagement rule as one scoring at one instant reads it.</summary>
    private sealed class Plan
    {
        public Plan(ScoringModel model, long reference, long at)
        {
            var points = model.SlotPoints;
            var decay = model.SlotDecayPerTick;
            var window = model.SlotWindowTicks;
            var period = model.SlotCapPeriodTicks;
            var cap = model.SlotCapPoints;
            Slots = new SlotPlan[points.Length];
            for (var slot = 0; slot < Slots.Length; slot++)
            {
                var rate = decay[slot];
                var summed = rate == 0 || rate * ((double)Math.Abs(reference - at) + window[slot]) < BatchModelColumns.MaxExponent;
                var mode = !summed ? SlotMode.Direct : period[slot] != 0 ? SlotMode.Capped : SlotMode.Summed;
                var scale = rate == 0 ? points[slot] : points[slot] * Math.Exp((reference - at) * rate);
                Slots[slot] = new SlotPlan(mode, at - window[slot], scale, Math.Abs(scale), points[slot], rate, period[slot], cap[slot]);
            }
        }

        public SlotPlan[] Slots { get; }

        /// <summary>The slots' plans in the order <paramref name="slotsByRank"/> gives.</summary>
        public SlotPlan[] ByRank(int[] slotsByRank)
        {
            var byRank = new SlotPlan[slotsByRank.Length];
            for (var rank = 0; rank < byRank.Length; rank++)
            {
                byRank[rank] = Slots[slotsByRank[rank]];
            }

            return byRank;
        }
    }
}
