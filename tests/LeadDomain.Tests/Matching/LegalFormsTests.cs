using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>Every legal form, one by one, at either end of a company name; and typos of the long ones.</summary>
public sealed class LegalFormsTests
{
    public static TheoryData<string> Forms() =>
    [
        "Inc", "Incorporated", "Ltd", "Limited", "LLC", "L.L.C.", "LLP", "LP", "PLC", "Co", "Company", "Corp",
        "Corporation", "GmbH", "AG", "KG", "SA", "S A", "SAS", "SARL", "SL", "S L", "SRL", "S R L", "SpA", "S P A", "BV",
        "B V", "NV", "N V", "Ltda", "Pty", "Pvt", "JSC",
        "شرکت", "سهامی خاص", "سهامی عام", "سهامی", "مسئولیت محدود", "با مسئولیت محدود", "تضامنی", "ش.م.م", "ش.س.خ",
        "ش.س.ع",
        "شركة", "ذ.م.م", "ش.م.ع", "المحدودة", "ذات مسؤولية محدودة", "مؤسسة", "مؤسسة فردية", "موسسه",
    ];

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_legal_form_is_removed_at_the_end_and_at_the_start(string form)
    {
        Assert.Equal(["KIMIA", "GOSTAR"], Stripped($"Kimia Gostar {form}"));
        Assert.Equal(["KIMIA", "GOSTAR"], Stripped($"{form} Kimia Gostar"));
    }

    [Theory]
    [InlineData("Kimia Gostar Limitd")]
    [InlineData("Kimia Gostar Incorporatd")]
    [InlineData("مثسسة Kimia Gostar")]
    [InlineData("Kimia Gostar اخلمحدودة")]
    public void A_long_legal_form_with_one_typo_is_removed(string name) => Assert.Equal(["KIMIA", "GOSTAR"], Stripped(name));

    [Theory]
    [InlineData("Kimia Gostar Kimited")] // the first letter wrong, the last in place
    [InlineData("Kimia Gostar Limitex")] // the last letter wrong, the first in place
    [InlineData("Kimia Gostar Jncorporated")]
    [InlineData("Kimia Gostar Corporatiom")]
    public void A_typo_in_the_first_or_the_last_letter_of_a_long_form_is_found(string name) =>
        Assert.Equal(["KIMIA", "GOSTAR"], Stripped(name));

    [Theory]
    [InlineData(58)]
    [InlineData(59)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(100)]
    public void A_word_too_long_for_any_legal_form_stays_wherever_it_is(int length)
    {
        // The candidates are joined in a buffer of 64 characters; a longer one is no form and must not overflow it.
        var word = new string('X', length);

        Assert.Equal([word], Stripped(word));
        Assert.Equal(["KIMIA", word], Stripped($"Kimia {word}"));
        Assert.Equal([word, "KIMIA"], Stripped($"{word} Kimia"));
        Assert.Equal(["KIMIA", word], Stripped($"Kimia {word} Ltd"));
    }

    [Theory]
    [InlineData("Kimia Gostar Lmtd")] // two letters off
    [InlineData("Kimia Gostar Inx")] // a short form is never guessed
    public void Other_words_stay(string name) => Assert.Equal(3, Stripped(name).Count);

    private static List<string> Stripped(string name)
    {
        var words = new List<string>();
        MatchText.AddWords(name, words);
        LegalForms.Strip(words);
        return words;
    }
}
