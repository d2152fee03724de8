using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// The edges of text matching: lengths at and one past the shortest and longest patterns, in ASCII, in Persian and in text
/// folded when the lead was stored, and text past the stack buffer.
/// </summary>
public sealed class ScoringTextTests
{
    private static readonly ScoringText.Patterns Persian = new(["مدیر", "مدیر فروش"]);
    private static readonly ScoringText.Patterns Latin = new(["CRM", "Director"]);

    [Theory]
    [InlineData("crm", true)]
    [InlineData("director", true)]
    [InlineData("cr", false)]
    [InlineData("directors", false)]
    [InlineData("CRMs", false)]
    [InlineData("", false)]
    public void Ascii_text_equals_a_pattern_of_its_own_length_only(string text, bool expected)
    {
        Assert.Equal(expected, Latin.AnyEqual(text));
        Assert.Equal(expected, Latin.AnyEqualFolded(TextFolding.Fold(text)));
    }

    [Theory]
    [InlineData("مدير", true)] // Arabic yeh
    [InlineData("مـدیـر", true)] // tatweel: longer than the pattern, equal once folded
    [InlineData("مدیر فروش", true)]
    [InlineData("مدي", false)]
    [InlineData("مدیران", false)]
    [InlineData("مدیر فروشگاه", false)] // one past the longest pattern once folded
    [InlineData("مدیر فروشی", false)]
    public void Persian_text_equals_a_pattern_once_folded(string text, bool expected)
    {
        Assert.Equal(expected, Persian.AnyEqual(text));
        Assert.Equal(expected, Persian.AnyEqualFolded(TextFolding.Fold(text)));
    }

    [Theory]
    [InlineData("Sales Director", true)]
    [InlineData("a crm", true)]
    [InlineData("CR", false)]
    [InlineData("Direc tor", false)]
    public void Ascii_text_contains_a_pattern_anywhere(string text, bool expected)
    {
        Assert.Equal(expected, Latin.AnyContained(text));
        Assert.Equal(expected, Latin.AnyContainedFolded(TextFolding.Fold(text)));
    }

    [Theory]
    [InlineData("مدير فروش", true)]
    [InlineData("معاون مدیر", true)]
    [InlineData("مدی", false)]
    [InlineData("مد یر", false)]
    public void Persian_text_contains_a_pattern_anywhere(string text, bool expected)
    {
        Assert.Equal(expected, Persian.AnyContained(text));
        Assert.Equal(expected, Persian.AnyContainedFolded(TextFolding.Fold(text)));
    }

    [Fact]
    public void A_persian_pattern_never_matches_ascii_text_and_an_ascii_one_matches_mixed_text()
    {
        Assert.False(Persian.AnyContained(new string('x', 20)));
        Assert.True(Latin.AnyContained("مدیر CRM"));
        Assert.True(new ScoringText.Patterns(["crm"]).AnyEqual("ＣＲＭ") == ScoringText.Equal("ＣＲＭ", ScoringText.FoldPattern("crm")));
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1_000)]
    public void Text_at_and_past_the_stack_buffer_is_matched(int length)
    {
        var text = new string('ی', length - 4) + "مدیر";
        var pattern = new ScoringText.Patterns([text]);

        Assert.True(pattern.AnyEqual(text));
        Assert.True(pattern.AnyEqual(text.Replace('ی', 'ي')));
        Assert.False(pattern.AnyEqual(text + "ر"));
        Assert.True(Persian.AnyContained(text));
        Assert.False(Persian.AnyEqual(text));
    }

    [Theory]
    [InlineData("Director", "director", true)]
    [InlineData("Director  ", "director", false)] // a space is not ignorable (stored text is trimmed)
    [InlineData("Directo", "director", false)]
    [InlineData("Director x", "director", false)]
    [InlineData("مدیـر\u200C", "مدیر", true)]
    public void Equal_allows_only_ignorable_characters_after_the_pattern(string text, string pattern, bool expected)
    {
        Assert.Equal(expected, ScoringText.Equal(text, ScoringText.FoldPattern(pattern)));
    }

    [Theory]
    [InlineData("the crm", "crm", true)]
    [InlineData("crm", "crm", true)]
    [InlineData("cr", "crm", false)]
    [InlineData("ـمدیر", "مدیر", true)]
    [InlineData("x مـدیر", "مدیر", true)]
    public void Contains_finds_the_pattern_at_the_start_middle_or_end(string text, string pattern, bool expected)
    {
        Assert.Equal(expected, ScoringText.Contains(text, ScoringText.FoldPattern(pattern)));
    }

    [Fact]
    public void Patterns_are_trimmed_and_folded_once()
    {
        var patterns = new ScoringText.Patterns(["  Software ", "مدير", "crm"]);

        Assert.Equal(["SOFTWARE", TextFolding.Fold("مدیر"), "CRM"], patterns.Folded);
        Assert.Equal(["SOFTWARE", "CRM"], patterns.Ascii);
    }

    [Fact]
    public void No_patterns_match_no_text()
    {
        var none = new ScoringText.Patterns([]);

        Assert.False(none.AnyEqual("crm"));
        Assert.False(none.AnyEqual(""));
        Assert.False(none.AnyContained("crm"));
        Assert.False(none.AnyEqualFolded("CRM"));
        Assert.False(none.AnyContainedFolded("CRM"));
    }

    [Theory]
    [InlineData("A\u200CB", "ABC")] // as long as the pattern, but one character of it is ignorable
    [InlineData("AB\u200C", "ABC")]
    [InlineData("\u0640AB", "ABC")]
    public void Text_whose_ignorable_characters_leave_it_short_of_the_pattern_neither_equals_nor_contains_it(string escaped, string pattern)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Assert.False(ScoringText.Equal(text, pattern));
        Assert.False(ScoringText.Contains(text, pattern));
        Assert.True(ScoringText.Equal(text + "C", pattern));
    }
}
