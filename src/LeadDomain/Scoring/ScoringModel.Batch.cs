using Ardalis.GuardClauses;
using LeadDomain.Diagnostics;
using NodaTime;

namespace LeadDomain.Scoring;

/// <summary>Scoring a prepared <see cref="LeadBatch"/>, and what <see cref="BatchScorer"/> reads of the compiled model.</summary>
public sealed partial class ScoringModel
{
    /// <summary>Gets the compiled fit rules.</summary>
    internal CompiledFit CompiledFit => _compiledFit;

    /// <summary>Gets the points of a fresh activity, per engagement slot.</summary>
    internal ReadOnlySpan<double> SlotPoints => _points;

    /// <summary>Gets each slot's window in ticks.</summary>
    internal ReadOnlySpan<long> SlotWindowTicks => _windowTicks;

    /// <summary>Gets each slot's decay rate per tick (ln 2 over the half-life); 0 for no decay.</summary>
    internal ReadOnlySpan<double> SlotDecayPerTick => _decayPerTick;

    /// <summary>Gets each slot's cap period in ticks; 0 for no cap.</summary>
    internal ReadOnlySpan<long> SlotCapPeriodTicks => _capPeriodTicks;

    /// <summary>Gets each slot's cap in points per period.</summary>
    internal ReadOnlySpan<double> SlotCapPoints => _capPoints;

    /// <summary>Gets what one point adds to the total before rounding: 100 over the sum of the caps.</summary>
    internal double TotalPerPoint => _totalPerPoint;

    /// <summary>
    /// Scores every lead of a prepared batch into a destination the caller owns, on this thread; the way to score
    /// many leads again and again. The first scoring of a batch with this model also computes what the model keeps with
    /// the batch (fit points, decay weights); later ones read only each lead's activities in the windows. Allocates
    /// nothing per lead. <see cref="LeadBatch"/> says exactly how the scores compare with <see cref="Score(Leads.Lead, Instant)"/>.
    /// </summary>
    /// <param name="batch">The leads.</param>
    /// <param name="destination">Where score <c>i</c> is written for lead <c>i</c> of the batch; at least as long as the batch.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the batch.</exception>
    /// <exception cref="InvalidOperationException">The batch is being written (a lead added or updated) at the same time.</exception>
    public void Score(LeadBatch batch, Span<LeadScore> destination, Instant at)
    {
        Guard.Against.Null(batch);
        CheckDestination(batch.Count, destination.Length);
        BatchScorer.Score(this, batch, destination, at.ToUnixTimeTicks());
    }

    /// <summary>
    /// Scores every lead of a prepared batch on all cores; gives exactly what <see cref="Score(LeadBatch, Span{LeadScore}, Instant)"/> gives.
    /// </summary>
    /// <param name="batch">The leads.</param>
    /// <param name="destination">Where score <c>i</c> is written for lead <c>i</c> of the batch; at least as long as the batch.</param>
    /// <param name="at">The instant engagement is decayed to.</param>
    /// <param name="maxDegreeOfParallelism">How many threads at most; null for all cores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="destination"/> is null.</exception>
    /// <param name="cancellationToken">Stops the scoring (checked every 4,096 leads of each thread); the scores written so far stand.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the batch.</exception>
    /// <exception cref="InvalidOperationException">The batch is being written (a lead added or updated) at the same time.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first parameter's type (a batch or a list of leads), so no call is ambiguous.")]
    public void ScoreParallel(LeadBatch batch, LeadScore[] destination, Instant at, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(batch);
        Guard.Against.Null(destination);
        CheckDestination(batch.Count, destination.Length);
        using var activity = LeadDomainActivities.Start("LeadDomain.ScoreParallel");
        activity?.SetTag("leaddomain.leads", batch.Count);
        // Stryker disable once Linq,NullCoalescing : any number of threads gives the scores one thread gives
        BatchScorer.ScoreParallel(this, batch, destination, at.ToUnixTimeTicks(), Math.Max(1, maxDegreeOfParallelism ?? Environment.ProcessorCount), cancellationToken);
    }
}
