using BenchmarkDotNet.Attributes;
using LeadDomain.Leads;
using NodaTime;
using Stateless;

namespace LeadDomain.Benchmarks.Leads;

/// <summary>
/// What the lead lifecycle costs per operation (issue 2): creating and restoring a lead (which must not build a state
/// machine), firing a transition on the shared machine, explaining refusals, and, as the baseline, what the library
/// avoids: a Stateless machine built and configured per lead.
/// </summary>
/// <remarks>
/// A fire changes the lead (status, history, version, events), so the public-API fires are measured on a lead freshly
/// restored in the same invocation: <see cref="RestoreThenMarkContacted"/> minus <see cref="RestoreLead"/> is the cost
/// of MarkContacted, without an ever-growing history (each fire appends to an immutable array) or IterationSetup.
/// The lifecycle here has the two-guard <see cref="QualificationPolicy.Reachable"/> policy and the lenient creation rule,
/// so that Qualify runs guards and a lead without a last name can be made to fail them. The job is chosen once, in Program.cs.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class LifecycleBenchmarks
{
    private const string Actor = "ali";

    private LeadLifecycle _lifecycle = null!;
    private LeadDetails _details = null!;
    private LeadDetails _persianDetails = null!;
    private LeadSnapshot _persianSnapshot = null!;
    private LeadSnapshot _newLeadSnapshot = null!;
    private readonly LeadId _id = LeadId.Parse("5f0c6a4e-2d1b-4c8e-9a57-3e1f0b7d9c21");
    private Lead _openLead = null!;
    private Lead _unqualifiableLead = null!;
    private PlainLead _plainLead = null!;
    private SharedPlainMachine _sharedPlainMachine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lifecycle = new LeadLifecycle(
            new FixedClock(Instant.FromUtc(2025, 11, 25, 9, 30)),
            new LeadLifecycleOptions { QualificationPolicy = QualificationPolicy.Reachable, CreationPolicy = LeadCreationPolicy.Lenient });
        _details = new LeadDetails
        {
            FirstName = "Sara",
            LastName = "Karimi",
            CompanyName = "Contoso Ltd",
            JobTitle = "Purchasing manager",
            Emails = ["sara.karimi@contoso.example"],
            BusinessPhone = "+98 21 5555 0100",
            Source = LeadSource.Web,
        };

        // Non-ASCII names, company and title: their folded forms are computed when the lead is created or restored.
        _persianDetails = new LeadDetails
        {
            FirstName = "سارا",
            LastName = "کریمی",
            CompanyName = "شرکت کیمیا گستر",
            JobTitle = "مدیر خرید",
            Emails = ["sara.karimi@kimia.example"],
            BusinessPhone = "۰۲۱ ۵۵۵۵ ۰۱۰۰",
            Source = LeadSource.Web,
        };
        _persianSnapshot = _lifecycle.Create(_persianDetails, Actor).ToSnapshot();

        var created = _lifecycle.Create(_details, Actor);
        _newLeadSnapshot = created.ToSnapshot();
        _openLead = _lifecycle.Restore(_newLeadSnapshot);

        // Neither a company or last name nor a way to reach the person: both Qualify guards are unmet.
        _unqualifiableLead = _lifecycle.Create(new LeadDetails { Topic = "Walk-in at the fair", FirstName = "Reza" }, Actor);

        _plainLead = new PlainLead(_details);
        _sharedPlainMachine = new SharedPlainMachine();

        // Fail fast rather than measure a benchmark that throws or does something else.
        if (RestoreThenQualify().State != LeadState.Qualified
            || RestoreThenMarkContacted().StatusReason != LeadStatusReason.Contacted
            || CreateLeadWithId().Id != _id
            || NewStatelessMachinePerLead() != PlainState.Qualified
            || SharedStatelessMachineFire() != PlainState.Qualified
            || CanFireQualifyUnmet() != 2
            || GetPermittedTriggers().Count != 6)
        {
            throw new InvalidOperationException("A benchmark does not do what it claims.");
        }
    }

    /// <summary>The design the library avoids: a Stateless machine built, configured and fired for one lead.</summary>
    [Benchmark(Baseline = true, Description = "Baseline: new Stateless machine per lead + configure + fire Qualify")]
    public PlainState NewStatelessMachinePerLead()
    {
        _plainLead.State = PlainState.New;
        var machine = PlainMachine.Build(_plainLead);
        machine.Fire(PlainTrigger.Qualify);
        return _plainLead.State;
    }

    /// <summary>Plain Stateless, same shape, configured once and reused: the floor the library builds on.</summary>
    [Benchmark(Description = "Plain Stateless machine configured once, fire Qualify")]
    public PlainState SharedStatelessMachineFire() => _sharedPlainMachine.Fire(_plainLead, PlainState.New, PlainTrigger.Qualify);



    [Benchmark(Description = "lifecycle.Create(details, actor)")]
    public Lead CreateLead() => _lifecycle.Create(_details, Actor);

    /// <summary>Minus <see cref="CreateLead"/>: the cost of <see cref="LeadId.New"/> (a random Guid).</summary>
    [Benchmark(Description = "lifecycle.Create(details, actor, id)")]
    public Lead CreateLeadWithId() => _lifecycle.Create(_details, Actor, _id);

    [Benchmark(Description = "lifecycle.Restore(snapshot)")]
    public Lead RestoreLead() => _lifecycle.Restore(_newLeadSnapshot);

    /// <summary>Minus <see cref="CreateLeadWithId"/>: folding non-ASCII text once, for scoring and matching.</summary>
    [Benchmark(Description = "lifecycle.Create(Persian details, actor, id)")]
    public Lead CreatePersianLeadWithId() => _lifecycle.Create(_persianDetails, Actor, _id);

    /// <summary>Minus <see cref="RestoreLead"/>: folding non-ASCII text once, for scoring and matching.</summary>
    [Benchmark(Description = "lifecycle.Restore(Persian snapshot)")]
    public Lead RestorePersianLead() => _lifecycle.Restore(_persianSnapshot);

    /// <summary>Minus <see cref="RestoreLead"/>: one MarkContacted through the public API (no guard).</summary>
    [Benchmark(Description = "Restore + MarkContacted")]
    public Lead RestoreThenMarkContacted()
    {
        var lead = _lifecycle.Restore(_newLeadSnapshot);
        lead.MarkContacted(Actor);
        return lead;
    }

    /// <summary>Minus <see cref="RestoreLead"/>: one Qualify through the public API (two guards).</summary>
    [Benchmark(Description = "Restore + Qualify")]
    public Lead RestoreThenQualify()
    {
        var lead = _lifecycle.Restore(_newLeadSnapshot);
        lead.Qualify(Actor);
        return lead;
    }


    [Benchmark(Description = "CanFire(Qualify, out unmet), 2 guards unmet")]
    public int CanFireQualifyUnmet()
    {
        _unqualifiableLead.CanFire(LeadTrigger.Qualify, out var unmet);
        return unmet.Count;
    }

    [Benchmark(Description = "CanFire(Qualify, out unmet), guards met")]
    public bool CanFireQualifyMet() => _openLead.CanFire(LeadTrigger.Qualify, out _);

    [Benchmark(Description = "GetPermittedTriggers() on an open lead")]
    public IReadOnlyList<LeadTrigger> GetPermittedTriggers() => _openLead.GetPermittedTriggers();
}

