using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LeadDomain.Leads;

namespace LeadDomain.Scoring;

/// <summary>The fit rows of a batch: what the fit rules read of each lead, every text as the id of its distinct value.</summary>
public sealed partial class LeadBatch
{
    private readonly BatchTextTable[] _texts = [.. Enumerable.Range(0, LeadFitRow.TextIds.TextFieldCount).Select(_ => new BatchTextTable())];
    private readonly BatchTextTable _currencyTable = new();
    private readonly List<string?> _currencies = [null];
    private readonly Dictionary<(int, int, int), int> _domainSetIds = [];
    private readonly Dictionary<string, int> _longDomainSetIds = new(StringComparer.Ordinal);
    private readonly List<int[]> _domainSets = [[]];
    private int[] _singleDomainSetIds = [];
    private readonly Dictionary<string[], int> _flagSetIds = new(FlagSetComparer.Instance);
    private readonly List<string[]> _flagSets = [[]];

    /// <summary>The names of a lead's yes custom fields while its flag set is looked up (a batch has one writer at a time).</summary>
    private string[] _flagScratch = new string[8];
    private ushort[] _currencyIds = [0];

    /// <summary>
    /// Per text field (index: the field minus one), while no model has read it yet, each lead's text as given, or null
    /// once the field's texts are kept as ids of distinct values (<see cref="Intern"/>): the topic and the description,
    /// which are usually one of a kind per lead and which few models read, are not hashed while the batch is built.
    /// </summary>
    private readonly string?[]?[] _lazyTexts = new string?[]?[LeadFitRow.TextIds.TextFieldCount];
    private readonly Lock _internGate = new();

    /// <summary>
    /// The distinct values of text field <paramref name="field"/> by id (id 0: no value); a field kept as texts until now
    /// is interned first, so that the rows' ids of that field are set from then on.
    /// </summary>
    internal ReadOnlySpan<string> TextValues(LeadTextField field)
    {
        Intern(field);
        return _texts[(int)field - 1].Values;
    }

    /// <summary>Each lead's text of <paramref name="field"/> while the field is kept as texts rather than as ids, else null (for tests).</summary>
    internal string?[]? KeptTexts(LeadTextField field) => (uint)(field - 1) < (uint)_lazyTexts.Length ? Volatile.Read(ref _lazyTexts[(int)field - 1]) : null;

    /// <summary>Makes the columns of the fields interned only when first read, <paramref name="capacity"/> leads long.</summary>
    private void CreateLazyTexts(int capacity)
    {
        _lazyTexts[(int)LeadTextField.Topic - 1] = new string?[capacity];
        _lazyTexts[(int)LeadTextField.Description - 1] = new string?[capacity];
    }

    /// <summary>Resizes the columns of the fields not interned yet to <paramref name="length"/> leads.</summary>
    private void ResizeLazyTexts(int length)
    {
        for (var k = 0; k < _lazyTexts.Length; k++)
        {
            if (_lazyTexts[k] is not null)
            {
                Array.Resize(ref _lazyTexts[k], length);
            }
        }
    }

    /// <summary>
    /// Keeps the texts of <paramref name="field"/> as ids of distinct values from now on, if they are still kept as
    /// texts: every lead's text is looked up once, in lead order. Safe while several scorings prepare their models at
    /// once (a lock; the rows' other fields are not written), and only then: a scoring never overlaps a write.
    /// </summary>
    private void Intern(LeadTextField field)
    {
        var k = (int)field - 1;
        if ((uint)k >= (uint)_lazyTexts.Length || Volatile.Read(ref _lazyTexts[k]) is null)
        {
            return;
        }

        lock (_internGate)
        {
            var texts = _lazyTexts[k];
            if (texts is null)
            {
                return;
            }

            var table = _texts[k];
            var rows = _rows;
            for (var i = 0; i < _count; i++)
            {
                rows[i].Texts[k] = table.IdOf(texts[i]);
            }

            Volatile.Write(ref _lazyTexts[k], null);
        }
    }

    private long LazyTextBytes()
    {
        var bytes = 0L;
        foreach (var texts in _lazyTexts)
        {
            bytes += (texts?.Length ?? 0) * 8L;
        }

        return bytes;
    }

