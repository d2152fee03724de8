using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using NodaTime;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace LeadDomain.Tests.Leads;

/// <summary>
/// Model-based properties of the lead lifecycle: random scripts of up to 30 commands (valid and refused operations,
/// edits that switch the qualification policy on and off, no-op edits, edits with invalid details) run against a real
/// <see cref="Lead"/> and against <see cref="LeadModel"/>, a small reference model written from the rules, not from
/// the library. A failure shrinks to a script from which no command can be dropped or simplified, and prints it step by step.
/// The helper types are nested so that they cannot collide with other tests in this namespace.
/// </summary>
/// <remarks>
/// Each property runs 1,000 scripts; set <c>LEADDOMAIN_PROPERTY_SEQUENCES</c> to run more, e.g.
/// <c>LEADDOMAIN_PROPERTY_SEQUENCES=10000 dotnet test LeadDomain.sln --filter FullyQualifiedName~LeadLifecycleModelProperties</c>
/// runs 10,000.
/// </remarks>
public sealed class LeadLifecycleModelProperties
{
    /// <summary>The code of a host's own disqualification reason, registered with the lifecycle under test.</summary>
    private const int Duplicate = 100_000_000;

    private static readonly DisqualificationReason DuplicateReason = DisqualificationReason.Define(Duplicate, "Duplicate");

    private const string SequencesVariable = "LEADDOMAIN_PROPERTY_SEQUENCES";
    private const int DefaultSequences = 1_000;

    private readonly ITestOutputHelper _output;

    public LeadLifecycleModelProperties(ITestOutputHelper output) => _output = output;

    private static int Sequences =>
        int.TryParse(Environment.GetEnvironmentVariable(SequencesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultSequences;

    [Fact]
    public void A_lead_behaves_like_the_reference_model_under_any_sequence_of_commands()
    {
        var coverage = new Coverage();
        var sequences = Sequences;
        var stopwatch = Stopwatch.StartNew();

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(sequences),
            Prop.ForAll(Scripts.Arbitrary, script => ModelRun.Check(script, coverage)));

        stopwatch.Stop();
        _output.WriteLine($"{sequences} scripts in {stopwatch.ElapsedMilliseconds} ms; {coverage}");

        // The generator must keep reaching every kind of step, or the property proves little.
        if (sequences >= 200)
        {
            Assert.True(coverage.Converted > 0, "no script converted a lead: " + coverage);
            Assert.True(coverage.Refused > 0, "no operation was refused: " + coverage);
            Assert.True(coverage.RefusedQualify > 0, "no Qualify was refused for an unmet policy: " + coverage);
            Assert.True(coverage.RejectedArguments > 0, "no invalid argument was rejected: " + coverage);
            Assert.True(coverage.NoOpEdits > 0, "no edit was a no-op: " + coverage);
            Assert.True(coverage.ChangedEdits > 0, "no edit changed the details: " + coverage);
            Assert.True(coverage.PolicyToggles > 0, "no edit switched the qualification policy: " + coverage);
            Assert.True(coverage.Reactivated > 0, "no lead was reactivated: " + coverage);
            Assert.True(coverage.Merged > 0, "no lead was merged: " + coverage);
        }
    }

    [Fact]
    public void Restoring_the_snapshot_of_any_reachable_lead_gives_the_same_snapshot()
    {
        var sequences = Sequences;
        var stopwatch = Stopwatch.StartNew();

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(sequences),
            Prop.ForAll(Scripts.Arbitrary, ModelRun.CheckRoundTrip));

        stopwatch.Stop();
        _output.WriteLine($"{sequences} scripts in {stopwatch.ElapsedMilliseconds} ms");
    }

    /// <summary>What the reference model expects a command to do.</summary>
    private enum Outcome
    {
        /// <summary>The lead changes: version, one event, and for a status change one history entry.</summary>
        Changes,

        /// <summary>An edit with details equal to the current ones: returns false, nothing changes.</summary>
        NoChange,

        /// <summary>The state does not allow the operation (or the policy is unmet): InvalidLeadTransitionException.</summary>
        Refused,

        /// <summary>An argument is invalid: ArgumentException, whatever the state.</summary>
        RejectedArgument,

        /// <summary>An edit of an open lead that drops the last name, which Dynamics 365's creation rule requires: MissingRequiredFieldsException.</summary>
        MissingRequired,

        /// <summary>A merge of a converted or merged lead into a master: LeadMergeRefusedException, and no lead changes.</summary>
        MergeRefused,
    }

    /// <summary>The detail fields the model tracks: the ones the policy reads, and one it does not.</summary>
    private sealed record DetailsModel(string? Company, string? LastName, string? Email, string? Phone, string? Description)
    {
        /// <summary>The fields of <see cref="TestLeads.Qualifiable"/>.</summary>
        public static DetailsModel Initial { get; } = new("Contoso Ltda", "Lima", "sara@contoso.example", null, null);

