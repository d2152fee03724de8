using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// Finds, for a lead, the existing accounts, contacts and other leads that are or may be the same organisation or
/// person, each with its comparison (tier, score, reasons). Built once from records the host supplies (the library
/// stays persistence-agnostic), then queried many times.
/// </summary>
/// <remarks>
/// <para>
/// Building normalises every record once and files it under its blocking keys (see <see cref="DuplicateFinder"/>): a
/// query costs one binary search per key of the lead plus one comparison per record found, whatever the number of
/// records. A key shared by more than <see cref="MatchOptions.MaxRecordsPerKey"/> records of one kind is dropped.
/// Accounts are compared with the lead as organisations, contacts and leads as people.
/// </para>
/// <para>
/// A matcher is immutable once built, so it may be queried from several threads at once. It holds normalised values,
/// not the records: later changes to the host's records are not seen; build a new matcher.
/// </para>
/// </remarks>
public sealed class RecordMatcher
{
    private readonly Set _accounts;
    private readonly Set _contacts;
    private readonly Set _leads;
    private readonly string? _region;

    /// <summary>Builds a matcher over the records the host supplies.</summary>
    /// <param name="accounts">The existing accounts; may be empty.</param>
    /// <param name="contacts">The existing contacts; may be empty. A contact without a <see cref="ExistingContact.CompanyName"/>
    /// whose <see cref="ExistingContact.AccountId"/> names one of <paramref name="accounts"/> takes that account's name.</param>
    /// <param name="leads">Other leads to find duplicates among, or null for none.</param>
    /// <param name="options">The options, or null for <see cref="MatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops building.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> or <paramref name="contacts"/> is null.</exception>
    /// <exception cref="ArgumentException">An account, contact or lead is null, two of one kind have the same id, or
    /// <see cref="MatchOptions.PossibleDuplicateScore"/> is above <see cref="MatchOptions.DuplicateScore"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public RecordMatcher(
        IEnumerable<ExistingAccount> accounts,
        IEnumerable<ExistingContact> contacts,
        IEnumerable<Lead>? leads = null,
        MatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(accounts);
        Guard.Against.Null(contacts);
        Options = options ?? MatchOptions.Default;
        _region = Options.Checked();
        var max = Options.MaxRecordsPerKey;

