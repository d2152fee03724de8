using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// The tables of the compiled fit rules, case by case: each presence field alone and in every combination, and values
/// of enumerations a caller passes without a lead's checks.
/// </summary>
public sealed class CompiledFitTests
{
    private static readonly Instant Now = TestLeads.Start;

    /// <summary>One presence rule per field, worth a distinct power of two, so that the points name the fields found present.</summary>
    private static ScoringModel EveryPresenceField()
    {
        var builder = ScoringModel.CreateBuilder().WithCaps(1_000, 1);
        foreach (var field in Enum.GetValues<LeadPresenceField>())
        {
            builder.WhenPresent(field.ToString(), field, 1 << (int)field);
        }

        return builder.Build();
    }

    /// <summary>Details where exactly the fields of <paramref name="mask"/> (bit <c>1 &lt;&lt; (int)field</c>) are present.</summary>
    private static LeadDetails WithFields(int mask)
    {
        bool Has(LeadPresenceField field) => (mask & (1 << (int)field)) != 0;
        return new LeadDetails
        {
            LastName = "Lima",
            BusinessPhone = Has(LeadPresenceField.Phone) ? "+55 11 5555 0100" : null,
            Emails = Has(LeadPresenceField.Email) ? ["lima@contoso.example"] : [],
            CompanyName = Has(LeadPresenceField.CompanyName) ? "Contoso" : null,
            JobTitle = Has(LeadPresenceField.JobTitle) ? "Director" : null,
            Budget = Has(LeadPresenceField.Budget) ? new Money(1m, "USD") : null,
            StatedNeed = Has(LeadPresenceField.StatedNeed) ? "A CRM" : null,
            PurchaseTimeframe = Has(LeadPresenceField.PurchaseTimeframe) ? PurchaseTimeframe.Immediate : null,
        };
    }

    [Fact]
    public void Every_combination_of_present_fields_scores_the_rules_of_exactly_those_fields()
    {
        var model = EveryPresenceField();
        var lifecycle = TestLeads.NewLifecycle();
        for (var mask = 0; mask < 1 << 8; mask += 2)
        {
            var details = WithFields(mask);

            Assert.Equal(mask, model.Score(details, [], Now).Fit);
            Assert.Equal(mask, model.Score(lifecycle.Create(details, "ali"), Now).Fit);
        }
    }

    [Theory]
    [InlineData(LeadPresenceField.Phone)]
    [InlineData(LeadPresenceField.Email)]
    [InlineData(LeadPresenceField.CompanyName)]
    [InlineData(LeadPresenceField.JobTitle)]
    [InlineData(LeadPresenceField.Budget)]
    [InlineData(LeadPresenceField.StatedNeed)]
    [InlineData(LeadPresenceField.PurchaseTimeframe)]
    public void A_presence_rule_reads_only_its_own_field(LeadPresenceField field)
    {
        var model = ScoringModel.CreateBuilder().WithCaps(1_000, 1).WhenPresent("only", field, 5).Build();
        var bit = 1 << (int)field;

        Assert.Equal(5, model.Score(WithFields(bit), [], Now).Fit);
        Assert.Equal(0, model.Score(WithFields(0xFE & ~bit), [], Now).Fit);
    }

    [Theory]
    [InlineData("+55 11 5555 0100", null, null, null)]
    [InlineData(null, "+55 11 5555 0101", null, null)]
    [InlineData(null, null, "+55 11 5555 0102", null)]
    [InlineData(null, null, null, "+55 11 5555 0103")]
    public void Any_of_the_four_phones_is_a_phone(string? business, string? mobile, string? home, string? other)
    {
        var model = ScoringModel.CreateBuilder().WithCaps(1_000, 1).WhenPresent("phone", LeadPresenceField.Phone, 5).Build();

        var details = new LeadDetails { LastName = "Lima", BusinessPhone = business, MobilePhone = mobile, HomePhone = home, OtherPhone = other };

        Assert.Equal(5, model.Score(details, [], Now).Fit);
        Assert.Equal(0, model.Score(new LeadDetails { LastName = "Lima", Fax = "+55 11 5555 0104" }, [], Now).Fit);
    }

