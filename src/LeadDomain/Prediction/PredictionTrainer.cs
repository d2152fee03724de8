using System.Globalization;
using Ardalis.GuardClauses;
using LeadDomain.Diagnostics;

namespace LeadDomain.Prediction;

/// <summary>
/// Trains a <see cref="PredictionModel"/> from closed leads, in-process and deterministically: the same examples in
/// the same order with the same options give a bit-identical model.
/// </summary>
public static class PredictionTrainer
{
    /// <summary>
    /// Trains a model, or refuses to when the data holds too few converted or disqualified leads, or when logistic
    /// regression would need more than 2,000 columns (a field with thousands of distinct values, such as raw job titles).
    /// </summary>
    /// <param name="examples">The closed leads (see <see cref="PredictionExample.From(IEnumerable{Leads.Lead})"/> to take them from leads or snapshots).</param>
    /// <param name="options">The fields, the algorithm and its settings.</param>
    /// <param name="progress">Told the fraction done, from 0 to 1: after the data is read (0.1), after its columns are
    /// built (0.4), after each iteration of logistic regression, and at the end (1); may be null. Training a million
    /// leads takes seconds.</param>
    /// <param name="cancellationToken">Stops the training (checked between steps and between iterations of logistic regression).</param>
    /// <returns>The model and the signal of each field, or the refusal; never a model trained on less than the minimums.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is not valid (no fields, a field given twice, a minimum below 1,
    /// smoothing outside 0.000001 to 1,000,000, regularisation not above 0, bins outside 2 to 100, grade cut-offs out of
    /// order), or an example has no details.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static PredictionTraining Train(
        IEnumerable<PredictionExample> examples, PredictionOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(examples);
        Guard.Against.Null(options);
        CheckOptions(options);
        using var activity = LeadDomainActivities.Start("LeadDomain.TrainPrediction");
        PredictionExample[] data = [.. examples];
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(0.1);
        var converted = 0;
        foreach (var example in data)
        {
            if (example.Details is null)
            {
                throw new ArgumentException("An example has no details.", nameof(examples));
            }

            converted += example.Converted ? 1 : 0;
        }

        var disqualified = data.Length - converted;
        var refusals = new List<string>(2);
        if (converted < options.MinimumConverted)
        {
            refusals.Add(string.Create(CultureInfo.InvariantCulture, $"{converted} converted leads; at least {options.MinimumConverted} are needed"));
        }

        if (disqualified < options.MinimumDisqualified)
        {
            refusals.Add(string.Create(CultureInfo.InvariantCulture, $"{disqualified} disqualified leads; at least {options.MinimumDisqualified} are needed"));
        }

        if (refusals.Count > 0)
        {
            return new PredictionTraining(null, converted, disqualified, $"Not enough data to train: {string.Join(" and ", refusals)}.", []);
        }

