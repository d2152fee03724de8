using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary>The ASCII fast path of text matching must answer exactly as the general folding comparison does.</summary>
public sealed class ScoringTextProperties
{
    private static readonly Gen<string> Texts = Gen.Elements('a', 'B', 'c', 'A', 'b', ' ', '1', 'ی', 'ي', 'ك', 'ک', '۱', 'ـ')
        .ArrayOf().Select(chars => new string(chars));

    [Fact]
    public void Fast_and_general_matching_agree()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Texts.ToArbitrary(), Texts.ToArbitrary(), (text, pattern) =>
        {
            if (ScoringText.FoldPattern(pattern).Length == 0)
            {
                return true.ToProperty();
            }

            var patterns = new ScoringText.Patterns([pattern]);
            var folded = ScoringText.FoldPattern(pattern);
            return (patterns.AnyEqual(text) == ScoringText.Equal(text, folded)
                    && patterns.AnyContained(text) == ScoringText.Contains(text, folded))
                .Label($"text '{text}', pattern '{pattern}'");
        }));
    }

    [Theory]
    [InlineData("Software", "SOFTWARE", true)]
    [InlineData("soft", "software", false)]
    [InlineData("كيميا", "کیمیا", true)]
    [InlineData("کـیمیا", "کیمیا", true)]
    [InlineData("2026", "۲۰۲۶", true)]
    [InlineData("٢٠٢٦", "2026", true)]
    public void Equality_folds_case_letters_digits_and_tatweel(string text, string pattern, bool expected)
    {
        Assert.Equal(expected, new ScoringText.Patterns([pattern]).AnyEqual(text));
    }
}