        /// <summary>Stored text is trimmed, and empty text is no text.</summary>
        public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        public DetailsModel With(EditField field, string? value) => field switch
        {
            EditField.Company => this with { Company = Clean(value) },
            EditField.LastName => this with { LastName = Clean(value) },
            EditField.Email => this with { Email = Clean(value) },
            EditField.Phone => this with { Phone = Clean(value) },
            EditField.Description => this with { Description = Clean(value) },
            _ => throw new UnreachableException(),
        };

        public override string ToString()
        {
            var fields = new List<string>(5);
            Add(fields, "company", Company);
            Add(fields, "last", LastName);
            Add(fields, "email", Email);
            Add(fields, "phone", Phone);
            Add(fields, "description", Description);
            return fields.Count == 0 ? "(none)" : string.Join(", ", fields);

            static void Add(List<string> fields, string name, string? value)
            {
                if (value is not null)
                {
                    fields.Add(name + "=" + value);
                }
            }
        }
    }

    /// <summary>
    /// The reference model: the status reason, the tracked details (from which "policy met" follows), and the expected
    /// version, pending event count and history count. Its rules are written from the lifecycle's description.
    /// </summary>
    private sealed record LeadModel(LeadStatusReason StatusReason, DetailsModel Details, long Version, int Events, int History, bool Merged = false)
    {
        public const string NeedsName = "has a company or last name";
        public const string NeedsContact = "has an e-mail or phone";

        /// <summary>A new lead: Open/New, version 1, the LeadCreated event, the creation entry.</summary>
        public static LeadModel Initial { get; } = new(LeadStatusReason.New, DetailsModel.Initial, 1, 1, 1);

        public bool HasName => Details.Company is not null || Details.LastName is not null;

        public bool HasContact => Details.Email is not null || Details.Phone is not null;

        /// <summary>The default policy: a company or last name, and an e-mail or phone.</summary>
        public bool PolicyMet => HasName && HasContact;

        public bool IsOpen => StatusReason == LeadStatusReason.New || StatusReason == LeadStatusReason.Contacted;

        public bool IsDisqualified => StatusReason.Code is (>= 4 and <= 7) or Duplicate;

        public LeadState State =>
            StatusReason == LeadStatusReason.New || StatusReason == LeadStatusReason.Contacted ? LeadState.Open
            : StatusReason == LeadStatusReason.Qualified ? LeadState.Qualified
            : StatusReason == LeadStatusReason.Converted ? LeadState.Converted
            : LeadState.Disqualified;

        /// <summary>Whether the lifecycle allows <paramref name="trigger"/> now (valid arguments assumed).</summary>
        public bool Allows(LeadTrigger trigger) => !Merged && trigger switch
        {
            LeadTrigger.MarkContacted => StatusReason == LeadStatusReason.New,
            LeadTrigger.Qualify => IsOpen && PolicyMet,
            LeadTrigger.Disqualify => IsOpen,
            LeadTrigger.Reactivate => StatusReason == LeadStatusReason.Qualified || IsDisqualified,
            LeadTrigger.Convert => StatusReason == LeadStatusReason.Qualified,
            LeadTrigger.Edit => IsOpen,
            LeadTrigger.LogActivity => StatusReason != LeadStatusReason.Converted,
            LeadTrigger.Merge => StatusReason != LeadStatusReason.Converted,
            _ => false, // Converted and Merged, and anything else: absorbing.
        };

        /// <summary>The unmet requirements a refusal names: only for Qualify of an open lead.</summary>
        public List<string> Unmet(LeadTrigger trigger)
        {
            if (trigger != LeadTrigger.Qualify || !IsOpen)
            {
                return [];
            }

            var unmet = new List<string>(2);
            if (!HasName)
            {
                unmet.Add(NeedsName);
            }

            if (!HasContact)
            {
                unmet.Add(NeedsContact);
            }

            return unmet;
        }

        /// <summary>What <paramref name="command"/> does to a lead in this model state, and the model state after it.</summary>
        public (Outcome Outcome, LeadModel Next) Decide(Command command)
        {
            // Arguments are checked before the state: a bad argument is rejected whatever the state.
            if (command.HasInvalidArgument)
            {
                return (Outcome.RejectedArgument, this);
            }

            if (!Allows(command.Trigger))
            {
                return (command is MergeIntoCommand ? Outcome.MergeRefused : Outcome.Refused, this);
            }

            var bumped = this with { Version = Version + 1, Events = Events + 1 };
            return command switch
            {
                MarkContactedCommand => (Outcome.Changes, bumped.MovedTo(LeadStatusReason.Contacted)),
                QualifyCommand => (Outcome.Changes, bumped.MovedTo(LeadStatusReason.Qualified)),
                DisqualifyCommand d => (Outcome.Changes, bumped.MovedTo(ReasonFor(d.Reason))),
                ReactivateCommand => (Outcome.Changes, bumped.MovedTo(LeadStatusReason.New)),
                ConvertCommand => (Outcome.Changes, bumped.MovedTo(LeadStatusReason.Converted)),
                MergeIntoCommand => (Outcome.Changes, bumped.MovedTo(LeadStatusReason.Canceled) with { Merged = true }),
                InvalidEditCommand => (Outcome.MissingRequired, this),
                EditCommand e => e.ApplyTo(Details) is var edited && edited != Details
                    ? edited.LastName is null ? (Outcome.MissingRequired, this) : (Outcome.Changes, bumped with { Details = edited })
                    : (Outcome.NoChange, this),
                ResubmitCommand => (Outcome.NoChange, this),
                _ => throw new UnreachableException(),
            };
        }

