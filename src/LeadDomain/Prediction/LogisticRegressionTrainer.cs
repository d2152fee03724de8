using System.Globalization;

namespace LeadDomain.Prediction;

/// <summary>
/// L2-regularised logistic regression by Newton's method with step halving: categories one-hot (a column per
/// category, and one for "missing" when it occurs), numbers standardised (population standard deviation) with a
/// "missing" column when they are missing somewhere. Every row has exactly one active column per field, so the
/// gradient and Hessian are accumulated from the active columns only. One thread, a fixed order: deterministic.
/// </summary>
internal static class LogisticRegressionTrainer
{
    private const double Tolerance = 1e-10;

    /// <summary>
    /// The most columns trained on: Newton's method solves a dense system of this size at every step (time grows with
    /// its cube, memory with its square), so a field with thousands of distinct values is refused with a reason.
    /// </summary>
    internal const int MaxColumns = 2_000;

    public static PredictionModel? Train(TrainingColumns columns, int converted, int disqualified, out string? refusal, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        refusal = null;
        var options = columns.Options;
        var fieldCount = columns.Fields.Length;
        var n = columns.Rows;
        var categories = new string[fieldCount][];
        var offsets = new int[fieldCount];
        var missingColumn = new int[fieldCount];
        var means = new double[fieldCount];
        var scales = new double[fieldCount];
        var index = new int[n * fieldCount];
        var value = new double[n * fieldCount];
        var columnCount = 1; // column 0 is the intercept
        for (var f = 0; f < fieldCount; f++)
        {
            offsets[f] = columnCount;
            missingColumn[f] = -1;
            if (columns.Fields[f].Kind == PredictionFieldKind.Category)
            {
                categories[f] = columns.Counts(f).Categories;
                var slots = columns.Counts(f).Slots;
                columnCount += categories[f].Length;
                if (slots.Contains(-1))
                {
                    missingColumn[f] = columnCount++;
                }

                for (var i = 0; i < n; i++)
                {
                    index[(i * fieldCount) + f] = slots[i] < 0 ? missingColumn[f] : offsets[f] + slots[i];
                    value[(i * fieldCount) + f] = 1;
                }
            }
            else if (options.NumberEncoding == PredictionNumberEncoding.Binned)
            {
                categories[f] = [];
                var slots = columns.Counts(f).Slots;
                columnCount += columns.Edges[f].Length + 1;
                if (slots.Contains(-1))
                {
                    missingColumn[f] = columnCount++;
                }

                for (var i = 0; i < n; i++)
                {
                    index[(i * fieldCount) + f] = slots[i] < 0 ? missingColumn[f] : offsets[f] + slots[i];
                    value[(i * fieldCount) + f] = 1;
                }
            }
            else
            {
                categories[f] = [];
                var numbers = columns.Numbers[f]!;
                double sum = 0, present = 0;
                foreach (var x in numbers)
                {
                    if (!double.IsNaN(x))
                    {
                        sum += x;
                        present++;
                    }
                }

                var mean = present > 0 ? sum / present : 0;
                double squares = 0;
                foreach (var x in numbers)
                {
                    if (!double.IsNaN(x))
                    {
                        squares += (x - mean) * (x - mean);
                    }
                }

                var sd = present > 0 ? Math.Sqrt(squares / present) : 0;
                means[f] = mean;
                scales[f] = sd > 0 ? 1 / sd : 0;
                columnCount++;
                if (present < n)
                {
                    missingColumn[f] = columnCount++;
                }

                for (var i = 0; i < n; i++)
                {
                    var missing = double.IsNaN(numbers[i]);
                    index[(i * fieldCount) + f] = missing ? missingColumn[f] : offsets[f];
                    value[(i * fieldCount) + f] = missing ? 1 : (numbers[i] - mean) * scales[f];
                }
            }
        }

        if (columnCount > MaxColumns)
        {
            var widest = Enumerable.Range(0, fieldCount).MaxBy(f => categories[f].Length);
            refusal = string.Create(CultureInfo.InvariantCulture,
                $"Too many values to train logistic regression on: {columnCount} columns, at most {MaxColumns}; {columns.Fields[widest].Name} alone has {categories[widest].Length} values. Use naive Bayes, or group the values (PredictionField.JobLevel groups job titles).");
            return null;
        }

        var theta = Fit(columns.Outcomes, index, value, fieldCount, columnCount, options.Regularization, options.MaxIterations, Math.Log((double)converted / disqualified), progress, cancellationToken);
        var fields = new FieldModel[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var missingWeight = missingColumn[f] >= 0 ? theta[missingColumn[f]] : 0;
            var field = columns.Fields[f];
            fields[f] = field.Kind == PredictionFieldKind.Category
                ? FieldModel.LogisticCategories(field, categories[f], theta[offsets[f]..(offsets[f] + categories[f].Length)], missingWeight)
                : options.NumberEncoding == PredictionNumberEncoding.Binned
                    ? FieldModel.LogisticBins(field, columns.Edges[f], theta[offsets[f]..(offsets[f] + columns.Edges[f].Length + 1)], missingWeight)
                    : FieldModel.LogisticLinear(field, means[f], scales[f], theta[offsets[f]], missingWeight);
        }

        return new PredictionModel(
            PredictionAlgorithm.LogisticRegression, fields, theta[0], converted, disqualified, options.Smoothing, options.GradeA, options.GradeB, options.GradeC);
    }