    /// <summary>The sets of e-mail domains by id (id 0: no address), each a list of ids of <see cref="LeadTextField.EmailDomain"/> values.</summary>
    internal IReadOnlyList<int[]> DomainSets => _domainSets;

    /// <summary>The sets of custom fields that are yes by id (id 0: none), each sorted ordinally.</summary>
    internal IReadOnlyList<string[]> FlagSets => _flagSets;

    /// <summary>The currencies of amounts by id (id 0: no amount; a null currency has an id of its own).</summary>
    internal IReadOnlyList<string?> Currencies => _currencies;

    private long DistinctValueBytes()
    {
        var bytes = _currencyTable.SizeInBytes() + (_domainSets.Count * 40L) + (_flagSets.Count * 40L);
        foreach (var table in _texts)
        {
            bytes += table.SizeInBytes();
        }

        return bytes;
    }

    /// <summary>
    /// Reads what <see cref="Row"/> will read of the text tables for the texts of <paramref name="d"/> that are usually
    /// one of a kind (a composed topic, a description), whose look-ups miss the cache of recent instances, once a model
    /// has made them be interned.
    /// </summary>
    // Stryker disable once Equality,Conditional : a read-ahead; whichever tables it reads, its number is only summed into a count nobody reads
    private int PrefetchTexts(LeadDetails d) =>
        (_lazyTexts[(int)LeadTextField.Topic - 1] is null ? _texts[(int)LeadTextField.Topic - 1].Prefetch(d.Topic) : 0)
        + (_lazyTexts[(int)LeadTextField.Description - 1] is null ? _texts[(int)LeadTextField.Description - 1].Prefetch(d.Description) : 0);

    /// <summary>The fit row of lead <paramref name="index"/>; the texts of fields not interned yet go to their columns instead.</summary>
    private LeadFitRow Row(int index, LeadDetails d)
    {
        var row = new LeadFitRow
        {
            Source = d.Source is { } s && (uint)s < 254 ? (byte)((int)s + 1) : (byte)0,
            Timeframe = d.PurchaseTimeframe is { } t && (uint)t < 254 ? (byte)((int)t + 1) : (byte)0,
            DecisionMaker = d.IsDecisionMaker switch { null => 0, false => 1, true => 2 },
            Presence = (byte)CompiledFit.PresenceMask(d, 0xFF),
            HasEmployees = d.NumberOfEmployees.HasValue,
            Employees = d.NumberOfEmployees.GetValueOrDefault(),
        };
        if (d.AnnualRevenue is { } revenue)
        {
            row.Revenue = revenue.Amount;
            row.RevenueCurrency = CurrencyId(revenue.Currency);
        }

        if (d.Budget is { } budget)
        {
            row.Budget = budget.Amount;
            row.BudgetCurrency = CurrencyId(budget.Currency);
        }

        // Field by field rather than through LeadTextFields.Of, whose switch would mispredict; a test holds the two to
        // the same texts.
        var texts = _texts;
        row.Texts[(int)LeadTextField.Topic - 1] = KeepOrIntern(LeadTextField.Topic, index, d.Topic);
        row.Texts[(int)LeadTextField.FirstName - 1] = texts[(int)LeadTextField.FirstName - 1].IdOf(d.FirstName);
        row.Texts[(int)LeadTextField.LastName - 1] = texts[(int)LeadTextField.LastName - 1].IdOf(d.LastName);
        row.Texts[(int)LeadTextField.CompanyName - 1] = texts[(int)LeadTextField.CompanyName - 1].IdOf(d.CompanyName);
        row.Texts[(int)LeadTextField.JobTitle - 1] = texts[(int)LeadTextField.JobTitle - 1].IdOf(d.JobTitle);
        row.Texts[(int)LeadTextField.Industry - 1] = texts[(int)LeadTextField.Industry - 1].IdOf(d.Industry);
        row.Texts[(int)LeadTextField.StatedNeed - 1] = texts[(int)LeadTextField.StatedNeed - 1].IdOf(d.StatedNeed);
        row.Texts[(int)LeadTextField.Description - 1] = KeepOrIntern(LeadTextField.Description, index, d.Description);
        row.Texts[(int)LeadTextField.Owner - 1] = texts[(int)LeadTextField.Owner - 1].IdOf(d.Owner);

        row.Texts[(int)LeadTextField.EmailDomain - 1] = DomainSetId(d.Emails);
        row.FlagSet = FlagSetId(d.CustomFields);
        return row;
    }

