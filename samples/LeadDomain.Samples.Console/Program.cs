// The main job of a sales team on LeadDomain: import leads (the shipped set, or your CSV), score them in bulk,
// qualify or give up on them by policy, convert the qualified ones, and print the funnel, the hot leads with the
// reasons for their scores, and the overdue follow-ups.
//   dotnet run --project samples/LeadDomain.Samples.Console                  the shipped 4,119 leads
//   dotnet run --project samples/LeadDomain.Samples.Console -- my-leads.csv  your own leads (columns: see README)
using System.Text;
using LeadDomain.Samples.Console;
using NodaTime;

System.Console.OutputEncoding = Encoding.UTF8;
var output = System.Console.Out;
var live = !System.Console.IsOutputRedirected;

if (args is ["-h" or "--help"] || args.Length > 1)
{
    output.WriteLine("usage: LeadDomain.Samples.Console [leads.csv]");
    output.WriteLine("  Without a file, runs on the shipped leads (derived from the UCI Bank Marketing data, CC BY 4.0).");
    output.WriteLine($"  A file needs a header line with 'created' and any of: {string.Join(", ", LeadCsvReader.Columns)}.");
    return args.Length > 1 ? 2 : 0;
}

try
{
    string name, text;
    Instant asOf;
    if (args is [var path])
    {
        if (Directory.Exists(path))
        {
            throw new LeadCsvException($"{path} is a directory. Give the path of a CSV file of leads, or no argument to use the shipped leads.");
        }

        if (!File.Exists(path))
        {
            throw new LeadCsvException($"{path}: no such file. Give the path of a CSV file of leads, or no argument to use the shipped leads.");
        }

        try
        {
            // Strict UTF-8: a file saved in another encoding would otherwise come in with its accents silently replaced.
            (name, text) = (Path.GetFileName(path), File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)));
        }
        catch (DecoderFallbackException)
        {
            throw new LeadCsvException($"{path} is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and try again.");
        }

        asOf = SystemClock.Instance.GetCurrentInstant();   // your leads are judged now
    }
    else
    {
        using var stream = typeof(SalesPolicy).Assembly.GetManifestResourceStream("leads.csv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        (name, text) = ("the shipped leads.csv", reader.ReadToEnd());
        asOf = ShippedLeads.AsOf;   // the shipped set is judged on the day it describes, whenever it is run
    }

    using var lines = new StringReader(text);
    var rows = LeadCsvReader.Read(lines, name, asOf);   // the header is checked here, before anything is printed
    var expected = Math.Max(0, text.Split('\n').Count(line => line.TrimEnd('\r').Length > 0) - 1);
    output.WriteLine($"LeadDomain: a sales day over {expected:N0} leads from {name}, as of {asOf:yyyy-MM-dd HH:mm} UTC");
    var day = SalesDay.Run(rows, expected, name, asOf, output, live);
    Dashboard.Write(output, day);
    return 0;
}
catch (LeadCsvException bad)
{
    EndProgressLine(live);
    System.Console.Error.WriteLine($"error: {bad.Message}");
    return 2;
}
catch (IOException failed)
{
    System.Console.Error.WriteLine($"error: cannot read the file: {failed.Message}");
    return 2;
}
catch (UnauthorizedAccessException denied)
{
    System.Console.Error.WriteLine($"error: cannot read the file: {denied.Message}");
    return 2;
}
#pragma warning disable CA1031 // The last resort: a user of the sample gets a message, never a stack trace.
catch (Exception unexpected)
#pragma warning restore CA1031
{
    System.Console.Error.WriteLine($"error: the sample stopped: {unexpected.Message}");
    return 1;
}

// A progress bar may be half drawn on the terminal when a bad row stops the import: end its line first.
static void EndProgressLine(bool live)
{
    try
    {
        if (live && System.Console.CursorLeft > 0)
        {
            System.Console.Out.WriteLine();
        }
    }
    catch (IOException)
    {
        // No cursor to ask about: nothing to end.
    }
}
