using System.Buffers;
using System.Runtime.CompilerServices;
using LeadDomain.Leads;

namespace LeadDomain.Prediction;

/// <summary>Reads a <see cref="JobLevel"/> from a job title without allocating.</summary>
internal static class JobLevels
{
    // Checked in this order: "Vice President" before "President", "Managing Director" before "Director".
    private static readonly (JobLevel Level, string[][] Phrases)[] Levels =
    [
        (JobLevel.VicePresident, Phrases("VP", "SVP", "EVP", "AVP", "Vice President", "Vice Presidente", "Vice Presidenta", "معاون", "نائب")),
        (JobLevel.Executive, Phrases(
            "CEO", "CTO", "CFO", "COO", "CMO", "CIO", "CRO", "CPO", "Chief", "Founder", "Cofounder", "President", "Presidente",
            "Owner", "Proprietor", "Managing Director", "General Manager", "Fundador", "Fundadora", "Sócio", "Socio", "Sócia",
            "Socia", "Diretor Executivo", "Diretora Executiva", "Diretor Geral", "Diretora Geral",
            "مدیرعامل", "مدیر عامل", "مدیر کل", "بنیانگذار", "مؤسس", "رئیس هیئت مدیره", "رئیس هیات مدیره",
            "الرئيس التنفيذي", "رئيس تنفيذي", "المدير العام", "المدير التنفيذي")),
        (JobLevel.Director, Phrases("Director", "Directora", "Diretor", "Diretora", "Directeur", "Head", "مدیر", "رئیس", "الرئيس", "المدير")),
        (JobLevel.Manager, Phrases(
            "Manager", "Gerente", "Lead", "Leader", "Supervisor", "Supervisora", "Coordinator", "Coordenador", "Coordenadora",
            "سرپرست", "مسئول", "مسؤول", "مشرف")),
    ];

    /// <summary>The level of <paramref name="title"/>; null when it has no letter or digit.</summary>
    [SkipLocalsInit] // every slot read is written first
    public static JobLevel? Of(ReadOnlySpan<char> title)
    {
        // A word is at least one character and a separator, so a title has at most (length + 1) / 2 words.
        char[]? rented = null;
        (int, int)[]? rentedWords = null;
        Span<char> folded = title.Length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(title.Length));
        Span<(int Start, int Length)> words = title.Length <= 128
            ? stackalloc (int, int)[64]
            : (rentedWords = ArrayPool<(int, int)>.Shared.Rent((title.Length + 1) / 2));
        try
        {
            // Fold, and cut into words: runs of letters and digits (ignorable characters dropped inside a word).
            int n = 0, count = 0, start = -1;
            foreach (var c in title)
            {
                if (TextFolding.IsIgnorable(c))
                {
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    if (start < 0)
                    {
                        start = n;
                    }

                    folded[n++] = TextFolding.Fold(c);
                }
                else if (start >= 0)
                {
                    words[count++] = (start, n - start);
                    start = -1;
                }
            }

            if (start >= 0)
            {
                words[count++] = (start, n - start);
            }

            if (count == 0)
            {
                return null;
            }

            words = words[..count];
            foreach (var (level, phrases) in Levels)
            {
                foreach (var phrase in phrases)
                {
                    if (Contains(folded, words, phrase))
                    {
                        return level;
                    }
                }
            }

            return JobLevel.Staff;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            if (rentedWords is not null)
            {
                ArrayPool<(int, int)>.Shared.Return(rentedWords);
            }
        }
    }

    private static bool Contains(ReadOnlySpan<char> folded, ReadOnlySpan<(int Start, int Length)> words, string[] phrase)
    {
        for (var first = 0; first + phrase.Length <= words.Length; first++)
        {
            var all = true;
            for (var w = 0; w < phrase.Length && all; w++)
            {
                var (start, length) = words[first + w];
                all = folded.Slice(start, length).SequenceEqual(phrase[w]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Phrases(params string[] phrases) =>
        [.. phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold).ToArray())];
}
