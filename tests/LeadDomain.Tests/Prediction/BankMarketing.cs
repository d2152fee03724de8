using System.Collections.Immutable;
using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>
/// Reads the UCI Bank Marketing CSV (`;`-separated, quoted strings, CRLF) into prediction examples: every column but
/// <c>duration</c> and <c>y</c> becomes a typed custom field; <c>y</c> = yes is a conversion. Shared with the benchmarks.
/// </summary>
public static class BankMarketing
{
    public static readonly string[] CategoryColumns =
        ["job", "marital", "education", "default", "housing", "loan", "contact", "month", "day_of_week", "poutcome"];

    public static readonly string[] NumberColumns =
        ["age", "campaign", "pdays", "previous", "emp.var.rate", "cons.price.idx", "cons.conf.idx", "euribor3m", "nr.employed"];

    /// <summary>The fields the models learn from: all the columns but <c>duration</c>.</summary>
    public static IReadOnlyList<PredictionField> Fields =>
        [.. CategoryColumns.Select(PredictionField.CustomCategory), .. NumberColumns.Select(PredictionField.CustomNumber)];

    /// <summary>The shipped 10 % sample, next to the test assembly.</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Prediction", "Data", "bank-additional.csv");

    public static PredictionExample[] Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var outcome = Array.IndexOf(header, "y");
        var categories = CategoryColumns.Select(c => Array.IndexOf(header, c)).ToArray();
        var numbers = NumberColumns.Select(c => Array.IndexOf(header, c)).ToArray();
        if (outcome < 0 || categories.Contains(-1) || numbers.Contains(-1))
        {
            throw new InvalidDataException($"{path} does not have the Bank Marketing columns.");
        }

        var examples = new List<PredictionExample>(lines.Length);
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = Split(line);
            var fields = ImmutableSortedDictionary.CreateBuilder<string, CustomFieldValue>(StringComparer.Ordinal);
            for (var c = 0; c < categories.Length; c++)
            {
                fields[CategoryColumns[c]] = CustomFieldValue.FromText(cells[categories[c]]);
            }

            for (var c = 0; c < numbers.Length; c++)
            {
                fields[NumberColumns[c]] = CustomFieldValue.FromNumber(decimal.Parse(cells[numbers[c]], NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            examples.Add(new PredictionExample(new LeadDetails { CustomFields = fields.ToImmutable() }, cells[outcome] == "yes"));
        }

        return [.. examples];
    }

    /// <summary>A stratified split: <paramref name="trainShare"/> of each outcome, drawn with a seeded shuffle, to train on; the rest to test.</summary>
    public static (PredictionExample[] Train, PredictionExample[] Test) Split(PredictionExample[] examples, double trainShare, int seed)
    {
        var random = new Random(seed);
        var train = new List<PredictionExample>();
        var test = new List<PredictionExample>();
        foreach (var outcome in new[] { true, false })
        {
            var group = examples.Where(e => e.Converted == outcome).ToArray();
            random.Shuffle(group);
            var cut = (int)Math.Round(group.Length * trainShare);
            train.AddRange(group[..cut]);
            test.AddRange(group[cut..]);
        }

        return ([.. train], [.. test]);
    }

    /// <summary>The AUC of a model on examples it did not learn from.</summary>
    public static double Auc(PredictionModel model, PredictionExample[] test)
    {
        var predictions = new LeadPrediction[test.Length];
        model.Predict([.. test.Select(e => e.Details)], predictions);
        return PredictionEvaluation.Auc([.. predictions.Select(p => p.Probability)], [.. test.Select(e => e.Converted)]);
    }

    private static string[] Split(string line) => [.. line.TrimEnd('\r').Split(';').Select(cell => cell.Trim('"'))];
}
