using Microsoft.EntityFrameworkCore;

namespace LeadDomain.Samples.EfCore;

/// <summary>The sample's database: one table of leads.</summary>
public sealed class LeadDbContext : DbContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="options">The options, such as the SQLite connection.</param>
    public LeadDbContext(DbContextOptions<LeadDbContext> options)
        : base(options)
    {
    }

    /// <summary>Gets the leads table.</summary>
    public DbSet<LeadRecord> Leads => Set<LeadRecord>();

    /// <summary>Opens a context on a SQLite file.</summary>
    /// <param name="path">The database file; created with its schema when missing.</param>
    /// <returns>The context.</returns>
    public static LeadDbContext Open(string path)
    {
        var options = new DbContextOptionsBuilder<LeadDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False")   // no pool: the file can be deleted when the last context is gone
            .Options;
        var db = new LeadDbContext(options);
        db.Database.EnsureCreated();
        return db;
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var lead = modelBuilder.Entity<LeadRecord>();
        lead.ToTable("leads");
        lead.HasKey(l => l.Id);
        lead.Property(l => l.Id).ValueGeneratedNever();
        // SQLite has no rowversion; the lead's own Version is the token: EF Core adds "WHERE Version = <as loaded>"
        // to every UPDATE and DELETE, and a row changed by someone else matches nothing.
        lead.Property(l => l.Version).IsConcurrencyToken();
        lead.Property(l => l.State).HasMaxLength(20);
        lead.Property(l => l.StatusReason).HasMaxLength(20);
        lead.HasIndex(l => new { l.State, l.Owner });
    }
}