/// <summary>A clock stopped at one instant, so that the benchmarks measure the lifecycle and not the system clock.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

/// <summary>The baseline's states: the library's shape (Open is the superstate of New and Contacted).</summary>
public enum PlainState
{
    Open,
    New,
    Contacted,
    Qualified,
    Disqualified,
    Converted,
}

/// <summary>The baseline's triggers.</summary>
public enum PlainTrigger
{
    MarkContacted,
    Qualify,
    Disqualify,
    Reactivate,
    Convert,
    Edit,
}

/// <summary>A lead as a per-lead-machine design would hold it: its state and details, the machine reading both.</summary>
internal sealed class PlainLead(LeadDetails details)
{
    public PlainState State { get; set; } = PlainState.New;

    public LeadDetails Details { get; } = details;
}

/// <summary>Configures a plain Stateless machine with the library's shape; the same code serves both baselines.</summary>
internal static class PlainMachine
{
    /// <summary>The per-lead design: a new machine whose accessor, mutator and guards capture the lead.</summary>
    public static StateMachine<PlainState, PlainTrigger> Build(PlainLead lead)
    {
        var machine = new StateMachine<PlainState, PlainTrigger>(() => lead.State, s => lead.State = s, FiringMode.Immediate);
        Configure(machine, () => lead);
        return machine;
    }

    public static void Configure(StateMachine<PlainState, PlainTrigger> machine, Func<PlainLead> lead)
    {
        machine.OnUnhandledTrigger((state, trigger, unmet) =>
            throw new InvalidOperationException($"Cannot {trigger} while {state}: {string.Join("; ", unmet ?? [])}"));

        machine.Configure(PlainState.Open)
            .PermitIf(
                PlainTrigger.Qualify,
                PlainState.Qualified,
                Tuple.Create<Func<bool>, string>(
                    () => lead().Details.CompanyName is not null || lead().Details.LastName is not null,
                    "has a company or last name"),
                Tuple.Create<Func<bool>, string>(
                    () => lead().Details.Emails.Count > 0 || lead().Details.HasPhone,
                    "has an e-mail or phone"))
            .Permit(PlainTrigger.Disqualify, PlainState.Disqualified)
            .InternalTransition(PlainTrigger.Edit, static _ => { });

        machine.Configure(PlainState.New)
            .SubstateOf(PlainState.Open)
            .Permit(PlainTrigger.MarkContacted, PlainState.Contacted);

        machine.Configure(PlainState.Contacted)
            .SubstateOf(PlainState.Open);

        machine.Configure(PlainState.Qualified)
            .Permit(PlainTrigger.Convert, PlainState.Converted)
            .Permit(PlainTrigger.Reactivate, PlainState.New);

        machine.Configure(PlainState.Disqualified)
            .Permit(PlainTrigger.Reactivate, PlainState.New);

        machine.Configure(PlainState.Converted);
    }
}

/// <summary>The configure-once design in plain Stateless: one machine, the lead bound through the accessor per fire.</summary>
internal sealed class SharedPlainMachine
{
    private readonly StateMachine<PlainState, PlainTrigger> _machine;
    private PlainLead? _lead;
    private PlainState _state;

    public SharedPlainMachine()
    {
        _machine = new StateMachine<PlainState, PlainTrigger>(() => _state, s => _state = s, FiringMode.Immediate);
        PlainMachine.Configure(_machine, () => _lead!);
    }

    public PlainState Fire(PlainLead lead, PlainState from, PlainTrigger trigger)
    {
        _lead = lead;
        _state = from;
        try
        {
            _machine.Fire(trigger);
            return _state;
        }
        finally
        {
            _lead = null;
        }
    }
}
