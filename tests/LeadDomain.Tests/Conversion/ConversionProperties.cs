using System.Collections;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Conversion;
using LeadDomain.Leads;
using NodaTime;

namespace LeadDomain.Tests.Conversion;

/// <summary>
/// Invariants of conversion over random leads, random maps and random options. Each case is built from a seed FsCheck
/// draws, so a failure names the seed that reproduces it.
/// </summary>
public sealed class ConversionProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    // Direct rules a random map picks from: every standard field somewhere, and custom fields (one of them read as
    // the wrong kind, so that some leads hold it with another kind than the rule expects).
    private static readonly (LeadField From, TargetField To)[] Pool =
    [
        (LeadField.CompanyName, AccountFields.Name), (LeadField.Industry, AccountFields.Industry),
        (LeadField.AnnualRevenue, AccountFields.AnnualRevenue), (LeadField.NumberOfEmployees, AccountFields.NumberOfEmployees),
        (LeadField.Source, AccountFields.Source), (LeadField.Owner, AccountFields.Owner), (LeadField.Description, AccountFields.Description),
        (LeadField.FirstName, ContactFields.FirstName), (LeadField.LastName, ContactFields.LastName), (LeadField.JobTitle, ContactFields.JobTitle),
        (LeadField.Emails, ContactFields.Emails), (LeadField.BusinessPhone, AccountFields.Phone),
        (LeadField.PreferredContactMethod, ContactFields.PreferredContactMethod), (LeadField.Source, ContactFields.Source),
        (LeadField.Owner, ContactFields.Owner), (LeadField.Topic, OpportunityFields.Name), (LeadField.Budget, OpportunityFields.Budget),
        (LeadField.PurchaseTimeframe, OpportunityFields.PurchaseTimeframe), (LeadField.StatedNeed, OpportunityFields.CustomerNeed),
        (LeadField.IsDecisionMaker, OpportunityFields.IsDecisionMaker), (LeadField.Rating, OpportunityFields.Rating),
        (LeadField.Source, OpportunityFields.Source), (LeadField.CompanyName, OpportunityFields.Description),
        (LeadField.Salutation, ContactFields.Salutation), (LeadField.MiddleName, ContactFields.MiddleName),
        (LeadField.MobilePhone, ContactFields.MobilePhone), (LeadField.HomePhone, ContactFields.HomePhone),
        (LeadField.OtherPhone, ContactFields.OtherPhone), (LeadField.Fax, AccountFields.Fax), (LeadField.Website, AccountFields.Website),
        (LeadField.Address, ContactFields.Address), (LeadField.Campaign, OpportunityFields.Campaign),
        (LeadField.DoNotEmail, ContactFields.DoNotEmail), (LeadField.DoNotBulkEmail, AccountFields.DoNotBulkEmail),
        (LeadField.DoNotPhone, ContactFields.DoNotPhone), (LeadField.DoNotFax, ContactFields.DoNotFax),
        (LeadField.DoNotPostalMail, ContactFields.DoNotPostalMail),
        (LeadField.Custom("Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Account, "Region", CustomFieldKind.Text)),
        (LeadField.Custom("Seats", CustomFieldKind.Number), TargetField.Custom(ConversionTarget.Opportunity, "Seats", CustomFieldKind.Number)),
        (LeadField.Custom("Seats", CustomFieldKind.Number), TargetField.Custom(ConversionTarget.Contact, "Seats", CustomFieldKind.Number)),
        (LeadField.Custom("Vip", CustomFieldKind.Boolean), TargetField.Custom(ConversionTarget.Contact, "Vip", CustomFieldKind.Boolean)),
        (LeadField.Custom("Since", CustomFieldKind.Date), TargetField.Custom(ConversionTarget.Account, "CustomerSince", CustomFieldKind.Date)),
    ];

    [Fact]
    public void Every_lead_field_holding_a_value_is_either_carried_to_a_record_or_reported_never_both()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var rules = Pool.Where(_ => random.Next(3) > 0).ToArray();
            var builder = ConversionMap.CreateBuilder();
            foreach (var (from, to) in rules)
            {
                builder.Map(from, to);
            }

            var lead = RandomLead(random);
            var result = builder.Build().Preview(lead, RandomValidOptions(random));
            var wrong = LeadField.WithValues(lead.Details)
                .Where(field => Carried(field, lead.Details, rules, result) == result.UnmappedFields.Contains(field))
                .ToList();
            return (wrong.Count == 0 && result.UnmappedFields.Distinct().Count() == result.UnmappedFields.Count)
                .Label($"seed {seed}: carried and reported (or neither): {string.Join(", ", wrong)}");
        }));
    }

    [Fact]
    public void A_conversion_either_converts_with_the_result_ids_or_throws_and_leaves_the_lead_unchanged()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var lead = RandomLead(random);
            MoveToRandomState(lead, random);
            var map = random.Next(2) == 0 ? ConversionMap.Default : ConversionMap.Default.ToBuilder().Remove(OpportunityFields.Name).Build();
            var options = RandomAnyOptions(random);
            var before = lead.ToSnapshot();
            var eventsBefore = lead.PendingEvents.Count;
            ConversionResult result;
            try
            {
                result = map.Convert(lead, "prop", options);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return (lead.ToSnapshot().Equals(before) && lead.PendingEvents.Count == eventsBefore)
                    .Label($"seed {seed}: {e.GetType().Name} changed the lead");
            }

            return (lead.State == LeadState.Converted && lead.Conversion == result.Conversion
                    && (!options.Strict || result.UnmappedFields.Count == 0)
                    && lead.PendingEvents[^1] is LeadConverted converted && converted.Conversion == result.Conversion)
                .Label($"seed {seed}: converted to {lead.Conversion} but the result says {result.Conversion}");
        }));
    }

    [Fact]
    public void A_converted_lead_rejects_every_further_operation_and_stays_unchanged()
    {
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var lead = RandomLead(random);
            ConversionMap.Default.Convert(lead, "prop", new ConversionOptions { QualifyOpenLead = true });
            var before = lead.ToSnapshot();
            Action[] operations =
            [
                () => lead.MarkContacted("prop"),
                () => lead.Qualify("prop"),
                () => lead.Disqualify(DisqualificationReason.Canceled, "prop"),
                () => lead.Reactivate("prop"),
                () => lead.Edit(lead.Details with { JobTitle = "CEO" }, "prop"),
                () => lead.LogActivity(ActivityType.Call, TestLeads.Start, "prop"),
                () => lead.ApplyComputedRating(LeadRating.Cold, "prop"),
                () => ConversionMap.Default.Convert(lead, "prop", RandomValidOptions(random)),
                () => ConversionMap.Default.Convert(lead, "prop", new ConversionOptions { QualifyOpenLead = true }),
            ];
            var refused = Enumerable.Range(0, 6).Select(_ => operations[random.Next(operations.Length)]).All(operation =>
            {
                try
                {
                    operation();
                    return false;
                }
                catch (InvalidLeadTransitionException e)
                {
                    return e.StatusReason == LeadStatusReason.Converted;
                }
            });
            return (refused && lead.ToSnapshot().Equals(before)).Label($"seed {seed}");
        }));
    }

    // Carried: written to a record, or met an existing record's own value that the record kept (reported as Kept).
    private static bool Carried(LeadField field, LeadDetails details, (LeadField From, TargetField To)[] rules, ConversionResult result) =>
        rules.Any(rule => rule.From == field
            && (Same(field.Read(details), Written(result, rule.To))
                || result.MergedFields.Any(m => m.Field == rule.To && m.Action == FieldMergeAction.Kept)));

    private static object? Written(ConversionResult result, TargetField field)
    {
        object? record = field.Target switch
        {
            ConversionTarget.Account => result.Account,
            ConversionTarget.Contact => result.Contact,
            _ => result.Opportunity,
        };
        if (record is null)
        {
            return null;
        }

        if (field.IsCustom)
        {
            var custom = (IReadOnlyDictionary<string, CustomFieldValue>)record.GetType().GetProperty("CustomFields")!.GetValue(record)!;
            return custom.TryGetValue(field.Name, out var value) ? LeadField.Unwrap(value) : null;
        }

        return record.GetType().GetProperty(field.Name)!.GetValue(record);
    }

    private static bool Same(object? a, object? b) =>
        a is IEnumerable<string> x && b is IEnumerable<string> y ? x.SequenceEqual(y) && x.Any() : a is not null && a.Equals(b);

    internal static Lead RandomLead(Random random)
    {
        T? Maybe<T>(params T[] items) => random.Next(3) == 0 ? default : items[random.Next(items.Length)];
        var custom = new Dictionary<string, CustomFieldValue>(StringComparer.Ordinal);
        if (random.Next(2) == 0)
        {
            custom["Region"] = CustomFieldValue.FromText(Maybe("Isfahan", "اصفهان") ?? "Tabriz");
        }

        if (random.Next(2) == 0)
        {
            custom["Seats"] = random.Next(3) == 0 ? CustomFieldValue.FromText("fifty") : CustomFieldValue.FromNumber(random.Next(1, 500));
        }

        if (random.Next(2) == 0)
        {
            custom["Vip"] = CustomFieldValue.FromBoolean(random.Next(2) == 0);
        }

        if (random.Next(3) == 0)
        {
            custom["Since"] = CustomFieldValue.FromDate(new LocalDate(2020, 1, 1).PlusDays(random.Next(2000)));
        }

        if (random.Next(4) == 0)
        {
            custom["Unmapped"] = CustomFieldValue.FromMoney(new Money(10, "EUR"));
        }

        return Lifecycle.Create(new LeadDetails
        {
            Topic = Maybe("Renewal", "تمدید قرارداد"),
            FirstName = Maybe("Sara", "علی"),
            LastName = Maybe("Lima", "رضایی") ?? (random.Next(2) == 0 ? null : "Silva"),
            CompanyName = Maybe("Contoso Ltda", "شرکت کیمیا", "شركة الأفق") ?? "Fabrikam",
            JobTitle = Maybe("Director", "مدیر"),
            Emails = Maybe<string[]>(["sara@contoso.example"], ["a@b.example", "c@d.example"]) ?? [],
            BusinessPhone = Maybe("۰۹۱۲ ۳۴۵ ۶۷۸۹", "+55 11 5555 0000"),
            MobilePhone = Maybe("021 8888 0000"),
            HomePhone = Maybe("٠٢١ ٨٨٨٨ ٠٠٠١"),
            OtherPhone = Maybe("+98 21 8888 0002"),
            Fax = Maybe("021 8888 0003"),
            Salutation = Maybe("Dr.", "آقای"),
            MiddleName = Maybe("Maria"),
            Website = Maybe("https://contoso.example"),
            Address = Maybe(new PostalAddress("Av. Paulista 1000", City: "São Paulo"), new PostalAddress(City: "تهران", Country: "Iran")),
            Campaign = Maybe("Expo 2026"),
            DoNotEmail = random.Next(4) == 0,
            DoNotBulkEmail = random.Next(4) == 0,
            DoNotPhone = random.Next(4) == 0,
            DoNotFax = random.Next(4) == 0,
            DoNotPostalMail = random.Next(4) == 0,
            PreferredContactMethod = Maybe<PreferredContactMethod?>(PreferredContactMethod.Email, PreferredContactMethod.Phone),
            Source = Maybe<LeadSource?>(LeadSource.Web, LeadSource.TradeShow, LeadSource.Partner),
            Industry = Maybe("Software", "بانکداری"),
            AnnualRevenue = Maybe<Money?>(new Money(1_000_000, "USD"), new Money(5_000_000_000, "IRR")),
            Budget = Maybe<Money?>(new Money(20_000, "USD")),
            NumberOfEmployees = Maybe<int?>(12, 4_000),
            PurchaseTimeframe = Maybe<PurchaseTimeframe?>(PurchaseTimeframe.Immediate, PurchaseTimeframe.ThisYear),
            IsDecisionMaker = Maybe<bool?>(true, false),
            StatedNeed = Maybe("CRM", "نرم‌افزار فروش"),
            Rating = Maybe<LeadRating?>(LeadRating.Hot, LeadRating.Cold),
            Owner = Maybe("sara", "reza"),
            Description = Maybe("Met at the expo"),
            CustomFields = custom,
        }, "prop");
    }

    private static void MoveToRandomState(Lead lead, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                lead.MarkContacted("prop");
                break;
            case 1:
            case 2:
                lead.Qualify("prop");
                break;
            case 3:
                lead.Disqualify(DisqualificationReason.CannotContact, "prop");
                break;
            default:
                lead.Qualify("prop");
                ConversionMap.Default.Convert(lead, "prop");
                break;
        }
    }

    private static ConversionOptions RandomValidOptions(Random random)
    {
        var attachAccount = random.Next(3) == 0;
        var createAccount = !attachAccount && random.Next(4) > 0;
        var hasAccount = attachAccount || createAccount;
        var createOpportunity = hasAccount && random.Next(4) > 0;
        var account = attachAccount ? ExistingAccount(random) : null;

        // Without an account there must be something to attach.
        var contact = !hasAccount || random.Next(4) == 0
            ? new ContactRecord { Id = "con-existing", AccountId = account?.Id, LastName = random.Next(2) == 0 ? "Existing" : null, Source = LeadSource.Partner }
            : null;
        var createContact = contact is null && hasAccount && random.Next(4) > 0;
        var createsSomething = createAccount || createContact || createOpportunity;
        return new ConversionOptions
        {
            ExistingAccount = account,
            CreateAccount = attachAccount || createAccount,
            ExistingContact = contact,
            CreateContact = contact is not null || createContact,
            CreateOpportunity = createOpportunity,
            MergePolicy = (account ?? (object?)contact) is not null ? (FieldMergePolicy)random.Next(1, 4) : FieldMergePolicy.FillBlanks,
            OverwriteLeadSource = contact is not null && random.Next(2) == 0,
            OpportunityName = createOpportunity && random.Next(4) == 0 ? "Override" : null,
            Owner = createsSomething && random.Next(4) == 0 ? "owner-override" : null,
        };
    }

    private static AccountRecord ExistingAccount(Random random) => new()
    {
        Id = "acc-existing",
        Name = random.Next(2) == 0 ? "Existing Co" : null,
        Industry = random.Next(3) == 0 ? "Retail" : null,
        Owner = "existing-owner",
        Source = LeadSource.Other,
    };

    private static ConversionOptions RandomAnyOptions(Random random) => new()
    {
        CreateAccount = random.Next(5) > 0,
        CreateContact = random.Next(5) > 0,
        CreateOpportunity = random.Next(5) > 0,
        ExistingAccount = random.Next(5) == 0 ? new AccountRecord { Id = random.Next(4) == 0 ? " " : "acc-existing" } : null,
        ExistingContact = random.Next(6) == 0 ? new ContactRecord { Id = "con-existing", AccountId = random.Next(2) == 0 ? "acc-existing" : null } : null,
        NewOpportunityId = random.Next(8) == 0 ? "opp-given" : null,
        OverwriteLeadSource = random.Next(6) == 0,
        QualifyOpenLead = random.Next(2) == 0,
        Strict = random.Next(3) == 0,
    };
}
