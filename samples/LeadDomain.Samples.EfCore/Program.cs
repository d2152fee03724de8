// Leads in a real database: SQLite through EF Core, one row per lead holding its snapshot as JSON and its Version
// as the optimistic concurrency token. Two users edit the same lead at once; the second save is refused with a clear
// error, the first user's edit is what is stored, and the second user reloads and applies the edit again.
//   dotnet run --project samples/LeadDomain.Samples.EfCore [path/to/leads.db]
using LeadDomain.Leads;
using LeadDomain.Samples.EfCore;
using NodaTime;

var path = args is [var given] ? given : Path.Combine(Path.GetTempPath(), $"leaddomain-sample-{Guid.NewGuid():N}.db");
var keep = args.Length == 1;
var lifecycle = new LeadLifecycle(SystemClock.Instance, new LeadLifecycleOptions { QualificationPolicy = QualificationPolicy.Reachable, CreationPolicy = LeadCreationPolicy.Lenient });
Console.WriteLine($"SQLite database: {path}");

try
{
    LeadId id;
    await using (var db = LeadDbContext.Open(path))
    {
        var lead = lifecycle.Create(new LeadDetails
        {
            FirstName = "Sara", LastName = "Lima", CompanyName = "Contoso Ltda",
            Emails = ["sara@contoso.example"], Source = LeadSource.TradeShow,
        }, "ali");
        await new LeadStore(db, lifecycle).AddAsync(lead);
        id = lead.Id;
        Console.WriteLine($"created   {lead}");
    }

    // Two users open the same lead, each in a unit of work of their own.
    await using var aliDb = LeadDbContext.Open(path);
    await using var saraDb = LeadDbContext.Open(path);
    var ali = new LeadStore(aliDb, lifecycle);
    var sara = new LeadStore(saraDb, lifecycle);
    var alisCopy = (await ali.GetAsync(id))!;
    var sarasCopy = (await sara.GetAsync(id))!;

    alisCopy.MarkContacted("ali");
    await ali.SaveAsync(alisCopy);
    Console.WriteLine($"ali saved {alisCopy}");

    sarasCopy.Edit(sarasCopy.Details with { JobTitle = "CTO" }, "sara");
    try
    {
        await sara.SaveAsync(sarasCopy);
    }
    catch (LeadConcurrencyException conflict)
    {
        Console.WriteLine($"sara      refused: {conflict.Message}");
        var fresh = (await sara.GetAsync(id))!;
        fresh.Edit(fresh.Details with { JobTitle = "CTO" }, "sara");
        await sara.SaveAsync(fresh);
        Console.WriteLine($"sara      retried on the fresh copy and saved {fresh}");
    }

    await using var check = LeadDbContext.Open(path);
    var stored = (await new LeadStore(check, lifecycle).GetAsync(id))!;
    Console.WriteLine($"stored    {stored}: {stored.StatusReason} (ali's edit) and job title {stored.Details.JobTitle} (sara's): nothing lost");
    Console.WriteLine("history:  " + string.Join(" -> ", stored.History.Select(h => $"{h.To} by {h.ActingUser}")));
    return 0;
}
finally
{
    if (!keep)
    {
        File.Delete(path);
    }
}
