using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The character folding every text comparison shares.</summary>
public sealed class TextFoldingTests
{
    [Fact]
    public void Every_character_folds_to_its_invariant_upper_case_but_for_the_Arabic_and_Persian_variants()
    {
        var wrong = new List<string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var expected = c switch
            {
                '\u064A' or '\u0649' => '\u06CC',
                '\u0643' => '\u06A9',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => char.ToUpperInvariant(c),
            };
            if (TextFolding.Fold(c) != expected)
            {
                wrong.Add($"U+{i:X4} folds to U+{(int)TextFolding.Fold(c):X4}, not U+{(int)expected:X4}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("كيميا گستر", "کیمیا گستر")]
    [InlineData("São João", "SÃO JOÃO")]
    [InlineData("Ærø ÿ µ", "ÆRØ Ÿ Μ")]
    [InlineData("مـدیر\u200Cفروش", "مدیرفروش")]
    [InlineData("۰۹۱۲ ٣٤٥", "0912 345")]
    public void Text_folds_as_written_out_by_hand(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }
}
