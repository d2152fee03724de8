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

    [Fact]
    public void The_well_known_types_keep_their_names_and_codes_1_to_8()
    {
        Assert.Equal(
            ["Email Opened", "Email Clicked", "Web Visit", "Form Submitted", "Call", "Meeting", "Email Sent", "Note"],
            ActivityType.WellKnown.Select(t => t.Name));
        Assert.All(ActivityType.WellKnown, t => Assert.True(t.IsWellKnown));
        Assert.False(Webinar.IsWellKnown);
        Assert.False(ActivityType.Define(9, "Nine").IsWellKnown);
        Assert.False(default(ActivityType).IsWellKnown);
        Assert.Equal(string.Empty, default(ActivityType).Name);
        Assert.Equal("Web Visit", ActivityType.WebVisit.ToString());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    [InlineData(-1, false)]
    public void Only_codes_1_to_8_are_well_known(int code, bool known)
    {
        var type = ActivityType.FromWellKnownCode(code);

        Assert.Equal(known, type is not null);
        if (type is { } t)
        {
            Assert.Equal(code, t.Code);
        }
    }

    [Fact]
    public void A_host_type_may_take_code_9_and_a_lower_one_is_refused_word_for_word()
    {
        Assert.Equal(9, ActivityType.Define(9, "Nine").Code);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ActivityType.Define(8, "Eight"));

        Assert.Equal("code", error.ParamName);
        Assert.StartsWith("A host's activity type needs a code of at least 9: 1-8 are the well-known types; it was 8.", error.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ActivityType.Define(100, " x")).ParamName);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => ActivityType.Define(100, "x", (ActivityKind)9)).ParamName);
    }

    [Theory]
    [InlineData("WebVisit", 3)]
    [InlineData("Web Visit", 3)]
    [InlineData("webvisit", 3)]
    [InlineData("EMAIL OPENED", 1)]
    [InlineData("Note", 8)]
    [InlineData("Webinar Attended", 0)]
    [InlineData("Web", 0)]
    [InlineData("", 0)]
    public void A_well_known_type_is_found_by_identifier_or_name_in_any_case(string text, int code)
    {
        Assert.Equal(code, ActivityType.FromIdentifier(text)?.Code ?? 0);
        Assert.Equal("FormSubmitted", ActivityType.FormSubmitted.Identifier);
    }

    [Fact]
    public void Only_the_default_value_is_undefined()
    {
        Assert.False(default(ActivityType).IsDefined);
        Assert.True(Webinar.IsDefined);
        Assert.All(ActivityType.WellKnown, t => Assert.True(t.IsDefined));
    }

    [Fact]
    public void Types_order_by_code_then_by_name()
    {
        var a = ActivityType.Define(100, "A");
        var b = ActivityType.Define(100, "B");
        var same = ActivityType.Define(100, "A");

        Assert.True(ActivityType.EmailOpened.CompareTo(ActivityType.Note) < 0);
        Assert.True(Webinar.CompareTo(ActivityType.Note) > 0);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.Equal(0, a.CompareTo(ActivityType.Define(100, "A", ActivityKind.Touch)));
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < same);
        Assert.True(a <= same);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > same);
        Assert.True(a >= same);
        Assert.True(b >= a);
        Assert.False(a >= b);
    }

    [Fact]
    public void As_an_object_it_compares_with_another_type_and_after_null_only()
    {
        IComparable call = ActivityType.Call;

        Assert.True(call.CompareTo(ActivityType.WebVisit) > 0);
        Assert.True(call.CompareTo(ActivityType.Note) < 0);
        Assert.Equal(0, call.CompareTo(ActivityType.Call));
        Assert.Equal(1, call.CompareTo(null));
        var error = Assert.Throws<ArgumentException>(() => call.CompareTo(5));
        Assert.Equal("obj", error.ParamName);
        Assert.Equal("A ActivityType compares only with another. (Parameter 'obj')", error.Message);
    }
}
