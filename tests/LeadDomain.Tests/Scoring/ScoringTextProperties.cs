using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// The ASCII fast path of text matching, and matching against text folded when the lead was stored, must answer exactly
/// as the general folding comparison does.
/// </summary>
public sealed class ScoringTextProperties
{
    private static readonly Gen<string> Texts = Gen.Elements('a', 'B', 'c', 'A', 'b', ' ', '1', 'ی', 'ي', 'ك', 'ک', '۱', 'ـ')
        .ArrayOf().Select(chars => new string(chars));

    [Fact]
    public void Fast_and_general_matching_agree()
    {
        // The text is mostly a variant of the pattern (case flipped, letters swapped for their Arabic/Persian twins,
        // surrounded by other text), so that matches are common enough to test.
        var cases = Texts.SelectMany(pattern => Gen.Choose(0, 5).SelectMany(mode => Texts.Select(noise => (Variant(pattern, mode, noise), pattern))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            var (text, pattern) = pair;
            if (ScoringText.FoldPattern(pattern).Length == 0)
            {
                return true.ToProperty();
            }

            var patterns = new ScoringText.Patterns([pattern]);
            var folded = ScoringText.FoldPattern(pattern);
            var stored = TextFolding.Fold(text);
            return (patterns.AnyEqual(text) == ScoringText.Equal(text, folded)
                    && patterns.AnyContained(text) == ScoringText.Contains(text, folded)
                    && patterns.AnyEqualFolded(stored) == ScoringText.Equal(text, folded)
                    && patterns.AnyContainedFolded(stored) == ScoringText.Contains(text, folded))
                .Label($"text '{text}', pattern '{pattern}'");
        }));
    }

    private static string Variant(string pattern, int mode, string noise)
    {
        var swapped = new string([.. pattern.Select(c => c switch
        {
            'a' => 'A', 'A' => 'a', 'b' => 'B', 'B' => 'b', 'ی' => 'ي', 'ي' => 'ی', 'ك' => 'ک', 'ک' => 'ك', '۱' => '1', _ => c,
        })]);
        return mode switch
        {
            0 => swapped,
            1 => noise + swapped,
            2 => swapped + noise,
            3 => noise + swapped + noise,
            4 => pattern,
            _ => noise,
        };
    }

    [Fact]
    public void Long_non_ASCII_text_is_matched_too()
    {
        var text = string.Concat(Enumerable.Repeat("متن طولانی ", 60)) + "مـديـر فروش";

        Assert.True(new ScoringText.Patterns(["مدیر"]).AnyContained(text));
        Assert.False(new ScoringText.Patterns(["حسابدار"]).AnyContained(text));
        Assert.True(new ScoringText.Patterns([text.Replace("ـ", "", StringComparison.Ordinal)]).AnyEqual(text));
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
