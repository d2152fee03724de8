namespace LeadDomain.Prediction;

/// <summary>
/// Naive Bayes from counts: the weight of a value is <c>ln(P(value | converted) / P(value | disqualified))</c> with
/// Laplace smoothing, the base is <c>ln(converted / disqualified)</c>. Training from scratch and learning one more
/// lead both end in <see cref="FieldModel.NaiveBayes"/>, so they give the same bits.
/// </summary>
internal static class NaiveBayesTrainer
{
    public static PredictionModel Train(TrainingColumns columns, int converted, int disqualified)
    {
        var options = columns.Options;
        var fields = new FieldModel[columns.Fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            var field = columns.Fields[f];
            var (categories, _, _, c, d, mc, md) = columns.Counts(f);
            fields[f] = FieldModel.NaiveBayes(field, categories, columns.Edges[f], c, d, mc, md, converted, disqualified, options.Smoothing);
        }

        return Create(fields, converted, disqualified, options.Smoothing, options.GradeA, options.GradeB, options.GradeC);
    }

    public static PredictionModel Create(FieldModel[] fields, int converted, int disqualified, double smoothing, double a, double b, double c) =>
        new(PredictionAlgorithm.NaiveBayes, fields, Math.Log((double)converted / disqualified), converted, disqualified, smoothing, a, b, c);

    public static PredictionModel Learn(PredictionModel model, PredictionExample example)
    {
        var converted = model.ConvertedExamples + (example.Converted ? 1 : 0);
        var disqualified = model.DisqualifiedExamples + (example.Converted ? 0 : 1);
        var fields = new FieldModel[model.FieldModels.Count];
        for (var f = 0; f < fields.Length; f++)
        {
            var old = model.FieldModels[f];
            var keys = old.Keys;
            long[] c = [.. old.Converted!];
            long[] d = [.. old.Disqualified!];
            long mc = old.MissingConverted, md = old.MissingDisqualified;
            int slot;
            if (old.Encoding == FieldEncoding.Categories)
            {
                var key = FieldModel.Key(old.Field, example.Details);
                slot = key is null ? -1 : Array.BinarySearch(keys, key, StringComparer.Ordinal);
                if (key is not null && slot < 0)
                {
                    // A category never seen before: insert it in ordinal order, as training from scratch would place it.
                    slot = ~slot;
                    keys = [.. keys[..slot], key, .. keys[slot..]];
                    c = [.. c[..slot], 0, .. c[slot..]];
                    d = [.. d[..slot], 0, .. d[slot..]];
                }
            }
            else
            {
                slot = FieldModel.TryNumber(old.Field, example.Details, out var x) ? FieldModel.Bin(old.Edges, x) : -1;
            }

            if (slot < 0)
            {
                mc += example.Converted ? 1 : 0;
                md += example.Converted ? 0 : 1;
            }
            else if (example.Converted)
            {
                c[slot]++;
            }
            else
            {
                d[slot]++;
            }

            fields[f] = FieldModel.NaiveBayes(old.Field, keys, old.Edges, c, d, mc, md, converted, disqualified, model.Smoothing);
        }

        return Create(fields, converted, disqualified, model.Smoothing, model.GradeAThreshold, model.GradeBThreshold, model.GradeCThreshold);
    }
}
