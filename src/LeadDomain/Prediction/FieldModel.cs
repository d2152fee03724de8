using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using LeadDomain.Leads;
using Standard = LeadDomain.Prediction.PredictionField.StandardField;

namespace LeadDomain.Prediction;

/// <summary>How a trained field turns a lead's value into a contribution to the log-odds.</summary>
internal enum FieldEncoding
{
    /// <summary>A weight per category (folded text), one for a missing value and one for a value never seen in training.</summary>
    Categories = 1,

    /// <summary>A weight per quantile bin of a number, and one for a missing value.</summary>
    Bins = 2,

    /// <summary>A weight times the standardised number, and one for a missing value.</summary>
    Linear = 3,
}

/// <summary>
/// One field of a trained model, compiled for scoring: categories are folded keys in a hash table read through a
/// span lookup (no allocation), enumerations map straight to their slot, numbers are binned by binary search.
/// Naive Bayes fields also keep their counts, from which the weights are derived (and updated).
/// </summary>
internal sealed class FieldModel
{
    public const int Missing = -1;
    public const int Unseen = -2;
    private const int StackFold = 256;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[]? _enumSlots;
    private readonly int _trueSlot = Unseen;
    private readonly int _falseSlot = Unseen;

    private FieldModel(PredictionField field, FieldEncoding encoding, string[] keys, double[] edges, double[] weights, double missingWeight, double unseenWeight)
    {
        Field = field;
        Encoding = encoding;
        Keys = keys;
        Edges = edges;
        Weights = weights;
        MissingWeight = missingWeight;
        UnseenWeight = unseenWeight;
        if (encoding == FieldEncoding.Categories)
        {
            // Keys are folded, so upper case: ignoring case finds the key of ASCII text without folding it first, and
            // equals ordinal comparison between folded texts.
            var table = new Dictionary<string, int>(keys.Length, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < keys.Length; i++)
            {
                table.TryAdd(keys[i], i);
            }

            _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
            _enumSlots = field.Standard switch
            {
                Standard.Source => EnumSlots<LeadSource>(table),
                Standard.Rating => EnumSlots<LeadRating>(table),
                Standard.PurchaseTimeframe => EnumSlots<PurchaseTimeframe>(table),
                Standard.PreferredContactMethod => EnumSlots<PreferredContactMethod>(table),
                _ => null,
            };
            _trueSlot = table.TryGetValue("TRUE", out var t) ? t : Unseen;
            _falseSlot = table.TryGetValue("FALSE", out var f) ? f : Unseen;
        }
    }

    public PredictionField Field { get; }

    public FieldEncoding Encoding { get; }

    /// <summary>Gets the folded categories, in ordinal order (empty unless <see cref="FieldEncoding.Categories"/>).</summary>
    public string[] Keys { get; }

    /// <summary>Gets the ascending bin edges: a number falls in the bin counting the edges at or below it.</summary>
    public double[] Edges { get; }

    /// <summary>Gets the weight per category or bin (one weight, the standardised number's, for <see cref="FieldEncoding.Linear"/>).</summary>
    public double[] Weights { get; }

    public double MissingWeight { get; }

    public double UnseenWeight { get; }

    public double Mean { get; private init; }

    public double Scale { get; private init; }

    /// <summary>Gets the converted count per category or bin (naive Bayes only).</summary>
    public long[]? Converted { get; private init; }

    /// <summary>Gets the disqualified count per category or bin (naive Bayes only).</summary>
    public long[]? Disqualified { get; private init; }

    public long MissingConverted { get; private init; }

    public long MissingDisqualified { get; private init; }

    public int SlotCount => Encoding == FieldEncoding.Categories ? Keys.Length : Edges.Length + 1;

    /// <summary>Naive Bayes weights from counts, Laplace-smoothed over the values seen (a missing value counts as one when seen).</summary>
    public static FieldModel NaiveBayes(
        PredictionField field, string[] keys, double[] edges, long[] converted, long[] disqualified, long missingConverted, long missingDisqualified,
        long totalConverted, long totalDisqualified, double smoothing)
    {
        var encoding = field.Kind == PredictionFieldKind.Category ? FieldEncoding.Categories : FieldEncoding.Bins;
        var missingSeen = missingConverted + missingDisqualified > 0;
        var values = converted.Length + (missingSeen ? 1 : 0);
        var denominatorConverted = totalConverted + (smoothing * values);
        var denominatorDisqualified = totalDisqualified + (smoothing * values);
        var weights = new double[converted.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = LogRatio(converted[i], disqualified[i], smoothing, denominatorConverted, denominatorDisqualified);
        }

        var missing = missingSeen ? LogRatio(missingConverted, missingDisqualified, smoothing, denominatorConverted, denominatorDisqualified) : 0;
        var unseen = encoding == FieldEncoding.Categories ? LogRatio(0, 0, smoothing, denominatorConverted, denominatorDisqualified) : 0;
        return new FieldModel(field, encoding, keys, edges, weights, missing, unseen)
        {
            Converted = converted,
            Disqualified = disqualified,
            MissingConverted = missingConverted,
            MissingDisqualified = missingDisqualified,
        };
    }

