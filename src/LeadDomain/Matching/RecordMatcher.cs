using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Matching;

/// <summary>
/// Finds, for a lead, the existing accounts, contacts and other leads that may be the same organisation or person,
/// each with a score and the keys it matched on. Built once from records the host supplies (the library stays
/// persistence-agnostic), then queried many times.
/// </summary>
/// <remarks>
/// <para>
/// Building computes every record's keys (<see cref="MatchKeys"/>) and indexes them in hash tables: a query costs one
/// look-up per key of the lead plus the records found, whatever the number of records. A key shared by more than
/// <see cref="MatchOptions.MaxRecordsPerKey"/> records of one kind is ignored.
/// </para>
/// <para>
/// A matcher is immutable once built, so it may be queried from several threads at once. It holds the keys, not the
/// records: later changes to the host's records are not seen; build a new matcher.
/// </para>
/// </remarks>
public sealed class RecordMatcher
{
    private readonly MatchSet _accounts;
    private readonly MatchSet _contacts;
    private readonly MatchSet _leads;
    private readonly string? _home;

    /// <summary>Builds a matcher over the records the host supplies.</summary>
    /// <param name="accounts">The existing accounts; may be empty.</param>
    /// <param name="contacts">The existing contacts; may be empty. A contact whose <see cref="ExistingContact.AccountId"/>
    /// names one of <paramref name="accounts"/> also matches on that account's name.</param>
    /// <param name="leads">Other leads to find duplicates among, or null for none.</param>
    /// <param name="options">The options, or null for <see cref="MatchOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> or <paramref name="contacts"/> is null.</exception>
    /// <exception cref="ArgumentException">An account, contact or lead is null, or two of one kind have the same id.</exception>
    public RecordMatcher(
        IEnumerable<ExistingAccount> accounts,
        IEnumerable<ExistingContact> contacts,
        IEnumerable<Lead>? leads = null,
        MatchOptions? options = null)
    {
        Guard.Against.Null(accounts);
        Guard.Against.Null(contacts);
        Options = options ?? MatchOptions.Default;
        _home = MatchKeys.CountryCode(Options.DefaultCountryCode);
        var max = Options.MaxRecordsPerKey;

        var accountList = Checked(accounts, a => a.Id, nameof(accounts));
        var accountNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var account in accountList)
        {
            accountNames[account.Id] = account.Name is null ? null : MatchKeys.CompanyName(account.Name);
        }

        _accounts = new MatchSet(
            MatchKind.Account,
            [.. accountList.Select(a => a.Id)],
            [.. accountList.Select(a => RecordKeys.ForAccount(a, _home))],
            max);

        var contactList = Checked(contacts, c => c.Id, nameof(contacts));
        _contacts = new MatchSet(
            MatchKind.Contact,
            [.. contactList.Select(c => c.Id)],
            [.. contactList.Select(c => RecordKeys.ForContact(c, CompanyKey(c, accountNames), _home))],
            max);

        var leadList = leads is null ? [] : Checked(leads, l => l.Id.ToString(), nameof(leads));
        _leads = new MatchSet(
            MatchKind.Lead,
            [.. leadList.Select(l => l.Id.ToString())],
            [.. leadList.Select(l => RecordKeys.ForLead(l.Details, _home))],
            max);
    }

    /// <summary>Gets the options the matcher was built with.</summary>
    public MatchOptions Options { get; }

    /// <summary>Gets how many accounts, contacts and leads the matcher holds.</summary>
    public (int Accounts, int Contacts, int Leads) Counts => (_accounts.Count, _contacts.Count, _leads.Count);

    /// <summary>The accounts that may be the lead's organisation (matched on company name, e-mails and phones).</summary>
    /// <param name="details">The lead's details (a lead's <see cref="Lead.Details"/>, or details not yet made a lead).</param>
    /// <returns>The candidates scoring at least <see cref="MatchOptions.MinimumScore"/>, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> FindAccounts(LeadDetails details) => FindIn(details, null, _accounts);

    /// <summary>The contacts that may be the lead's person (matched on e-mails, phones, name and account name).</summary>
    /// <param name="details">The lead's details.</param>
    /// <returns>The candidates scoring at least <see cref="MatchOptions.MinimumScore"/>, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> FindContacts(LeadDetails details) => FindIn(details, null, _contacts);

    /// <summary>The leads the matcher holds that may be duplicates of a lead.</summary>
    /// <param name="details">The lead's details.</param>
    /// <param name="exclude">The lead's own id, so that it is not its own duplicate; null when it has none yet.</param>
    /// <returns>The candidates scoring at least <see cref="MatchOptions.MinimumScore"/>, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> FindLeads(LeadDetails details, LeadId? exclude = null) =>
        FindIn(details, exclude?.ToString(), _leads);

    /// <summary>Every account, contact and other lead that may match a lead (the lead itself excluded).</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>The candidates of all kinds scoring at least <see cref="MatchOptions.MinimumScore"/>, ordered by score
    /// (highest first), then kind (accounts, contacts, leads), then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public IReadOnlyList<MatchCandidate> Find(Lead lead)
    {
        Guard.Against.Null(lead);
        var keys = RecordKeys.ForLead(lead.Details, _home);
        var candidates = new List<MatchCandidate>();
        _accounts.Find(keys, null, Options.MinimumScore, candidates);
        _contacts.Find(keys, null, Options.MinimumScore, candidates);
        _leads.Find(keys, lead.Id.ToString(), Options.MinimumScore, candidates);
        candidates.Sort(MatchSet.Compare);
        return candidates.AsReadOnly();
    }

    private ReadOnlyCollection<MatchCandidate> FindIn(LeadDetails details, string? excludeId, MatchSet set)
    {
        Guard.Against.Null(details);
        var candidates = new List<MatchCandidate>();
        set.Find(RecordKeys.ForLead(details, _home), excludeId, Options.MinimumScore, candidates);
        candidates.Sort(MatchSet.Compare);
        return candidates.AsReadOnly();
    }

    private static string? CompanyKey(ExistingContact contact, Dictionary<string, string?> accountNames) =>
        contact.AccountId is not null && accountNames.TryGetValue(contact.AccountId, out var key) ? key : null;

    private static List<T> Checked<T>(IEnumerable<T> records, Func<T, string> id, string parameterName)
        where T : class
    {
        var list = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record is null)
            {
                throw new ArgumentException($"Item {list.Count} of {parameterName} is null.", parameterName);
            }

            if (!ids.Add(id(record)))
            {
                throw new ArgumentException($"Two items of {parameterName} have the id '{id(record)}'.", parameterName);
            }

            list.Add(record);
        }

        return list;
    }
}
