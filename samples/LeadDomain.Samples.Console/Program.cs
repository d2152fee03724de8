// A walk through a lead's life: create, contact, try to qualify too early, fix the data, qualify, convert,
// then store the snapshot and restore it, all through the services a host registers with AddLeadDomain().
using LeadDomain.Leads;
using LeadDomain.Lifecycle;
using Microsoft.Extensions.DependencyInjection;

using var services = new ServiceCollection().AddLeadDomain().BuildServiceProvider();
var lifecycle = services.GetRequiredService<LeadLifecycle>();

var lead = lifecycle.Create(
    new LeadDetails
    {
        FirstName = "علی",
        LastName = "رضایی",
        CompanyName = "شرکت نمونه",
        Source = LeadSource.TradeShow,
        Budget = new Money(2_500_000_000m, "IRR"),
    },
    actingUser: "sara");
Console.WriteLine($"Created: {lead}");

lead.MarkContacted("sara");

if (!lead.CanFire(LeadTrigger.Qualify, out var unmet))
{
    Console.WriteLine($"Cannot qualify yet: {string.Join("; ", unmet)}");
}

try
{
    lead.Convert(new LeadConversion("account-1", null, null), "sara");
}
catch (InvalidLeadTransitionException refused)
{
    Console.WriteLine($"Refused, lead unchanged at v{lead.Version}: {refused.Message}");
}

lead.Edit(lead.Details with { Phones = ["۰۹۱۲ ۳۴۵ ۶۷۸۹"] }, "sara");
lead.Qualify("sara");
Console.WriteLine($"Permitted now: {string.Join(", ", lead.GetPermittedTriggers())}");
lead.Convert(new LeadConversion("account-1", "contact-1", "opportunity-1"), "sara");

Console.WriteLine();
Console.WriteLine("Status history:");
foreach (var change in lead.History)
{
    Console.WriteLine($"  {change.At:yyyy-MM-dd HH:mm:ss} {change.From?.ToString() ?? "(created)",-10} -> {change.To,-10} by {change.ActingUser}");
}

Console.WriteLine();
Console.WriteLine("Events to publish:");
foreach (var e in lead.DrainEvents())
{
    Console.WriteLine($"  v{e.Version} {e.GetType().Name}");
}

// The host stores the snapshot however it likes, and compares Version for optimistic concurrency.
var restored = lifecycle.Restore(lead.ToSnapshot());
Console.WriteLine();
Console.WriteLine($"Restored: {restored}; converted into {restored.Conversion}");

Console.WriteLine();
Console.WriteLine("The lifecycle, drawn from the state machine itself:");
Console.WriteLine(lifecycle.ToMermaidGraph());