    public static FieldModel LogisticCategories(PredictionField field, string[] keys, double[] weights, double missingWeight) =>
        new(field, FieldEncoding.Categories, keys, [], weights, missingWeight, 0);

    public static FieldModel LogisticBins(PredictionField field, double[] edges, double[] weights, double missingWeight) =>
        new(field, FieldEncoding.Bins, [], edges, weights, missingWeight, 0);

    public static FieldModel LogisticLinear(PredictionField field, double mean, double scale, double weight, double missingWeight) =>
        new(field, FieldEncoding.Linear, [], [], [weight], missingWeight, 0) { Mean = mean, Scale = scale };

    /// <summary>What the lead's value of this field adds to the log-odds.</summary>
    public double Contribution(LeadDetails details)
    {
        if (Encoding == FieldEncoding.Linear)
        {
            return TryNumber(Field, details, out var x) ? Weights[0] * ((x - Mean) * Scale) : MissingWeight;
        }

        var slot = Slot(details);
        return slot >= 0 ? Weights[slot] : slot == Missing ? MissingWeight : UnseenWeight;
    }

    /// <summary>The lead's category or bin, <see cref="Missing"/> or <see cref="Unseen"/>.</summary>
    public int Slot(LeadDetails details)
    {
        if (Encoding == FieldEncoding.Bins)
        {
            return TryNumber(Field, details, out var x) ? Bin(Edges, x) : Missing;
        }

        switch (Field.Standard)
        {
            case Standard.Source:
                return details.Source is { } source ? EnumSlot((int)source) : Missing;
            case Standard.Rating:
                return details.Rating is { } rating ? EnumSlot((int)rating) : Missing;
            case Standard.PurchaseTimeframe:
                return details.PurchaseTimeframe is { } timeframe ? EnumSlot((int)timeframe) : Missing;
            case Standard.PreferredContactMethod:
                return details.PreferredContactMethod is { } method ? EnumSlot((int)method) : Missing;
            case Standard.IsDecisionMaker:
                return details.IsDecisionMaker is { } yes ? (yes ? _trueSlot : _falseSlot) : Missing;
            case Standard.Industry:
                return TextSlot(details.Industry);
            case Standard.JobTitle:
                return TextSlot(details.JobTitle);
            case Standard.JobLevel:
                return JobLevels.Of(details.JobTitle) is { } level ? TextSlot(LevelName(level)) : Missing;
            case Standard.Owner:
                return TextSlot(details.Owner);
            default:
                if (!details.CustomFields.TryGetValue(Field.CustomName!, out var value))
                {
                    return Missing;
                }

                switch (value.Kind)
                {
                    case CustomFieldKind.Text:
                        return TextSlot(value.Text);
                    case CustomFieldKind.Boolean:
                        return value.Boolean is true ? _trueSlot : _falseSlot;
                    case CustomFieldKind.Number:
                        Span<char> digits = stackalloc char[32];
                        return ((double)value.Number.GetValueOrDefault()).TryFormat(digits, out var n, "R", CultureInfo.InvariantCulture)
                            ? TextSlot(digits[..n])
                            : Unseen;
                    default:
                        return Missing;
                }
        }
    }

