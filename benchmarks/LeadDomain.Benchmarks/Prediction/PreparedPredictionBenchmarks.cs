using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Tests.Prediction;

namespace LeadDomain.Benchmarks.Prediction;

/// <summary>
/// Issue 16, "bulk prediction over the batch where it pays": what a prepared, columnar form of the leads would save
/// bulk prediction. Side by side, per lead, on the UCI Bank Marketing file (19 fields, 41,188 leads):
/// <list type="bullet">
/// <item>today's <c>Predict(span, span)</c> over the leads' details (the baseline);</item>
/// <item>preparing the columns: each field's contribution to the log-odds read once into a column of doubles, the most a
/// batch could precompute for one model (it reads every value as the baseline does);</item>
/// <item>predicting from the prepared columns: the intercept plus one column read per field, then the logistic.</item>
/// </list>
/// Preparing costs what predicting costs, since both are reading the values; the prepared form only pays when the same
/// leads are predicted again with the same model, which bulk prediction does not do (a prediction is stored once per
/// lead and model). The rows are per lead (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(15)]
public class PreparedPredictionBenchmarks
{
    private const int FileLeads = 41_188;
    private static readonly int Leads = Smoke.Size(FileLeads);
    private LeadDetails[] _leads = null!;
    private LeadPrediction[] _predictions = null!;
    private PredictionModel _model = null!;
    private FieldModel[] _fields = null!;
    private double[][] _columns = null!;
    private double[] _logOdds = null!;

    [GlobalSetup]
    public void Setup()
    {
        var examples = BankMarketing.Read(PredictionData.FullFile())[..Leads];
        _leads = [.. examples.Select(e => e.Details)];
        _predictions = new LeadPrediction[Leads];
        _model = PredictionTrainer.Train(examples, new PredictionOptions { Algorithm = PredictionAlgorithm.LogisticRegression, Fields = BankMarketing.Fields }).Model!;
        _fields = [.. _model.FieldModels];
        _columns = [.. _fields.Select(_ => new double[Leads])];
        _logOdds = new double[Leads];
        Prepare();
        var prepared = new LeadPrediction[Leads];
        FromColumns(prepared);
        _model.Predict(_leads, _predictions);
        for (var i = 0; i < Leads; i++)
        {
            if (Math.Abs(prepared[i].Probability - _predictions[i].Probability) > 1e-12 || prepared[i].Grade != _predictions[i].Grade)
            {
                throw new InvalidOperationException($"Lead {i}: the prepared columns predict {prepared[i]}, the model {_predictions[i]}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Predict(span) over the details, per lead", OperationsPerInvoke = FileLeads)]
    public LeadPrediction PredictDetails()
    {
        _model.Predict(_leads, _predictions);
        return _predictions[^1];
    }

    [Benchmark(Description = "Prepare the columns (read every field once), per lead", OperationsPerInvoke = FileLeads)]
    public double PrepareColumns()
    {
        Prepare();
        return _columns[0][^1];
    }

    [Benchmark(Description = "Predict from the prepared columns, per lead", OperationsPerInvoke = FileLeads)]
    public LeadPrediction PredictColumns()
    {
        FromColumns(_predictions);
        return _predictions[^1];
    }

    private void Prepare()
    {
        // Lead by lead (row-major): field by field over all leads reads each lead's details 19 times, ten times slower.
        for (var i = 0; i < _leads.Length; i++)
        {
            var details = _leads[i];
            for (var f = 0; f < _fields.Length; f++)
            {
                _columns[f][i] = _fields[f].Contribution(details);
            }
        }
    }

    private void FromColumns(Span<LeadPrediction> predictions)
    {
        Span<double> logOdds = _logOdds;
        logOdds.Fill(_model.Intercept);
        foreach (var column in _columns)
        {
            for (var i = 0; i < logOdds.Length; i++)
            {
                logOdds[i] += column[i];
            }
        }

        for (var i = 0; i < logOdds.Length; i++)
        {
            var p = 1 / (1 + Math.Exp(-logOdds[i]));
            var grade = p >= _model.GradeAThreshold ? LeadGrade.A : p >= _model.GradeBThreshold ? LeadGrade.B : p >= _model.GradeCThreshold ? LeadGrade.C : LeadGrade.D;
            predictions[i] = new LeadPrediction(p, grade);
        }
    }
}
