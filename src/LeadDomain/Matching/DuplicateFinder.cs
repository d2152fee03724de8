using Ardalis.GuardClauses;
using LeadDomain.Diagnostics;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// Finds the duplicates within one set of records (leads, contacts or accounts, from a <see cref="Lead"/> or from any
/// store), as record linkage does: blocking, then comparing, then deciding. Immutable; may be used from several
/// threads at once.
/// </summary>
/// <remarks>
/// <para>
/// <b>Blocking.</b> Each record is filed under several keys (e-mail address and local part, phone number and the
/// number with each digit deleted, phonetic name keys tied to the company, postal code or city, company name, website,
/// organisation domain, postal code with street); only records that share a key are compared. A key shared by more
/// than <see cref="MatchOptions.MaxRecordsPerKey"/> records identifies nobody and is dropped, for every record, so
/// the answer does not depend on input order and the cost is at most O(N × keys × MaxRecordsPerKey), far from O(N²).
/// </para>
/// <para>
/// <b>Comparing and deciding.</b> Each proposed pair is compared field by field (<see cref="MatchField"/>) with
/// similarity, not equality, and decided in two tiers (<see cref="MatchComparison"/>); pairs below
/// <see cref="MatchTier.PossibleDuplicate"/> are not returned.
/// </para>
/// <para>
/// The input is read once, as a stream: records are reduced to their normalised fields as they come, so memory grows
/// with the number of records (a few hundred bytes each), never with the number of pairs compared.
/// </para>
/// </remarks>
public sealed class DuplicateFinder
{
    private readonly string? _region;

    /// <summary>Creates a finder.</summary>
    /// <param name="options">The options, or null for <see cref="MatchOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><see cref="MatchOptions.PossibleDuplicateScore"/> is above <see cref="MatchOptions.DuplicateScore"/>.</exception>
    public DuplicateFinder(MatchOptions? options = null)
    {
        Options = options ?? MatchOptions.Default;
        _region = Options.Checked();
    }

    /// <summary>Gets the options.</summary>
    public MatchOptions Options { get; }