    /// <summary>The bin of <paramref name="x"/>: how many edges are at or below it.</summary>
    public static int Bin(double[] edges, double x)
    {
        int low = 0, high = edges.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (edges[mid] <= x)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Reads a number field: false when the lead has no value.</summary>
    public static bool TryNumber(PredictionField field, LeadDetails details, out double value)
    {
        switch (field.Standard)
        {
            case Standard.NumberOfEmployees when details.NumberOfEmployees is { } employees:
                value = employees;
                return true;
            case Standard.AnnualRevenue when details.AnnualRevenue is { } revenue:
                value = (double)revenue.Amount;
                return true;
            case Standard.Budget when details.Budget is { } budget:
                value = (double)budget.Amount;
                return true;
            case Standard.None when details.CustomFields.TryGetValue(field.CustomName!, out var custom):
                if (custom.Kind == CustomFieldKind.Number && custom.Number is { } number)
                {
                    value = (double)number;
                    return true;
                }

                if (custom.Kind == CustomFieldKind.Money && custom.Money is { } money)
                {
                    value = (double)money.Amount;
                    return true;
                }

                break;
        }

        value = 0;
        return false;
    }

    /// <summary>The folded key of a category field's value (training side; allocates), or null when missing.</summary>
    public static string? Key(PredictionField field, LeadDetails details) => RawText(field, details) is { } text ? FoldKey(text) : null;

    /// <summary>The lead's value of a field as text, unfolded, or null when missing.</summary>
    public static string? Text(PredictionField field, LeadDetails details) =>
        RawText(field, details) is { } text && FoldKey(text) is not null ? text : null;

    private static string? RawText(PredictionField field, LeadDetails details)
    {
        if (field.Kind == PredictionFieldKind.Number)
        {
            return TryNumber(field, details, out var x) ? x.ToString("R", CultureInfo.InvariantCulture) : null;
        }

        string? text = field.Standard switch
        {
            Standard.Source => details.Source?.ToString(),
            Standard.Rating => details.Rating?.ToString(),
            Standard.PurchaseTimeframe => details.PurchaseTimeframe?.ToString(),
            Standard.PreferredContactMethod => details.PreferredContactMethod?.ToString(),
            Standard.IsDecisionMaker => details.IsDecisionMaker is { } b ? (b ? "true" : "false") : null,
            Standard.Industry => details.Industry,
            Standard.JobTitle => details.JobTitle,
            Standard.JobLevel => JobLevels.Of(details.JobTitle) is { } level ? LevelName(level) : null,
            Standard.Owner => details.Owner,
            _ => details.CustomFields.TryGetValue(field.CustomName!, out var value)
                ? value.Kind switch
                {
                    CustomFieldKind.Text => value.Text,
                    CustomFieldKind.Boolean => value.Boolean is true ? "true" : "false",
                    CustomFieldKind.Number => ((double)value.Number.GetValueOrDefault()).ToString("R", CultureInfo.InvariantCulture),
                    _ => null,
                }
                : null,
        };
        return text;
    }

    // A constant per level, so that reading a level allocates nothing.
    private static string LevelName(JobLevel level) => level switch
    {
        JobLevel.Executive => nameof(JobLevel.Executive),
        JobLevel.VicePresident => nameof(JobLevel.VicePresident),
        JobLevel.Director => nameof(JobLevel.Director),
        JobLevel.Manager => nameof(JobLevel.Manager),
        _ => nameof(JobLevel.Staff),
    };

    /// <summary>Trims and folds a category value; null when nothing is left.</summary>
    public static string? FoldKey(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        var n = Fold(text, buffer);
        return n == 0 ? null : new string(buffer, 0, n);
    }

    private static int Fold(ReadOnlySpan<char> text, Span<char> destination) => TextFolding.Fold(text.Trim(), destination);

    [SkipLocalsInit] // every slot read is written first
    private int TextSlot(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Missing;
        }

        if (System.Text.Ascii.IsValid(text))
        {
            // ASCII folds to its upper case and has nothing to ignore: the case-insensitive table answers directly.
            return _lookup.TryGetValue(text, out var found) ? found : Unseen;
        }

        char[]? rented = null;
        Span<char> buffer = text.Length <= StackFold ? stackalloc char[StackFold] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var n = Fold(text, buffer);
            return n == 0 ? Missing : _lookup.TryGetValue(buffer[..n], out var slot) ? slot : Unseen;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private int EnumSlot(int value) =>
        _enumSlots is { } slots && (uint)value < (uint)slots.Length ? slots[value] : Unseen;

    private static int[] EnumSlots<T>(Dictionary<string, int> table)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var slots = new int[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        Array.Fill(slots, Unseen);
        foreach (var value in values)
        {
            if (table.TryGetValue(FoldKey(value.ToString())!, out var slot))
            {
                slots[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = slot;
            }
        }

        return slots;
    }

    private static double LogRatio(long converted, long disqualified, double smoothing, double denominatorConverted, double denominatorDisqualified) =>
        Math.Log((converted + smoothing) / denominatorConverted) - Math.Log((disqualified + smoothing) / denominatorDisqualified);
}
