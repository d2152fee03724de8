using System.Text.Json;
using LeadDomain.Leads;
using LeadDomain.Serialization;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Persistence" example, compiled and run.</summary>
public sealed class StorageExample
{
    [Fact]
    public void Runs()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = TestLeads.NewLead(lifecycle);
        lead.Qualify("ali");

        // README: storage
        string json = JsonSerializer.Serialize(lead.ToSnapshot(), LeadDomainJsonContext.Default.LeadSnapshot);
        Lead again = lifecycle.Restore(JsonSerializer.Deserialize(json, LeadDomainJsonContext.Default.LeadSnapshot)!);
        string events = JsonSerializer.Serialize(lead.DrainEvents(), LeadDomainJsonContext.Default.IReadOnlyListLeadEvent);
        // README: end

        Assert.Equal(lead.ToSnapshot(), again.ToSnapshot());
        Assert.Contains("\"$type\":\"LeadQualified\"", events, StringComparison.Ordinal);
    }
}
