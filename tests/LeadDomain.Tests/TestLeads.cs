using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests;

/// <summary>Leads and lifecycles the tests share: a fake clock, and details that meet the default policy.</summary>
internal static class TestLeads
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 20, 9, 30);

    public static FakeClock NewClock() => new(Start, Duration.FromMinutes(1));

    /// <summary>A lifecycle with the stricter qualification policy unless told otherwise, and lenient creation: most tests are about something else than the required fields.</summary>
    public static LeadLifecycle NewLifecycle(QualificationPolicy? policy = null) =>
        new(NewClock(), new LeadLifecycleOptions { QualificationPolicy = policy ?? QualificationPolicy.Reachable, CreationPolicy = LeadCreationPolicy.Lenient });

    public static LeadDetails Qualifiable => new()
    {
        FirstName = "Sara",
        LastName = "Lima",
        CompanyName = "Contoso Ltda",
        Emails = ["sara@contoso.example"],
        Source = LeadSource.TradeShow,
    };

    public static LeadDetails Persian => new()
    {
        FirstName = "علی",
        LastName = "رضایی",
        CompanyName = "شرکت نمونه",
        BusinessPhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        Source = LeadSource.Web,
    };

    public static Lead NewLead(LeadLifecycle? lifecycle = null, LeadDetails? details = null) =>
        (lifecycle ?? NewLifecycle()).Create(details ?? Qualifiable, "ali");
}
