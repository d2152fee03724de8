using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>Every entry of the abbreviation tables, one by one (each is data a typo in would go unnoticed).</summary>
public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("INTL", "INTERNATIONAL")]
    [InlineData("INTERNATL", "INTERNATIONAL")]
    [InlineData("TECH", "TECHNOLOGY")]
    [InlineData("TECHNOLOGIES", "TECHNOLOGY")]
    [InlineData("MFG", "MANUFACTURING")]
    [InlineData("SVCS", "SERVICES")]
    [InlineData("SERVICE", "SERVICES")]
    [InlineData("BROS", "BROTHERS")]
    [InlineData("SYS", "SYSTEMS")]
    [InlineData("SOLNS", "SOLUTIONS")]
    [InlineData("GRP", "GROUP")]
    [InlineData("ASSOC", "ASSOCIATES")]
    [InlineData("IND", "INDUSTRIES")]
    [InlineData("DEPT", "DEPARTMENT")]
    [InlineData("ENG", "ENGINEERING")]
    [InlineData("LABS", "LABORATORIES")]
    [InlineData("LABORATORY", "LABORATORIES")]
    public void A_company_abbreviation_is_read_as_its_full_word(string variant, string full)
    {
        Assert.Equal(["CONTOSO", full], Abbreviations.CompanyWords(["CONTOSO", variant]));
        Assert.Equal(["CONTOSO", full], Abbreviations.CompanyWords(["CONTOSO", full]));
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("THE")]
    [InlineData("و")]
    public void And_the_and_their_persian_form_are_dropped_from_a_company_name(string word) =>
        Assert.Equal(["CONTOSO", "PHARMA"], Abbreviations.CompanyWords(["CONTOSO", word, "PHARMA"]));

    [Fact]
    public void A_name_of_dropped_words_only_keeps_its_words() =>
        Assert.Equal(["THE", "AND"], Abbreviations.CompanyWords(["THE", "AND"]));

    [Theory]
    [InlineData("Street", "St")]
    [InlineData("Avenue", "Ave")]
    [InlineData("Av", "Ave")]
    [InlineData("Road", "Rd")]
    [InlineData("Boulevard", "Blvd")]
    [InlineData("Drive", "Dr")]
    [InlineData("Lane", "Ln")]
    [InlineData("Square", "Sq")]
    [InlineData("Suite", "Ste")]
    [InlineData("Floor", "Fl")]
    [InlineData("North", "N")]
    [InlineData("South", "S")]
    [InlineData("East", "E")]
    [InlineData("West", "W")]
    [InlineData("Rua", "R")]
    [InlineData("Avenida", "Ave")]
    [InlineData("خیابان", "خ")]
    [InlineData("کوچه", "ک")]
    [InlineData("بلوار", "بل")]
    [InlineData("میدان", "م")]
    [InlineData("پلاک", "پ")]
    [InlineData("طبقه", "ط")]
    [InlineData("واحد", "و")]
    [InlineData("شارع", "ش")]
    public void A_street_word_and_its_abbreviation_give_one_street_line(string word, string shortForm)
    {
        Assert.Equal(Abbreviations.StreetLine($"12 Kimia {shortForm}", null, null), Abbreviations.StreetLine($"12 Kimia {word}", null, null));
        Assert.NotEqual(Abbreviations.StreetLine("12 Kimia Qqq", null, null), Abbreviations.StreetLine($"12 Kimia {word}", null, null));
    }
    [Theory]
    [InlineData("12 Main Street", null, null, "12 MAIN ST")]
    [InlineData(null, "12 Main Street", null, "12 MAIN ST")]
    [InlineData(null, null, "12 Main Street", "12 MAIN ST")]
    [InlineData("12 Main Street", "Suite 5", "Floor 3", "12 MAIN ST STE 5 FL 3")]
    [InlineData("12 Main St", "Building A", null, "12 MAIN ST BUILDING A")] // two lines of one length
    [InlineData("12 Main St", null, "Building A", "12 MAIN ST BUILDING A")]
    [InlineData("---", "12 Main Street", "", "12 MAIN ST")] // a line without words adds nothing
    [InlineData("خیابان آزادی", "پلاک ۱۲", "طبقه ۳", "خ ازادی پ 12 ط 3")]
    public void A_street_line_is_its_lines_words_folded_and_abbreviated_in_order(string? line1, string? line2, string? line3, string expected)
    {
        Assert.Equal(expected, Abbreviations.StreetLine(line1, line2, line3));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "", "")]
    [InlineData("---", " ", ".")]
    public void A_street_line_without_words_is_none(string? line1, string? line2, string? line3)
    {
        Assert.Null(Abbreviations.StreetLine(line1, line2, line3));
    }

    [Fact]
    public void A_long_street_line_is_read_whole()
    {
        var line = "12 " + string.Join(" ", Enumerable.Repeat("Main Street", 20)); // 242 characters, 40 words
        var other = string.Join(" ", Enumerable.Repeat("North Avenue", 20));

        Assert.Equal("12 " + string.Join(" ", Enumerable.Repeat("MAIN ST", 20)) + " " + string.Join(" ", Enumerable.Repeat("N AVE", 20)), Abbreviations.StreetLine(line, other, null));
    }
}
