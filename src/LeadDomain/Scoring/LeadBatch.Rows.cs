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
    private readonly Dictionary<string, int> _flagSetIds = new(StringComparer.Ordinal);
    private readonly List<string[]> _flagSets = [[]];
    private ushort[] _currencyIds = [0];

    /// <summary>The distinct values of text field <paramref name="field"/> by id (id 0: no value).</summary>
    internal ReadOnlySpan<string> TextValues(LeadTextField field) => _texts[(int)field - 1].Values;

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
    /// one of a kind (a composed topic, a description), whose look-ups miss the cache of recent instances.
    /// </summary>
    private int PrefetchTexts(LeadDetails d) =>
        _texts[(int)LeadTextField.Topic - 1].Prefetch(d.Topic) + _texts[(int)LeadTextField.Description - 1].Prefetch(d.Description);

    private LeadFitRow Row(LeadDetails d)
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
        row.Texts[(int)LeadTextField.Topic - 1] = texts[(int)LeadTextField.Topic - 1].IdOf(d.Topic);
        row.Texts[(int)LeadTextField.FirstName - 1] = texts[(int)LeadTextField.FirstName - 1].IdOf(d.FirstName);
        row.Texts[(int)LeadTextField.LastName - 1] = texts[(int)LeadTextField.LastName - 1].IdOf(d.LastName);
        row.Texts[(int)LeadTextField.CompanyName - 1] = texts[(int)LeadTextField.CompanyName - 1].IdOf(d.CompanyName);
        row.Texts[(int)LeadTextField.JobTitle - 1] = texts[(int)LeadTextField.JobTitle - 1].IdOf(d.JobTitle);
        row.Texts[(int)LeadTextField.Industry - 1] = texts[(int)LeadTextField.Industry - 1].IdOf(d.Industry);
        row.Texts[(int)LeadTextField.StatedNeed - 1] = texts[(int)LeadTextField.StatedNeed - 1].IdOf(d.StatedNeed);
        row.Texts[(int)LeadTextField.Description - 1] = texts[(int)LeadTextField.Description - 1].IdOf(d.Description);
        row.Texts[(int)LeadTextField.Owner - 1] = texts[(int)LeadTextField.Owner - 1].IdOf(d.Owner);

        row.Texts[(int)LeadTextField.EmailDomain - 1] = DomainSetId(d.Emails);
        row.FlagSet = FlagSetId(d.CustomFields);
        return row;
    }

    /// <summary>The id of a currency: 1 for none, else one more than the id of its text (which may be empty).</summary>
    private ushort CurrencyId(string? currency)
    {
        var text = currency is null ? 0 : _currencyTable.IdOf(currency) + 1;
        if (text < _currencyIds.Length && _currencyIds[text] != 0)
        {
            return _currencyIds[text];
        }

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
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_domainSetIds, (a, b, c), out var exists);
            if (!exists)
            {
                id = NewDomainSet(count == 2 ? [a, b] : [a, b, c]);
            }

            return id;
        }

        var ids = new int[count];
        for (var e = 0; e < count; e++)
        {
            ids[e] = domains.IdOf(LeadTextFields.Domain(emails[e]));
        }

        ref var longId = ref CollectionsMarshal.GetValueRefOrAddDefault(_longDomainSetIds, string.Join(',', ids), out var found);
        if (!found)
        {
            longId = NewDomainSet(ids);
        }

        return longId;
    }

    /// <summary>
    /// The first address of a list, or null: read directly from the immutable array details keep (or an array), not
    /// through the list interface.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? FirstEmail(IReadOnlyList<string>? emails) => emails switch
    {
        ImmutableArray<string> { IsDefaultOrEmpty: false } immutable => immutable[0],
        string[] { Length: > 0 } array => array[0],
        null or ImmutableArray<string> or string[] => null,
        _ => emails.Count > 0 ? emails[0] : null,
    };

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

    private int FlagSetId(IReadOnlyDictionary<string, CustomFieldValue>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return 0;
        }

        List<string>? yes = null;
        foreach (var (name, value) in fields)
        {
            if (value.Boolean == true)
            {
                (yes ??= []).Add(name);
            }
        }

        if (yes is null)
        {
            return 0;
        }

        yes.Sort(StringComparer.Ordinal);
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_flagSetIds, string.Join('\0', yes), out var exists);
        if (!exists)
        {
            id = _flagSets.Count;
            _flagSets.Add([.. yes]);
        }

        return id;
    }
}