    /// <summary>
    /// Details given straight to <see cref="ScoringModel.Score(LeadDetails, ReadOnlySpan{LeadActivity}, Instant)"/> are not
    /// checked as a lead's are: a value outside an enumeration matches no rule, and the other rules still count.
    /// </summary>
    [Theory]
    [InlineData(99)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void An_undefined_source_or_timeframe_matches_no_rule(int value)
    {
        var model = ScoringModel.CreateBuilder().WithCaps(1_000, 1)
            .WhenSource("every source", Enum.GetValues<LeadSource>(), 10)
            .WhenTimeframe("every timeframe", Enum.GetValues<PurchaseTimeframe>(), 20)
            .WhenDecisionMaker("decides", 4)
            .Build();

        var details = new LeadDetails { LastName = "Lima", Source = (LeadSource)value, PurchaseTimeframe = (PurchaseTimeframe)value, IsDecisionMaker = true };

        Assert.Equal(4, model.Score(details, [], Now).Fit);
        Assert.Equal(34, model.Score(details with { Source = LeadSource.Other, PurchaseTimeframe = PurchaseTimeframe.Unknown }, [], Now).Fit);
    }

    [Fact]
    public void Decision_maker_rules_for_yes_and_for_no_each_read_their_own_value()
    {
        var model = ScoringModel.CreateBuilder().WithCaps(1_000, 1)
            .WhenDecisionMaker("decides", 4)
            .WhenDecisionMaker("decides too", 1)
            .WhenDecisionMaker("does not decide", 16, isDecisionMaker: false)
            .Build();
        var details = new LeadDetails { LastName = "Lima" };

        Assert.Equal(5, model.Score(details with { IsDecisionMaker = true }, [], Now).Fit);
        Assert.Equal(16, model.Score(details with { IsDecisionMaker = false }, [], Now).Fit);
        Assert.Equal(0, model.Score(details, [], Now).Fit);
    }

    private static LeadScore BatchScore(ScoringModel model, Lead lead)
    {
        var scores = new LeadScore[1];
        model.Score(LeadBatch.From([lead]), scores, Now);
        return scores[0];
    }

    [Fact]
    public void A_batch_scores_every_source_by_its_own_rule_the_last_ones_included()
    {
        var builder = ScoringModel.CreateBuilder().WithCaps(1_000, 1);
        foreach (var source in Enum.GetValues<LeadSource>())
        {
            builder.WhenSource(source.ToString(), [source], (int)source);
        }

        var model = builder.Build();
        var lifecycle = TestLeads.NewLifecycle();
        foreach (var source in Enum.GetValues<LeadSource>())
        {
            var lead = lifecycle.Create(new LeadDetails { LastName = "Lima", Source = source }, "ali");

            Assert.Equal((int)source, model.Score(lead, Now).Fit);
            Assert.Equal(model.Score(lead, Now), BatchScore(model, lead));
        }
    }

    [Fact]
    public void A_batch_scores_every_timeframe_by_its_own_rule_the_last_ones_included()
    {
        var builder = ScoringModel.CreateBuilder().WithCaps(1_000, 1);
        foreach (var timeframe in Enum.GetValues<PurchaseTimeframe>())
        {
            builder.WhenTimeframe(timeframe.ToString(), [timeframe], (int)timeframe);
        }

        var model = builder.Build();
        var lifecycle = TestLeads.NewLifecycle();
        foreach (var timeframe in Enum.GetValues<PurchaseTimeframe>())
        {
            var lead = lifecycle.Create(new LeadDetails { LastName = "Lima", PurchaseTimeframe = timeframe }, "ali");

            Assert.Equal((int)timeframe, model.Score(lead, Now).Fit);
            Assert.Equal(model.Score(lead, Now), BatchScore(model, lead));
        }
    }

    [Theory]
    [InlineData(5_000, "USD", 7)]
    [InlineData(10, "USD", 0)]
    [InlineData(5_000, "EUR", 0)]
    [InlineData(null, null, 0)]
    public void A_batch_reads_the_annual_revenue_of_a_range_rule_as_one_lead_is_scored(int? amount, string? currency, int expected)
    {
        var model = ScoringModel.CreateBuilder().WithCaps(1_000, 1).WhenInRange("revenue", LeadNumberField.AnnualRevenue, 1_000m, null, 7, "USD").Build();
        var lead = TestLeads.NewLead(details: new LeadDetails { LastName = "Lima", AnnualRevenue = amount is { } a ? new Money(a, currency!) : null });

        Assert.Equal(expected, model.Score(lead, Now).Fit);
        Assert.Equal(model.Score(lead, Now), BatchScore(model, lead));
    }
}
