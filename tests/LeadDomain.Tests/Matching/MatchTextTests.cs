using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData('\u0623', '\u0627')] // أ → ا
    [InlineData('\u0625', '\u0627')] // إ → ا
    [InlineData('\u0622', '\u0627')] // آ → ا
    [InlineData('\u0671', '\u0627')] // ٱ → ا
    [InlineData('\u0624', '\u0648')] // ؤ → و
    [InlineData('\u0626', '\u06CC')] // ئ → ی
    [InlineData('\u0629', '\u0647')] // ة → ه
    [InlineData('\u06C0', '\u0647')] // ۀ → ه
    [InlineData('\u06D5', '\u0647')] // ە → ه
    [InlineData('\u0621', '\0')] // a lone hamza is dropped
    [InlineData('\u0640', '\0')] // tatweel is ignorable
    [InlineData('\u200C', '\0')] // ZWNJ is ignorable
    [InlineData('\u064E', '\0')] // a haraka is ignorable
    [InlineData('\u064A', '\u06CC')] // Arabic yeh → Persian yeh (the library's folding)
    [InlineData('\u0643', '\u06A9')] // Arabic kaf → Persian kaf
    [InlineData('\u0666', '6')] // Arabic-Indic digit
    [InlineData('a', 'A')]
    [InlineData('\u00E9', '\u00C9')]
    [InlineData('\u0627', '\u0627')] // a plain alef stays
    [InlineData('\u0648', '\u0648')]
    [InlineData('\u0647', '\u0647')]
    public void Fold_maps_the_letter_variants_people_type_for_one_another(char c, char expected)
    {
        Assert.Equal(expected, MatchText.Fold(c));
    }

    [Theory]
    [InlineData("S.A. Contoso-Pharma", new[] { "SA", "CONTOSO", "PHARMA" })]
    [InlineData("O'Brien & D\u2019Arcy", new[] { "OBRIEN", "DARCY" })]
    [InlineData("  -- Ali   Reza --  ", new[] { "ALI", "REZA" })]
    [InlineData("علی،رضا", new[] { "علی", "رضا" })]
    [InlineData("Ｃｏｎｔｏｓｏ Ltd", new[] { "CONTOSO", "LTD" })]
    [InlineData("José Müller", new[] { "JOSE", "MULLER" })]
    [InlineData("۱۲۳ Main", new[] { "123", "MAIN" })]
    public void AddWords_appends_the_folded_words(string text, string[] expected)
    {
        var words = new List<string> { "BEFORE" };

        MatchText.AddWords(text, words);

        Assert.Equal(["BEFORE", .. expected], words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("...'")]
    [InlineData("- & -")]
    public void AddWords_appends_nothing_for_text_without_letters_or_digits(string text)
    {
        var words = new List<string>();

        MatchText.AddWords(text, words);

        Assert.Empty(words);
    }

    [Fact]
    public void AddWords_and_Words_read_long_text()
    {
        var text = string.Join(" ", Enumerable.Repeat("Contoso", 60)); // 479 characters, past the stack buffer
        var words = new List<string>();

        MatchText.AddWords(text, words);

        Assert.Equal(Enumerable.Repeat("CONTOSO", 60), words);
        Assert.Equal(text.ToUpperInvariant(), MatchText.Words(text));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" . ", null)]
    [InlineData("Ali", "ALI")]
    [InlineData(" Ali  Reza ", "ALI REZA")]
    [InlineData("Jean-Luc", "JEAN LUC")]
    [InlineData("S.A.", "SA")]
    [InlineData("أحمد", "احمد")]
    [InlineData("مسئول", "مسیول")]
    [InlineData("ماء", "ما")]
    [InlineData("فاطمة", "فاطمه")]
    [InlineData("علي\u200Cرضا", "علیرضا")]
    [InlineData("ﻋﻠﻲ", "علی")] // Arabic presentation forms
    [InlineData("Ｊｏｈｎ", "JOHN")] // full-width letters
    [InlineData("Zoë", "ZOE")]
    [InlineData("\u2014Ali", "ALI")] // a separator outside ASCII before the first word writes nothing
    [InlineData("\u00ABعلی\u00BB", "علی")]
    [InlineData("\u060Cعلی \u060Cرضا", "علی رضا")]
    [InlineData("AB\u200ECD", "ABCD")] // a format character (left-to-right mark) is dropped, not a separator
    [InlineData("e\u20DD", "E")] // an enclosing mark is dropped
    [InlineData("क\u0903", "क\u0903")] // a spacing combining mark is kept in the word
    public void Words_are_folded_and_joined_by_single_spaces(string? text, string? expected)
    {
        Assert.Equal(expected, MatchText.Words(text));
    }

    [Fact]
    public void Source_decomposes_only_text_that_needs_it()
    {
        const string ascii = "Contoso Pharma";
        const string persian = "شرکت\u200Cپویا";

        Assert.Same(ascii, MatchText.Source(ascii));
        Assert.Same(persian, MatchText.Source(persian));

        // Letters of the Arabic block that have a canonical decomposition (alef with madda, yeh and waw with hamza) are
        // folded one by one, not decomposed: the text is read as given.
        const string madda = "آرش";
        const string hamza = "مسئول مؤسسه";
        Assert.Same(madda, MatchText.Source(madda));
        Assert.Same(hamza, MatchText.Source(hamza));
        Assert.Equal("ارش", MatchText.Words(madda));
        Assert.Equal("Jose\u0301", MatchText.Source("José"));
        Assert.Equal("CONTOSO", MatchText.Source("ＣＯＮＴＯＳＯ"));
    }

    [Theory]
    [InlineData("Ali Reza", ' ', "ALI REZA")]
    [InlineData("Ali Reza", '\0', "ALIREZA")]
    [InlineData("Ali Reza", '-', "ALI-REZA")]
    [InlineData(" Ali ", '-', "ALI")]
    [InlineData("e\u0301", ' ', "E")] // a non-spacing mark in the source is dropped
    [InlineData("\u0621\u0639\u0644\u06CC", '-', "\u0639\u0644\u06CC")] // a dropped character does not start a word
    [InlineData("Ali \u0621Reza", '-', "ALI-REZA")]
    public void FoldWords_writes_the_folded_words_with_the_separator(string source, char separator, string expected)
    {
        var destination = new char[source.Length];

        var n = MatchText.FoldWords(source, destination, separator);

        Assert.Equal(expected, new string(destination, 0, n));
    }

    [Theory]
    [InlineData("ROBERT", "6163")]
    [InlineData("RUPERT", "6163")]
    [InlineData("ASHCRAFT", "A261")]
    [InlineData("ALI", "A4")]
    [InlineData("BOB", "1")]
    [InlineData("PAPA", "1")]
    [InlineData("BCDLMR", "1234")]
    [InlineData("A B", "A1")]
    [InlineData("", "")]
    [InlineData("LL", "4")]
    [InlineData("ALL", "A4")]
    [InlineData("STEVEN", "2315")]
    [InlineData("STEPHEN", "2315")]
    public void Skeleton_keeps_the_first_letter_and_three_consonant_classes(string word, string expected)
    {
        Assert.Equal(expected, MatchText.Skeleton(word));
    }

    [Theory]
    [InlineData('B', '1')]
    [InlineData('F', '1')]
    [InlineData('P', '1')]
    [InlineData('V', '1')]
    [InlineData('C', '2')]
    [InlineData('G', '2')]
    [InlineData('J', '2')]
    [InlineData('K', '2')]
    [InlineData('Q', '2')]
    [InlineData('S', '2')]
    [InlineData('X', '2')]
    [InlineData('Z', '2')]
    [InlineData('D', '3')]
    [InlineData('T', '3')]
    [InlineData('L', '4')]
    [InlineData('M', '5')]
    [InlineData('N', '5')]
    [InlineData('R', '6')]
    [InlineData('\u062B', '\u0633')] // ث → س
    [InlineData('\u0635', '\u0633')] // ص → س
    [InlineData('\u0633', '\u0633')]
    [InlineData('\u0630', '\u0632')] // ذ → ز
    [InlineData('\u0636', '\u0632')] // ض → ز
    [InlineData('\u0638', '\u0632')] // ظ → ز
    [InlineData('\u0637', '\u062A')] // ط → ت
    [InlineData('\u062D', '\u0647')] // ح → ه
    [InlineData('\u063A', '\u0642')] // غ → ق
    [InlineData('\u0628', '\u0628')] // ب is its own class
    public void Skeleton_classes_each_consonant(char consonant, char cls)
    {
        Assert.Equal(string.Concat("A", cls), MatchText.Skeleton(string.Concat("A", consonant)));
        Assert.Equal(string.Concat('\u0627', cls), MatchText.Skeleton(string.Concat('\u0627', consonant)));
        Assert.Equal(cls.ToString(), MatchText.Skeleton(consonant.ToString()));
    }

    [Theory]
    [InlineData('A')]
    [InlineData('E')]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('U')]
    [InlineData('Y')]
    [InlineData('H')]
    [InlineData('W')]
    [InlineData('\u0627')] // ا
    [InlineData('\u0648')] // و
    [InlineData('\u06CC')] // ی
    [InlineData('\u0639')] // ع
    public void Skeleton_drops_vowels_after_the_first_letter_and_keeps_a_first_vowel(char vowel)
    {
        Assert.Equal("1", MatchText.Skeleton(string.Concat("B", vowel)));
        Assert.Equal("12", MatchText.Skeleton(string.Concat("B", vowel, "S")));
        Assert.Equal(string.Concat(vowel, "1"), MatchText.Skeleton(string.Concat(vowel, "B")));
    }

    [Fact]
    public void Skeleton_into_a_span_writes_at_most_four_characters()
    {
        var result = new char[8];
        Array.Fill(result, '*');

        var n = MatchText.Skeleton("BCDLMRBCD", result);

        Assert.Equal(4, n);
        Assert.Equal("1234****", new string(result));
        Assert.Equal(4, MatchText.SkeletonLength);
        Assert.Equal(MatchText.Skeleton("\u062B\u0627\u0628\u062A"), MatchText.Skeleton("\u0633\u0627\u0628\u0637")); // ثابت, سابط
    }
}