        var columns = new TrainingColumns(data, options);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(0.4);
        var signals = columns.Signals(converted, disqualified);
        string? tooWide = null;
        var model = options.Algorithm == PredictionAlgorithm.NaiveBayes
            ? NaiveBayesTrainer.Train(columns, converted, disqualified)
            : LogisticRegressionTrainer.Train(columns, converted, disqualified, out tooWide, progress, cancellationToken);
        progress?.Report(1);
        activity?.SetTag("leaddomain.examples", data.Length);
        return model is null
            ? new PredictionTraining(null, converted, disqualified, tooWide, signals)
            : new PredictionTraining(model, converted, disqualified, null, signals);
    }

    private static void CheckOptions(PredictionOptions options)
    {
        if (options.Fields is null || options.Fields.Count == 0)
        {
            throw new ArgumentException("Give at least one field to learn from.", nameof(options));
        }

        if (options.Fields.Distinct().Count() != options.Fields.Count)
        {
            throw new ArgumentException($"A field is given more than once: {string.Join(", ", options.Fields.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key))}.", nameof(options));
        }

        if (options.Fields.Any(f => f.Standard == PredictionField.StandardField.None && f.CustomName is null))
        {
            throw new ArgumentException("A field is the default value; take fields from PredictionField's properties and methods.", nameof(options));
        }

        Require(options.Algorithm is PredictionAlgorithm.NaiveBayes or PredictionAlgorithm.LogisticRegression, "Algorithm", "must be NaiveBayes or LogisticRegression");
        Require(options.NumberEncoding is PredictionNumberEncoding.Standardized or PredictionNumberEncoding.Binned, "NumberEncoding", "must be Standardized or Binned");
        Require(options.MinimumConverted >= 1, "MinimumConverted", "must be at least 1");
        Require(options.MinimumDisqualified >= 1, "MinimumDisqualified", "must be at least 1");
        Require(options.Smoothing is >= PredictionOptions.MinSmoothing and <= PredictionOptions.MaxSmoothing, "Smoothing", "must be from 0.000001 to 1,000,000");
        Require(options.NumberBins is >= 2 and <= 100, "NumberBins", "must be from 2 to 100");
        Require(options.Regularization > 0 && double.IsFinite(options.Regularization), "Regularization", "must be a finite number above 0");
        Require(options.MaxIterations >= 1, "MaxIterations", "must be at least 1");
        try
        {
            PredictionModel.CheckGrades(options.GradeA, options.GradeB, options.GradeC);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException(e.Message.Split(" (Parameter")[0], nameof(options), e);
        }

        void Require(bool ok, string option, string rule)
        {
            if (!ok)
            {
                throw new ArgumentException($"PredictionOptions.{option} {rule}.", nameof(options));
            }
        }
    }
}

/// <summary>The training data read once, column by column: folded keys for categories, numbers (NaN when missing).</summary>
internal sealed class TrainingColumns
{
    public TrainingColumns(PredictionExample[] data, PredictionOptions options)
    {
        Options = options;
        Fields = [.. options.Fields];
        Outcomes = [.. data.Select(e => e.Converted)];
        Keys = new string?[Fields.Length][];
        Numbers = new double[Fields.Length][];
        Edges = new double[Fields.Length][];
        _counts = new FieldCounts?[Fields.Length];
        for (var f = 0; f < Fields.Length; f++)
        {
            var field = Fields[f];
            if (field.Kind == PredictionFieldKind.Category)
            {
                var keys = new string?[data.Length];
                for (var i = 0; i < data.Length; i++)
                {
                    keys[i] = FieldModel.Key(field, data[i].Details);
                }

                Keys[f] = keys;
                Edges[f] = [];
            }
            else
            {
                var numbers = new double[data.Length];
                for (var i = 0; i < data.Length; i++)
                {
                    numbers[i] = FieldModel.TryNumber(field, data[i].Details, out var x) ? x : double.NaN;
                }

                Numbers[f] = numbers;
                Edges[f] = QuantileEdges(numbers, options.NumberBins);
            }
        }
    }

    private readonly FieldCounts?[] _counts;

    public PredictionOptions Options { get; }

    public PredictionField[] Fields { get; }

    public bool[] Outcomes { get; }

    public string?[]?[] Keys { get; }

    public double[]?[] Numbers { get; }

    /// <summary>Gets the quantile bin edges of each number field (empty for categories).</summary>
    public double[][] Edges { get; }

    public int Rows => Outcomes.Length;

