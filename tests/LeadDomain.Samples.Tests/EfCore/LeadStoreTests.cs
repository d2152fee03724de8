using LeadDomain.Conversion;
using LeadDomain.Leads;
using LeadDomain.Samples.EfCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Samples.Tests.EfCore;

/// <summary>The EF Core sample's store against a real SQLite file: no mock, no in-memory provider.</summary>
public sealed class LeadStoreTests : IDisposable
{
    private readonly SqliteFile _file = new();
    private readonly LeadLifecycle _lifecycle = new(new FakeClock(Instant.FromUtc(2026, 11, 30, 9, 0), Duration.FromMinutes(5)), new LeadLifecycleOptions { QualificationPolicy = QualificationPolicy.Reachable, CreationPolicy = LeadCreationPolicy.Lenient });

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_created_lead_reloads_equal_from_the_file()
    {
        var lead = NewLead();
        lead.LogActivity(ActivityType.Meeting, Instant.FromUtc(2026, 11, 29, 15, 0), "ali");
        await using (var db = _file.Open())
        {
            await new LeadStore(db, _lifecycle).AddAsync(lead);
        }

        Assert.True(File.Exists(_file.Path));
        await using var again = _file.Open();
        var reloaded = await new LeadStore(again, _lifecycle).GetAsync(lead.Id);
        Assert.NotNull(reloaded);
        Assert.Equal(lead.ToSnapshot(), reloaded.ToSnapshot());
        var row = await again.Leads.AsNoTracking().SingleAsync();
        Assert.Equal(("Open", "New", lead.Version), (row.State, row.StatusReason, row.Version));
    }

    [Fact]
    public async Task A_transition_is_stored_with_its_version_and_history()
    {
        var id = await AddAsync(NewLead());
        await using (var db = _file.Open())
        {
            var store = new LeadStore(db, _lifecycle);
            var lead = (await store.GetAsync(id))!;
            lead.MarkContacted("ali");
            lead.Qualify("ali");
            await store.SaveAsync(lead);
        }

        await using var again = _file.Open();
        var reloaded = (await new LeadStore(again, _lifecycle).GetAsync(id))!;
        Assert.Equal(LeadStatusReason.Qualified, reloaded.StatusReason);
        Assert.Equal(3, reloaded.Version);
        Assert.Equal(new LeadStatusReason?[] { null, LeadStatusReason.New, LeadStatusReason.Contacted }, reloaded.History.Select(h => h.From));
        Assert.Equal("Qualified", (await again.Leads.AsNoTracking().SingleAsync()).State);
    }

    [Fact]
    public async Task A_converted_lead_is_stored_with_its_conversion_and_stays_read_only()
    {
        var id = await AddAsync(NewLead());
        ConversionResult result;
        await using (var db = _file.Open())
        {
            var store = new LeadStore(db, _lifecycle);
            var lead = (await store.GetAsync(id))!;
            result = ConversionMap.Default.Convert(lead, "ali", new ConversionOptions { QualifyOpenLead = true });
            await store.SaveAsync(lead);
        }

        await using var again = _file.Open();
        var reloaded = (await new LeadStore(again, _lifecycle).GetAsync(id))!;
        Assert.Equal(LeadState.Converted, reloaded.State);
        Assert.Equal(result.Conversion, reloaded.Conversion);
        Assert.Equal("Contoso Ltda", result.Account!.Name);
        Assert.Throws<InvalidLeadTransitionException>(() => reloaded.Edit(reloaded.Details with { JobTitle = "CTO" }, "ali"));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_nothing_is_lost()
    {
        var id = await AddAsync(NewLead());
        await using var aliDb = _file.Open();
        await using var saraDb = _file.Open();
        var ali = new LeadStore(aliDb, _lifecycle);
        var sara = new LeadStore(saraDb, _lifecycle);
        var alisCopy = (await ali.GetAsync(id))!;
        var sarasCopy = (await sara.GetAsync(id))!;

        alisCopy.MarkContacted("ali");
        await ali.SaveAsync(alisCopy);
        sarasCopy.Edit(sarasCopy.Details with { JobTitle = "CTO" }, "sara");
        var conflict = await Assert.ThrowsAsync<LeadConcurrencyException>(() => sara.SaveAsync(sarasCopy));

        Assert.Equal((id, 1L, (long?)2), (conflict.Id, conflict.LoadedVersion, conflict.StoredVersion));
        Assert.Contains("changed by someone else", conflict.Message, StringComparison.Ordinal);
        Assert.IsType<DbUpdateConcurrencyException>(conflict.InnerException);
        await using (var check = _file.Open())
        {
            var stored = (await new LeadStore(check, _lifecycle).GetAsync(id))!;
            Assert.Equal(alisCopy.ToSnapshot(), stored.ToSnapshot());   // the first edit, whole
            Assert.Null(stored.Details.JobTitle);
        }

        // The second user reloads in the same unit of work and applies the edit again: both edits are kept.
        var fresh = (await sara.GetAsync(id))!;
        fresh.Edit(fresh.Details with { JobTitle = "CTO" }, "sara");
        await sara.SaveAsync(fresh);
        await using var final = _file.Open();
        var both = (await new LeadStore(final, _lifecycle).GetAsync(id))!;
        Assert.Equal((LeadStatusReason.Contacted, "CTO", 3L), (both.StatusReason, both.Details.JobTitle, both.Version));
    }

    [Fact]
    public async Task Saving_a_lead_the_store_did_not_load_is_refused()
    {
        await using var db = _file.Open();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new LeadStore(db, _lifecycle).SaveAsync(NewLead()));
        Assert.Contains("GetAsync", error.Message, StringComparison.Ordinal);
    }

    private Lead NewLead() => _lifecycle.Create(new LeadDetails
    {
        FirstName = "Sara", LastName = "Lima", CompanyName = "Contoso Ltda",
        Emails = ["sara@contoso.example"], Source = LeadSource.TradeShow,
    }, "ali");

    private async Task<LeadId> AddAsync(Lead lead)
    {
        await using var db = _file.Open();
        await new LeadStore(db, _lifecycle).AddAsync(lead);
        return lead.Id;
    }
}
