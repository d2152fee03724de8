using System.Diagnostics;
using System.Globalization;
using LeadDomain.Prediction;
using LeadDomain.Tests.Prediction;

namespace LeadDomain.Benchmarks.Prediction;

/// <summary>
/// The <c>auc</c> verb: <c>dotnet run -c Release -- auc [file] [seeds]</c>. Splits the file 70/30, stratified, with
/// seed 42 (and, given <c>seeds</c>, seeds 1 to that number too), trains both models on the 70 % and prints their AUC
/// on the 30 %, the training time (one informal run, Stopwatch; the benchmarks give the medians) and the field signals.
/// </summary>
internal static class AucReport
{
    public static int Run(string[] args)
    {
        var path = args.Length > 1 ? args[1] : PredictionData.FullFile();
        var seeds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        var examples = BankMarketing.Read(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {examples.Length} leads, {examples.Count(e => e.Converted)} converted; every column but duration"));
        var configurations = new (string Name, PredictionOptions Options)[]
        {
            ("Naive Bayes", new() { Fields = BankMarketing.Fields }),
            ("Logistic regression, numbers standardised", new() { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = BankMarketing.Fields }),
            ("Logistic regression, numbers binned", new() { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = BankMarketing.Fields, NumberEncoding = PredictionNumberEncoding.Binned }),
        };
        if (Environment.GetEnvironmentVariable("LEADDOMAIN_AUC_BINS") is { Length: > 0 } bins)
        {
            configurations = [.. configurations.Select(c => (c.Name + $" ({bins} bins)", c.Options with { NumberBins = int.Parse(bins, CultureInfo.InvariantCulture) }))];
        }

        if (args.Contains("--check-mt"))
        {
            // numpy: RandomState(42).random_sample() == 0.3745401188473625; RandomState(42).permutation(10) == [8 1 5 0 7 2 9 4 3 6].
            var check = new SklearnSplit.Mt19937(42);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MT19937(42) random_sample {check.NextDouble():R}; permutation(10) [{string.Join(' ', new SklearnSplit.Mt19937(42).Permutation(10))}]"));
        }

        var sklearnTest = SklearnSplit.TestRows([.. examples.Select(e => e.Converted)], 0.3, 42);
        foreach (var (algorithm, options) in configurations)
        {
            var (train, test) = BankMarketing.Split(examples, 0.7, 42);
            var watch = Stopwatch.StartNew();
            var training = PredictionTrainer.Train(train, options);
            var elapsed = watch.Elapsed;
            var auc = BankMarketing.Auc(training.Model!, test);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{algorithm}: AUC {auc:F4} (seed 42; trained on {train.Length} in {elapsed.TotalMilliseconds:F0} ms, tested on {test.Length})"));
            PredictionExample[] sklearnTrain = [.. examples.Where((_, i) => !sklearnTest[i])];
            PredictionExample[] sklearnTestRows = [.. examples.Where((_, i) => sklearnTest[i])];
            var sklearnAuc = BankMarketing.Auc(PredictionTrainer.Train(sklearnTrain, options).Model!, sklearnTestRows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on scikit-learn's split (train_test_split, stratify, random_state 42; {sklearnTrain.Length}/{sklearnTestRows.Length}): AUC {sklearnAuc:F4}"));
            if (seeds > 0)
            {
                var aucs = Enumerable.Range(1, seeds).Select(seed =>
                {
                    var (tr, te) = BankMarketing.Split(examples, 0.7, seed);
                    return BankMarketing.Auc(PredictionTrainer.Train(tr, options).Model!, te);
                }).ToArray();
                var mean = aucs.Average();
                var sd = Math.Sqrt(aucs.Sum(a => (a - mean) * (a - mean)) / (aucs.Length - 1));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeds 1-{seeds}: mean {mean:F4}, sd {sd:F4}, min {aucs.Min():F4}, max {aucs.Max():F4}"));
            }

            Console.WriteLine("  signals: " + string.Join(", ", training.Signals.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Field.Name} {s.InformationValue:F3}"))));
        }

        return 0;
    }
}