        var accountList = Checked(accounts, a => a.Id, nameof(accounts));
        var accountNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var account in accountList)
        {
            accountNames[account.Id] = account.Name;
        }

        var memo = new TextMemo();
        _accounts = new Set(MatchKind.Account, [.. accountList.Select(a => MatchProfile.ForAccount(a, _region, memo))], max, cancellationToken);
        var contactList = Checked(contacts, c => c.Id, nameof(contacts));
        _contacts = new Set(
            MatchKind.Contact,
            [.. contactList.Select(c => MatchProfile.ForContact(c, c.AccountId is not null && accountNames.TryGetValue(c.AccountId, out var name) ? name : null, _region, memo))],
            max,
            cancellationToken);
        var leadList = leads is null ? [] : Checked(leads, l => l.Id.ToString(), nameof(leads));
        _leads = new Set(MatchKind.Lead, [.. leadList.Select(l => MatchProfile.ForLead(l.Id.ToString(), l.Details, _region, memo))], max, cancellationToken);
    }

    /// <summary>Gets the options the matcher was built with.</summary>
    public MatchOptions Options { get; }

    /// <summary>Gets how many accounts, contacts and leads the matcher holds.</summary>
    public (int Accounts, int Contacts, int Leads) Counts => (_accounts.Count, _contacts.Count, _leads.Count);

    /// <summary>The accounts that are or may be the lead's organisation (compared as organisations).</summary>
    /// <param name="details">The lead's details (a lead's <see cref="Lead.Details"/>, or details not yet made a lead).</param>
    /// <returns>The candidates at <see cref="MatchTier.PossibleDuplicate"/> or above, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> FindAccounts(LeadDetails details) => FindIn(details, null, _accounts);

    /// <summary>The contacts that are or may be the lead's person.</summary>
    /// <param name="details">The lead's details.</param>
    /// <returns>The candidates at <see cref="MatchTier.PossibleDuplicate"/> or above, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> FindContacts(LeadDetails details) => FindIn(details, null, _contacts);

    /// <summary>The leads the matcher holds that are or may be duplicates of a lead.</summary>
    /// <param name="details">The lead's details.</param>
    /// <param name="exclude">The lead's own id, so that it is not its own duplicate; null when it has none yet.</param>
    /// <returns>The candidates at <see cref="MatchTier.PossibleDuplicate"/> or above, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> FindLeads(LeadDetails details, LeadId? exclude = null) =>
        FindIn(details, exclude?.ToString(), _leads);

    /// <summary>Every account, contact and other lead that is or may be the same as a lead (the lead itself excluded).</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The candidates of all kinds at <see cref="MatchTier.PossibleDuplicate"/> or above, ordered by tier, score
    /// (highest first), kind (accounts, contacts, leads), then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> Find(Lead lead)
    {
        Guard.Against.Null(lead);
        var query = Query(lead.Details);
        var candidates = new List<MatchCandidate>();
        _accounts.Find(query, null, Options, candidates);
        _contacts.Find(query, null, Options, candidates);
        _leads.Find(query, lead.Id.ToString(), Options, candidates);
        candidates.Sort(Compare);
        return candidates.AsReadOnly();
    }

    private ReadOnlyCollection<MatchCandidate> FindIn(LeadDetails details, string? excludeId, Set set)
    {
        Guard.Against.Null(details);
        var candidates = new List<MatchCandidate>();
        set.Find(Query(details), excludeId, Options, candidates);
        candidates.Sort(Compare);
        return candidates.AsReadOnly();
    }

    private (MatchProfile Profile, List<ulong> Keys) Query(LeadDetails details)
    {
        var profile = MatchProfile.ForLead(string.Empty, details, _region);
        var keys = new List<ulong>(32);
        Blocking.AddKeys(profile, keys);
        return (profile, keys);
    }

    private static int Compare(MatchCandidate a, MatchCandidate b)
    {
        var byTier = b.Comparison.Tier.CompareTo(a.Comparison.Tier);
        if (byTier != 0)
        {
            return byTier;
        }

        var byScore = b.Comparison.Score.CompareTo(a.Comparison.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.RecordId, b.RecordId);
    }

    private static List<T> Checked<T>(IEnumerable<T> records, Func<T, string> id, string parameterName)
        where T : class
    {
        var list = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record is null)
            {
                throw new ArgumentException($"Item {list.Count} of {parameterName} is null: remove it.", parameterName);
            }

            if (!ids.Add(id(record)))
            {
                throw new ArgumentException($"Two items of {parameterName} have the id '{Echo.Cut(id(record))}': give each record once.", parameterName);
            }

            list.Add(record);
        }

        return list;
    }

    /// <summary>The records of one kind: their profiles and their blocking index.</summary>
    private sealed class Set(MatchKind kind, MatchProfile[] profiles, int maxRecordsPerKey, CancellationToken cancellationToken)
    {
        private readonly BlockIndex _index = BlockIndex.Build(profiles, 1, maxRecordsPerKey, cancellationToken);

        public int Count => profiles.Length;

        public void Find((MatchProfile Profile, List<ulong> Keys) query, string? excludeId, MatchOptions options, List<MatchCandidate> candidates)
        {
            var seen = new HashSet<int>();
            var reasons = new List<MatchReason>(8);
            foreach (var key in query.Keys)
            {
                var organization = Blocking.IsOrganizationKey(key);
                foreach (var position in _index.Find(key))
                {
                    var record = profiles[position];
                    if ((organization && !Blocking.MayBeOnePerson(query.Profile, record, key)) || !seen.Add(position))
                    {
                        continue;
                    }

                    if (string.Equals(record.Id, excludeId, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var (score, tier, capped) = PairComparer.Evaluate(query.Profile, record, options, null);
                    if (tier != MatchTier.None)
                    {
                        PairComparer.Evaluate(query.Profile, record, options, reasons);
                        candidates.Add(new MatchCandidate(record.Id, kind, new MatchComparison(tier, score, capped, reasons.ToArray())));
                    }
                }
            }
        }
    }
}
