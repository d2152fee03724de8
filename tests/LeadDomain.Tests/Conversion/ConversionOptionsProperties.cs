using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

/// <summary>
/// Every conversion option has an effect or is refused (issue 14): for random option sets, removing any one option the
/// set gives (setting it back to its default) changes the outcome of converting the same lead, or the set is refused.
/// <see cref="ConversionOptions.Strict"/> is left out: it is a check that refuses a lossy conversion, not a setting.
/// </summary>
public sealed partial class ConversionOptionsProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    // Different from every value the generated lead or records hold, so that an override always shows.
    private static readonly LeadDetails Details = TestLeads.Qualifiable with
    {
        CompanyName = "Contoso Ltda",
        LastName = "Lima",
        Industry = "Software",
        Owner = "sara",
        Source = LeadSource.Web,
        BusinessPhone = "+55 11 5555 0000",
    };

    private static readonly (string Name, Func<ConversionOptions, ConversionOptions> Reset)[] Resets =
    [
        (nameof(ConversionOptions.CreateAccount), o => o with { CreateAccount = true }),
        (nameof(ConversionOptions.CreateContact), o => o with { CreateContact = true }),
        (nameof(ConversionOptions.CreateOpportunity), o => o with { CreateOpportunity = true }),
        (nameof(ConversionOptions.ExistingAccount), o => o with { ExistingAccount = null }),
        (nameof(ConversionOptions.ExistingContact), o => o with { ExistingContact = null }),
        (nameof(ConversionOptions.MergePolicy), o => o with { MergePolicy = FieldMergePolicy.FillBlanks }),
        (nameof(ConversionOptions.FieldPolicies), o => o with { FieldPolicies = ConversionOptions.Default.FieldPolicies }),
        (nameof(ConversionOptions.NewAccountId), o => o with { NewAccountId = null }),
        (nameof(ConversionOptions.NewContactId), o => o with { NewContactId = null }),
        (nameof(ConversionOptions.NewOpportunityId), o => o with { NewOpportunityId = null }),
        (nameof(ConversionOptions.OpportunityName), o => o with { OpportunityName = null }),
        (nameof(ConversionOptions.Owner), o => o with { Owner = null }),
        (nameof(ConversionOptions.OverwriteLeadSource), o => o with { OverwriteLeadSource = false }),
        (nameof(ConversionOptions.QualifyOpenLead), o => o with { QualifyOpenLead = false }),
    ];

    private static readonly Gen<int> Seeds = Gen.Choose(0, int.MaxValue);

    [Fact]
    public void Every_option_either_changes_the_result_or_is_refused()
    {
        var coverage = new Dictionary<string, int>();
        Check.One(Runs, Prop.ForAll(Seeds.ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var open = random.Next(3) == 0;
            var options = RandomOptions(random, open);
            var outcome = Outcome(options, open);
            if (outcome.StartsWith("refused", StringComparison.Ordinal))
            {
                return true.Label("refused");
            }

            foreach (var (name, reset) in Resets)
            {
                var without = reset(options);
                if (without == options)
                {
                    continue;
                }

                coverage[name] = coverage.GetValueOrDefault(name) + 1;
                if (Outcome(without, open) == outcome)
                {
                    return false.Label($"seed {seed}: {name} was accepted but changed nothing: {JsonSerializer.Serialize(options.FieldPolicies.Select(p => p.Key + "=" + p.Value))} merge {options.MergePolicy} open {open} ({outcome})");
                }
            }

            return true.Label("accepted");
        }));

        // Each option was seen accepted and checked, not only refused.
        Assert.All(Resets, r => Assert.True(coverage.GetValueOrDefault(r.Name) > 5, $"{r.Name} checked {coverage.GetValueOrDefault(r.Name)} times"));
    }

    [Fact]
    public void A_refused_option_set_changes_no_lead()
    {
        Check.One(Runs, Prop.ForAll(Seeds.ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var lead = NewLead(random.Next(2) == 0);
            var before = lead.ToSnapshot();
            try
            {
                ConversionMap.Default.Convert(lead, "prop", RandomOptions(random, random.Next(2) == 0));
                return true.Label("converted");
            }
            catch (InvalidConversionOptionsException)
            {
                return lead.ToSnapshot().Equals(before).Label($"seed {seed}: the refused conversion changed the lead");
            }
            catch (InvalidLeadTransitionException)
            {
                return lead.ToSnapshot().Equals(before).Label($"seed {seed}: the refused transition changed the lead");
            }
        }));
    }

    private static Lead NewLead(bool open)
    {
        var lead = TestLeads.NewLifecycle(QualificationPolicy.Default).Create(Details, "ali", LeadId.Parse("2f1c8a3e-0b6d-4e57-9a21-7c3d5e9f1b08"));
        if (!open)
        {
            lead.Qualify("ali");
        }

        return lead;
    }

    /// <summary>What converting the same lead with these options gives: the records (generated ids masked) or the refusal.</summary>
    private static string Outcome(ConversionOptions options, bool open)
    {
        var lead = NewLead(open);
        try
        {
            var result = ConversionMap.Default.Convert(lead, "prop", options);
            var text = JsonSerializer.Serialize(new
            {
                lead.State,
                result.Account,
                result.Contact,
                result.Opportunity,
                Merged = result.MergedFields.Select(m => $"{m.Field} {m.Action} {m.ExistingValue} {m.LeadValue}"),
                Unmapped = result.UnmappedFields.Select(f => f.ToString()),
            });
            return Guid().Replace(text, "*");
        }
        catch (Exception e) when (e is InvalidConversionOptionsException or InvalidLeadTransitionException)
        {
            return "refused: " + e.GetType().Name;
        }
    }

    // Mostly option sets that can apply, so that each option is seen accepted; sometimes one that cannot.
    private static ConversionOptions RandomOptions(Random random, bool open)
    {
        bool Sometimes(int oneIn = 3) => random.Next(oneIn) == 0;
        var account = Sometimes() ? new AccountRecord { Id = "acc-existing", Name = "Contoso Group", Owner = "reza" } : null;
        var contact = Sometimes(3)
            ? new ContactRecord { Id = "con-existing", AccountId = Sometimes(8) ? "acc-other" : account?.Id, LastName = "Silva", Source = LeadSource.Partner }
            : null;
        var policies = new Dictionary<TargetField, FieldMergePolicy>();
        if ((account is not null || Sometimes(8)) && Sometimes(2))
        {
            policies[AccountFields.Name] = FieldMergePolicy.Overwrite;
        }

        if ((account is not null || Sometimes(8)) && Sometimes(3))
        {
            policies[AccountFields.Industry] = FieldMergePolicy.Keep;
        }

        if ((contact is not null || Sometimes(8)) && Sometimes(2))
        {
            policies[ContactFields.LastName] = FieldMergePolicy.Overwrite;
        }

        if (Sometimes(5))
        {
            // Without an account: only a contact, created or attached, can take the lead.
            var orphan = Sometimes() ? new ContactRecord { Id = "con-existing", LastName = "Silva", Source = LeadSource.Partner } : null;
            return new ConversionOptions
            {
                CreateAccount = false,
                CreateOpportunity = false,
                ExistingContact = orphan,
                CreateContact = orphan is not null || !Sometimes(4),
                NewContactId = orphan is null && Sometimes(3) ? "con-new" : null,
                OverwriteLeadSource = orphan is not null && Sometimes(2),
                QualifyOpenLead = open != Sometimes(8),
            };
        }

        return new ConversionOptions
        {
            CreateAccount = !Sometimes(4),
            CreateContact = contact is null && Sometimes(3) ? false : !Sometimes(12),
            CreateOpportunity = !Sometimes(4),
            ExistingAccount = account,
            ExistingContact = contact,
            MergePolicy = (account is not null || contact is not null || Sometimes(8)) && Sometimes(2) ? (FieldMergePolicy)random.Next(2, 4) : FieldMergePolicy.FillBlanks,
            FieldPolicies = policies.Count == 0 ? ConversionOptions.Default.FieldPolicies : policies,
            NewAccountId = Sometimes(4) ? "acc-new" : null,
            NewContactId = (contact is null || Sometimes(8)) && Sometimes(3) ? "con-new" : null,
            NewOpportunityId = Sometimes(4) ? "opp-new" : null,
            OpportunityName = Sometimes(4) ? "Override" : null,
            Owner = Sometimes(4) ? "owner-override" : null,
            OverwriteLeadSource = (contact is not null || Sometimes(8)) && Sometimes(2),
            QualifyOpenLead = open != Sometimes(8),
        };
    }

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex Guid();
}