    /// <summary>Finds the duplicate leads in a set.</summary>
    /// <param name="leads">The leads, read once.</param>
    /// <param name="progress">Told how far the search has got, or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The pairs at <see cref="MatchTier.PossibleDuplicate"/> or above: duplicates first, then by score (highest
    /// first), then by the first and second id (ordinal); the ids are the leads' ids in "D" format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="ArgumentException">A lead is null, or appears twice (by id).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<DuplicatePair> FindLeads(IEnumerable<Lead> leads, IProgress<DuplicateProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(leads);
        return Run(leads, static lead => lead.Id.ToString(), (lead, _, memo) => MatchProfile.ForLead(lead.Id.ToString(), lead.Details, _region, memo), nameof(leads), progress, cancellationToken);
    }

    /// <summary>Finds the duplicate leads in a set of leads from any store, each as its id and details.</summary>
    /// <param name="leads">The leads as (id, details), read once; a dictionary will do.</param>
    /// <param name="progress">Told how far the search has got, or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The pairs, ordered as by <see cref="FindLeads"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leads"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space, details are null, or an id appears twice.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<DuplicatePair> FindLeadDetails(IEnumerable<KeyValuePair<string, LeadDetails>> leads, IProgress<DuplicateProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(leads);
        return Run(
            leads,
            static lead => lead.Key,
            (lead, position, memo) =>
            {
                if (lead.Value is null)
                {
                    throw new ArgumentException($"The details of lead {position} ('{Echo.Cut(lead.Key)}') are null: give every lead its details.", nameof(leads));
                }

                return MatchProfile.ForLead(lead.Key, lead.Value, _region, memo);
            },
            nameof(leads),
            progress,
            cancellationToken);
    }

    /// <summary>Finds the duplicate contacts in a set (the host's, from any store).</summary>
    /// <param name="contacts">The contacts, read once. A contact's company is its <see cref="ExistingContact.CompanyName"/>.</param>
    /// <param name="progress">Told how far the search has got, or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The pairs, ordered as for leads; the ids are the contacts' ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contacts"/> is null.</exception>
    /// <exception cref="ArgumentException">A contact is null, or two have the same id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<DuplicatePair> FindContacts(IEnumerable<ExistingContact> contacts, IProgress<DuplicateProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(contacts);
        return Run(contacts, static c => c.Id, (c, _, memo) => MatchProfile.ForContact(c, null, _region, memo), nameof(contacts), progress, cancellationToken);
    }

    /// <summary>Finds the duplicate accounts in a set (the host's, from any store), compared as organisations.</summary>
    /// <param name="accounts">The accounts, read once.</param>
    /// <param name="progress">Told how far the search has got, or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The pairs, ordered as for leads; the ids are the accounts' ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> is null.</exception>
    /// <exception cref="ArgumentException">An account is null, or two have the same id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<DuplicatePair> FindAccounts(IEnumerable<ExistingAccount> accounts, IProgress<DuplicateProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(accounts);
        return Run(accounts, static a => a.Id, (a, _, memo) => MatchProfile.ForAccount(a, _region, memo), nameof(accounts), progress, cancellationToken);
    }

    /// <summary>Compares two leads' details, whether or not blocking would have proposed them: one pair's comparison on request.</summary>
    /// <param name="first">The first lead's details.</param>
    /// <param name="second">The second lead's details.</param>
    /// <returns>The comparison, with every field both have (its tier may be <see cref="MatchTier.None"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public MatchComparison Compare(LeadDetails first, LeadDetails second)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        return PairComparer.Compare(MatchProfile.ForLead("1", first, _region), MatchProfile.ForLead("2", second, _region), Options);
    }

    /// <summary>Compares a lead's details with an existing contact (as people).</summary>
    /// <param name="lead">The lead's details.</param>
    /// <param name="contact">The contact.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> or <paramref name="contact"/> is null.</exception>
    public MatchComparison Compare(LeadDetails lead, ExistingContact contact)
    {
        Guard.Against.Null(lead);
        Guard.Against.Null(contact);
        return PairComparer.Compare(MatchProfile.ForLead("1", lead, _region), MatchProfile.ForContact(contact, null, _region), Options);
    }

    /// <summary>Compares a lead's details with an existing account (as organisations).</summary>
    /// <param name="lead">The lead's details.</param>
    /// <param name="account">The account.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> or <paramref name="account"/> is null.</exception>
    public MatchComparison Compare(LeadDetails lead, ExistingAccount account)
    {
        Guard.Against.Null(lead);
        Guard.Against.Null(account);
        return PairComparer.Compare(MatchProfile.ForLead("1", lead, _region), MatchProfile.ForAccount(account, _region), Options);
    }

    private List<DuplicatePair> Run<T>(
        IEnumerable<T> records,
        Func<T, string> id,
        Func<T, int, TextMemo, MatchProfile> profile,
        string parameterName,
        IProgress<DuplicateProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var activity = LeadDomainActivities.Start("LeadDomain.FindDuplicates");
        var profiles = new List<MatchProfile>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var memo = new TextMemo();
        foreach (var record in records)
        {
            if (record is null)
            {
                throw new ArgumentException($"Item {profiles.Count} of {parameterName} is null: remove it.", parameterName);
            }

            var recordId = id(record);
            if (string.IsNullOrWhiteSpace(recordId))
            {
                throw new ArgumentException($"Item {profiles.Count} of {parameterName} has an empty id: give every record its id.", parameterName);
            }

            if (!ids.Add(recordId))
            {
                throw new ArgumentException($"Two items of {parameterName} have the id '{Echo.Cut(recordId)}': give each record once.", parameterName);
            }

            profiles.Add(profile(record, profiles.Count, memo));
            if ((profiles.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((profiles.Count & 4095) == 0)
                {
                    progress?.Report(new DuplicateProgress(profiles.Count, 0, 0));
                }
            }
        }

        ids = null;
        progress?.Report(new DuplicateProgress(profiles.Count, 0, 0));
        var index = BlockIndex.Build(profiles, 2, Options.MaxRecordsPerKey, cancellationToken);
        var state = new RunState(profiles, Options, NameContext.Build(profiles), progress);
        index.ForEachPair(profiles.Count, state, static (s, i, j, key) => s.MayBeOnePerson(i, j, key), static (s, candidates) => s.ReadAhead(candidates), static (s, i, j) => s.Compare(i, j), static (s, i) => s.Done(i), cancellationToken);
        progress?.Report(new DuplicateProgress(profiles.Count, profiles.Count, state.Pairs.Count));

        // Duplicates first, then by score (highest first), then by the two ids: sorted on a key per pair (tier and
        // score in one number) that spares most comparisons reading the pairs and their comparisons.
        var pairs = state.Pairs;
        var keyed = new (long Key, DuplicatePair Pair)[pairs.Count];
        for (var p = 0; p < keyed.Length; p++)
        {
            var comparison = pairs[p].Comparison;
            keyed[p] = ((-(long)comparison.Tier << 32) - comparison.Score, pairs[p]);
        }

        keyed.AsSpan().Sort(default(PairOrder));
        for (var p = 0; p < keyed.Length; p++)
        {
            pairs[p] = keyed[p].Pair;
        }

        return pairs;
    }

    /// <summary>The order of the pairs a search returns: by key (tier, then score, both highest first), then by the first and the second id (ordinal).</summary>
    private readonly struct PairOrder : IComparer<(long Key, DuplicatePair Pair)>
    {
        public int Compare((long Key, DuplicatePair Pair) x, (long Key, DuplicatePair Pair) y)
        {
            if (x.Key != y.Key)
            {
                return x.Key < y.Key ? -1 : 1;
            }

            var byFirst = string.CompareOrdinal(x.Pair.First, y.Pair.First);
            return byFirst != 0 ? byFirst : string.CompareOrdinal(x.Pair.Second, y.Pair.Second);
        }
    }

    private sealed class RunState(List<MatchProfile> profiles, MatchOptions options, NameContext context, IProgress<DuplicateProgress>? progress)
    {
        private readonly List<MatchReason> _reasons = new(8);

        // Every record's initials side by side (4 bytes each): the organisation keys' gate, asked of many more pairs
        // than are compared, reads them without touching the profiles.
        private readonly uint[] _initials = [.. profiles.Select(Blocking.Initials)];

        public List<DuplicatePair> Pairs { get; } = [];

        public bool MayBeOnePerson(int i, int j, ulong key) => Blocking.MayBeOnePerson(_initials[i], _initials[j], key);

        /// <summary>What the reads ahead summed, kept so that they are made.</summary>
        public int Touched { get; private set; }

        /// <summary>
        /// Reads a little of each candidate's profile, then of the texts and arrays it points to, each in a loop of
        /// independent reads: their cache misses overlap, and the comparisons after find the profiles in the cache.
        /// </summary>
        public void ReadAhead(ReadOnlySpan<int> candidates)
        {
            if (candidates.Length < 2)
            {
                return;
            }

            var touched = 0;
            foreach (var j in candidates)
            {
                touched += profiles[j].Emails.Length;
            }

            foreach (var j in candidates)
            {
                var p = profiles[j];
                touched += p.Id.Length + (p.First?.Length ?? 0) + (p.Last?.Length ?? 0) + (p.Company?.Length ?? 0) + p.CompanyWords.Length
                    + (p.Emails.Length > 0 ? p.Emails[0].Address.Length + p.Emails[0].Local.Length : 0)
                    + (p.Phones.Length > 0 ? p.Phones[0].Number.Length : 0);
            }

            Touched += touched;
        }

        public void Compare(int i, int j)
        {
            var (a, b) = (profiles[i], profiles[j]);
            if (string.CompareOrdinal(a.Id, b.Id) > 0)
            {
                (a, b) = (b, a);
            }

            var (score, tier, capped) = PairComparer.Evaluate(a, b, options, null, context);
            if (tier != MatchTier.None)
            {
                // Decided without reasons (nothing allocated for the many pairs dropped); explained only when kept.
                PairComparer.Evaluate(a, b, options, _reasons, context);
                Pairs.Add(new DuplicatePair(a.Id, b.Id, new MatchComparison(tier, score, capped, _reasons.ToArray())));
            }
        }

        public void Done(int i)
        {
            if (((i + 1) & 4095) == 0)
            {
                progress?.Report(new DuplicateProgress(profiles.Count, i + 1, Pairs.Count));
            }
        }
    }
}
