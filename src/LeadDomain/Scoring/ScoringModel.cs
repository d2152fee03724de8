using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using LeadDomain.Diagnostics;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>
/// An explainable lead scoring model: fit rules on who the lead is, engagement rules on what it did (decayed with a
/// half-life), caps per group, a 0-100 total, a rating (Hot / Warm / Cold) and a grade (A-D). Build one with
/// <see cref="CreateBuilder"/> or load one from JSON with <see cref="ScoringModelJson"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: build it once and share it. The rules are compiled when the model is built (text
/// patterns folded and grouped by length, one multi-term search per contains-any rule, one table of points for all
/// the source, timeframe, decision-maker and presence rules together, decay rates per activity type), so scoring a
/// lead reads each field at most once per rule and each activity once, allocates nothing, and gives the same score for the same lead and
/// instant, always.
/// </remarks>
public sealed partial class ScoringModel
{
    // Activity types with a code below this are looked up in an array; a host's larger codes in a dictionary.
    private const int DirectCodes = 64;

    private readonly FitRule[] _fit;
    private readonly CompiledFit _compiledFit;

    // One slot per engagement rule, in rule order.
    private readonly sbyte[] _slotByCode = new sbyte[DirectCodes];
    private readonly Dictionary<int, int> _slotByLargeCode = [];
    private readonly double[] _points;
    private readonly long[] _windowTicks;
    private readonly double[] _decayPerTick;
    private readonly long[] _capPeriodTicks;
    private readonly double[] _capPoints;
    private readonly bool _anyCap;
    private readonly double _totalPerPoint;

    internal ScoringModel(
        FitRule[] fit, ActivityRule[] engagement, double fitCap, double engagementCap, int hot, int warm, int gradeA, int gradeB, int gradeC)
    {
        _fit = fit;
        _compiledFit = new CompiledFit(fit);
        Engagement = engagement;
        FitCap = fitCap;
        EngagementCap = engagementCap;
        HotThreshold = hot;
        WarmThreshold = warm;
        GradeAThreshold = gradeA;
        GradeBThreshold = gradeB;
        GradeCThreshold = gradeC;
        _totalPerPoint = 100.0 / (fitCap + engagementCap);
        Array.Fill(_slotByCode, (sbyte)-1);
        _points = new double[engagement.Length];
        _windowTicks = new long[engagement.Length];
        _decayPerTick = new double[engagement.Length];
        _capPeriodTicks = new long[engagement.Length];
        _capPoints = new double[engagement.Length];
        for (var slot = 0; slot < engagement.Length; slot++)
        {
            var rule = engagement[slot];
            if (rule.Type.Code < DirectCodes)
            {
                _slotByCode[rule.Type.Code] = (sbyte)slot;
            }
            else
            {
                _slotByLargeCode[rule.Type.Code] = slot;
            }

            _points[slot] = rule.Points;
            _windowTicks[slot] = rule.Window.BclCompatibleTicks;
            _decayPerTick[slot] = rule.HalfLife is { } halfLife ? Math.Log(2) / halfLife.BclCompatibleTicks : 0;
            if (rule.Cap is { } cap)
            {
                _capPeriodTicks[slot] = cap.Period.BclCompatibleTicks;
                _capPoints[slot] = cap.MaxPoints;
                _anyCap = true;
            }
        }
    }

    /// <summary>Gets the most points the fit rules can give together.</summary>
    public double FitCap { get; }

    /// <summary>Gets the most points the engagement rules can give together.</summary>
    public double EngagementCap { get; }

    /// <summary>Gets the lowest total rated Hot.</summary>
    public int HotThreshold { get; }

    /// <summary>Gets the lowest total rated Warm.</summary>
    public int WarmThreshold { get; }

    /// <summary>Gets the lowest total graded A.</summary>
    public int GradeAThreshold { get; }

    /// <summary>Gets the lowest total graded B.</summary>
    public int GradeBThreshold { get; }

    /// <summary>Gets the lowest total graded C.</summary>
    public int GradeCThreshold { get; }

    /// <summary>Gets the names of the rules, fit rules first, in the order they were added.</summary>
    public IReadOnlyList<string> RuleNames => [.. _fit.Select(r => r.Name), .. Engagement.Select(r => r.Name)];

    internal IReadOnlyList<FitRule> Fit => _fit;

    internal ActivityRule[] Engagement { get; }

    /// <summary>Starts a new model.</summary>
    /// <returns>A builder with the default caps (fit 60, engagement 40) and thresholds (Hot 70, Warm 40; A 75, B 50, C 25).</returns>
    public static ScoringModelBuilder CreateBuilder() => new();

