using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Tests.Prediction;

namespace LeadDomain.Benchmarks.Prediction;

/// <summary>
/// Issue 6: training naive Bayes and logistic regression on the full UCI Bank Marketing file (41,188 leads, every
/// column but <c>duration</c>), and scoring all of it in bulk. The scoring rows set <c>OperationsPerInvoke</c> to
/// the number of leads, so their time and bytes are per lead. The file is found through <c>LEADDOMAIN_BANK_MARKETING</c>
/// or, failing that, at <c>shared/data/bank-marketing/bank-additional-full.csv</c> in a folder above the benchmark.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(2)]
[IterationCount(10)]
public class PredictionBenchmarks
{
    private const int Leads = 41_188;
    private PredictionExample[] _examples = null!;
    private LeadDetails[] _leads = null!;
    private LeadPrediction[] _predictions = null!;
    private PredictionModel _bayes = null!;
    private PredictionModel _logistic = null!;

    [GlobalSetup]
    public void Setup()
    {
        _examples = BankMarketing.Read(PredictionData.FullFile());
        if (_examples.Length != Leads)
        {
            throw new InvalidOperationException($"Expected {Leads} leads, read {_examples.Length}.");
        }

        _leads = [.. _examples.Select(e => e.Details)];
        _predictions = new LeadPrediction[Leads];
        _bayes = TrainNaiveBayes();
        _logistic = TrainLogisticRegression();
    }

    [Benchmark(Description = "Train naive Bayes, 41,188 leads")]
    public PredictionModel TrainNaiveBayes() => Train(PredictionAlgorithm.NaiveBayes);

    [Benchmark(Description = "Train logistic regression, 41,188 leads")]
    public PredictionModel TrainLogisticRegression() => Train(PredictionAlgorithm.LogisticRegression);

    [Benchmark(Description = "Score naive Bayes, per lead (bulk)", OperationsPerInvoke = Leads)]
    public LeadPrediction ScoreNaiveBayes()
    {
        _bayes.Predict(_leads, _predictions);
        return _predictions[^1];
    }

    [Benchmark(Description = "Score logistic regression, per lead (bulk)", OperationsPerInvoke = Leads)]
    public LeadPrediction ScoreLogisticRegression()
    {
        _logistic.Predict(_leads, _predictions);
        return _predictions[^1];
    }

    private PredictionModel Train(PredictionAlgorithm algorithm) =>
        PredictionTrainer.Train(_examples, new PredictionOptions { Algorithm = algorithm, Fields = BankMarketing.Fields }).Model!;
}
