using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

/// <summary>The standard fields a Dynamics 365 or Salesforce lead has: every one goes in and comes back out unchanged.</summary>
public sealed class LeadCoreFieldsTests
{
    private static LeadDetails Full => new()
    {
        Topic = "۵۰ مجوز نرم‌افزار",
        Salutation = "Dr.",
        FirstName = "Sara",
        MiddleName = "Maria",
        LastName = "Lima",
        CompanyName = "Contoso Ltda",
        JobTitle = "CTO",
        Emails = ["sara@contoso.example", "sara.lima@home.example", "s@lima.example"],
        BusinessPhone = "+55 11 5555 0000",
        MobilePhone = "+55 11 9 8765 4321",
        HomePhone = "۰۲۱ ۸۸۸۸ ۰۰۰۰",
        OtherPhone = "٠٢١ ٨٨٨٨ ٠٠٠١",
        Fax = "+55 11 5555 0001",
        Website = "https://contoso.example",
        Address = new PostalAddress("Av. Paulista 1000", "Sala 12", "Bela Vista", "São Paulo", "SP", "01310-100", "Brazil"),
        Source = LeadSource.Web,
        Campaign = "Black Friday 2026",
        DoNotEmail = true,
        DoNotBulkEmail = true,
        DoNotPhone = true,
        DoNotFax = true,
        DoNotPostalMail = true,
        Description = "Asked for a demo.",
    };

    [Fact]
    public void Every_standard_field_goes_in_and_comes_back_out_unchanged_through_a_snapshot()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Create(Full, "ali");

        var restored = lifecycle.Restore(lead.ToSnapshot());

