// LeadDomain in a generic host: options and the scoring model file from appsettings.json, checked when the host
// starts; metrics and spans exported by OpenTelemetry's console exporter (the library itself knows only the BCL's
// Meter and ActivitySource).
//   dotnet run --project samples/LeadDomain.Samples.Host
// README: host
using LeadDomain.Bulk;
using LeadDomain.Diagnostics;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// appsettings.json beside the program, wherever it is run from (model file paths are relative to that folder too).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

// "LeadDomain" in appsettings.json: MaxActivities and the scoring model file; the policy is code.
builder.Services.AddLeadDomain(builder.Configuration.GetSection("LeadDomain"),
    o => o.QualificationPolicy = QualificationPolicy.Reachable);

// The exporter is the host's choice; LeadDomain reports on the meter and activity source named "LeadDomain".
builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddMeter(LeadDomainMetrics.MeterName).AddConsoleExporter())
    .WithTracing(tracing => tracing.AddSource(LeadDomainMetrics.ActivitySourceName).AddConsoleExporter());

using var host = builder.Build();
await host.StartAsync(); // a bad option or model file fails here, naming its key

var lifecycle = host.Services.GetRequiredService<LeadLifecycle>();
var model = host.Services.GetRequiredService<ScoringModel>();
var clock = host.Services.GetRequiredService<IClock>();
// README: end

Lead[] leads =
[
    lifecycle.Create(new LeadDetails { LastName = "Lima", BusinessPhone = "+55 11 5555 0100", Source = LeadSource.TradeShow, IsDecisionMaker = true }, "ali"),
    lifecycle.Create(new LeadDetails { LastName = "Rahimi", Source = LeadSource.Web }, "ali"),
    lifecycle.Create(new LeadDetails { LastName = "Chen" }, "ali"),
];
leads[0].LogActivity(ActivityType.Meeting, clock.GetCurrentInstant(), "ali");

var scores = new LeadScore[leads.Length];
model.ScoreParallel(leads, scores, clock.GetCurrentInstant());
for (var i = 0; i < leads.Length; i++)
{
    Console.WriteLine($"{leads[i].Details.LastName,-8} score {scores[i].Total,3} ({scores[i].Rating})");
}

var outcomes = BulkOperation.Qualify("ali").Run(leads);
Console.WriteLine($"bulk qualify: {outcomes.Count(o => o.IsDone)} qualified, {outcomes.Count(o => !o.IsDone)} refused");

await host.StopAsync();
