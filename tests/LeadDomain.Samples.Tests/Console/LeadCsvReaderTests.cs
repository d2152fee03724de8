using LeadDomain.Leads;
using LeadDomain.Samples.Console;

namespace LeadDomain.Samples.Tests.Console;

public sealed class LeadCsvReaderTests
{
    private const string Header = "first_name,last_name,company,created,calls,budget";

    [Fact]
    public void A_good_file_reads_every_field_including_quoted_commas()
    {
        var rows = Read(Header, "Sara,Lima,\"Contoso, Ltda\",2026-11-02T09:30:00Z,3,25000 EUR").ToList();

        var row = Assert.Single(rows);
        Assert.Equal(("Sara", "Contoso, Ltda", 3, 2), (row.Details.FirstName, row.Details.CompanyName, row.Calls, row.Line));
        Assert.Equal(new Money(25000m, "EUR"), row.Details.Budget);
    }

    [Theory]
    [InlineData("first_name,last_name,colour,created", "line 1, column 3 'colour': unknown column")]
    [InlineData("first_name,last_name", "line 1: the header has no 'created' column")]
    [InlineData("created,created", "line 1, column 2 'created': the column appears twice")]
    public void A_bad_header_is_named(string header, string expected)
    {
        var error = Assert.Throws<LeadCsvException>(() => Read(header).ToList());
        Assert.StartsWith($"leads.csv, {expected}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sara,Lima,,yesterday,1,", "line 3, column 4 'created': 'yesterday' is not a UTC instant")]
    [InlineData("Sara,Lima,,,1,", "line 3, column 4 'created': it is empty")]
    [InlineData("Sara,Lima,,2026-11-02T09:30:00Z,three,", "line 3, column 5 'calls': 'three' is not a whole number")]
    [InlineData("Sara,Lima,,2026-11-02T09:30:00Z,1,lots", "line 3, column 6 'budget': 'lots' is not an amount")]
    [InlineData("Sara,Lima,2026-11-02T09:30:00Z,1", "line 3: 4 fields, but the header has 6")]
    [InlineData("Sara,\"Lima,,2026-11-02T09:30:00Z,1,", "line 3: field 2 opens a double quote that is not closed on this line (a field may not span lines)")]
    [InlineData("Sara,Lima,,2026-11-02T09:30:00Z,200000000,", "line 3, column 5 'calls': '200000000' is more than 10,000 activities of one kind")]
    [InlineData("Sara,Lima,,۲۰۲۶-۱۱-۰۲,1,", "line 3, column 4 'created': '۲۰۲۶-۱۱-۰۲' is not a UTC instant")]
    public void A_bad_row_is_named_by_line_and_column(string row, string expected)
    {
        var good = "Ali,Rezaei,,2026-11-01T08:00:00Z,0,";
        var error = Assert.Throws<LeadCsvException>(() => Read(Header, good, row).ToList());
        Assert.StartsWith($"leads.csv, {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_and_instants_may_be_written_with_Persian_or_Arabic_Indic_digits()
    {
        var row = Read(Header, "سارا,رضایی,كيميا,۲۰۲۶-۱۱-۰۲T۰۹:۳۰:۰۰Z,۳,٢٥٠٠٠٫٥ EUR").Single();

        Assert.Equal((3, "2026-11-02T09:30:00Z"), (row.Calls, row.Created.ToString()));
        Assert.Equal(new Money(25000.5m, "EUR"), row.Details.Budget);
        Assert.Equal("كيميا", row.Details.CompanyName);   // text is kept as written
    }

    [Fact]
    public void A_value_the_library_refuses_is_reported_with_its_line()
    {
        var row = Read("last_name,email,created", "Lima,not-an-email,2026-11-02T09:30:00Z").Single();
        var lifecycle = new LeadDomain.Leads.LeadLifecycle(new ReplayClock(row.Created));

        var error = Assert.Throws<LeadCsvException>(() => LeadImporter.Import(row, lifecycle, new ReplayClock(row.Created), "leads.csv"));
        Assert.StartsWith("leads.csv, line 2, column 2 'email': Emails holds 'not-an-email'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_after_the_day_judged_is_refused()
    {
        var error = Assert.Throws<LeadCsvException>(() => LeadCsvReader.Read(
            new StringReader("last_name,created\nLima,2026-12-24T09:00:00Z"), "leads.csv", NodaTime.Instant.FromUtc(2026, 12, 1, 0, 0)).ToList());

        Assert.Equal("leads.csv, line 2, column 2 'created': '2026-12-24T09:00:00Z' is in the future: the leads are judged at 2026-12-01T00:00:00Z.", error.Message);
    }

    [Fact]
    public void An_empty_file_asks_for_a_header()
    {
        var error = Assert.Throws<LeadCsvException>(() => Read().ToList());
        Assert.StartsWith("leads.csv, line 1: the file is empty", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<LeadRow> Read(params string[] lines) =>
        LeadCsvReader.Read(new StringReader(string.Join('\n', lines)), "leads.csv");
}
