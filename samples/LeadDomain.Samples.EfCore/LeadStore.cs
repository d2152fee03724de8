using System.Text.Json;
using LeadDomain.Leads;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace LeadDomain.Samples.EfCore;

/// <summary>
/// Stores leads in a <see cref="LeadDbContext"/> through their snapshots: <see cref="AddAsync"/> a new lead,
/// <see cref="GetAsync"/> one (restored and validated by the lifecycle), change it with the library's operations, and
/// <see cref="SaveAsync"/> it. One store per unit of work, like its context. A save whose lead changed in the database
/// since it was loaded throws <see cref="LeadConcurrencyException"/> and writes nothing.
/// </summary>
public sealed class LeadStore
{
    private static readonly JsonSerializerOptions Json =
        new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private readonly LeadDbContext _db;
    private readonly LeadLifecycle _lifecycle;

    /// <summary>Creates a store.</summary>
    /// <param name="db">The unit of work's context.</param>
    /// <param name="lifecycle">The lifecycle that restores leads.</param>
    public LeadStore(LeadDbContext db, LeadLifecycle lifecycle)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        _lifecycle = lifecycle ?? throw new ArgumentNullException(nameof(lifecycle));
    }

    /// <summary>Adds a new lead.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>When saved.</returns>
    public async Task AddAsync(Lead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var record = new LeadRecord { Id = lead.Id.Value };
        Write(record, lead.ToSnapshot());
        _db.Leads.Add(record);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a lead.</summary>
    /// <param name="id">The lead's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The lead, or null when there is none with that id.</returns>
    /// <exception cref="InvalidLeadSnapshotException">The stored snapshot describes an impossible lead.</exception>
    public async Task<Lead?> GetAsync(LeadId id, CancellationToken cancellationToken = default)
    {
        var record = await _db.Leads.FindAsync([id.Value], cancellationToken).ConfigureAwait(false);
        return record is null ? null : _lifecycle.Restore(Read(record));
    }

    /// <summary>Saves a lead loaded by this store, if the stored row is still the version it was loaded at.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>When saved.</returns>
    /// <exception cref="InvalidOperationException">This store did not load the lead.</exception>
    /// <exception cref="LeadConcurrencyException">Someone else saved the lead since; nothing was written.</exception>
    public async Task SaveAsync(Lead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var record = _db.Leads.Local.FirstOrDefault(r => r.Id == lead.Id.Value)
            ?? throw new InvalidOperationException($"Lead {lead.Id} was not loaded by this store; load it with GetAsync before saving it.");
        var loadedVersion = _db.Entry(record).Property(r => r.Version).OriginalValue;
        Write(record, lead.ToSnapshot());
        try
        {
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            // Leave the context as it was before this save, so that it can be disposed or used to reload.
            _db.Entry(record).State = EntityState.Detached;
            var stored = await _db.Leads.AsNoTracking()
                .Where(r => r.Id == lead.Id.Value)
                .Select(r => (long?)r.Version)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            throw new LeadConcurrencyException(lead.Id, loadedVersion, stored, conflict);
        }
    }

    private static void Write(LeadRecord record, LeadSnapshot snapshot)
    {
        record.State = snapshot.State.ToString();
        record.StatusReason = snapshot.StatusReason.ToString();
        record.Owner = snapshot.Details.Owner;
        record.ModifiedAt = InstantPattern.ExtendedIso.Format(snapshot.ModifiedAt);
        record.Version = snapshot.Version;
        record.Snapshot = JsonSerializer.Serialize(snapshot, Json);
    }

    private static LeadSnapshot Read(LeadRecord record) =>
        JsonSerializer.Deserialize<LeadSnapshot>(record.Snapshot, Json)
        ?? throw new InvalidOperationException($"Lead {record.Id} has an empty snapshot.");
}
