using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Bulk;

/// <summary>
/// One lifecycle operation to apply to many leads (Dynamics 365's list Qualify and <c>ExecuteMultiple</c>, Salesforce's
/// <c>convertLead(list)</c>): build it once with a factory, then run it over a span, a list or a stream of leads. Each
/// run returns one <see cref="LeadOutcome"/> per lead, in input order, and never throws for one lead's refusal.
/// </summary>
/// <remarks>
/// Each lead is changed atomically, by the same method a single change uses (<see cref="Lead.Qualify"/>,
/// <see cref="ConversionMap.Convert"/>, ...): a refused lead is left exactly as it was, and the others go on. Business
/// refusals (<see cref="OperationRefusedException"/>) and problems with one lead's arguments (<see cref="ArgumentException"/>,
/// a null lead) become outcomes; a null argument for the whole call throws. A lead being changed by another thread at
/// the same time is a caller bug and throws, as it does for a single change. Cancelling stops before the next lead with
/// an <see cref="OperationCanceledException"/>; the leads before it keep their changes. An operation is immutable and
/// thread-safe; runs on disjoint leads may go in parallel.
/// </remarks>
public sealed class BulkOperation
{
    private readonly string _name;
    private readonly Func<Lead, ConversionResult?> _apply;

    private BulkOperation(string name, Func<Lead, ConversionResult?> apply) => (_name, _apply) = (name, apply);

    /// <summary>An operation with no conversion record to return.</summary>
    private static BulkOperation Of(string name, Action<Lead> act) => new(name, lead =>
    {
        act(lead);
        return null;
    });

