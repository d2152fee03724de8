namespace LeadDomain.Prediction;

/// <summary>Measures how well predictions rank leads, for checking a model on leads it did not learn from.</summary>
public static class PredictionEvaluation
{
    /// <summary>
    /// The area under the ROC curve: the chance that a converted lead, drawn at random, scores above a disqualified one
    /// (ties count half). Computed as the Mann–Whitney statistic over average ranks, in O(n log n).
    /// </summary>
    /// <param name="scores">The scores, such as <see cref="LeadPrediction.Probability"/>; higher means likelier to convert.</param>
    /// <param name="converted">Whether each lead converted, at the same index.</param>
    /// <returns>The AUC, from 0 to 1: 0.5 is a coin toss, 1 a perfect ranking.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a score is not a number, or the leads are not
    /// of both outcomes (the AUC is then undefined).</exception>
    public static double Auc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> converted)
    {
        if (scores.Length != converted.Length)
        {
            throw new ArgumentException($"There are {scores.Length} scores and {converted.Length} outcomes.", nameof(converted));
        }

        var order = new int[scores.Length];
        var keys = new double[scores.Length];
        long positives = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                throw new ArgumentException($"The score at index {i} is not a number.", nameof(scores));
            }

            order[i] = i;
            keys[i] = scores[i];
            positives += converted[i] ? 1 : 0;
        }

        var negatives = scores.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException("The AUC needs both converted and disqualified leads.", nameof(converted));
        }

        Array.Sort(keys, order);
        double rankSum = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            while (end + 1 < keys.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                if (converted[order[k]])
                {
                    rankSum += averageRank;
                }
            }

            start = end + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
