// README's "Quick start", line for line (LeadDomain.Tests checks that README shows exactly this), compiled against
// the packed package and run; then a few checks that it did what README says.
// README: quickstart
using LeadDomain.Leads;
using Microsoft.Extensions.DependencyInjection;

// Once per app: the lifecycle (the configured state machine + qualification policy + clock) is a thread-safe singleton.
var services = new ServiceCollection().AddLeadDomain(o => o.QualificationPolicy = QualificationPolicy.Default
    .Require("has a budget", lead => lead.Details.Budget is not null));
using var provider = services.BuildServiceProvider();
var lifecycle = provider.GetRequiredService<LeadLifecycle>();

var lead = lifecycle.Create(new LeadDetails
{
    FirstName = "Sara", LastName = "Lima", CompanyName = "Contoso Ltda",
    Emails = ["sara@contoso.example"], Source = LeadSource.TradeShow,
}, actingUser: "ali");                        // Topic composed: "Contoso Ltda - Sara Lima (Trade Show)"

lead.MarkContacted("ali");                    // Open/New -> Open/Contacted
lead.CanFire(LeadTrigger.Qualify, out var why); // false; why = ["has a budget"]
lead.Edit(lead.Details with { Budget = new Money(80_000m, "BRL") }, "ali");
lead.Qualify("ali");                          // -> Qualified
lead.MarkConverted(new LeadConversion(accountId: "acc-1", contactId: "con-1", opportunityId: "opp-1"), "ali");

try
{
    lead.Edit(lead.Details with { JobTitle = "CTO" }, "ali");
}
catch (InvalidLeadTransitionException refused)
{
    // "Lead 3f2c… cannot Edit while Converted: the lifecycle does not allow it."
    // and the lead is unchanged: details, status, version, history and pending events.
    Console.WriteLine(refused.Message);
}

foreach (var e in lead.DrainEvents()) { /* publish LeadCreated, LeadContacted, LeadUpdated, LeadQualified, LeadConverted */ }

LeadSnapshot snapshot = lead.ToSnapshot();    // store it; keep snapshot.Version for optimistic concurrency
Lead again = lifecycle.Restore(snapshot);     // validated: an impossible snapshot throws InvalidLeadSnapshotException
// README: end

// What README says happened, checked: a package that builds but behaves differently fails here.
var problems = new List<string>();
if (!why.SequenceEqual(["has a budget"]))
{
    problems.Add($"the unmet requirements were [{string.Join(", ", why)}]");
}

if (lead.Topic != "Contoso Ltda - Sara Lima (Trade Show)")
{
    problems.Add($"the topic was '{lead.Topic}'");
}

if (again.State != LeadState.Converted || again.Version != lead.Version)
{
    problems.Add($"the restored lead was {again}");
}

// Storing and loading: a snapshot and its events through LeadDomainJsonContext, both model files (StorageCheck.cs).
problems.AddRange(StorageCheck.Run(lifecycle, lead));

// LeadDomain.Hosting: options bound from configuration and checked at start (HostingCheck.cs).
problems.AddRange(HostingCheck.Run());

var version = typeof(Lead).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine(problems.Count == 0
    ? $"package check: README's quick start ran on LeadDomain {version}; a snapshot, its events and both model files read back"
    : $"package check FAILED: {string.Join("; ", problems)}");
return problems.Count == 0 ? 0 : 1;