    private static double[] Fit(bool[] outcomes, int[] index, double[] value, int perRow, int d, double lambda, int maxIterations, double start, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var n = outcomes.Length;
        var theta = new double[d];
        theta[0] = start;
        var gradient = new double[d];
        var hessian = new double[d * d];
        var step = new double[d];
        var trial = new double[d];
        var objective = Objective(theta, outcomes, index, value, perRow, lambda);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (iteration > 0)
            {
                progress?.Report(0.4 + (0.6 * iteration / maxIterations));   // between the columns (0.4) and the end (1)
            }

            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var i = 0; i < n; i++)
            {
                var row = i * perRow;
                var eta = theta[0];
                for (var k = 0; k < perRow; k++)
                {
                    eta += theta[index[row + k]] * value[row + k];
                }

                var p = Sigmoid(eta);
                var r = p - (outcomes[i] ? 1 : 0);
                var w = p * (1 - p);
                gradient[0] += r;
                hessian[0] += w;
                for (var a = 0; a < perRow; a++)
                {
                    var ia = index[row + a];
                    var va = value[row + a];
                    gradient[ia] += r * va;
                    hessian[ia] += w * va; // row 0, column ia
                    for (var b = a; b < perRow; b++)
                    {
                        var ib = index[row + b];
                        var (lo, hi) = ia <= ib ? (ia, ib) : (ib, ia);
                        hessian[(lo * d) + hi] += w * va * value[row + b];
                    }
                }
            }

            // The Hessian takes at least 1e-8 on its diagonal: with barely any regularisation, one-hot columns that add
            // up to the intercept make it singular, and the step would be NaN. The gradient keeps the true penalty, so
            // the optimum is unchanged; only the path to it is damped.
            var damping = Math.Max(lambda, 1e-8);
            for (var j = 1; j < d; j++)
            {
                gradient[j] += lambda * theta[j];
                hessian[(j * d) + j] += damping;
            }

            for (var i = 0; i < d; i++)
            {
                for (var j = i + 1; j < d; j++)
                {
                    hessian[(j * d) + i] = hessian[(i * d) + j];
                }
            }

            Solve(hessian, gradient, step, d);
            var t = 1.0;
            double next;
            var halvings = 0;
            var accepted = false;
            while (true)
            {
                for (var j = 0; j < d; j++)
                {
                    trial[j] = theta[j] - (t * step[j]);
                }

                next = Objective(trial, outcomes, index, value, perRow, lambda);
                // Near the optimum a full step changes the objective by rounding noise only: accept it then, rather
                // than halve it thirty times for nothing. A NaN objective compares false and is never accepted.
                if (next <= objective + (1e-12 * Math.Abs(objective)))
                {
                    accepted = true;
                    break;
                }

                if (halvings++ >= 30)
                {
                    break;
                }

                t /= 2;
            }

            // No step lowers the objective any more (barely regularised, separable data drive the weights towards
            // infinity): keep the last weights, which are finite, rather than diverge.
            if (!accepted)
            {
                break;
            }

            var largest = 0.0;
            for (var j = 0; j < d; j++)
            {
                largest = Math.Max(largest, Math.Abs(trial[j] - theta[j]));
            }

            Array.Copy(trial, theta, d);
            objective = next;
            if (largest < Tolerance)
            {
                break;
            }
        }

        return theta;
    }

    private static double Objective(double[] theta, bool[] outcomes, int[] index, double[] value, int perRow, double lambda)
    {
        var loss = 0.0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var row = i * perRow;
            var eta = theta[0];
            for (var k = 0; k < perRow; k++)
            {
                eta += theta[index[row + k]] * value[row + k];
            }

            // log(1 + e^eta) - y * eta, computed without overflow.
            loss += (eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta))) - (outcomes[i] ? eta : 0);
        }

        var penalty = 0.0;
        for (var j = 1; j < theta.Length; j++)
        {
            penalty += theta[j] * theta[j];
        }

        return loss + (lambda / 2 * penalty);
    }

    private static double Sigmoid(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    /// <summary>Solves <c>H x = g</c> by Cholesky (H is symmetric positive definite: the L2 term sees to it).</summary>
    private static void Solve(double[] h, double[] g, double[] x, int d)
    {
        var l = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[(i * d) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[(i * d) + k] * l[(j * d) + k];
                }

                l[(i * d) + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-300)) : sum / l[(j * d) + j];
            }
        }

        for (var i = 0; i < d; i++)
        {
            var sum = g[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[(i * d) + k] * x[k];
            }

            x[i] = sum / l[(i * d) + i];
        }

        for (var i = d - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var k = i + 1; k < d; k++)
            {
                sum -= l[(k * d) + i] * x[k];
            }

            x[i] = sum / l[(i * d) + i];
        }
    }
}
