using LeadDomain.Samples.EfCore;

namespace LeadDomain.Samples.Tests.EfCore;

/// <summary>A real SQLite database file in a temporary folder of its own, deleted with the folder afterwards.</summary>
public sealed class SqliteFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("leaddomain-efcore-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "leads.db");

    public LeadDbContext Open() => LeadDbContext.Open(Path);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