        public override string ToString() =>
            $"{StatusReason}, details [{Details}], policy {(PolicyMet ? "met" : "unmet")}, v{Version}, {Events} events, {History} history entries";

        // Dynamics 365's default status reason of a Disqualified lead is Lost (4).
        private static LeadStatusReason ReasonFor(DisqualificationReason? reason) => reason switch
        {
            null => LeadStatusReason.Lost,
            { Code: Duplicate } r => LeadStatusReason.Disqualified(r),
            { } r => LeadStatusReason.WellKnown[r.Code - 1],
        };

        private LeadModel MovedTo(LeadStatusReason to) => this with { StatusReason = to, History = History + 1 };
    }

    /// <summary>A detail field an <see cref="EditCommand"/> sets.</summary>
    private enum EditField
    {
        Company,
        LastName,
        Email,
        Phone,
        Description,
    }

    /// <summary>Details a lead cannot have; each <see cref="InvalidEditCommand"/> introduces one.</summary>
    private enum InvalidDetails
    {
        EmailWithoutAt,
        EmailWithTwoAts,
        EmailWithoutDomain,
        PhoneWithTwoDigits,
        PhoneWithLetters,
        SameEmailTwice,
        BlankEmailEntry,
        NegativeEmployees,
        UndefinedSource,
        NoTopicAndNoName,
    }

    /// <summary>One step of a script. Commands do not depend on the state, so any subsequence of a script is a script.</summary>
    private abstract record Command
    {
        public abstract LeadTrigger Trigger { get; }

        /// <summary>Whether the command carries an argument the lead must reject (the model's rule, not the library's).</summary>
        public virtual bool HasInvalidArgument => false;

        /// <summary>Simpler forms of this command, for shrinking; each strictly simpler.</summary>
        public virtual IEnumerable<Command> Simpler() => [];

        /// <summary>Runs the command; returns what Edit returned, or null for other operations.</summary>
        public abstract bool? RunOn(Lead lead, string actingUser);
    }

    private sealed record MarkContactedCommand : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.MarkContacted;

        public override bool? RunOn(Lead lead, string actingUser)
        {
            lead.MarkContacted(actingUser);
            return null;
        }

