using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>Name and company similarity (<c>PairComparer.Names.cs</c>), rule by rule; both orders give one value.</summary>
public sealed class PairComparerNamesTests
{
    [Theory]
    [InlineData(null, "ALI", -1)] // missing
    [InlineData(null, null, -1)]
    [InlineData("ALI", "ALI", 1)]
    [InlineData("ALI", "\u0639\u0644\u06CC", -1)] // two scripts: no evidence either way
    [InlineData("A", "ALI", 0.9)] // an initial agrees with a name it starts
    [InlineData("A", "A", 1)]
    [InlineData("B", "ALI", 0)]
    [InlineData("A", "B", 0)]
    [InlineData("\u0627\u0644\u06CC", "\u06CC", 0)] // the initial is the first letter, not any letter
    [InlineData("ABC", "ABD", 0.85)] // one letter wrong in three: not proof either way
    [InlineData("\u0627\u0631\u0634", "\u0627\u0634", 0.85)] // ارش/اش, one letter missing in three
    [InlineData("ABC", "XBC", 0.85)]
    [InlineData("ABCD", "XBCD", 0.88)] // one letter wrong in four: a weak agreement
    [InlineData("AB", "BA", 0)] // two letters: no typo rule
    [InlineData("STEVEN", "STEPHEN", 0.95)] // the same sound
    [InlineData("KATHY", "CATHY", 0.95)]
    [InlineData("TOM", "TIM", 0.95)]
    [InlineData("SMITH", "SCHMIDT", 0.6989)] // another skeleton: Jaro-Winkler alone
    [InlineData("SANTOS SILVA", "SILVA", 0.85)] // every word of one among the other's
    [InlineData("SAYED HASSAN", "HASSAN SAYED", 0.85)]
    [InlineData("PEDRO  COSTA", "COSTA", 0.85)]
    [InlineData("PEREZ GIL", "GIL", 0.85)]
    [InlineData("COSTA", "SANTOS SILVA", 0.5861)] // a word not among the other's
    [InlineData("MARIA", "MARIA CLARA", 0.8909)] // Jaro-Winkler already above 0.85: kept
    [InlineData("\u0627\u0644\u0628\u0644\u0648\u0634\u06CC", "\u0628\u0644\u0648\u0634\u06CC", 1)] // البلوشی, بلوشی
    [InlineData("\u0627\u0644 \u0628\u0644\u0648\u0634\u06CC", "\u0628\u0644\u0648\u0634\u06CC", 1)] // ال بلوشی
    [InlineData("AL BALUSHI", "BALUSHI", 1)]
    [InlineData("EL SAYED", "SAYED", 1)]
    [InlineData("AL XY", "XY", 1)] // five characters: the article is dropped
    [InlineData("ALBERT", "BERT", 0.8889)] // AL without a space is no article
    [InlineData("\u0627\u0644\u0628\u0646", "\u0628\u0646", 0)] // البن, four letters: too short for ال to be an article
    [InlineData("AL X", "XX", 0)] // four characters: AL is kept
    public void Name_similarity_follows_each_rule(string? x, string? y, double expected)
    {
        Assert.Equal(expected, PairComparer.NameSimilarity(x, y), 4);
        Assert.Equal(expected, PairComparer.NameSimilarity(y, x), 4);
    }

