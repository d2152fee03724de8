using System.Text.Json;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Leads;

public sealed class ActivityTypeTests
{
    private static readonly ActivityType Webinar = ActivityType.Define(100, "Webinar Attended");

    private static LeadLifecycle WithWebinar()
    {
        var options = new LeadLifecycleOptions();
        options.ActivityTypes.Add(Webinar);
        return new LeadLifecycle(TestLeads.NewClock(), options);
    }

    [Fact]
    public void The_well_known_types_say_who_acts()
    {
        Assert.Equal(Enumerable.Range(1, 8), ActivityType.WellKnown.Select(t => t.Code));
        Assert.Equal(
            [ActivityType.Call, ActivityType.Meeting, ActivityType.EmailSent],
            ActivityType.WellKnown.Where(t => t.Kind == ActivityKind.Touch));
        Assert.Equal(ActivityKind.Note, ActivityType.Note.Kind);
        Assert.Equal(ActivityKind.Engagement, Webinar.Kind);
        Assert.Equal(ActivityKind.Touch, ActivityType.Define(101, "Demo", ActivityKind.Touch).Kind);
    }

    [Fact]
    public void A_host_type_is_logged_restored_and_scored_once_registered()
    {
        var lifecycle = WithWebinar();
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var at = TestLeads.Start;

        lead.LogActivity(Webinar, at, "ali");
        var restored = lifecycle.Restore(lead.ToSnapshot());
        var model = ScoringModel.CreateBuilder()
            .ForActivity("webinar", Webinar, 10, Duration.FromDays(30), halfLife: null)
            .Build();

        Assert.Equal(Webinar, Assert.Single(restored.Activities).Type);
        Assert.Equal(10, model.Score(restored, at).Engagement);
    }

    [Fact]
    public void A_type_the_lifecycle_does_not_know_is_refused_on_log_and_on_restore()
    {
        var lead = TestLeads.NewLead();
        var before = lead.ToSnapshot();

        Assert.Throws<ArgumentException>(() => lead.LogActivity(Webinar, TestLeads.Start, "ali"));
        Assert.Throws<ArgumentException>(() => lead.LogActivity(default, TestLeads.Start, "ali"));
        Assert.Equal(before, lead.ToSnapshot());

        var logged = WithWebinar().Create(TestLeads.Qualifiable, "ali");
        logged.LogActivity(Webinar, TestLeads.Start, "ali");
        Assert.Throws<InvalidLeadSnapshotException>(() => TestLeads.NewLifecycle().Restore(logged.ToSnapshot()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_host_type_needs_a_code_above_the_well_known_ones(int code) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ActivityType.Define(code, "x"));

    [Fact]
    public void A_host_type_needs_a_clean_name_and_a_defined_kind()
    {
        Assert.Throws<ArgumentException>(() => ActivityType.Define(100, new string('x', 101)));
        Assert.ThrowsAny<ArgumentException>(() => ActivityType.Define(100, "x", (ActivityKind)9));
    }

    [Fact]
    public void Types_survive_System_Text_Json()
    {
        var json = JsonSerializer.Serialize(new LeadActivity(Webinar, TestLeads.Start));

        Assert.Contains("""{"code":100,"name":"Webinar Attended","kind":"Engagement"}""", json, StringComparison.Ordinal);
        Assert.Equal(Webinar, JsonSerializer.Deserialize<LeadActivity>(json).Type);
    }
}
