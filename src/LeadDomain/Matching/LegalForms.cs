namespace LeadDomain.Matching;

/// <summary>
/// The legal forms <see cref="MatchKeys.CompanyName"/> removes at either end of a company name, kept as the word
/// sequences <see cref="MatchText.AddWords"/> makes of them, so that they are folded exactly as names are.
/// </summary>
internal static class LegalForms
{
    private static readonly string[] Raw =
    [
        "Inc", "Incorporated", "Ltd", "Limited",
        // Stryker disable once String : "LLC" and "L.L.C." fold to the same words, so the other entry alone keeps the form
        "LLC",
        // Stryker disable once String : as "LLC" above
        "L.L.C.",
        "LLP", "LP", "PLC", "Co", "Company", "Corp",
        "Corporation", "GmbH", "AG", "KG", "SA", "S A", "SAS", "SARL", "SL", "S L", "SRL", "S R L", "SpA", "S P A", "BV",
        "B V", "NV", "N V", "Ltda", "Pty", "Pvt", "JSC",
        "شرکت", "سهامی خاص", "سهامی عام", "سهامی", "مسئولیت محدود", "با مسئولیت محدود", "تضامنی", "ش.م.م", "ش.س.خ",
        "ش.س.ع",
        "شركة", "ذ.م.م", "ش.م.ع", "المحدودة", "ذات مسؤولية محدودة",
        // Stryker disable once String : "مؤسسة" and "موسسه" fold to the same word, so the other entry alone keeps the form
        "مؤسسة",
        "مؤسسة فردية",
        // Stryker disable once String : as "مؤسسة" above
        "موسسه",
    ];

    private static readonly HashSet<string> Forms = Build();

    private static readonly string[] LongForms = [.. Forms.Where(form => form.Length >= 5)];

    private static readonly int LongestForm = Forms.Max(form => form.Count(c => c == ' ') + 1);

    /// <summary>Removes legal forms from both ends of <paramref name="words"/>, longest first, until none is left there.</summary>
    public static void Strip(List<string> words)
    {
        bool removed;
        // Stryker disable once Equality : one more pass over an empty list strips nothing and ends the loop
        do
        {
            removed = StripEnd(words, atStart: false) || StripEnd(words, atStart: true);
        }
        while (removed && words.Count > 0);
    }

    private static bool StripEnd(List<string> words, bool atStart)
    {
        var lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> joined = stackalloc char[64];
        for (var length = Math.Min(LongestForm, words.Count); length >= 1; length--)
        {
            var start = atStart ? 0 : words.Count - length;

            // The words joined by spaces in a stack buffer, looked up by span: no string per candidate.
            var n = 0;
            for (var i = start; i < start + length && n >= 0; i++)
            {
                var word = words[i];
                if (n + word.Length + 1 > joined.Length)
                {
                    // Stryker disable once Unary : a candidate of one character is never a form, so +1 is not looked up to any effect
                    n = -1;
                    break;
                }

                if (i > start)
                {
                    joined[n++] = ' ';
                }

                word.CopyTo(joined[n..]);
                n += word.Length;
            }

            if (n > 0 && (lookup.Contains(joined[..n]) || IsTypoOfForm(joined[..n])))
            {
                words.RemoveRange(start, length);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text is one typo (a letter wrong, missing, extra, or two swapped) away from a legal form of five
    /// letters or more (مثسسة for مؤسسة, اخلمحدودة for المحدودة): shorter forms are too close to ordinary words.
    /// </summary>
    private static bool IsTypoOfForm(ReadOnlySpan<char> text)
    {
        if (text.Length < 5)
        {
            return false;
        }

        foreach (var form in LongForms)
        {
            // A typo leaves the first or the last letter in place (one edit cannot change both in a text this long).
            if (Math.Abs(form.Length - text.Length) <= 1 && (form[0] == text[0] || form[^1] == text[^1]) && Similarity.EditDistance(text, form, 1) == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var form in Raw)
        {
            words.Clear();
            MatchText.AddWords(form, words);
            forms.Add(string.Join(' ', words));
        }

        return forms;
    }
}