    [Fact]
    public void Layla_and_Leila_are_one_name_as_documented()
    {
        Assert.True(PairComparer.NameSimilarity("LAYLA", "LEILA") >= 0.88);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("123", 0)]
    [InlineData("1A", 1)]
    [InlineData("\u00C0", 1)]
    [InlineData("\u00D7", 1)]
    [InlineData("\u0100", 1)]
    [InlineData("\u024F", 1)]
    [InlineData("\u0250", 3)]
    [InlineData("\u00BF", 0)]
    [InlineData("\u00BFA", 1)]
    [InlineData("\u0600", 2)]
    [InlineData("\u06FF", 2)]
    [InlineData("\u0750", 2)]
    [InlineData("\u077F", 2)]
    [InlineData("\uFB50", 2)]
    [InlineData("\uFDFF", 2)]
    [InlineData("\uFE70", 2)]
    [InlineData("\uFEFF", 2)]
    [InlineData("\u00BF\u0628", 2)]
    [InlineData("\u05D0", 3)]
    [InlineData("\u074F", 3)]
    [InlineData("\u0780", 3)]
    [InlineData("\uFB4F", 3)]
    [InlineData("\uFF21", 3)]
    [InlineData("\u00BF\u05D0", 3)]
    public void The_script_is_the_first_letters_and_each_range_edge_belongs_to_its_script(string name, int script)
    {
        Assert.Equal(script, PairComparer.ScriptOf(name));
    }

    [Theory]
    [InlineData("CONTOSO PHARMA", "CONTOSO PHARMA", 1)]
    [InlineData("CONTOSOPHARMA", "CONTOSO PHARMA", 0.9857)] // split differently: the whole names' letters
    [InlineData("ACME", "ACMEE", 0.92)] // as many words: a word starting the other, not the whole names' letters (0.96)
    [InlineData("CONTOSO INT", "CONTOSO INTERNATIONAL", 0.96)] // a word that starts the other
    [InlineData("AB CONTOSO", "ABC CONTOSO", 0.9556)] // two letters are no abbreviation: Jaro-Winkler
    [InlineData("CONTOSO FOOD", "CONTOSO FOOF", 0.9417)]
    [InlineData("CONTOSO FO", "CONTOSO FA", 0.5)] // a short word that differs counts nothing
    [InlineData("CONTOSO 7", "CONTOSO SEVEN", 0.5)] // a number is no word's typo
    [InlineData("CONTOSO 24", "CONTOSO 42", 0.5)] // numbers that differ: at most 0.5
    [InlineData("CONTOSO 24 7", "CONTOSO 24", 0.5)]
    [InlineData("CONTOSO 1", "CONTOSO 1 2", 0.5)]
    [InlineData("CONTOSO 24", "CONTOSO", 0.94)] // a number only one name has is no difference
    [InlineData("CONTOSO 24", "CONTOSO 24 PHARMA", 0.95)]
    [InlineData("IBM", "INTERNATIONAL BUSINESS MACHINES", 0.9)] // initials
    [InlineData("IBX", "INTERNATIONAL BUSINESS MACHINES", 0.6194)]
    [InlineData("IBM", "I B M X", 0.8286)] // as many letters as words only
    [InlineData("AB", "A B", 0.9)]
    [InlineData("I", "I B", 0.925)]
    [InlineData("CONTOSO", "CONTOSO PHARMA LOGISTICS", 0.9)] // words only the longer name has count a little against it
    [InlineData("CONTOSO PHARMA", "CONTOSO PHARMA LOGISTICS", 0.95)]
    [InlineData("NORTHWIND TRADERS", "TRADERS", 0.925)]
    [InlineData("FABRIKAM CONTOSO", "CONTOSO FABRIKAM", 1)]
    [InlineData("CONTOSO", "FABRIKAM", 0)]
    [InlineData("X", "XYZ", 0)] // one letter against one word: no initials
    [InlineData("CONTOSO 7ELEVEN", "CONTOSO ELEVEN", 0.5)] // a word that starts with a digit is no typo of a word
    [InlineData("24 CONTOSO", "24 CONTOSO PHARMA", 0.95)] // the same number, first in both: no difference
    public void Company_similarity_follows_each_rule(string x, string y, double expected)
    {
        var xs = x.Split(' ');
        var ys = y.Split(' ');

        Assert.Equal(expected, PairComparer.CompanySimilarity(x, xs, y, ys), 4);
        Assert.Equal(expected, PairComparer.CompanySimilarity(y, ys, x, xs), 4);
    }
}
