using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class SimilarityTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", 0.8133)]
    [InlineData("رضایی", "رضایی", 1)]
    [InlineData("ABC", "", 0)]
    public void Jaro_winkler_gives_the_published_values(string a, string b, double expected)
    {
        Assert.Equal(expected, Similarity.JaroWinkler(a, b), 3);
    }

    [Theory]
    [InlineData("9123456789", "9123456789", 0)]
    [InlineData("9123456789", "9123456788", 1)]
    [InlineData("9123456789", "9123465789", 1)]
    [InlineData("9123456789", "912345678", 1)]
    [InlineData("9123456789", "9213465789", 2)]
    [InlineData("9123456789", "0000000000", 3)]
    public void Edit_distance_counts_substitutions_gaps_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Similarity.EditDistance(a, b, 2));
    }

    [Fact]
    public void The_banded_edit_distance_is_the_full_distance_capped_at_the_limit()
    {
        // Reference: the textbook optimal string alignment distance over the whole table.
        static int Full(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }

        var text = Gen.Choose(0, 9).SelectMany(n => Gen.ArrayOf(Gen.Elements('1', '2', '3'), n)).Select(c => new string(c));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (a, b, limit) =>
            (Similarity.EditDistance(a, b, limit) == Math.Min(Full(a, b), limit + 1)).Label($"{a} / {b} / {limit}")));
    }

    [Theory]
    [InlineData(84)]
    [InlineData(85)]
    [InlineData(300)]
    public void The_edit_distance_of_long_texts_is_counted_as_of_short_ones(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('0' + (i % 10))));
        var typo = text[..(length / 2)] + 'x' + text[((length / 2) + 1)..];

        // Three rows of (second text's length + 1) cells: on the stack up to 256 cells (84 characters), on the heap past it.

        Assert.Equal(1, Similarity.EditDistance(text, typo, 2));
        Assert.Equal(1, Similarity.EditDistance(text, text + "1", 2));
        Assert.Equal(3, Similarity.EditDistance(text, new string('x', length), 2));
    }

    [Fact]
    public void Both_measures_are_symmetric()
    {
        var words = Gen.Elements("", "A", "AB", "ALI", "ALY", "REZAEI", "REZAIE", "رضایی", "رضای", "912345", "921345", "MARTHA", "MARHTA");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(words.ToArbitrary(), words.ToArbitrary(), (a, b) =>
            (Similarity.JaroWinkler(a, b) == Similarity.JaroWinkler(b, a) && Similarity.EditDistance(a, b, 3) == Similarity.EditDistance(b, a, 3))
                .Label($"{a} / {b}")));
    }

    [Theory]
    [InlineData("STEVEN", "STEPHEN")]
    [InlineData("KATHERINE", "CATHERINE")]
    public void Spellings_of_one_sound_agree_as_names(string a, string b)
    {
        Assert.Equal(0.95, PairComparer.NameSimilarity(a, b), 3);
        Assert.Equal(PairComparer.NameSimilarity(b, a), PairComparer.NameSimilarity(a, b));
    }

    [Theory]
    [InlineData("MARK", "MARY")]
    [InlineData("مریم", "مرتضی")]
    public void Names_of_other_sounds_do_not_get_the_phonetic_credit(string a, string b)
    {
        Assert.True(PairComparer.NameSimilarity(a, b) < 0.95);
    }

    [Theory]
    [InlineData("HORIZON PHARMA", "HORIZON FOODS")]
    [InlineData("الرویه الامل", "الابداع الرویه")]
    [InlineData("پارس داده نوین", "پارس داده گستر")]
    public void A_company_word_without_a_counterpart_counts_nothing(string a, string b)
    {
        Assert.True(PairComparer.CompanySimilarity(a, a.Split(' '), b, b.Split(' ')) < 0.88);
    }

    [Theory]
    [InlineData("HORIZON PHARMA", "HORIZON PHRMA")]
    [InlineData("CONTOSO", "CONTOSO PHARMA")]
    [InlineData("کیمیا گستر", "کیمیا گستر پارس")]
    public void Company_words_with_typos_or_one_extra_word_still_agree(string a, string b)
    {
        Assert.True(PairComparer.CompanySimilarity(a, a.Split(' '), b, b.Split(' ')) >= 0.88);
    }

    [Theory]
    [InlineData("pars438.com", "pars838.com", false)]
    [InlineData("gulf2170.ae", "gulf2177.ae", false)]
    [InlineData("kimia.ir", "kimmia.ir", true)]
    [InlineData("a1b2", "xa1yb2", true)]
    public void Same_digits_compares_the_numbers_only(string a, string b, bool expected)
    {
        Assert.Equal(expected, PairComparer.SameDigits(a, b));
    }

    [Theory]
    [InlineData("هادی", "هاری", 0.88)]
    [InlineData("DAVID", "DAVIS", 0.92)]
    [InlineData("STEPHANIE", "STEFANIE", 0.95)]
    [InlineData("ارش", "اش", 0.85)]
    [InlineData("ALI", "ARI", 0.85)]
    public void One_typo_in_a_short_name_agrees_weakly_from_four_letters(string a, string b, double expected)
    {
        Assert.Equal(expected, PairComparer.NameSimilarity(a, b), 3);
    }

    [Fact]
    public void Numbers_told_apart_by_their_digit_counts_are_more_than_two_edits_apart()
    {
        // The phone comparison skips the edit distance when the digit counts differ by more than 4: never wrongly.
        var numbers = Gen.Choose(0, 3).SelectMany(edits => Gen.ArrayOf(Gen.Choose(0, 9), 10).Select(d => (edits, string.Concat(d))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5_000), Prop.ForAll(numbers.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (pair, seed) =>
        {
            var random = new Random(seed);
            var other = pair.Item2.ToCharArray().ToList();
            for (var e = 0; e < pair.edits; e++)
            {
                var at = random.Next(other.Count);
                switch (random.Next(4))
                {
                    case 0: other[at] = (char)('0' + random.Next(10)); break;
                    case 1: other.Insert(at, (char)('0' + random.Next(10))); break;
                    case 2 when other.Count > 1: other.RemoveAt(at); break;
                    default: if (at + 1 < other.Count) { (other[at], other[at + 1]) = (other[at + 1], other[at]); } break;
                }
            }

            var y = new string([.. other]);
            var close = Similarity.EditDistance(pair.Item2, y, 2) <= 2;
            return !close || PairComparer.DigitCountsWithin(pair.Item2, y, 4);
        }));
        Assert.False(PairComparer.DigitCountsWithin("9123456789", "9351112222", 4));
        Assert.True(PairComparer.DigitCountsWithin("9123456789", "9123456798", 4));
    }

    [Fact]
    public void Jaro_Winkler_over_bits_equals_it_over_arrays_to_the_last_bit()
    {
        // Texts of up to 64 characters take the bit path; the array path is the reference. A small alphabet makes
        // matches, transpositions and shared prefixes common.
        var text = Gen.Choose(1, 64).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'b', 'c', 'd', 'ی', 'ک'), n)).Select(c => new string(c));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5_000), Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (x, y) =>
        {
            var (a, b) = x.Length <= y.Length ? (x, y) : (y, x);
            return Similarity.ShortJaroWinkler(a, b) == Similarity.LongJaroWinkler(a, b);
        }));
    }
}
