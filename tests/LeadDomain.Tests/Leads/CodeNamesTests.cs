using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>The names of host-defined reasons and activity types.</summary>
public sealed class CodeNamesTests
{
    [Theory]
    [InlineData("x")]
    [InlineData("Trade fair visit")]
    public void A_clean_name_is_kept(string name) => Assert.Same(name, CodeNames.Check(name, "name"));

    [Fact]
    public void A_name_of_100_characters_is_kept_and_101_refused()
    {
        var hundred = new string('n', 100);

        Assert.Same(hundred, CodeNames.Check(hundred, "name"));
        AssertRefused(hundred + "n", $"A name must be non-empty text of at most 100 characters without surrounding white space; '{hundred}…' is not.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" x")]
    [InlineData("x ")]
    [InlineData("x\t")]
    public void Blank_or_padded_names_are_refused_word_for_word(string name) =>
        AssertRefused(name, $"A name must be non-empty text of at most 100 characters without surrounding white space; '{name}' is not.");

    [Fact]
    public void A_null_name_is_refused_word_for_word() =>
        AssertRefused(null, "A name must be non-empty text of at most 100 characters without surrounding white space; 'null' is not.");

    [Fact]
    public void A_lone_surrogate_is_refused_word_for_word() =>
        AssertRefused("Web\ud800", "A name may not hold a lone surrogate (half of a UTF-16 pair): it cannot be stored as UTF-8.");

    private static void AssertRefused(string? name, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CodeNames.Check(name, "what"));
        Assert.Equal("what", error.ParamName);
        Assert.Equal($"{message} (Parameter 'what')", error.Message);
    }
}
