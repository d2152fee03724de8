using System.Globalization;
using System.Text;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Text;

namespace LeadDomain.Samples.Console;

/// <summary>
/// Reads leads from a comma-separated file with a header line (RFC 4180 quoting, except that a quoted field may not
/// span lines). Columns may come in any order and
/// all but <c>created</c> may be left out; an unknown column is refused, because it is usually a typo that would
/// silently lose data. Every error names the line and the column.
/// </summary>
public static class LeadCsvReader
{
    /// <summary>The columns the reader knows, in the order the shipped file has them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "first_name", "last_name", "company", "job_title", "email", "phone", "source", "industry", "employees",
        "budget", "timeframe", "decision_maker", "stated_need", "owner", "created", "first_contact", "last_touch",
        "calls", "meetings", "web_visits", "emails_opened",
    ];

    /// <summary>The most activities of one kind a row may count.</summary>
    public const int MaxActivities = 10_000;

    private static readonly InstantPattern IsoInstant = InstantPattern.ExtendedIso;

    /// <summary>Reads every row of <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The file's name, for errors.</param>
    /// <param name="notAfter">The instant the leads are judged at: a recorded instant later than it is refused, since
    /// a lead cannot have been created or contacted in the future.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="LeadCsvException">The header or a row is bad.</exception>
    public static IEnumerable<LeadRow> Read(TextReader reader, string name, Instant? notAfter = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var headerLine = reader.ReadLine() ?? throw LeadCsvException.At(name, 1, null, 0, "the file is empty; expected a header line such as: " + string.Join(',', Columns));
        var header = Split(headerLine.TrimStart('\uFEFF'), name, 1);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(column))
            {
                throw LeadCsvException.At(name, 1, header[i], i + 1, $"unknown column; the known columns are: {string.Join(", ", Columns)}.");
            }

            if (!index.TryAdd(column, i))
            {
                throw LeadCsvException.At(name, 1, header[i], i + 1, "the column appears twice.");
            }
        }

        if (!index.ContainsKey("created"))
        {
            throw LeadCsvException.At(name, 1, null, 0, "the header has no 'created' column (when the lead was created, such as 2026-11-02T09:30:00Z).");
        }

        return ReadRows(reader, name, header.Count, index, notAfter ?? Instant.MaxValue);
    }

    private static IEnumerable<LeadRow> ReadRows(TextReader reader, string name, int width, Dictionary<string, int> index, Instant notAfter)
    {
        var number = 1;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }

            var cells = Split(text, name, number);
            if (cells.Count != width)
            {
                throw LeadCsvException.At(name, number, null, 0, $"{cells.Count} fields, but the header has {width}.");
            }

            yield return new Row(name, number, cells, index, notAfter).ToLead();
        }
    }

    /// <summary>Splits one line into fields: commas separate them, double quotes enclose one that holds a comma.</summary>
    private static List<string> Split(string line, string name, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw LeadCsvException.At(name, number, null, 0, $"field {fields.Count + 1} opens a double quote that is not closed on this line (a field may not span lines).");
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>One line's fields, read by column name, with errors that say where.</summary>
    private readonly struct Row(string name, int line, List<string> cells, Dictionary<string, int> index, Instant notAfter)
    {
        public LeadRow ToLead()
        {
            var details = new LeadDetails
            {
                FirstName = Text("first_name"),
                LastName = Text("last_name"),
                CompanyName = Text("company"),
                JobTitle = Text("job_title"),
                Emails = Text("email") is { } email ? [email] : [],
                BusinessPhone = Text("phone"),
                Source = Enum<LeadSource>("source"),
                Industry = Text("industry"),
                NumberOfEmployees = Count("employees"),
                Budget = Amount("budget"),
                PurchaseTimeframe = Enum<PurchaseTimeframe>("timeframe"),
                IsDecisionMaker = YesNo("decision_maker"),
                StatedNeed = Text("stated_need"),
                Owner = Text("owner"),
            };
            var created = When("created") ?? throw Error("created", "is empty; every lead needs its creation instant, such as 2026-11-02T09:30:00Z.");
            var firstContact = When("first_contact");
            var lastTouch = When("last_touch");
            if (firstContact < created)
            {
                throw Error("first_contact", "is before 'created'.");
            }

            if (lastTouch < created)
            {
                throw Error("last_touch", "is before 'created'.");
            }

            return new LeadRow(line, details, created, firstContact, lastTouch,
                Activities("calls"), Activities("meetings"), Activities("web_visits"), Activities("emails_opened"))
            {
                ColumnNumbers = index,
            };
        }

        private string? Text(string column) =>
            index.TryGetValue(column, out var i) && cells[i].Trim() is { Length: > 0 } value ? value : null;

        private LeadCsvException Error(string column, string problem) =>
            LeadCsvException.At(name, line, column, index[column] + 1, $"'{Cut(Text(column))}' {problem}".Replace("'' is", "it is", StringComparison.Ordinal));

        // A cell echoed in a message is cut to 100 characters (never splitting a surrogate pair), so messages stay short.
        private static string Cut(string? text) =>
            text is null || text.Length <= 100 ? text ?? string.Empty
                : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[99]) ? 99 : 100), "…");

        // Numbers and instants may be written with Persian (۰-۹) or Arabic-Indic (٠-٩) digits, as our users write them.
        private string? Number(string column) => Text(column) is { } text ? AsciiDigits(text) : null;

        private static string AsciiDigits(string text) => string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                destination[i] = c switch
                {
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    '\u066B' => '.', // Arabic decimal separator
                    _ => c,
                };
            }
        });

        // Each counted activity is logged on the lead one by one: a count beyond any real history is a typo, refused
        // here rather than spending minutes logging it.
        private int Activities(string column)
        {
            var count = Count(column) ?? 0;
            return count <= MaxActivities
                ? count
                : throw Error(column, string.Create(CultureInfo.InvariantCulture, $"is more than {MaxActivities:N0} activities of one kind; is it a typo?"));
        }

        private Instant? When(string column)
        {
            if (Number(column) is not { } text)
            {
                return null;
            }

            var parsed = IsoInstant.Parse(text);
            if (!parsed.Success)
            {
                throw Error(column, "is not a UTC instant such as 2026-11-02T09:30:00Z.");
            }

            return parsed.Value <= notAfter
                ? parsed.Value
                : throw Error(column, $"is in the future: the leads are judged at {InstantPattern.General.Format(notAfter)}.");
        }

        private int? Count(string column)
        {
            if (Number(column) is not { } text)
            {
                return null;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(column, "is not a whole number of 0 or more.");
        }

        private Money? Amount(string column)
        {
            if (Number(column) is not { } text)
            {
                return null;
            }

            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2
                || !decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                || parts[1].Length != 3 || !parts[1].All(char.IsAsciiLetterUpper))
            {
                throw Error(column, "is not an amount and an ISO currency code, such as 25000 EUR.");
            }

            return new Money(amount, parts[1]);
        }

        private bool? YesNo(string column) => Text(column)?.ToLowerInvariant() switch
        {
            null => null,
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            _ => throw Error(column, "is not true or false."),
        };

        private TEnum? Enum<TEnum>(string column)
            where TEnum : struct, System.Enum
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            // Names only: Enum.TryParse would also take "7" or "-1", which no CRM export means.
            var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (var known in System.Enum.GetNames<TEnum>())
            {
                if (string.Equals(known, compact, StringComparison.OrdinalIgnoreCase))
                {
                    return System.Enum.Parse<TEnum>(known);
                }
            }

            throw Error(column, $"is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        }
    }
}