        public override string ToString() => "MarkContacted";
    }

    private sealed record QualifyCommand : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Qualify;

        public override bool? RunOn(Lead lead, string actingUser)
        {
            lead.Qualify(actingUser);
            return null;
        }

        public override string ToString() => "Qualify";
    }

    /// <summary>Disqualify with a reason, or without one (null: Dynamics 365's default, Lost).</summary>
    private sealed record DisqualifyCommand(DisqualificationReason? Reason) : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Disqualify;

        // The default value is no reason, and a host's reason the lifecycle was not told of is unknown.
        public override bool HasInvalidArgument => Reason is { } r && (r.Code == 0 || (!r.IsWellKnown && r != DuplicateReason));

        public override IEnumerable<Command> Simpler() => HasInvalidArgument || Reason is null ? [] : [new DisqualifyCommand((DisqualificationReason?)null)];

        public override bool? RunOn(Lead lead, string actingUser)
        {
            if (Reason is { } reason)
            {
                lead.Disqualify(reason, actingUser);
            }
            else
            {
                lead.Disqualify(actingUser);
            }

            return null;
        }

        public override string ToString() =>
            Reason is not { } r ? "Disqualify(default reason)" : HasInvalidArgument ? $"Disqualify({r.Code} '{r.Name}', unknown)" : $"Disqualify({r})";
    }

    private sealed record ReactivateCommand : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Reactivate;

        public override bool? RunOn(Lead lead, string actingUser)
        {
            lead.Reactivate(actingUser);
            return null;
        }

        public override string ToString() => "Reactivate";
    }

    private sealed record ConvertCommand(LeadConversion Conversion) : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Convert;

        public override bool? RunOn(Lead lead, string actingUser)
        {
            lead.MarkConverted(Conversion, actingUser);
            return null;
        }

        public override string ToString() =>
            $"Convert(account {Conversion.AccountId ?? "-"}, contact {Conversion.ContactId ?? "-"}, opportunity {Conversion.OpportunityId ?? "-"})";
    }

    /// <summary>Merges the lead into a new open master, as a subordinate: Disqualified (Canceled), and never changes again.</summary>
    private sealed record MergeIntoCommand : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Merge;

        public override bool? RunOn(Lead lead, string actingUser)
        {
            var master = lead.Lifecycle.Create(new LeadDetails { LastName = "Master" }, actingUser);
            lead.Lifecycle.Merge([master, lead], actingUser, new LeadMergeOptions { Master = master.Id });
            return null;
        }

        public override string ToString() => "MergeInto(a new master)";
    }

    /// <summary>
    /// Sets some tracked fields on the lead's current details (<c>lead.Details with { ... }</c>); a null e-mail or phone
    /// means an empty list. Padded: every value is sent with white space around it, which the lead must trim away.
    /// </summary>
    private sealed record EditCommand(IReadOnlyList<(EditField Field, string? Value)> Sets, bool Padded) : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Edit;

        public DetailsModel ApplyTo(DetailsModel details)
        {
            foreach (var (field, value) in Sets)
            {
                details = details.With(field, value);
            }

            return details;
        }

        public override IEnumerable<Command> Simpler()
        {
            if (Padded)
            {
                yield return this with { Padded = false };
            }

            if (Sets.Count > 1)
            {
                foreach (var set in Sets)
                {
                    yield return this with { Sets = [set] };
                }
            }
        }

        public override bool? RunOn(Lead lead, string actingUser)
        {
            var details = lead.Details;
            foreach (var (field, value) in Sets)
            {
                var sent = Padded && value is not null ? " " + value + "\t" : value;
                details = field switch
                {
                    EditField.Company => details with { CompanyName = sent },
                    EditField.LastName => details with { LastName = sent },
                    EditField.Email => details with { Emails = sent is null ? [] : [sent] },
                    EditField.Phone => details with { MobilePhone = sent },
                    EditField.Description => details with { Description = sent },
                    _ => throw new UnreachableException(),
                };
            }

            return lead.Edit(details, actingUser);
        }

        public override string ToString() =>
            $"Edit{(Padded ? " padded" : string.Empty)}({string.Join(", ", Sets.Select(s => $"{s.Field}={(s.Value is null ? "null" : "'" + s.Value + "'")}"))})";
    }

    /// <summary>Sends the lead's own details back (a copy, or padded with white space): never a change.</summary>
    private sealed record ResubmitCommand(bool Padded) : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Edit;

        public override IEnumerable<Command> Simpler() => Padded ? [new ResubmitCommand(false)] : [];

        public override bool? RunOn(Lead lead, string actingUser)
        {
            var d = lead.Details;
            return lead.Edit(
                Padded
                    ? d with
                    {
                        Topic = Pad(d.Topic),
                        FirstName = Pad(d.FirstName),
                        LastName = Pad(d.LastName),
                        CompanyName = Pad(d.CompanyName),
                        Emails = [.. d.Emails.Select(e => Pad(e)!)],
                        MobilePhone = Pad(d.MobilePhone),
                        Description = Pad(d.Description),
                    }
                    : d with { },
                actingUser);

            static string? Pad(string? text) => text is null ? null : "  " + text + " ";
        }

        public override string ToString() => Padded ? "Edit(same details, padded)" : "Edit(same details)";
    }

    /// <summary>
    /// Sends the lead's details with one invalid value: rejected with an ArgumentException in any state; or without
    /// any name, which is no caller bug but a business refusal (Dynamics 365 requires the last name) of an open lead.
    /// </summary>
    private sealed record InvalidEditCommand(InvalidDetails Problem) : Command
    {
        public override LeadTrigger Trigger => LeadTrigger.Edit;

        public override bool HasInvalidArgument => Problem != InvalidDetails.NoTopicAndNoName;

        public override bool? RunOn(Lead lead, string actingUser)
        {
            var d = lead.Details;
            return lead.Edit(
                Problem switch
                {
                    InvalidDetails.EmailWithoutAt => d with { Emails = ["sara.contoso.example"] },
                    InvalidDetails.EmailWithTwoAts => d with { Emails = ["sara@lima@contoso.example"] },
                    InvalidDetails.EmailWithoutDomain => d with { Emails = ["sara@"] },
                    InvalidDetails.PhoneWithTwoDigits => d with { BusinessPhone = "12" },
                    InvalidDetails.PhoneWithLetters => d with { BusinessPhone = "call 555 me" },
                    InvalidDetails.SameEmailTwice => d with { Emails = ["sara@contoso.example", "SARA@contoso.example"] },
                    InvalidDetails.BlankEmailEntry => d with { Emails = ["sara@contoso.example", "   "] },
                    InvalidDetails.NegativeEmployees => d with { NumberOfEmployees = -1 },
                    InvalidDetails.UndefinedSource => d with { Source = (LeadSource)99 },
                    InvalidDetails.NoTopicAndNoName => d with { Topic = null, FirstName = null, LastName = null, CompanyName = null },
                    _ => throw new UnreachableException(),
                },
                actingUser);
        }

        public override string ToString() => $"Edit(invalid: {Problem})";
    }

    /// <summary>A sequence of commands; its text lists them one per line, so a shrunk failure reads as a script.</summary>
    private sealed class Script
    {
        public Script(Command[] commands) => Commands = commands;

        public Command[] Commands { get; }

        public override string ToString()
        {
            var text = new StringBuilder().Append(Commands.Length).Append(" steps:");
            for (var i = 0; i < Commands.Length; i++)
            {
                text.AppendLine().Append("  ").Append(i + 1).Append(". ").Append(Commands[i]);
            }

            return text.ToString();
        }
    }

    /// <summary>Generates and shrinks scripts.</summary>
    private static class Scripts
    {
        public const int MaxSteps = 30;

        private static readonly Gen<string?> Companies = Gen.Elements<string?>(null, "Contoso Ltda", "شرکت نمونه", "   ");
        private static readonly Gen<string?> LastNames = Gen.Elements<string?>(null, "Lima", "رضایی");
        private static readonly Gen<string?> Emails = Gen.Elements<string?>(null, "sara@contoso.example", "SARA@contoso.example");
        private static readonly Gen<string?> Phones = Gen.Elements<string?>(null, "+98 912 345 6789", "۰۹۱۲ ۳۴۵ ۶۷۸۹");
        private static readonly Gen<string?> Descriptions = Gen.Elements<string?>(null, "warm", "cold");

        private static readonly Gen<(EditField, string?)[]> EditSets = Gen.OneOf(
            One(EditField.Company, Companies),
            One(EditField.LastName, LastNames),
            One(EditField.Email, Emails),
            One(EditField.Phone, Phones),
            One(EditField.Description, Descriptions),
            // Both halves of a policy requirement at once, so that one edit can switch it on or off.
            Companies.Zip(LastNames, (c, l) => new[] { (EditField.Company, c), (EditField.LastName, l) }),
            Emails.Zip(Phones, (e, p) => new[] { (EditField.Email, e), (EditField.Phone, p) }));

        private static readonly Gen<Command> Commands = Gen.Frequency(
            (3, Gen.Constant<Command>(new MarkContactedCommand())),
            (4, Gen.Constant<Command>(new QualifyCommand())),
            (3, Gen.Elements([.. DisqualificationReason.WellKnown, DuplicateReason]).Select(r => (Command)new DisqualifyCommand(r))),
            (1, Gen.Constant<Command>(new DisqualifyCommand((DisqualificationReason?)null))),
            (1, Gen.Elements(default, DisqualificationReason.Define(Duplicate + 1, "Unregistered")).Select(r => (Command)new DisqualifyCommand(r))),
            (3, Gen.Constant<Command>(new ReactivateCommand())),
            (2, Gen.Elements(
                    new LeadConversion("account-1", "contact-1", "opportunity-1"),
                    new LeadConversion(null, null, "opportunity-2"),
                    new LeadConversion("account-3", null, null))
                .Select(c => (Command)new ConvertCommand(c))),
            (7, EditSets.Zip(Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))))
                .Select(t => (Command)new EditCommand(t.Item1, t.Item2))),
            (2, Gen.Elements(false, true).Select(p => (Command)new ResubmitCommand(p))),
            (2, Gen.Elements(Enum.GetValues<InvalidDetails>()).Select(p => (Command)new InvalidEditCommand(p))),
            (1, Gen.Constant<Command>(new MergeIntoCommand())));

        /// <summary>Scripts of 1 to <see cref="MaxSteps"/> commands, shrunk by dropping and simplifying commands.</summary>
        public static Arbitrary<Script> Arbitrary { get; } = Arb.From(
            Gen.Choose(1, MaxSteps).SelectMany(n => Commands.ArrayOf(n)).Select(commands => new Script(commands)),
            Shrink);

        private static IEnumerable<Script> Shrink(Script script)
        {
            var commands = script.Commands;

            // Drop runs of commands, longest first (the whole script, halves, quarters, ... single commands).
            for (var size = commands.Length; size >= 1; size /= 2)
            {
                for (var start = 0; start + size <= commands.Length; start += size)
                {
                    yield return new Script([.. commands[..start], .. commands[(start + size)..]]);
                }
            }

            // Then make single commands simpler.
            for (var i = 0; i < commands.Length; i++)
            {
                foreach (var simpler in commands[i].Simpler())
                {
                    var copy = (Command[])commands.Clone();
                    copy[i] = simpler;
                    yield return new Script(copy);
                }
            }
        }

        private static Gen<(EditField, string?)[]> One(EditField field, Gen<string?> values) =>
            values.Select(v => new[] { (field, v) });
    }

    /// <summary>Counts what the scripts exercised, to show the generator reaches every kind of step.</summary>
    private sealed class Coverage
    {
        public int Steps { get; set; }

        public int Converted { get; set; }

        public int Refused { get; set; }

        public int RefusedQualify { get; set; }

        public int RejectedArguments { get; set; }

        public int NoOpEdits { get; set; }

        public int ChangedEdits { get; set; }

        public int PolicyToggles { get; set; }

        public int Reactivated { get; set; }

        public int Merged { get; set; }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Steps} steps: {Converted} conversions, {Reactivated} reactivations, {Merged} merges, {Refused} refusals ({RefusedQualify} Qualify with the policy unmet), {RejectedArguments} invalid arguments, {ChangedEdits} changing edits ({PolicyToggles} switching the policy), {NoOpEdits} no-op edits");
    }

    /// <summary>Runs a script against a lead and the model, step by step.</summary>
    private static class ModelRun
    {
        private const string User = "ali";

        /// <summary>Dynamics 365's creation rule (the default), the stricter qualification policy, and a host's own reason.</summary>
        private static LeadLifecycle NewLifecycle()
        {
            var options = new LeadLifecycleOptions { QualificationPolicy = QualificationPolicy.Reachable };
            options.DisqualificationReasons.Add(DuplicateReason);
            return new LeadLifecycle(TestLeads.NewClock(), options);
        }

        private static readonly LeadTrigger[] Triggers = Enum.GetValues<LeadTrigger>();

        public static void Check(Script script, Coverage coverage)
        {
            var lead = NewLifecycle().Create(TestLeads.Qualifiable, User);
            var model = LeadModel.Initial;
            var trace = new List<string>(script.Commands.Length);
            CheckAgrees(lead, model, script, trace, "after creation");

            for (var i = 0; i < script.Commands.Length; i++)
            {
                var command = script.Commands[i];
                var step = $"step {i + 1} ({command})";

                var (outcome, next) = model.Decide(command);
                var before = lead.ToSnapshot();
                var eventsBefore = lead.PendingEvents.Count;
                bool? returned = null;
                Exception? thrown = null;
                try
                {
                    returned = command.RunOn(lead, User);
                }
    #pragma warning disable CA1031 // Any exception is an observation to compare with the model.
                catch (Exception e)
    #pragma warning restore CA1031
                {
                    thrown = e;
                }

                var happened = thrown is null ? $"returned {returned?.ToString() ?? "(void)"}" : $"threw {thrown.GetType().Name}: {thrown.Message}";
                trace.Add($"{i + 1}. {command} -> {happened} | model: {outcome}, {next}");

                switch (outcome)
                {
                    case Outcome.Refused:
                        if (thrown is not InvalidLeadTransitionException refusal)
                        {
                            Fail(script, trace, $"{step}: expected InvalidLeadTransitionException, but it {happened}");
                            break;
                        }

                        if (refusal.LeadId != lead.Id || refusal.StatusReason != model.StatusReason || refusal.Trigger != command.Trigger
                            || !refusal.UnmetRequirements.SequenceEqual(model.Unmet(command.Trigger)))
                        {
                            Fail(script, trace, $"{step}: the refusal names lead {refusal.LeadId}, {refusal.StatusReason}, {refusal.Trigger}, unmet [{string.Join("; ", refusal.UnmetRequirements)}]; expected {lead.Id}, {model.StatusReason}, {command.Trigger}, unmet [{string.Join("; ", model.Unmet(command.Trigger))}]");
                        }

                        CheckUnchanged(lead, before, eventsBefore, script, trace, step);
                        coverage.Refused++;
                        coverage.RefusedQualify += command.Trigger == LeadTrigger.Qualify && model.IsOpen ? 1 : 0;
                        break;

                    case Outcome.MergeRefused:
                        if (thrown is not LeadMergeRefusedException)
                        {
                            Fail(script, trace, $"{step}: expected LeadMergeRefusedException, but it {happened}");
                        }

                        CheckUnchanged(lead, before, eventsBefore, script, trace, step);
                        coverage.Refused++;
                        break;

                    case Outcome.MissingRequired:
                        if (thrown is not MissingRequiredFieldsException missing || !missing.MissingFields.SequenceEqual(["LastName"]))
                        {
                            Fail(script, trace, $"{step}: expected MissingRequiredFieldsException naming LastName, but it {happened}");
                        }

                        CheckUnchanged(lead, before, eventsBefore, script, trace, step);
                        coverage.RejectedArguments++;
                        break;

                    case Outcome.RejectedArgument:
                        if (thrown is not ArgumentException)
                        {
                            Fail(script, trace, $"{step}: expected an ArgumentException, but it {happened}");
                        }

                        CheckUnchanged(lead, before, eventsBefore, script, trace, step);
                        coverage.RejectedArguments++;
                        break;

                    case Outcome.NoChange:
                        if (thrown is not null || returned != false)
                        {
                            Fail(script, trace, $"{step}: expected an edit that changes nothing and returns false, but it {happened}");
                        }

                        CheckUnchanged(lead, before, eventsBefore, script, trace, step);
                        coverage.NoOpEdits++;
                        break;

                    case Outcome.Changes:
                        if (thrown is not null || (command.Trigger == LeadTrigger.Edit && returned != true))
                        {
                            Fail(script, trace, $"{step}: expected success, but it {happened}");
                        }

                        CheckChange(lead, model, next, command, before, script, trace, step);
                        if (command.Trigger == LeadTrigger.Edit)
                        {
                            coverage.ChangedEdits++;
                            coverage.PolicyToggles += model.PolicyMet != next.PolicyMet ? 1 : 0;
                        }

                        coverage.Reactivated += command.Trigger == LeadTrigger.Reactivate ? 1 : 0;
                        coverage.Converted += command.Trigger == LeadTrigger.Convert ? 1 : 0;
                        coverage.Merged += command.Trigger == LeadTrigger.Merge ? 1 : 0;
                        break;
                }

                // Converted is absorbing: once there, every later operation is refused or rejected.
                if (model.StatusReason == LeadStatusReason.Converted && thrown is null)
                {
                    Fail(script, trace, $"{step}: a converted lead accepted an operation");
                }

                // So is Merged.
                if (model.Merged && thrown is null)
                {
                    Fail(script, trace, $"{step}: a merged lead accepted an operation");
                }

                model = next;
                CheckAgrees(lead, model, script, trace, "after " + step);
                coverage.Steps++;
            }
        }

        /// <summary>Runs the commands the model allows, then restores the lead from its snapshot.</summary>
        public static void CheckRoundTrip(Script script)
        {
            var lifecycle = NewLifecycle();
            var lead = lifecycle.Create(TestLeads.Qualifiable, User);
            var model = LeadModel.Initial;
            var trace = new List<string>();
            foreach (var command in script.Commands)
            {
                var (outcome, next) = model.Decide(command);
                if (outcome is Outcome.Changes or Outcome.NoChange)
                {
                    command.RunOn(lead, User);
                    model = next;
                    trace.Add($"{command} -> {model}");
                }
                else
                {
                    trace.Add($"{command} -> skipped ({outcome})");
                }
            }

            var snapshot = lead.ToSnapshot();
            var restored = lifecycle.Restore(snapshot);
            if (!restored.ToSnapshot().Equals(snapshot))
            {
                Fail(script, trace, $"the restored snapshot differs: {restored} vs {lead}");
            }

            if (restored.PendingEvents.Count != 0)
            {
                Fail(script, trace, $"the restored lead has {restored.PendingEvents.Count} pending events");
            }

            if (!restored.GetPermittedTriggers().SequenceEqual(lead.GetPermittedTriggers()))
            {
                Fail(script, trace, $"the restored lead permits [{string.Join(", ", restored.GetPermittedTriggers())}], the original [{string.Join(", ", lead.GetPermittedTriggers())}]");
            }

            // A snapshot is read back by another process too: another lifecycle with the same policy.
            var elsewhere = NewLifecycle().Restore(snapshot);
            if (!elsewhere.ToSnapshot().Equals(snapshot))
            {
                Fail(script, trace, $"the snapshot restored by another lifecycle differs: {elsewhere} vs {lead}");
            }
        }

        private static void CheckUnchanged(Lead lead, LeadSnapshot before, int eventsBefore, Script script, List<string> trace, string step)
        {
            if (!lead.ToSnapshot().Equals(before))
            {
                Fail(script, trace, $"{step}: the lead changed although the operation failed or changed nothing: was {Describe(before)}, is {Describe(lead.ToSnapshot())}");
            }

            if (lead.PendingEvents.Count != eventsBefore)
            {
                Fail(script, trace, $"{step}: pending events went from {eventsBefore} to {lead.PendingEvents.Count} although nothing changed");
            }
        }

        private static void CheckChange(
            Lead lead, LeadModel model, LeadModel next, Command command, LeadSnapshot before, Script script, List<string> trace, string step)
        {
            if (lead.Version != before.Version + 1)
            {
                Fail(script, trace, $"{step}: the version went from {before.Version} to {lead.Version}, not up by one");
            }

            if (lead.PendingEvents.Count != model.Events + 1)
            {
                Fail(script, trace, $"{step}: pending events went from {model.Events} to {lead.PendingEvents.Count}, not up by one");
            }

            var raised = lead.PendingEvents[^1];
            var expectedType = command switch
            {
                MarkContactedCommand => typeof(LeadContacted),
                QualifyCommand => typeof(LeadQualified),
                DisqualifyCommand => typeof(LeadDisqualified),
                ReactivateCommand => typeof(LeadReactivated),
                ConvertCommand => typeof(LeadConverted),
                MergeIntoCommand => typeof(LeadMergedInto),
                _ => typeof(LeadUpdated),
            };
            if (raised.GetType() != expectedType || raised.Version != lead.Version || raised.LeadId != lead.Id
                || raised.ActingUser != User || raised.OccurredAt != lead.ModifiedAt)
            {
                Fail(script, trace, $"{step}: raised {raised}, expected a {expectedType.Name} for version {lead.Version} at {lead.ModifiedAt}");
            }

            if (lead.ModifiedAt < before.ModifiedAt)
            {
                Fail(script, trace, $"{step}: ModifiedAt went back from {before.ModifiedAt} to {lead.ModifiedAt}");
            }

            var statusChanged = next.History != model.History;
            if (statusChanged)
            {
                var entry = lead.History[^1];
                if (entry != new StatusChange(model.StatusReason, next.StatusReason, lead.ModifiedAt, User))
                {
                    Fail(script, trace, $"{step}: the last history entry is {entry}, expected {model.StatusReason} -> {next.StatusReason} at {lead.ModifiedAt}");
                }
            }
            else if (!lead.History.SequenceEqual(before.History))
            {
                Fail(script, trace, $"{step}: an edit changed the status history");
            }

            switch (command, raised)
            {
                case (DisqualifyCommand d, LeadDisqualified e) when e.Reason != (d.Reason ?? DisqualificationReason.Lost) || lead.DisqualificationReason != (d.Reason ?? DisqualificationReason.Lost):
                    Fail(script, trace, $"{step}: disqualified with {e.Reason} / {lead.DisqualificationReason}, expected {d.Reason?.ToString() ?? "the default, Lost"}");
                    break;
                case (ReactivateCommand, LeadReactivated e) when e.From != model.StatusReason:
                    Fail(script, trace, $"{step}: LeadReactivated.From is {e.From}, expected {model.StatusReason}");
                    break;
                case (ConvertCommand c, LeadConverted e) when e.Conversion != c.Conversion || lead.Conversion != c.Conversion:
                    Fail(script, trace, $"{step}: the conversion recorded is {lead.Conversion}, expected {c.Conversion}");
                    break;
                case (_, LeadUpdated e) when !e.Details.Equals(lead.Details):
                    Fail(script, trace, $"{step}: LeadUpdated carries other details than the lead's");
                    break;
            }
        }

        /// <summary>The lead's observable state must be the model's.</summary>
        private static void CheckAgrees(Lead lead, LeadModel model, Script script, List<string> trace, string when)
        {
            var d = lead.Details;
            var actual = new DetailsModel(
                d.CompanyName, d.LastName, d.Emails.Count == 0 ? null : d.Emails[0], d.MobilePhone, d.Description);
            var problems = new List<string>();
            if (lead.StatusReason != model.StatusReason || lead.State != model.State)
            {
                problems.Add($"status {lead.State}/{lead.StatusReason}, model {model.State}/{model.StatusReason}");
            }

            if (lead.Version != model.Version)
            {
                problems.Add($"version {lead.Version}, model {model.Version}");
            }

            if ((lead.MasterId is not null) != model.Merged)
            {
                problems.Add($"master {lead.MasterId?.ToString() ?? "none"}, model {(model.Merged ? "merged" : "not merged")}");
            }

            if (lead.PendingEvents.Count != model.Events)
            {
                problems.Add($"{lead.PendingEvents.Count} pending events, model {model.Events}");
            }

            if (lead.History.Count != model.History || lead.History[^1].To != model.StatusReason)
            {
                problems.Add($"{lead.History.Count} history entries ending at {lead.History[^1].To}, model {model.History} ending at {model.StatusReason}");
            }

            if (actual != model.Details || d.Emails.Count > 1 || d.BusinessPhone is not null || d.FirstName != "Sara")
            {
                problems.Add($"details [{actual}] ({d.Emails.Count} e-mails, business phone {d.BusinessPhone}, first name {d.FirstName}), model [{model.Details}]");
            }

            // The dates peers show: closed when qualified or disqualified (kept through conversion and logged
            // activities, cleared by reactivation), converted when converted; both read from the history.
            var lastEntry = lead.History[^1].At;
            Instant? closed = model.State switch
            {
                LeadState.Qualified or LeadState.Disqualified => lastEntry,
                LeadState.Converted => lead.History[^2].At,
                _ => null,
            };
            if (lead.ClosedAt != closed || lead.ConvertedAt != (model.State == LeadState.Converted ? lastEntry : null))
            {
                problems.Add($"closed at {lead.ClosedAt?.ToString() ?? "null"} and converted at {lead.ConvertedAt?.ToString() ?? "null"} while {model.StatusReason}");
            }

            if ((lead.Conversion is not null) != (model.StatusReason == LeadStatusReason.Converted))
            {
                problems.Add($"conversion {lead.Conversion?.ToString() ?? "null"} while {model.StatusReason}");
            }

            if (lead.DisqualificationReason is not null != model.IsDisqualified)
            {
                problems.Add($"disqualification reason {lead.DisqualificationReason?.ToString() ?? "null"} while {model.StatusReason}");
            }

            // CanFire must agree with the model for every trigger, before every step (and after the last one).
            foreach (var trigger in Triggers)
            {
                var can = lead.CanFire(trigger, out var unmet);
                if (can != model.Allows(trigger) || !unmet.SequenceEqual(model.Unmet(trigger)))
                {
                    problems.Add($"CanFire({trigger}) is {can} [{string.Join("; ", unmet)}], the model says {model.Allows(trigger)} [{string.Join("; ", model.Unmet(trigger))}]");
                }
            }

            if (problems.Count > 0)
            {
                Fail(script, trace, $"{when}: the lead differs from the model ({model}): {string.Join("; ", problems)}");
            }
        }

        private static string Describe(LeadSnapshot s) =>
            $"{s.StatusReason} v{s.Version} modified {s.ModifiedAt}, {s.History.Count} history entries, details [{s.Details.CompanyName}|{s.Details.LastName}|{string.Join(",", s.Details.Emails)}|{s.Details.MobilePhone}|{s.Details.Description}]";

        [DoesNotReturn]
        private static void Fail(Script script, List<string> trace, string problem) =>
            throw new XunitException(
                $"{problem}{Environment.NewLine}Script: {script}{Environment.NewLine}Trace:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", trace)}");
    }
}