    /// <summary>
    /// A field's categories (empty for a number), the slot of each example, and the counts per slot and outcome: what
    /// the signals and both trainers read, computed once per field.
    /// </summary>
    public FieldCounts Counts(int field)
    {
        if (_counts[field] is { } known)
        {
            return known;
        }

        var categories = Fields[field].Kind == PredictionFieldKind.Category
            ? [.. Keys[field]!.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : System.Array.Empty<string>();
        var slotCount = Fields[field].Kind == PredictionFieldKind.Category ? categories.Length : Edges[field].Length + 1;
        var slots = Slots(field, categories);
        var (converted, disqualified, missingConverted, missingDisqualified) = Count(slots, slotCount);
        return _counts[field] = new FieldCounts(categories, slots, slotCount, converted, disqualified, missingConverted, missingDisqualified);
    }

    /// <summary>
    /// Counts per category (or bin) and outcome, and for missing values. <paramref name="slots"/> gives the slot of
    /// each example (-1 missing).
    /// </summary>
    private (long[] Converted, long[] Disqualified, long MissingConverted, long MissingDisqualified) Count(int[] slots, int slotCount)
    {
        var converted = new long[slotCount];
        var disqualified = new long[slotCount];
        long missingConverted = 0, missingDisqualified = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] < 0)
            {
                if (Outcomes[i])
                {
                    missingConverted++;
                }
                else
                {
                    missingDisqualified++;
                }
            }
            else if (Outcomes[i])
            {
                converted[slots[i]]++;
            }
            else
            {
                disqualified[slots[i]]++;
            }
        }

        return (converted, disqualified, missingConverted, missingDisqualified);
    }

    /// <summary>The slot of each example in a field: its category's index (in <paramref name="categories"/>) or bin; -1 when missing.</summary>
    private int[] Slots(int field, string[] categories)
    {
        var slots = new int[Rows];
        if (Fields[field].Kind == PredictionFieldKind.Category)
        {
            var index = new Dictionary<string, int>(categories.Length, StringComparer.Ordinal);
            for (var c = 0; c < categories.Length; c++)
            {
                index[categories[c]] = c;
            }

            var keys = Keys[field]!;
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = keys[i] is { } key ? index[key] : -1;
            }
        }
        else
        {
            var numbers = Numbers[field]!;
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = double.IsNaN(numbers[i]) ? -1 : FieldModel.Bin(Edges[field], numbers[i]);
            }
        }

        return slots;
    }

    /// <summary>The information value of every field, strongest first (ties in the order the fields were given).</summary>
    public FieldSignal[] Signals(long totalConverted, long totalDisqualified)
    {
        var alpha = Options.Smoothing;
        var signals = new FieldSignal[Fields.Length];
        for (var f = 0; f < Fields.Length; f++)
        {
            var (_, _, slotCount, converted, disqualified, missingConverted, missingDisqualified) = Counts(f);
            var missingSeen = missingConverted + missingDisqualified > 0;
            var values = slotCount + (missingSeen ? 1 : 0);
            var iv = 0.0;
            for (var s = 0; s <= slotCount; s++)
            {
                if (s == slotCount && !missingSeen)
                {
                    break;
                }

                var pc = ((s < slotCount ? converted[s] : missingConverted) + alpha) / (totalConverted + (alpha * values));
                var pd = ((s < slotCount ? disqualified[s] : missingDisqualified) + alpha) / (totalDisqualified + (alpha * values));
                iv += (pc - pd) * Math.Log(pc / pd);
            }

            signals[f] = new FieldSignal(Fields[f], iv);
        }

        return [.. signals.Select((s, i) => (s, i)).OrderByDescending(x => x.s.InformationValue).ThenBy(x => x.i).Select(x => x.s)];
    }

    /// <summary>Edges at the 1/bins, 2/bins, ... quantiles of the values present, repeats and the minimum left out.</summary>
    private static double[] QuantileEdges(double[] numbers, int bins)
    {
        double[] sorted = [.. numbers.Where(x => !double.IsNaN(x))];
        Array.Sort(sorted);
        var edges = new List<double>(bins);
        for (var b = 1; b < bins && sorted.Length > 0; b++)
        {
            var edge = sorted[(int)((long)b * sorted.Length / bins)];
            if (edge > sorted[0] && (edges.Count == 0 || edge > edges[^1]))
            {
                edges.Add(edge);
            }
        }

        return [.. edges];
    }
}

/// <summary>One field of the training data counted: see <see cref="TrainingColumns.Counts"/>.</summary>
internal sealed record FieldCounts(
    string[] Categories, int[] Slots, int SlotCount, long[] Converted, long[] Disqualified, long MissingConverted, long MissingDisqualified);
