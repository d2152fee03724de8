using LeadDomain.Leads;
using LeadDomain.Lifecycle;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests;

/// <summary>Leads and lifecycles the tests share: a fake clock, and details that meet the default policy.</summary>
internal static class TestLeads
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 20, 9, 30);

    public static FakeClock NewClock() => new(Start, Duration.FromMinutes(1));

    public static LeadLifecycle NewLifecycle(QualificationPolicy? policy = null) => new(NewClock(), policy);

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
        Phones = ["۰۹۱۲ ۳۴۵ ۶۷۸۹"],
        Source = LeadSource.Web,
    };

    public static Lead NewLead(LeadLifecycle? lifecycle = null, LeadDetails? details = null) =>
        (lifecycle ?? NewLifecycle()).Create(details ?? Qualifiable, "ali");
}
