using LeadDomain.FollowUp;
using LeadDomain.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadDomain.Tests.FollowUp;

public sealed class FollowUpPolicyTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 5, 4, 9, 0);
    private readonly FakeClock _clock = new(T0);
    private readonly LeadLifecycle _lifecycle;

    public FollowUpPolicyTests() => _lifecycle = new LeadLifecycle(_clock, new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient });

    private static readonly FollowUpPolicy Policy = FollowUpPolicy.CreateBuilder()
        .FirstContactWithin(Duration.FromHours(24))
        .TouchEvery(Duration.FromDays(3))
        .StaleAfter(Duration.FromDays(10))
        .For(source: LeadSource.TradeShow, firstContactWithin: Duration.FromHours(4))
        .For(rating: LeadRating.Hot, firstContactWithin: Duration.FromHours(2), touchEvery: Duration.FromDays(1))
        .For(source: LeadSource.TradeShow, rating: LeadRating.Hot, firstContactWithin: Duration.FromHours(1))
        .Build();

    private Lead Create(Instant at, LeadSource? source = null, LeadRating? rating = null)
    {
        _clock.Reset(at);
        return _lifecycle.Create(new LeadDetails { LastName = "Rezaei", CompanyName = "Kimia", Source = source, Rating = rating }, "ali");
    }

    [Theory]
    [InlineData(null, null, 24)]
    [InlineData(LeadSource.Web, null, 24)]
    [InlineData(LeadSource.TradeShow, null, 4)]
    [InlineData(null, LeadRating.Hot, 2)]
    [InlineData(LeadSource.TradeShow, LeadRating.Hot, 1)]
    [InlineData(LeadSource.TradeShow, LeadRating.Cold, 4)]
    public void The_first_contact_is_due_within_the_most_specific_deadline(LeadSource? source, LeadRating? rating, int hours)
    {
        var due = Policy.Due(Create(T0, source, rating))!;

        Assert.Equal(FollowUpKind.FirstContact, due.Kind);
        Assert.Equal(T0 + Duration.FromHours(hours), due.DueAt);
        Assert.Null(due.LastTouchAt);
    }

    [Fact]
    public void A_touch_may_take_only_the_channels_the_person_did_not_opt_out_of()
    {
        _clock.Reset(T0);
        var details = new LeadDetails
        {
            LastName = "Rezaei",
            Emails = ["ali@kimia.example"],
            MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹",
            Fax = "021 8888 0001",
            Address = new PostalAddress(City: "تهران"),
        };

        Assert.Equal(
            ContactChannels.Email | ContactChannels.Phone | ContactChannels.Fax | ContactChannels.Post,
            Policy.Due(_lifecycle.Create(details, "ali"))!.Channels);
        Assert.Equal(
            ContactChannels.Phone | ContactChannels.Post,
            Policy.Due(_lifecycle.Create(details with { DoNotEmail = true, DoNotFax = true }, "ali"))!.Channels);
        Assert.Equal(ContactChannels.None, Policy.Due(_lifecycle.Create(new LeadDetails { LastName = "Rezaei" }, "ali"))!.Channels);
    }

    [Fact]
    public void A_person_who_opted_out_of_every_channel_is_suggested_for_Cannot_Contact_not_another_touch()
    {
        _clock.Reset(T0);
        var optedOut = _lifecycle.Create(
            new LeadDetails { LastName = "Rezaei", Emails = ["ali@kimia.example"], BusinessPhone = "021 8888 0000", DoNotEmail = true, DoNotPhone = true },
            "ali");
        var nothingKnown = _lifecycle.Create(new LeadDetails { LastName = "Lima" }, "ali");

        var stale = Policy.Stale([optedOut, nothingKnown], T0 + Duration.FromDays(11));

        Assert.Equal(SuggestedAction.DisqualifyCannotContact, stale.Single(s => s.Lead == optedOut).Suggestion);
        Assert.Equal(SuggestedAction.FollowUp, stale.Single(s => s.Lead == nothingKnown).Suggestion);
        Assert.Equal(ContactChannels.None, Policy.Due(optedOut)!.Channels);
    }

    [Fact]
    public void Between_equally_specific_overrides_the_shorter_deadline_wins()
    {
        var policy = FollowUpPolicy.CreateBuilder()
            .For(source: LeadSource.Web, firstContactWithin: Duration.FromHours(6))
            .For(rating: LeadRating.Warm, firstContactWithin: Duration.FromHours(8))
            .Build();

        Assert.Equal(T0 + Duration.FromHours(6), policy.Due(Create(T0, LeadSource.Web, LeadRating.Warm))!.DueAt);
    }

    [Fact]
    public void After_a_touch_the_next_one_is_due_a_touch_interval_later()
    {
        var lead = Create(T0);
        lead.LogActivity(ActivityType.Call, T0 + Duration.FromHours(5), "ali");
        lead.LogActivity(ActivityType.Note, T0 + Duration.FromHours(30), "ali");     // a note is not a touch

        var due = Policy.Due(lead)!;

        Assert.Equal(FollowUpKind.NextTouch, due.Kind);
        Assert.Equal(T0 + Duration.FromHours(5), due.LastTouchAt);
        Assert.Equal(T0 + Duration.FromHours(5) + Duration.FromDays(3), due.DueAt);
    }

    [Fact]
    public void Marking_a_lead_contacted_is_a_touch_and_hot_leads_are_touched_daily()
    {
        var lead = Create(T0, rating: LeadRating.Hot);
        _clock.Reset(T0 + Duration.FromMinutes(30));
        lead.MarkContacted("ali");

        Assert.Equal(T0 + Duration.FromMinutes(30) + Duration.FromDays(1), Policy.Due(lead)!.DueAt);
    }

    [Fact]
    public void A_reactivated_lead_starts_over_with_a_first_contact_due_from_the_reactivation()
    {
        var lead = Create(T0);
        lead.LogActivity(ActivityType.Call, T0 + Duration.FromHours(1), "ali");
        _clock.Reset(T0 + Duration.FromDays(2));
        lead.Disqualify(DisqualificationReason.Lost, "ali");
        _clock.Reset(T0 + Duration.FromDays(20));
        lead.Reactivate("ali");

        var due = Policy.Due(lead)!;

        Assert.Equal((FollowUpKind.FirstContact, T0 + Duration.FromDays(21)), (due.Kind, due.DueAt));
    }

    [Fact]
    public void Leads_that_are_not_open_are_never_due()
    {
        var lead = Create(T0);
        lead.Qualify("ali");

        Assert.Null(Policy.Due(lead));
        Assert.Empty(Policy.Overdue([lead], T0 + Duration.FromDays(100)));
        Assert.Empty(Policy.Stale([lead], T0 + Duration.FromDays(100)));
    }

    [Fact]
    public void Overdue_leads_come_most_overdue_first_and_a_touch_due_now_is_not_overdue()
    {
        var web = Create(T0, LeadSource.Web);                        // due T0 + 24h
        var hotShow = Create(T0 + Duration.FromHours(2), LeadSource.TradeShow, LeadRating.Hot); // due T0 + 3h
        var show = Create(T0 + Duration.FromHours(1), LeadSource.TradeShow); // due T0 + 5h
        var at = T0 + Duration.FromHours(24);

        var overdue = Policy.Overdue([web, hotShow, show], at);

        Assert.Equal([hotShow, show], overdue.Select(o => o.Lead));
        Assert.Equal([Duration.FromHours(21), Duration.FromHours(19)], overdue.Select(o => o.OverdueBy(at)));
    }

    [Fact]
    public void Stale_leads_come_with_a_suggestion()
    {
        var at = T0 + Duration.FromDays(40);

        var quiet = Create(T0);                                      // never touched: follow up
        var unreachable = Create(T0);
        foreach (var day in new[] { 1, 3, 5 })
        {
            unreachable.LogActivity(ActivityType.Call, T0 + Duration.FromDays(day), "ali");
        }

        var cooled = Create(T0);
        cooled.LogActivity(ActivityType.EmailSent, T0 + Duration.FromDays(1), "ali");
        cooled.LogActivity(ActivityType.EmailOpened, T0 + Duration.FromDays(2), "ali"); // answered, then 38 days of nothing

        var answeredRecently = Create(T0);
        answeredRecently.LogActivity(ActivityType.FormSubmitted, T0 + Duration.FromDays(25), "ali"); // idle 15 days: follow up

        var active = Create(T0);
        active.LogActivity(ActivityType.WebVisit, T0 + Duration.FromDays(35), "ali");   // idle 5 days: not stale

        var stale = Policy.Stale([quiet, unreachable, cooled, answeredRecently, active], at);

        Assert.Equal(
            [
                (quiet, Duration.FromDays(40), 0, false, SuggestedAction.FollowUp),
                (cooled, Duration.FromDays(38), 1, true, SuggestedAction.DisqualifyNoLongerInterested),
                (unreachable, Duration.FromDays(35), 3, false, SuggestedAction.DisqualifyCannotContact),
                (answeredRecently, Duration.FromDays(15), 0, true, SuggestedAction.FollowUp),
            ],
            stale.Select(s => (s.Lead, s.IdleFor, s.ContactAttempts, s.HasAnswered, s.Suggestion)));
    }

    [Fact]
    public void The_builder_refuses_what_cannot_be_meant()
    {
        var builder = FollowUpPolicy.CreateBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.FirstContactWithin(Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.TouchEvery(Duration.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.StaleAfter(Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.GiveUpAfterAttempts(0));
        Assert.Throws<ArgumentException>(() => builder.For(firstContactWithin: Duration.FromHours(1)));
        Assert.Throws<ArgumentException>(() => builder.For(source: LeadSource.Web));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.For(source: LeadSource.Web, touchEvery: Duration.Zero));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => builder.For(source: (LeadSource)99, touchEvery: Duration.FromDays(1)));
        builder.For(source: LeadSource.Web, touchEvery: Duration.FromDays(1));
        Assert.Throws<ArgumentException>(() => builder.For(source: LeadSource.Web, firstContactWithin: Duration.FromHours(1)));
        Assert.Single(builder.Build().Rules);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => Policy.Due(null!));
        Assert.Throws<ArgumentNullException>(() => Policy.Overdue(null!, T0));
        Assert.Throws<ArgumentNullException>(() => Policy.Overdue([null!], T0));
        Assert.Throws<ArgumentNullException>(() => Policy.Stale([null!], T0));
    }

    [Fact]
    public void A_lead_idle_for_exactly_StaleAfter_is_stale_and_one_that_answered_is_given_up_at_exactly_twice_it()
    {
        var justStale = Create(T0);
        var answered = Create(T0);
        _clock.Reset(T0 + Duration.FromHours(1));
        answered.LogActivity(ActivityType.Meeting, T0 + Duration.FromHours(1), "ali");
        answered.LogActivity(ActivityType.Meeting, T0 + Duration.FromMinutes(30), "ali");   // a second meeting: still answered

        var atTen = Policy.Stale([justStale], T0 + Duration.FromDays(10));
        var beforeTen = Policy.Stale([justStale], T0 + Duration.FromDays(10) - Duration.Epsilon);
        var atTwenty = Policy.Stale([answered], T0 + Duration.FromHours(1) + Duration.FromDays(20));
        var beforeTwenty = Policy.Stale([answered], T0 + Duration.FromHours(1) + Duration.FromDays(20) - Duration.Epsilon);

        Assert.Equal(SuggestedAction.FollowUp, Assert.Single(atTen).Suggestion);
        Assert.Empty(beforeTen);
        Assert.True(Assert.Single(atTwenty).HasAnswered);
        Assert.Equal(T0 + Duration.FromHours(1), atTwenty[0].LastActivityAt);   // the latest, though logged first
        Assert.Equal(SuggestedAction.DisqualifyNoLongerInterested, atTwenty[0].Suggestion);
        Assert.Equal(SuggestedAction.FollowUp, Assert.Single(beforeTwenty).Suggestion);
    }

    [Fact]
    public void Equally_idle_leads_are_ordered_by_id_and_equally_specific_overrides_take_the_shorter_duration()
    {
        var leads = Enumerable.Range(0, 6).Select(_ => Create(T0)).ToList();
        var policy = FollowUpPolicy.CreateBuilder()
            .For(source: LeadSource.Web, firstContactWithin: Duration.FromHours(5))
            .For(rating: LeadRating.Hot, firstContactWithin: Duration.FromHours(3))
            .Build();

        var stale = Policy.Stale(leads, T0 + Duration.FromDays(11));
        var due = policy.Due(Create(T0, LeadSource.Web, LeadRating.Hot))!;

        Assert.Equal(leads.Select(l => l.Id.Value).Order(), stale.Select(s => s.Lead.Id.Value));
        Assert.Equal(T0 + Duration.FromHours(3), due.DueAt);
    }

    [Fact]
    public void A_null_among_the_leads_is_refused_by_name()
    {
        Assert.Throws<ArgumentNullException>(() => Policy.Stale(null!, T0));
        Assert.Equal("A lead is null. (Parameter 'leads')", Assert.Throws<ArgumentNullException>(() => Policy.Overdue([null!], T0)).Message);
    }
}