    /// <summary>The id of <paramref name="text"/>, or 0 when the field is still kept as texts, the text then kept as lead <paramref name="index"/>'s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int KeepOrIntern(LeadTextField field, int index, string? text)
    {
        if (_lazyTexts[(int)field - 1] is { } texts)
        {
            texts[index] = text;
            return 0;
        }

        return _texts[(int)field - 1].IdOf(text);
    }

    /// <summary>The id of a currency: 1 for none, else one more than the id of its text (which may be empty).</summary>
    private ushort CurrencyId(string? currency)
    {
        var text = currency is null ? 0 : _currencyTable.IdOf(currency) + 1;
        if (text < _currencyIds.Length && _currencyIds[text] != 0)
        {
            return _currencyIds[text];
        }

        // Stryker disable once Block,Statement,String : unreachable, Money allows 17,576 currency codes
        if (_currencies.Count > ushort.MaxValue)
        {
            throw new ArgumentException("The batch already holds 65,535 different currencies; split the leads over several batches.");
        }

        if (text >= _currencyIds.Length)
        {
            Array.Resize(ref _currencyIds, Math.Max(text + 1, _currencyIds.Length * 2));
        }

        _currencies.Add(currency);
        return _currencyIds[text] = (ushort)(_currencies.Count - 1);
    }

    private int DomainSetId(IReadOnlyList<string>? emails)
    {
        if (emails is null || emails.Count == 0)
        {
            return 0;
        }

        var domains = _texts[(int)LeadTextField.EmailDomain - 1];
        var count = emails.Count;
        if (count == 1)
        {
            return SingleDomainSetId(domains.IdOf(LeadTextFields.Domain(FirstEmail(emails)!)));
        }

        if (count <= 3)
        {
            var a = domains.IdOf(LeadTextFields.Domain(emails[0]));
            var b = domains.IdOf(LeadTextFields.Domain(emails[1]));
            var c = count > 2 ? domains.IdOf(LeadTextFields.Domain(emails[2])) : -1;
            return SmallDomainSetId(a, b, c);
        }

        var ids = new int[count];
        for (var e = 0; e < count; e++)
        {
            ids[e] = domains.IdOf(LeadTextFields.Domain(emails[e]));
        }

        return LongDomainSetId(ids);
    }

    /// <summary>The id of the set of the domains with ids <paramref name="ids"/> (at least one), in that order.</summary>
    private int DomainSetIdOf(int[] ids) => ids.Length switch
    {
        1 => SingleDomainSetId(ids[0]),
        2 => SmallDomainSetId(ids[0], ids[1], -1),
        3 => SmallDomainSetId(ids[0], ids[1], ids[2]),
        _ => LongDomainSetId(ids),
    };

