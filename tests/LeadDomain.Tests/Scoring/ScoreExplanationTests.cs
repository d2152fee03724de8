using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

public sealed class ScoreExplanationTests
{
    private static readonly LeadScore Score = new(40, 40, 0, LeadRating.Warm, LeadGrade.C);

    [Fact]
    public void Equal_scores_and_equal_reasons_in_order_are_equal()
    {
        var a = new ScoreExplanation(Score, [new ScoreReason("email", ScoreGroup.Fit, 40)]);
        var b = new ScoreExplanation(Score, [new ScoreReason("email", ScoreGroup.Fit, 40)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Another_score_with_the_same_reasons_is_not_equal()
    {
        IReadOnlyList<ScoreReason> reasons = [new ScoreReason("email", ScoreGroup.Fit, 40)];

        Assert.NotEqual(new ScoreExplanation(Score, reasons), new ScoreExplanation(Score with { Total = 41 }, reasons));
    }

    [Fact]
    public void Null_reasons_equal_only_null_reasons()
    {
        var none = new ScoreExplanation(Score, null!);
        var some = new ScoreExplanation(Score, [new ScoreReason("email", ScoreGroup.Fit, 40)]);

        Assert.False(none.Equals(some));
        Assert.False(some.Equals(none));
        Assert.True(none.Equals(new ScoreExplanation(Score, null!)));
        Assert.False(some.Equals(null));
    }
}