    /// <summary>Qualifies each lead (<see cref="Lead.Qualify"/>).</summary>
    /// <param name="actingUser">Who qualifies the leads.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    public static BulkOperation Qualify(string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        return Of(nameof(Qualify), lead => lead.Qualify(actingUser));
    }

    /// <summary>Disqualifies each lead with a reason (<see cref="Lead.Disqualify(DisqualificationReason, string)"/>).</summary>
    /// <param name="reason">Why; a reason the leads' lifecycle does not know refuses every lead with an <see cref="ArgumentException"/>.</param>
    /// <param name="actingUser">Who disqualifies the leads.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space, or <paramref name="reason"/> is the <c>default</c> value.</exception>
    public static BulkOperation Disqualify(DisqualificationReason reason, string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        if (!reason.IsDefined)
        {
            throw new ArgumentException("The default DisqualificationReason is not a reason; use a well-known one or DisqualificationReason.Define.", nameof(reason));
        }

        return Of(nameof(Disqualify), lead => lead.Disqualify(reason, actingUser));
    }

    /// <summary>Reactivates each lead (<see cref="Lead.Reactivate"/>).</summary>
    /// <param name="actingUser">Who reactivates the leads.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    public static BulkOperation Reactivate(string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(actingUser);
        return Of(nameof(Reactivate), lead => lead.Reactivate(actingUser));
    }

    /// <summary>Gives each lead an owner: an edit of <see cref="LeadDetails.Owner"/> (<see cref="Lead.Edit"/>); a lead that has that owner already is done, unchanged.</summary>
    /// <param name="owner">The user or team.</param>
    /// <param name="actingUser">Who assigns.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> or <paramref name="actingUser"/> is empty or white space.</exception>
    public static BulkOperation AssignOwner(string owner, string actingUser)
    {
        Guard.Against.NullOrWhiteSpace(owner);
        Guard.Against.NullOrWhiteSpace(actingUser);
        return Of(nameof(AssignOwner), lead => lead.Edit(lead.Details with { Owner = owner }, actingUser));
    }

    /// <summary>Converts each lead with one map and the same options (<see cref="ConversionMap.Convert"/>); each outcome carries its <see cref="ConversionResult"/>.</summary>
    /// <param name="map">The conversion map.</param>
    /// <param name="actingUser">Who converts.</param>
    /// <param name="options">The options for every lead; <see cref="ConversionOptions.Default"/> when null.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    public static BulkOperation Convert(ConversionMap map, string actingUser, ConversionOptions? options)
    {
        Guard.Against.Null(map);
        Guard.Against.NullOrWhiteSpace(actingUser);
        return new(nameof(Convert), lead => map.Convert(lead, actingUser, options));
    }

    /// <summary>Converts each lead with one map and options chosen per lead (existing records, ids, ...).</summary>
    /// <param name="map">The conversion map.</param>
    /// <param name="actingUser">Who converts.</param>
    /// <param name="optionsFor">The options for a lead; null gives <see cref="ConversionOptions.Default"/>. An
    /// <see cref="ArgumentException"/> or refusal it throws becomes that lead's outcome.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/>, <paramref name="actingUser"/> or <paramref name="optionsFor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    public static BulkOperation Convert(ConversionMap map, string actingUser, Func<Lead, ConversionOptions?> optionsFor)
    {
        Guard.Against.Null(map);
        Guard.Against.NullOrWhiteSpace(actingUser);
        Guard.Against.Null(optionsFor);
        return new(nameof(Convert), lead => map.Convert(lead, actingUser, optionsFor(lead)));
    }

    /// <summary>Runs the operation over a span, writing one outcome per lead, without allocating per lead.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="outcomes">Where the outcomes go, at the leads' positions; at least as long as <paramref name="leads"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="outcomes"/> is shorter than <paramref name="leads"/>.</exception>
    public void Run(ReadOnlySpan<Lead> leads, Span<LeadOutcome> outcomes) => Run(leads, outcomes, null, CancellationToken.None);

    /// <summary>Runs the operation over a span, writing one outcome per lead, reporting progress, until cancelled.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="outcomes">Where the outcomes go, at the leads' positions; at least as long as <paramref name="leads"/>.</param>
    /// <param name="progress">Told every 1,000 leads and at the end; may be null.</param>
    /// <param name="cancellationToken">Stops the run before the next lead.</param>
    /// <exception cref="ArgumentException"><paramref name="outcomes"/> is shorter than <paramref name="leads"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the outcomes written so far stand.</exception>
    public void Run(ReadOnlySpan<Lead> leads, Span<LeadOutcome> outcomes, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        if (outcomes.Length < leads.Length)
        {
            throw new ArgumentException($"The outcomes span holds {outcomes.Length}; it needs one per lead, {leads.Length}.", nameof(outcomes));
        }

        var counter = new ProgressCounter(progress);
        for (var i = 0; i < leads.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes[i] = Apply(leads[i]);
            counter.Add(outcomes[i]);
        }

        counter.Finish();
    }

    /// <summary>Runs the operation over a list (any sequence), one outcome per lead in its order.</summary>
    /// <param name="leads">The leads.</param>
    /// <returns>The outcomes, in the leads' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    public IReadOnlyList<LeadOutcome> Run(IEnumerable<Lead> leads) => Run(leads, null, CancellationToken.None);

    /// <summary>Runs the operation over a list (any sequence), one outcome per lead in its order, reporting progress, until cancelled.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="progress">Told every 1,000 leads and at the end; may be null.</param>
    /// <param name="cancellationToken">Stops the run before the next lead.</param>
    /// <returns>The outcomes, in the leads' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the leads before it keep their changes.</exception>
    public IReadOnlyList<LeadOutcome> Run(IEnumerable<Lead> leads, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(leads);
        var outcomes = leads.TryGetNonEnumeratedCount(out var count) ? new List<LeadOutcome>(count) : [];
        var counter = new ProgressCounter(progress);
        foreach (var lead in leads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = Apply(lead);
            outcomes.Add(outcome);
            counter.Add(outcome);
        }

        counter.Finish();
        return outcomes.AsReadOnly();
    }

    /// <summary>Runs the operation over a stream, yielding each lead's outcome as soon as it is known.</summary>
    /// <param name="leads">The leads, as they arrive.</param>
    /// <param name="progress">Told every 1,000 leads and at the end; may be null.</param>
    /// <param name="cancellationToken">Stops the run before the next lead; also passed to the stream.</param>
    /// <returns>The outcomes, in the leads' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the leads before it keep their changes.</exception>
    public IAsyncEnumerable<LeadOutcome> RunAsync(IAsyncEnumerable<Lead> leads, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(leads);
        return Stream(leads, progress, cancellationToken);
    }

    private async IAsyncEnumerable<LeadOutcome> Stream(IAsyncEnumerable<Lead> leads, IProgress<BulkProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var counter = new ProgressCounter(progress);
        await foreach (var lead in leads.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = Apply(lead);
            counter.Add(outcome);
            yield return outcome;
        }

        counter.Finish();
    }

    private LeadOutcome Apply(Lead? lead)
    {
        if (lead is null)
        {
            return new LeadOutcome(null, new ArgumentException("The lead is null.", nameof(lead)));
        }

        var metrics = lead.Lifecycle.Metrics;
        try
        {
            var result = _apply(lead);
            metrics?.Bulk(_name, changed: true);
            return new LeadOutcome(lead, null, result);
        }
        catch (OperationRefusedException refusal)
        {
            metrics?.Bulk(_name, changed: false);
            return new LeadOutcome(lead, refusal);
        }
        catch (ArgumentException problem)
        {
            metrics?.Bulk(_name, changed: false);
            return new LeadOutcome(lead, problem);
        }
    }
}
