using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Bulk;

/// <summary>
/// Merges many groups of duplicates (<see cref="LeadLifecycle.Merge"/>, master by the rule unless the options name
/// one), one outcome per lead of each group, never throwing for one group's refusal: a refused group changes none of
/// its leads, and each of its leads gets the refusal.
/// </summary>
public static class BulkMerge
{
    /// <summary>
    /// Groups leads by the pairs of duplicates a matcher found (<c>DuplicateFinder.FindLeads</c>, its <c>MatchTier.Duplicate</c> pairs, ids parsed with <see cref="LeadId.Parse"/>): leads joined by a chain of
    /// pairs form one group, so that a lead paired with two others is merged once. Leads in no pair are left out.
    /// </summary>
    /// <param name="leads">The leads the pairs were found among.</param>
    /// <param name="pairs">The pairs of ids.</param>
    /// <returns>The groups, each of two or more leads in the order of <paramref name="leads"/>, ordered by their first lead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> or <paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentException">A lead is null or appears twice, or a pair names a lead that is not among <paramref name="leads"/>.</exception>
    public static IReadOnlyList<IReadOnlyList<Lead>> Groups(IEnumerable<Lead> leads, IEnumerable<(LeadId First, LeadId Second)> pairs)
    {
        Guard.Against.Null(leads);
        Guard.Against.Null(pairs);
        var list = new List<Lead>();
        var index = new Dictionary<LeadId, int>();
        foreach (var lead in leads)
        {
            if (lead is null || !index.TryAdd(lead.Id, list.Count))
            {
                throw new ArgumentException(lead is null ? $"Lead {list.Count} is null." : $"The lead {lead.Id} appears twice.", nameof(leads));
            }

            list.Add(lead);
        }

        var parent = new int[list.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        foreach (var (first, second) in pairs)
        {
            if (!index.TryGetValue(first, out var a) || !index.TryGetValue(second, out var b))
            {
                throw new ArgumentException($"The pair ({first}, {second}) names a lead that is not among the leads.", nameof(pairs));
            }

            (a, b) = (Root(parent, a), Root(parent, b));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);   // the root is the group's first lead
            }
        }

        var groups = new Dictionary<int, List<Lead>>();
        var order = new List<List<Lead>>();
        for (var i = 0; i < list.Count; i++)
        {
            var root = Root(parent, i);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
                order.Add(group);
            }

            group.Add(list[i]);
        }

        return order.Where(g => g.Count > 1).Select(g => (IReadOnlyList<Lead>)g.AsReadOnly()).ToList().AsReadOnly();

        static int Root(int[] parent, int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }
    }

    /// <summary>Merges each group, one outcome per lead of each group, groups in order and leads in their group's order.</summary>
    /// <param name="groups">The groups of duplicates, two or more leads each, of one lifecycle per group.</param>
    /// <param name="actingUser">Who merges.</param>
    /// <param name="options">The options for every group (usually per-field choices by kind of value are not shared, so
    /// null); <see cref="LeadMergeOptions.Default"/> when null.</param>
    /// <param name="progress">Told every 1,000 leads and at the end; may be null.</param>
    /// <param name="cancellationToken">Stops the run before the next group.</param>
    /// <returns>The outcomes; each done outcome carries its group's <see cref="LeadMergeResult"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the groups before it stay merged.</exception>
    public static IReadOnlyList<LeadOutcome> Run(
        IEnumerable<IReadOnlyList<Lead>> groups, string actingUser, LeadMergeOptions? options = null, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(groups);
        Guard.Against.NullOrWhiteSpace(actingUser);
        var outcomes = new List<LeadOutcome>();
        var counter = new ProgressCounter(progress);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var outcome in MergeGroup(group, actingUser, options))
            {
                outcomes.Add(outcome);
                counter.Add(outcome);
            }
        }

        counter.Finish();
        return outcomes.AsReadOnly();
    }

    /// <summary>Merges each group of a stream, yielding the outcomes of each group's leads as soon as it is merged or refused.</summary>
    /// <param name="groups">The groups of duplicates, as they arrive.</param>
    /// <param name="actingUser">Who merges.</param>
    /// <param name="options">The options for every group; <see cref="LeadMergeOptions.Default"/> when null.</param>
    /// <param name="progress">Told every 1,000 leads and at the end; may be null.</param>
    /// <param name="cancellationToken">Stops the run before the next group; also passed to the stream.</param>
    /// <returns>The outcomes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the groups before it stay merged.</exception>
    public static IAsyncEnumerable<LeadOutcome> RunAsync(
        IAsyncEnumerable<IReadOnlyList<Lead>> groups, string actingUser, LeadMergeOptions? options = null, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(groups);
        Guard.Against.NullOrWhiteSpace(actingUser);
        return Stream(groups, actingUser, options, progress, cancellationToken);
    }

    private static async IAsyncEnumerable<LeadOutcome> Stream(
        IAsyncEnumerable<IReadOnlyList<Lead>> groups, string actingUser, LeadMergeOptions? options, IProgress<BulkProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var counter = new ProgressCounter(progress);
        await foreach (var group in groups.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var outcome in MergeGroup(group, actingUser, options))
            {
                counter.Add(outcome);
                yield return outcome;
            }
        }

        counter.Finish();
    }

    private static LeadOutcome[] MergeGroup(IReadOnlyList<Lead>? group, string actingUser, LeadMergeOptions? options)
    {
        if (group is null || group.Count == 0)
        {
            return [new LeadOutcome(null, new ArgumentException("A group of duplicates is null or empty.", nameof(group)))];
        }

        Exception refusal;
        try
        {
            var lifecycle = (group[0] ?? throw new ArgumentException("Lead 0 of a group is null.", nameof(group))).Lifecycle;
            var result = lifecycle.Merge(group, actingUser, options);
            return [.. group.Select(lead => new LeadOutcome(lead, null, merge: result))];
        }
        catch (OperationRefusedException e)
        {
            refusal = e;
        }
        catch (ArgumentException e)
        {
            refusal = e;
        }

        return [.. group.Select(lead => new LeadOutcome(lead, refusal))];
    }
}