        Assert.Equal(Full, restored.Details);
        Assert.Equal("Maria", restored.Details.MiddleName);
        Assert.Equal("São Paulo", restored.Details.Address!.StateOrProvince is "SP" ? restored.Details.Address.City : null);
        Assert.True(restored.Details.DoNotPostalMail);
    }

    [Fact]
    public void Every_field_takes_part_in_equality()
    {
        var full = Full;
        LeadDetails[] changed =
        [
            full with { Salutation = "Ms." }, full with { MiddleName = null }, full with { BusinessPhone = null },
            full with { MobilePhone = null }, full with { HomePhone = null }, full with { OtherPhone = null },
            full with { Fax = null }, full with { Website = null }, full with { Address = full.Address! with { Line3 = null } },
            full with { Campaign = null }, full with { DoNotEmail = false }, full with { DoNotBulkEmail = false },
            full with { DoNotPhone = false }, full with { DoNotFax = false }, full with { DoNotPostalMail = false },
        ];

        Assert.All(changed, c => Assert.NotEqual(full, c));
    }

    [Fact]
    public void An_address_with_no_part_is_no_address_and_parts_are_trimmed()
    {
        var lead = TestLeads.NewLead(details: TestLeads.Qualifiable with { Address = new PostalAddress(" ", null, "\t") });
        var trimmed = TestLeads.NewLead(details: TestLeads.Qualifiable with { Address = new PostalAddress(City: " تهران ") });

        Assert.Null(lead.Details.Address);
        Assert.Equal("تهران", trimmed.Details.Address!.City);
        Assert.True(new PostalAddress().IsEmpty);
    }

    [Theory]
    [InlineData(nameof(LeadDetails.FirstName), 50)]
    [InlineData(nameof(LeadDetails.LastName), 50)]
    [InlineData(nameof(LeadDetails.Topic), 300)]
    [InlineData(nameof(LeadDetails.CompanyName), 100)]
    [InlineData(nameof(LeadDetails.MobilePhone), 20)]
    [InlineData(nameof(LeadDetails.Website), 200)]
    [InlineData(nameof(LeadDetails.Description), 2000)]
    public void Text_beyond_Dynamics_365s_length_is_refused_naming_the_field(string field, int max)
    {
        var ok = With(field, max);
        var tooLong = With(field, max + 1);

        Assert.NotNull(TestLeads.NewLead(details: ok));
        var error = Assert.Throws<ArgumentException>(() => TestLeads.NewLead(details: tooLong));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {max}", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, "The message echoes at most 100 characters of the input.");
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_because_no_UTF8_store_can_keep_it()
    {
        Assert.Throws<ArgumentException>(() => TestLeads.NewLead(details: TestLeads.Qualifiable with { LastName = "Lima\ud800" }));
        Assert.Throws<ArgumentException>(() => TestLeads.NewLead(details: TestLeads.Qualifiable with { Address = new PostalAddress(City: "\udc00") }));
        Assert.Equal("Lima 😀", TestLeads.NewLead(details: TestLeads.Qualifiable with { LastName = "Lima 😀" }).Details.LastName);
    }

    [Fact]
    public void At_most_three_emails_as_in_Dynamics_365()
    {
        var error = Assert.Throws<ArgumentException>(() => TestLeads.NewLead(details: TestLeads.Qualifiable with
        {
            Emails = ["a@x.example", "b@x.example", "c@x.example", "d@x.example"],
        }));

        Assert.Contains("at most 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_thousand_emails_are_refused_at_once_not_compared_pairwise()
    {
        var emails = Enumerable.Range(0, 40_000).Select(i => $"u{i}@x.example").ToArray();
        var started = System.Diagnostics.Stopwatch.StartNew();

        Assert.Throws<ArgumentException>(() => TestLeads.NewLead(details: TestLeads.Qualifiable with { Emails = emails }));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"Took {started.Elapsed}.");
    }

    [Fact]
    public void A_website_with_white_space_inside_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TestLeads.NewLead(details: TestLeads.Qualifiable with { Website = "contoso .example" }));
        Assert.Equal("contoso.example", TestLeads.NewLead(details: TestLeads.Qualifiable with { Website = " contoso.example " }).Details.Website);
    }

    [Fact]
    public void The_dates_peers_show_come_from_the_history()
    {
        var clock = TestLeads.NewClock();
        var lead = new LeadLifecycle(clock).Create(TestLeads.Qualifiable, "ali");
        Assert.Null(lead.ClosedAt);

        lead.Qualify("ali");
        var qualifiedAt = lead.History[^1].At;
        lead.LogActivity(ActivityType.Call, clock.GetCurrentInstant(), "ali");
        Assert.Equal(qualifiedAt, lead.ClosedAt);
        Assert.Null(lead.ConvertedAt); // closed, but not converted

        lead.Reactivate("ali");
        Assert.Null(lead.ClosedAt);

        lead.Disqualify("ali");
        Assert.Equal(lead.History[^1].At, lead.ClosedAt);
        lead.Reactivate("ali");
        lead.Qualify("ali");
        var closed = lead.ClosedAt;
        lead.MarkConverted(new LeadConversion("acc", null, null), "ali");

        Assert.Equal(closed, lead.ClosedAt);
        Assert.Equal(lead.History[^1].At, lead.ConvertedAt);
        Assert.True(lead.ConvertedAt > lead.ClosedAt);
    }

    private static LeadDetails With(string field, int length)
    {
        var text = new string('x', length);
        var digits = new string('1', length);
        return field switch
        {
            nameof(LeadDetails.FirstName) => TestLeads.Qualifiable with { FirstName = text },
            nameof(LeadDetails.LastName) => TestLeads.Qualifiable with { LastName = text },
            nameof(LeadDetails.Topic) => TestLeads.Qualifiable with { Topic = text },
            nameof(LeadDetails.CompanyName) => TestLeads.Qualifiable with { CompanyName = text },
            nameof(LeadDetails.MobilePhone) => TestLeads.Qualifiable with { MobilePhone = digits },
            nameof(LeadDetails.Website) => TestLeads.Qualifiable with { Website = text },
            nameof(LeadDetails.Description) => TestLeads.Qualifiable with { Description = text },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