    /// <summary>Scores a lead at an instant.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="at">The instant engagement is decayed to; activities after it do not count.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public LeadScore Score(Lead lead, Instant at)
    {
        Guard.Against.Null(lead);
        return ScoreCore(lead, at.ToUnixTimeTicks());
    }

    /// <summary>Scores lead data that is not (or not yet) a <see cref="Lead"/>, such as a stored snapshot's details and activities.</summary>
    /// <param name="details">The details.</param>
    /// <param name="activities">The activity log.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public LeadScore Score(LeadDetails details, ReadOnlySpan<LeadActivity> activities, Instant at)
    {
        Guard.Against.Null(details);
        return ScoreCore(details, null, activities, at.ToUnixTimeTicks());
    }

    /// <summary>Scores a lead and lists every rule that gave points, largest contribution first.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <returns>The score with its reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public ScoreExplanation Explain(Lead lead, Instant at)
    {
        Guard.Against.Null(lead);
        var details = lead.Details;
        var folded = lead.FoldedText;
        var reasons = new List<ScoreReason>();
        foreach (var rule in _fit)
        {
            if (rule.Matches(details, folded))
            {
                reasons.Add(new ScoreReason(rule.Name, ScoreGroup.Fit, rule.Points));
            }
        }

        var atTicks = at.ToUnixTimeTicks();
        var bySlot = new double[Engagement.Length];
        var seen = new bool[Engagement.Length];
        EngagementBySlot(lead.ActivitySpan, atTicks, bySlot, seen);
        for (var slot = 0; slot < bySlot.Length; slot++)
        {
            if (seen[slot])
            {
                reasons.Add(new ScoreReason(Engagement[slot].Name, ScoreGroup.Engagement, bySlot[slot]));
            }
        }

        reasons.Sort(static (x, y) =>
        {
            var bySize = Math.Abs(y.Points).CompareTo(Math.Abs(x.Points));
            return bySize != 0 ? bySize : string.CompareOrdinal(x.Rule, y.Rule);
        });
        return new ScoreExplanation(ScoreCore(lead, atTicks), reasons);
    }

    /// <summary>Scores many leads on this thread into a destination the caller owns; allocates nothing.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="destination">Where score <c>i</c> is written for lead <c>i</c>; at least as long as <paramref name="leads"/>.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="leads"/>, or a lead is null.</exception>
    public void Score(ReadOnlySpan<Lead> leads, Span<LeadScore> destination, Instant at)
    {
        CheckDestination(leads.Length, destination.Length);
        ScoreSpan(leads, destination, 0, at.ToUnixTimeTicks());
    }

    /// <summary>
    /// Scores many leads on all cores into a destination the caller owns. Gives exactly what <see cref="Score(ReadOnlySpan{Lead}, Span{LeadScore}, Instant)"/>
    /// gives; allocates a few objects per call for the partitioning, none per lead.
    /// </summary>
    /// <param name="leads">The leads (an array or a list).</param>
    /// <param name="destination">Where score <c>i</c> is written for lead <c>i</c>; at least as long as <paramref name="leads"/>.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <param name="maxDegreeOfParallelism">How many threads at most; null for all cores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> or <paramref name="destination"/> is null.</exception>
    /// <param name="cancellationToken">Stops the scoring (checked every 4,096 leads of each thread); the scores written so far stand.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="leads"/>, or a lead is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first parameter's type (a list of leads or a batch), so no call is ambiguous.")]
    public void ScoreParallel(IReadOnlyList<Lead> leads, LeadScore[] destination, Instant at, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(leads);
        Guard.Against.Null(destination);
        CheckDestination(leads.Count, destination.Length);
        using var activity = LeadDomainActivities.Start("LeadDomain.ScoreParallel");
        activity?.SetTag("leaddomain.leads", leads.Count);
        var threads = Math.Max(1, maxDegreeOfParallelism ?? Environment.ProcessorCount);
        var atTicks = at.ToUnixTimeTicks();
        var count = leads.Count;

        // Few, large, contiguous chunks: each worker walks its own range with no per-lead scheduling or allocation.
        // Small sets: one chunk per thread, or the scheduling costs more than the scoring.
        // Stryker disable once Conditional,Equality : threads or four times as many chunks; either covers [0, count) once and each lead gets the same score
        var chunks = Math.Min(count, count < 65_536 ? threads : threads * 4);
        if (chunks <= 1 || threads == 1)
        {
            ScoreRange(leads, destination, 0, count, atTicks, cancellationToken);
            // Stryker disable once Statement : without it the parallel path below scores the same leads again, to the same scores
            return;
        }

        // Refuse a null lead here, by its index, rather than as one of several errors wrapped by the workers.
        for (var i = 0; i < count; i++)
        {
            if (leads[i] is null)
            {
                throw new ArgumentException($"Lead {i} is null.", nameof(leads));
            }
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, chunk =>
        {
            var start = (int)((long)count * chunk / chunks);
            var end = (int)((long)count * (chunk + 1) / chunks);
            ScoreRange(leads, destination, start, end, atTicks, cancellationToken);
        });
    }

