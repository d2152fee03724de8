using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>Turns rows read from a file into leads, created, contacted and with their activities at the recorded times.</summary>
public static class LeadImporter
{
    /// <summary>The user that imported leads and their history are attributed to.</summary>
    public const string ImportUser = "import";

    /// <summary>The lead field each column fills, by the name the library's messages use.</summary>
    private static readonly (string Field, string Column)[] FieldColumns =
    [
        ("FirstName", "first_name"), ("LastName", "last_name"), ("CompanyName", "company"), ("JobTitle", "job_title"),
        ("Emails", "email"), ("BusinessPhone", "phone"), ("Source", "source"), ("Industry", "industry"),
        ("NumberOfEmployees", "employees"), ("Budget", "budget"), ("PurchaseTimeframe", "timeframe"),
        ("StatedNeed", "stated_need"), ("Owner", "owner"),
    ];

    /// <summary>Creates a lead from <paramref name="row"/> through <paramref name="lifecycle"/>, whose clock must be <paramref name="clock"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="lifecycle">The lifecycle, on <paramref name="clock"/>.</param>
    /// <param name="clock">The clock to set to each recorded instant.</param>
    /// <param name="fileName">The file's name, for errors.</param>
    /// <returns>The lead, with no pending events.</returns>
    /// <exception cref="LeadCsvException">The library refuses the row's values (the message says which field).</exception>
    public static Lead Import(LeadRow row, LeadLifecycle lifecycle, ReplayClock clock, string fileName)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(clock);
        Lead lead;
        try
        {
            clock.Now = row.Created;
            lead = lifecycle.Create(row.Details, row.Details.Owner ?? ImportUser);
        }
        catch (MissingRequiredFieldsException missing)
        {
            // A row without the fields the creation policy asks for (a last name, by Dynamics' rule).
            throw LeadCsvException.At(fileName, row.Line, null, 0, missing.Message);
        }
        catch (ArgumentException refused)
        {
            // The library's message starts with the field it refuses; the user needs the line and the column.
            var problem = refused.Message.Split(" (Parameter", 2)[0];
            var column = FieldColumns.FirstOrDefault(f => problem.StartsWith(f.Field, StringComparison.Ordinal)).Column;
            throw column is not null && row.ColumnNumbers.TryGetValue(column, out var at)
                ? LeadCsvException.At(fileName, row.Line, column, at + 1, problem)
                : LeadCsvException.At(fileName, row.Line, null, 0, problem);
        }

        var activities = (long)row.Calls + row.Meetings + row.WebVisits + row.EmailsOpened;
        if (activities > lifecycle.MaxActivities)
        {
            throw LeadCsvException.At(fileName, row.Line, null, 0,
                $"the row asks for {activities:N0} activities in all; a lead holds at most {lifecycle.MaxActivities:N0}, so split them or lower the counts.");
        }

        var last = row.LastTouch ?? row.FirstContact ?? row.Created;
        Log(lead, ActivityType.Call, row.Calls, row.Created, last);
        Log(lead, ActivityType.Meeting, row.Meetings, row.Created, last);
        Log(lead, ActivityType.WebVisit, row.WebVisits, row.Created, last);
        Log(lead, ActivityType.EmailOpened, row.EmailsOpened, row.Created, last);
        if (row.FirstContact is { } reached)
        {
            clock.Now = reached;
            lead.MarkContacted(row.Details.Owner ?? ImportUser);
        }

        clock.Now = last;
        lead.DrainEvents();   // an import is not news: nothing to publish
        return lead;
    }

    /// <summary>Logs <paramref name="count"/> activities spread evenly over (from, to], the last one at <paramref name="to"/>.</summary>
    private static void Log(Lead lead, ActivityType type, int count, Instant from, Instant to)
    {
        for (var i = 1; i <= count; i++)
        {
            // In nanoseconds as a BigInteger: instants millennia apart times 10,000 would overflow a Duration.
            lead.LogActivity(type, from + Duration.FromNanoseconds((to - from).ToBigIntegerNanoseconds() * i / count), ImportUser);
        }
    }
}