    /// <summary>The id of the set of two domains (<paramref name="c"/> -1) or three.</summary>
    private int SmallDomainSetId(int a, int b, int c)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_domainSetIds, (a, b, c), out var exists);
        if (!exists)
        {
            id = NewDomainSet(c < 0 ? [a, b] : [a, b, c]);
        }

        return id;
    }

    private int LongDomainSetId(int[] ids)
    {
        ref var longId = ref CollectionsMarshal.GetValueRefOrAddDefault(_longDomainSetIds, string.Join(',', ids), out var found);
        if (!found)
        {
            longId = NewDomainSet(ids);
        }

        return longId;
    }

    /// <summary>
    /// The first address of a list, or null: read from the list's own items (<see cref="TryGetItems"/>), not through
    /// the list interface.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? FirstEmail(IReadOnlyList<string>? emails) =>
        TryGetItems(emails, out var items) ? (items.IsEmpty ? null : items[0])
        : emails is { Count: > 0 } ? emails[0]
        : null;

    /// <summary>The id of the set of one domain, from a table by domain id (the common case: one address per lead).</summary>
    private int SingleDomainSetId(int domain)
    {
        if (domain >= _singleDomainSetIds.Length)
        {
            Array.Resize(ref _singleDomainSetIds, Math.Max(domain + 1, _singleDomainSetIds.Length * 2));
        }

        ref var id = ref _singleDomainSetIds[domain];
        if (id == 0)
        {
            id = NewDomainSet([domain]);
        }

        return id;
    }

    private int NewDomainSet(int[] domains)
    {
        _domainSets.Add(domains);
        return _domainSets.Count - 1;
    }

    /// <summary>
    /// The id of the set of <paramref name="fields"/> that are yes. The dictionaries a lead and a snapshot read back from
    /// JSON hold are walked with their own enumerators, the names gathered in a scratch array and the set looked up by
    /// them, so that a lead allocates nothing here (through the interface, a list, a joined key and a boxed enumerator
    /// cost some 250 ns a lead with four custom fields).
    /// </summary>
    private int FlagSetId(IReadOnlyDictionary<string, CustomFieldValue>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return 0;
        }

        var count = 0;
        switch (fields)
        {
            case ImmutableSortedDictionary<string, CustomFieldValue> sorted:
                foreach (var field in sorted)
                {
                    AddIfYes(field, ref count);
                }

                break;
            case Dictionary<string, CustomFieldValue> dictionary:
                foreach (var field in dictionary)
                {
                    AddIfYes(field, ref count);
                }

                break;
            default:
                foreach (var field in fields)
                {
                    AddIfYes(field, ref count);
                }

                break;
        }

        if (count == 0)
        {
            return 0;
        }

        var names = _flagScratch.AsSpan(0, count);
        SortOrdinally(names);
        var id = FlagSetIdOf(names);

        // Stryker disable once Statement : only lets the collector free the names; every look-up writes the names it reads
        names.Clear();
        return id;
    }

    /// <summary>Adds the name of <paramref name="field"/> to the scratch names when it is yes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddIfYes(KeyValuePair<string, CustomFieldValue> field, ref int count)
    {
        if (field.Value.Boolean == true)
        {
            if (count == _flagScratch.Length)
            {
                Array.Resize(ref _flagScratch, count * 2);
            }

            _flagScratch[count++] = field.Key;
        }
    }

    /// <summary>
    /// Sorts a few names ordinally in place: an insertion sort, as the names usually come sorted already and
    /// <c>Span.Sort(StringComparer.Ordinal)</c> allocates a delegate a call (the allocation test of <c>Update</c> sees it).
    /// </summary>
    private static void SortOrdinally(Span<string> names)
    {
        for (var i = 1; i < names.Length; i++)
        {
            var name = names[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(names[j], name) > 0)
            {
                names[j + 1] = names[j];
                j--;
            }

            names[j + 1] = name;
        }
    }

    /// <summary>The id of the set of custom fields <paramref name="sorted"/> (at least one, sorted ordinally).</summary>
    private int FlagSetIdOf(ReadOnlySpan<string> sorted)
    {
        var lookup = _flagSetIds.GetAlternateLookup<ReadOnlySpan<string>>();
        if (lookup.TryGetValue(sorted, out var id))
        {
            return id;
        }

        id = _flagSets.Count;
        string[] set = [.. sorted];
        _flagSets.Add(set);
        _flagSetIds.Add(set, id);
        return id;
    }

    /// <summary>Flag sets as keys: equal when they hold the same names in the same order; looked up by a span of names too.</summary>
    private sealed class FlagSetComparer : IEqualityComparer<string[]>, IAlternateEqualityComparer<ReadOnlySpan<string>, string[]>
    {
        /// <summary>The comparer (it keeps nothing).</summary>
        public static readonly FlagSetComparer Instance = new();

        // Stryker disable once Logical,Boolean,Equality : a shortcut; the dictionary never compares a null set, and compares two sets only when a new one
        // meets another of its hash (a set is added after its look-up missed), so sets of other names, unequal either way
        public bool Equals(string[]? x, string[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string[] obj) => GetHashCode((ReadOnlySpan<string>)obj);

        public bool Equals(ReadOnlySpan<string> alternate, string[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<string> alternate)
        {
            var hash = default(HashCode);
            foreach (var name in alternate)
            {
                // Stryker disable once Statement : one hash for every set still finds each set by its names
                hash.Add(name);
            }

            return hash.ToHashCode();
        }

        public string[] Create(ReadOnlySpan<string> alternate) => alternate.ToArray();
    }
}