    /// <summary>Scores leads as they stream by, for sets that do not fit in memory; one lead is held at a time.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <returns>Each lead with its score, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    public IEnumerable<ScoredLead> ScoreEach(IEnumerable<Lead> leads, Instant at)
    {
        Guard.Against.Null(leads);
        return Stream(leads, at.ToUnixTimeTicks());
    }

    /// <summary>Scores leads as they arrive from an asynchronous source, such as a database reader.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>Each lead with its score, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    public IAsyncEnumerable<ScoredLead> ScoreEachAsync(IAsyncEnumerable<Lead> leads, Instant at, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(leads);
        return StreamAsync(leads, at.ToUnixTimeTicks(), cancellationToken);
    }

    private IEnumerable<ScoredLead> Stream(IEnumerable<Lead> leads, long atTicks)
    {
        foreach (var lead in leads)
        {
            Guard.Against.Null(lead, nameof(leads));
            yield return new ScoredLead(lead, ScoreCore(lead, atTicks));
        }
    }

    private async IAsyncEnumerable<ScoredLead> StreamAsync(
        IAsyncEnumerable<Lead> leads, long atTicks, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Stryker disable once Boolean : which context the next lead is awaited on changes no score
        await foreach (var lead in leads.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Guard.Against.Null(lead, nameof(leads));
            yield return new ScoredLead(lead, ScoreCore(lead, atTicks));
        }
    }

    private void ScoreRange(IReadOnlyList<Lead> leads, LeadScore[] destination, int start, int end, long atTicks, CancellationToken cancellationToken)
    {
        // In slices of 4,096 leads, so that a cancellation is seen soon and costs nothing per lead.
        const int Slice = 4_096;
        for (var from = start; from < end; from += Slice)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ScoreRange(leads, destination, from, Math.Min(end, from + Slice), atTicks);
        }
    }

    private void ScoreRange(IReadOnlyList<Lead> leads, LeadScore[] destination, int start, int end, long atTicks)
    {
        // An array (the usual input) is walked as a span: no interface call per lead.
        if (leads is Lead[] array)
        {
            ScoreSpan(array.AsSpan(start, end - start), destination.AsSpan(start, end - start), start, atTicks);
            return;
        }

        for (var i = start; i < end; i++)
        {
            var lead = leads[i] ?? throw new ArgumentException($"Lead {i} is null.", nameof(leads));
            destination[i] = ScoreCore(lead, atTicks);
        }
    }

    /// <summary>Scores <paramref name="leads"/> into <paramref name="destination"/>; <paramref name="firstIndex"/> is the index of the first lead in the caller's input, for errors.</summary>
    private void ScoreSpan(ReadOnlySpan<Lead> leads, Span<LeadScore> destination, int firstIndex, long atTicks)
    {
        for (var i = 0; i < leads.Length; i++)
        {
            var lead = leads[i] ?? throw new ArgumentException($"Lead {firstIndex + i} is null.", nameof(leads));
            destination[i] = ScoreCore(lead, atTicks);
        }
    }

    private LeadScore ScoreCore(Lead lead, long atTicks)
    {
        var score = ScoreCore(lead.Details, lead.FoldedText, lead.ActivitySpan, atTicks);
        lead.Lifecycle.Metrics?.Scored(score.Total);
        return score;
    }

    private LeadScore ScoreCore(LeadDetails details, FoldedLeadText? folded, ReadOnlySpan<LeadActivity> activities, long atTicks) =>
        Finish(_compiledFit.Points(details, folded), EngagementPoints(activities, atTicks));

    /// <summary>The engagement points of an activity log at an instant, before the cap: the one definition every path ends in.</summary>
    internal double EngagementPoints(ReadOnlySpan<LeadActivity> activities, long atTicks)
    {
        var engagement = 0.0;
        if (_anyCap)
        {
            // Stryker disable once Conditional,Equality : on the stack or the heap, the same sums
            Span<double> bySlot = Engagement.Length <= 32 ? stackalloc double[Engagement.Length] : new double[Engagement.Length];
            // Stryker disable once Conditional,Equality : on the stack or the heap, the same flags
            Span<bool> seen = Engagement.Length <= 32 ? stackalloc bool[Engagement.Length] : new bool[Engagement.Length];
            EngagementBySlot(activities, atTicks, bySlot, seen);
            foreach (var points in bySlot)
            {
                engagement += points;
            }
        }
        else
        {
            foreach (var activity in activities)
            {
                // Plain tests rather than a pattern's variable, which a mutant of the test would leave unassigned (Stryker
                // then drops every mutant of the method).
                var slot = SlotOf(activity.Type.Code);
                if (slot < 0)
                {
                    continue;
                }

                var decayed = Decayed(activity, slot, atTicks);
                if (decayed.HasValue)
                {
                    engagement += decayed.GetValueOrDefault();
                }
            }
        }

        return engagement;
    }

    /// <summary>Caps the fit and engagement points and derives the total, rating and grade from them.</summary>
    internal LeadScore Finish(double fit, double engagement)
    {
        fit = Math.Clamp(fit, 0, FitCap);
        engagement = Math.Clamp(engagement, 0, EngagementCap);
        var total = (int)Math.Round((fit + engagement) * _totalPerPoint, MidpointRounding.AwayFromZero);
        total = Math.Clamp(total, 0, 100);
        var rating = total >= HotThreshold ? LeadRating.Hot : total >= WarmThreshold ? LeadRating.Warm : LeadRating.Cold;
        var grade = total >= GradeAThreshold ? LeadGrade.A : total >= GradeBThreshold ? LeadGrade.B : total >= GradeCThreshold ? LeadGrade.C : LeadGrade.D;
        return new LeadScore(total, fit, engagement, rating, grade);
    }

    /// <summary>
    /// Sums each rule's decayed points; a capped rule's points are summed per period (counted back from the scoring
    /// instant) and each period's sum clamped to the cap before it is added.
    /// </summary>
    private void EngagementBySlot(ReadOnlySpan<LeadActivity> activities, long atTicks, Span<double> bySlot, Span<bool> seen)
    {
        List<(int Slot, long Period, double Points)>? capped = null;
        foreach (var activity in activities)
        {
            // Plain tests rather than a pattern's variable, which a mutant of the test would leave unassigned (Stryker
            // then drops every mutant of the method).
            var slot = SlotOf(activity.Type.Code);
            if (slot < 0)
            {
                continue;
            }

            var decayed = Decayed(activity, slot, atTicks);
            if (!decayed.HasValue)
            {
                continue;
            }

            var points = decayed.GetValueOrDefault();

            seen[slot] = true;
            if (_capPeriodTicks[slot] == 0)
            {
                bySlot[slot] += points;
            }
            else
            {
                capped ??= [];
                capped.Add((slot, (atTicks - activity.At.ToUnixTimeTicks()) / _capPeriodTicks[slot], points));
            }
        }

        if (capped is null)
        {
            return;
        }

        capped.Sort(static (x, y) => x.Slot != y.Slot ? x.Slot.CompareTo(y.Slot) : x.Period != y.Period ? x.Period.CompareTo(y.Period) : 0);
        var i = 0;
        while (i < capped.Count)
        {
            var (slot, period, _) = capped[i];
            var sum = 0.0;
            for (; i < capped.Count && capped[i].Slot == slot && capped[i].Period == period; i++)
            {
                sum += capped[i].Points;
            }

            bySlot[slot] += Math.Clamp(sum, -_capPoints[slot], _capPoints[slot]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int SlotOf(int code) =>
        (uint)code < DirectCodes ? _slotByCode[code] : _slotByLargeCode.TryGetValue(code, out var slot) ? slot : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double? Decayed(LeadActivity activity, int slot, long atTicks)
    {
        var age = atTicks - activity.At.ToUnixTimeTicks();
        if (age < 0 || age > _windowTicks[slot])
        {
            return null;
        }

        var decay = _decayPerTick[slot];
        return decay == 0 ? _points[slot] : _points[slot] * Math.Exp(-age * decay);
    }

    private static void CheckDestination(int leads, int destination)
    {
        if (destination < leads)
        {
            throw new ArgumentException($"The destination holds {destination} scores but there are {leads} leads.", nameof(destination));
        }
    }
}
