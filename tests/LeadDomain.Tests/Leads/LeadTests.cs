using System.Collections.Concurrent;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Leads;

/// <summary>
/// Lead.cs against misuse: who performs an operation, the highest version, and two threads writing one lead. A failed
/// operation changes nothing, so each refusal is checked against the snapshot taken before it.
/// </summary>
public sealed class LeadTests
{
    public static TheoryData<string> Operations => new()
    {
        "MarkContacted", "Qualify", "Disqualify", "DisqualifyWithReason", "Reactivate", "MarkConverted", "Edit",
        "ApplyComputedRating", "LogActivity",
    };

    // By name: xUnit's theory serialisation would turn a lone surrogate in the data into U+FFFD before the test runs.
    private static readonly Dictionary<string, string> BadUsers = new()
    {
        ["empty"] = "",
        ["white space"] = " \t ",
        ["101 characters"] = new string('u', 101),
        ["lone high surrogate"] = "ali\uD800",
        ["lone low surrogate"] = "\uDC00ali",
        ["reversed pair"] = "a\uDE00\uD83Db",
    };

    public static TheoryData<string, string> OperationsAndBadUsers()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in Operations)
        {
            foreach (var user in BadUsers.Keys)
            {
                data.Add(operation, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsAndBadUsers))]
    public void An_acting_user_that_a_snapshot_could_not_keep_is_refused_and_the_lead_is_unchanged(string operation, string badUser)
    {
        var actingUser = BadUsers[badUser];

        // The lead is in a state where the operation would succeed, so only the acting user can refuse it.
        var lead = LeadReadyFor(operation);
        var before = lead.ToSnapshot();
        var events = lead.PendingEvents.Count;

        var refused = Assert.ThrowsAny<ArgumentException>(() => Run(lead, operation, actingUser));

        Assert.Equal("actingUser", refused.ParamName);
        Assert.Equal(before, lead.ToSnapshot());
        Assert.Equal(events, lead.PendingEvents.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void A_null_acting_user_is_refused_with_ArgumentNullException(string operation)
    {
        var lead = LeadReadyFor(operation);
        var before = lead.ToSnapshot();

        Assert.Throws<ArgumentNullException>(() => Run(lead, operation, null!));

        Assert.Equal(before, lead.ToSnapshot());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void An_acting_user_of_100_characters_in_any_script_is_accepted_and_the_snapshot_restores(string operation)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = LeadReadyFor(operation, lifecycle);
        var user = string.Concat(Enumerable.Repeat("علی😀", 20)); // 100 UTF-16 units, surrogate pairs included

        Run(lead, operation, user);

        Assert.Equal(lead.ToSnapshot(), lifecycle.Restore(lead.ToSnapshot()).ToSnapshot());
        Assert.Equal(user, lead.PendingEvents[^1].ActingUser);
    }

    [Fact]
    public void Create_refuses_an_acting_user_that_a_snapshot_could_not_keep()
    {
        var lifecycle = TestLeads.NewLifecycle();

        Assert.Throws<ArgumentNullException>(() => lifecycle.Create(TestLeads.Qualifiable, null!));
        Assert.Equal("actingUser", Assert.ThrowsAny<ArgumentException>(() => lifecycle.Create(TestLeads.Qualifiable, " ")).ParamName);
        Assert.Equal("actingUser", Assert.Throws<ArgumentException>(() => lifecycle.Create(TestLeads.Qualifiable, new string('u', 101))).ParamName);
        Assert.Equal("actingUser", Assert.Throws<ArgumentException>(() => lifecycle.Create(TestLeads.Qualifiable, "a\uD800b")).ParamName);
        Assert.Equal(new string('u', 100), lifecycle.Create(TestLeads.Qualifiable, new string('u', 100)).History[0].ActingUser);
    }

    [Fact]
    public void A_refused_acting_user_is_echoed_cut_to_100_characters()
    {
        var lead = TestLeads.NewLead();

        var message = Assert.Throws<ArgumentException>(() => lead.MarkContacted(new string('u', 5_000))).Message;

        Assert.Contains("5000 characters", message, StringComparison.Ordinal);
        Assert.True(message.Length < 300, message);
    }

    [Fact]
    public void Restore_refuses_the_version_long_MaxValue()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var snapshot = TestLeads.NewLead(lifecycle).ToSnapshot() with { Version = long.MaxValue };

        var refused = Assert.Throws<InvalidLeadSnapshotException>(() => lifecycle.Restore(snapshot));

        Assert.Contains("long.MaxValue", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void At_the_highest_version_every_operation_is_refused_as_a_limit_and_the_lead_is_unchanged(string operation)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Restore(LeadReadyFor(operation, lifecycle).ToSnapshot() with { Version = long.MaxValue - 1 });
        var before = lead.ToSnapshot();

        Assert.Throws<LeadLimitException>(() => Run(lead, operation, "ali"));

        Assert.Equal(before, lead.ToSnapshot());
        Assert.Empty(lead.PendingEvents);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void One_version_below_the_highest_an_operation_succeeds_and_leaves_a_lead_that_restores(string operation)
    {
        var lifecycle = TestLeads.NewLifecycle();
        var lead = lifecycle.Restore(LeadReadyFor(operation, lifecycle).ToSnapshot() with { Version = long.MaxValue - 2 });

        Run(lead, operation, "ali");

        Assert.Equal(long.MaxValue - 1, lead.Version);
        Assert.Equal(lead.ToSnapshot(), lifecycle.Restore(lead.ToSnapshot()).ToSnapshot());
    }

    [Fact]
    public async Task A_second_writer_while_an_operation_runs_is_refused_with_InvalidOperationException_and_loses_nothing()
    {
        // A qualification requirement runs inside Qualify, while the lead is being written: it lets another thread
        // try to write the same lead, and waits until it has tried.
        using var inside = new ManualResetEventSlim();
        using var tried = new ManualResetEventSlim();
        Exception? second = null;
        Lead? lead = null;
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default.Require("the other writer tried", _ =>
        {
            inside.Set();
            return tried.Wait(TimeSpan.FromSeconds(30));
        }));
        lead = TestLeads.NewLead(lifecycle);
        var other = Task.Run(() =>
        {
            inside.Wait(TimeSpan.FromSeconds(30));
            second = Record.Exception(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "bob"));
            tried.Set();
        });

        lead.Qualify("ali");
        await other.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsType<InvalidOperationException>(second);
        Assert.Contains("one writer at a time", second!.Message, StringComparison.Ordinal);
        Assert.Equal(LeadState.Qualified, lead.State);
        Assert.Equal(2, lead.Version);
        Assert.Empty(lead.Activities);

        // The flag is released: the next writer succeeds.
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "bob");
        Assert.Equal(3, lead.Version);
    }

    [Fact]
    public void A_refused_operation_releases_the_writer_flag()
    {
        var lead = TestLeads.NewLead();

        Assert.Throws<InvalidLeadTransitionException>(() => lead.Reactivate("ali"));
        Assert.Throws<MissingRequiredFieldsException>(() => lead.Edit(new LeadDetails { Description = "nothing to call it by" }, "ali"));

        lead.MarkContacted("ali");
        Assert.Equal(2, lead.Version);
    }

    [Fact]
    public void Two_threads_hammering_one_lead_either_succeed_or_are_refused_and_the_lead_always_restores()
    {
        var lifecycle = new LeadLifecycle(
            TestLeads.NewClock(),
            new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, MaxActivities = 100_000 });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        var unexpected = new ConcurrentQueue<Exception>();
        var succeeded = new int[2];
        var refused = new int[2];
        var activities = new int[2];
        using var start = new Barrier(2);

        void Hammer(int worker)
        {
            start.SignalAndWait();
            for (var i = 0; i < 20_000; i++)
            {
                try
                {
                    switch (i % 3)
                    {
                        case 0:
                            lead.LogActivity(ActivityType.WebVisit, TestLeads.Start, "w" + worker);
                            activities[worker]++;
                            break;
                        case 1:
                            if (!lead.Edit(TestLeads.Qualifiable with { JobTitle = $"T{worker}-{i}" }, "w" + worker))
                            {
                                continue;
                            }

                            break;
                        default:
                            if (!lead.ApplyComputedRating((LeadRating)(1 + (i % 3)), "w" + worker))
                            {
                                continue;
                            }

                            break;
                    }

                    succeeded[worker]++;
                }
                catch (InvalidOperationException e) when (e.GetType() == typeof(InvalidOperationException))
                {
                    refused[worker]++;
                }
                catch (Exception e)
                {
                    unexpected.Enqueue(e);
                }
            }
        }

        Parallel.Invoke(() => Hammer(0), () => Hammer(1));

        Assert.Empty(unexpected);
        Assert.Equal(1 + succeeded[0] + succeeded[1], lead.Version);
        Assert.Equal(activities[0] + activities[1], lead.Activities.Count);
        Assert.All(lead.Activities, a => Assert.Equal(ActivityType.WebVisit, a.Type));
        var snapshot = lead.ToSnapshot();
        Assert.Equal(snapshot, lifecycle.Restore(snapshot).ToSnapshot());
    }

    /// <summary>A lead of a fresh lifecycle in a state where <paramref name="operation"/> succeeds.</summary>
    private static Lead LeadReadyFor(string operation, LeadLifecycle? lifecycle = null)
    {
        var lead = TestLeads.NewLead(lifecycle);
        switch (operation)
        {
            case "Reactivate":
                lead.Disqualify("ali");
                break;
            case "MarkConverted":
                lead.Qualify("ali");
                break;
        }

        return lead;
    }

    private static void Run(Lead lead, string operation, string actingUser)
    {
        switch (operation)
        {
            case "MarkContacted": lead.MarkContacted(actingUser); break;
            case "Qualify": lead.Qualify(actingUser); break;
            case "Disqualify": lead.Disqualify(actingUser); break;
            case "DisqualifyWithReason": lead.Disqualify(DisqualificationReason.CannotContact, actingUser); break;
            case "Reactivate": lead.Reactivate(actingUser); break;
            case "MarkConverted": lead.MarkConverted(new LeadConversion("acc-1", null, null), actingUser); break;
            case "Edit": Assert.True(lead.Edit(lead.Details with { JobTitle = "Buyer" }, actingUser)); break;
            case "ApplyComputedRating": Assert.True(lead.ApplyComputedRating(LeadRating.Hot, actingUser)); break;
            case "LogActivity": lead.LogActivity(ActivityType.Call, TestLeads.Start + Duration.FromHours(1), actingUser); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    [Fact]
    public void A_lead_is_written_with_its_id_topic_state_status_and_version()
    {
        var lead = TestLeads.NewLead();
        lead.Disqualify(DisqualificationReason.CannotContact, "ali");

        Assert.Equal($"Lead {lead.Id} 'Contoso Ltda - Sara Lima (Trade Show)' (Disqualified/Cannot Contact, v2)", lead.ToString());
    }

    [Fact]
    public void Draining_no_events_returns_an_empty_list_and_keeps_later_events_apart()
    {
        var lead = TestLeads.NewLead();
        Assert.Single(lead.DrainEvents());

        Assert.Empty(lead.DrainEvents());
        lead.MarkContacted("ali");
        var drained = lead.DrainEvents();
        lead.Qualify("ali");

        Assert.IsType<LeadContacted>(Assert.Single(drained));
        Assert.IsType<LeadQualified>(Assert.Single(lead.PendingEvents));
    }

    [Fact]
    public void The_permitted_operations_follow_the_order_of_LeadTrigger()
    {
        var lead = TestLeads.NewLead(TestLeads.NewLifecycle(QualificationPolicy.Default));

        Assert.Equal([LeadTrigger.MarkContacted, LeadTrigger.Qualify, LeadTrigger.Disqualify, LeadTrigger.Edit, LeadTrigger.LogActivity, LeadTrigger.Merge],
            lead.GetPermittedTriggers().OrderBy(t => t));
        Assert.Equal(lead.GetPermittedTriggers().OrderBy(t => t), lead.GetPermittedTriggers());
        lead.Qualify("ali");
        Assert.Equal([LeadTrigger.Reactivate, LeadTrigger.Convert, LeadTrigger.LogActivity, LeadTrigger.Merge], lead.GetPermittedTriggers().OrderBy(t => t));
    }

    [Fact]
    public void A_permitted_trigger_reports_no_unmet_requirements_and_one_that_does_not_exist_in_the_state_none_either()
    {
        var lead = TestLeads.NewLead(TestLeads.NewLifecycle(QualificationPolicy.Default.Require("never", _ => false)));

        Assert.True(lead.CanFire(LeadTrigger.MarkContacted, out var none));
        Assert.Empty(none);
        Assert.False(lead.CanFire(LeadTrigger.Convert, out var notHere));
        Assert.Empty(notHere);
        Assert.False(lead.CanFire(LeadTrigger.Qualify, out var unmet));
        Assert.Equal(["never"], unmet);
    }

    [Fact]
    public void A_computed_rating_is_refused_once_the_lead_is_closed()
    {
        var lead = TestLeads.NewLead();
        lead.Qualify("ali");
        var before = lead.ToSnapshot();

        var refused = Assert.Throws<InvalidLeadTransitionException>(() => lead.ApplyComputedRating(LeadRating.Hot, "scoring"));

        Assert.Equal(LeadTrigger.Edit, refused.Trigger);
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void The_limits_name_what_is_full_word_for_word()
    {
        var lifecycle = new LeadLifecycle(TestLeads.NewClock(), new LeadLifecycleOptions { CreationPolicy = LeadCreationPolicy.Lenient, MaxHistoryEntries = 2, MaxActivities = 1 });
        var lead = lifecycle.Create(TestLeads.Qualifiable, "ali");
        lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali");
        lead.Qualify("ali");

        var activities = Assert.Throws<LeadLimitException>(() => lead.LogActivity(ActivityType.Call, TestLeads.Start, "ali"));
        var history = Assert.Throws<LeadLimitException>(() => lead.Reactivate("ali"));

        Assert.Equal($"Lead {lead.Id} already holds 1 activities, the lifecycle's limit: raise the limit in LeadLifecycleOptions, or archive the lead.", activities.Message);
        Assert.Equal($"Lead {lead.Id} already holds 2 status changes, the lifecycle's limit: raise the limit in LeadLifecycleOptions, or archive the lead.", history.Message);
    }
}
