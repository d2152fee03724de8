using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

public sealed class PredictionEvaluationTests
{
    [Fact]
    public void Spans_of_different_lengths_are_refused_saying_both_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => PredictionEvaluation.Auc([0.1, 0.2, 0.3], [true, false]));

        Assert.Equal("converted", e.ParamName);
        Assert.StartsWith("There are 3 scores and 2 outcomes.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_that_is_not_a_number_is_refused_naming_its_index()
    {
        var e = Assert.Throws<ArgumentException>(() => PredictionEvaluation.Auc([0.1, 0.2, double.NaN], [true, false, true]));

        Assert.Equal("scores", e.ParamName);
        Assert.StartsWith("The score at index 2 is not a number.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Leads_of_one_outcome_only_are_refused(bool outcome)
    {
        var e = Assert.Throws<ArgumentException>(() => PredictionEvaluation.Auc([0.1, 0.9, 0.5], [outcome, outcome, outcome]));

        Assert.Equal("converted", e.ParamName);
        Assert.StartsWith("The AUC needs both converted and disqualified leads.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PredictionEvaluation.Auc([], []));
    }

    [Fact]
    public void A_perfect_ranking_is_1_and_a_reversed_one_0_whatever_the_order_given()
    {
        Assert.Equal(1.0, PredictionEvaluation.Auc([0.2, 0.9, 0.1, 0.8, 0.7], [false, true, false, true, true]));
        Assert.Equal(0.0, PredictionEvaluation.Auc([0.8, 0.1, 0.9, 0.2, 0.3], [false, true, false, true, true]));
        Assert.Equal(0.5, PredictionEvaluation.Auc([0.5, 0.5, 0.5, 0.5], [false, true, false, true]));
        Assert.Equal(1.0, PredictionEvaluation.Auc([double.NegativeInfinity, double.PositiveInfinity], [false, true]));
    }

    [Fact]
    public void Ties_at_the_ends_of_the_sorted_scores_count_half()
    {
        // Converted 0.1 (tied with a disqualified 0.1, the lowest) and 0.9 (tied with a disqualified 0.9, the highest):
        // pairs (0.1, 0.1) ½, (0.1, 0.9) 0, (0.9, 0.1) 1, (0.9, 0.9) ½: 2 / 4.
        Assert.Equal(0.5, PredictionEvaluation.Auc([0.9, 0.1, 0.9, 0.1], [true, true, false, false]));

        // A run of three tied scores at the start, two of them converted, under a disqualified 0.5: (0.3, 0.3) ½ twice,
        // (0.3, 0.5) 0 twice: 1 / 4.
        Assert.Equal(0.25, PredictionEvaluation.Auc([0.3, 0.3, 0.3, 0.5], [true, true, false, false]), 1e-12);
    }

    [Property(MaxTest = 200)]
    public Property The_auc_is_the_share_of_converted_and_disqualified_pairs_ranked_right_ties_half(int[] raw, bool[] rawOutcomes)
    {
        var n = Math.Min(raw.Length, rawOutcomes.Length);
        var scores = raw.Take(n).Select(x => (x % 5) / 4.0).ToArray(); // few distinct values: many ties
        var outcomes = rawOutcomes.Take(n).ToArray();
        var positives = outcomes.Count(o => o);
        if (positives == 0 || positives == n)
        {
            return true.ToProperty();
        }

        double right = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (outcomes[i] && !outcomes[j])
                {
                    right += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        var expected = right / (positives * (double)(n - positives));
        var actual = PredictionEvaluation.Auc(scores, outcomes);
        return (Math.Abs(expected - actual) < 1e-12).Label($"expected {expected}, got {actual}");
    }
}
