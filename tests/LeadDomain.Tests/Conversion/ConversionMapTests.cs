using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Conversion;

public sealed class ConversionMapTests
{
    private static readonly ConversionOptions Ids = new() { NewAccountId = "acc-1", NewContactId = "con-1", NewOpportunityId = "opp-1" };

    private static LeadDetails Full => new()
    {
        Topic = "۵۰ مجوز نرم‌افزار",
        FirstName = "علی",
        LastName = "رضایی",
        CompanyName = "شرکت کیمیا",
        JobTitle = "مدیر فروش",
        Emails = ["ali@kimia.example"],
        MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        BusinessPhone = "021 8888 0000",
        PreferredContactMethod = PreferredContactMethod.Phone,
        Source = LeadSource.TradeShow,
        Industry = "Software",
        AnnualRevenue = new Money(2_000_000, "USD"),
        Budget = new Money(50_000, "USD"),
        NumberOfEmployees = 120,
        PurchaseTimeframe = PurchaseTimeframe.ThisQuarter,
        IsDecisionMaker = true,
        StatedNeed = "CRM for 50 sellers",
        Rating = LeadRating.Hot,
        Owner = "sara",
        Description = "Met at the Tehran expo",
        Salutation = "آقای",
        MiddleName = "رضا",
        HomePhone = "۰۲۱ ۲۲۲۲ ۰۰۰۰",
        OtherPhone = "+98 21 3333 0000",
        Fax = "021 8888 0001",
        Website = "https://kimia.example",
        Address = new PostalAddress("خیابان ولیعصر ۱۰۰", City: "تهران", PostalCode: "۱۴۳۴۸", Country: "Iran"),
        Campaign = "Tehran expo 2026",
        DoNotBulkEmail = true,
        DoNotFax = true,
    };

    private static Lead QualifiedLead(LeadDetails? details = null)
    {
        var lead = TestLeads.NewLead(details: details ?? Full);
        lead.Qualify("sara");
        return lead;
    }

    [Fact]
    public void The_default_map_carries_every_standard_field_and_the_topic_becomes_the_opportunity_name()
    {
        var lead = QualifiedLead();

        var result = ConversionMap.Default.Convert(lead, "sara", Ids);

        Assert.Empty(result.UnmappedFields);
        Assert.Equal(
            new AccountRecord
            {
                Id = "acc-1", IsNew = true, OriginatingLeadId = lead.Id.ToString(), Name = "شرکت کیمیا", Industry = "Software",
                AnnualRevenue = new Money(2_000_000, "USD"), NumberOfEmployees = 120, Phone = "021 8888 0000", Fax = "021 8888 0001",
                Email = "ali@kimia.example", Website = "https://kimia.example", Address = Full.Address, Source = LeadSource.TradeShow,
                Owner = "sara", Description = "Met at the Tehran expo", DoNotBulkEmail = true, DoNotFax = true,
                CustomFields = result.Account!.CustomFields,
            },
            result.Account);
        Assert.Equal(("آقای", "رضا", "۰۲۱ ۲۲۲۲ ۰۰۰۰", "+98 21 3333 0000", "021 8888 0001"),
            (result.Contact!.Salutation, result.Contact.MiddleName, result.Contact.HomePhone, result.Contact.OtherPhone, result.Contact.Fax));
        Assert.Equal((Full.Address, true, true, false), (result.Contact.Address, result.Contact.DoNotBulkEmail, result.Contact.DoNotFax, result.Contact.DoNotEmail));
        Assert.Equal(("Tehran expo 2026", lead.Id.ToString()), (result.Opportunity!.Campaign, result.Opportunity.OriginatingLeadId));
        Assert.Equal(lead.Id.ToString(), result.Contact.OriginatingLeadId);
        var contact = result.Contact!;
        Assert.Equal(("con-1", "acc-1", "علی", "رضایی", "مدیر فروش"), (contact.Id, contact.AccountId, contact.FirstName, contact.LastName, contact.JobTitle));
        Assert.Equal(["ali@kimia.example"], contact.Emails);
        Assert.Equal(("۰۹۱۲ ۳۴۵ ۶۷۸۹", "021 8888 0000"), (contact.MobilePhone, contact.BusinessPhone));
        Assert.Equal(PreferredContactMethod.Phone, contact.PreferredContactMethod);
        var opportunity = result.Opportunity!;
        Assert.Equal("۵۰ مجوز نرم‌افزار", opportunity.Name);
        Assert.Equal(("opp-1", "acc-1", "con-1"), (opportunity.Id, opportunity.AccountId, opportunity.ContactId));
        Assert.Equal(new Money(50_000, "USD"), opportunity.Budget);
        Assert.Equal(PurchaseTimeframe.ThisQuarter, opportunity.PurchaseTimeframe);
        Assert.Equal("CRM for 50 sellers", opportunity.CustomerNeed);
        Assert.Equal((true, LeadRating.Hot, LeadSource.TradeShow, "sara", "Met at the Tehran expo"),
            (opportunity.IsDecisionMaker, opportunity.Rating, opportunity.Source, opportunity.Owner, opportunity.Description));
    }

    [Fact]
    public void Converting_records_the_ids_on_the_lead_and_raises_the_converted_event()
    {
        var lead = QualifiedLead();
        lead.DrainEvents();

        var result = ConversionMap.Default.Convert(lead, "sara", Ids);

        Assert.Equal(LeadState.Converted, lead.State);
        Assert.Equal(new LeadConversion("acc-1", "con-1", "opp-1"), lead.Conversion);
        Assert.Equal(result.Conversion, lead.Conversion);
        var converted = Assert.IsType<LeadConverted>(Assert.Single(lead.DrainEvents()));
        Assert.Equal(result.Conversion, converted.Conversion);
    }

    [Fact]
    public void Generated_ids_are_distinct_when_none_are_given()
    {
        var result = ConversionMap.Default.Convert(QualifiedLead(), "sara");

        Assert.Equal(3, new[] { result.Account!.Id, result.Contact!.Id, result.Opportunity!.Id }.Distinct().Count());
        Assert.Equal(result.Account.Id, result.Contact.AccountId);
    }

    [Fact]
    public void Custom_fields_are_reported_until_a_rule_carries_them()
    {
        var details = Full with
        {
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["Region"] = CustomFieldValue.FromText("Isfahan"),
                ["Seats"] = CustomFieldValue.FromNumber(50),
            },
        };

        var report = ConversionMap.Default.Preview(QualifiedLead(details), Ids);
        Assert.Equal([LeadField.Custom("Region", CustomFieldKind.Text), LeadField.Custom("Seats", CustomFieldKind.Number)], report.UnmappedFields);

        var map = ConversionMap.Default.ToBuilder()
            .Map(LeadField.Custom("Region", CustomFieldKind.Text), TargetField.Custom(ConversionTarget.Account, "SalesRegion", CustomFieldKind.Text))
            .Remove(OpportunityFields.Description)
            .Compose(OpportunityFields.Description, "{0} (seats: {1})", LeadField.Description, LeadField.Custom("Seats", CustomFieldKind.Number))
            .Build();
        var lead = QualifiedLead(details);

        var result = map.Convert(lead, "sara", Ids);

        Assert.Empty(result.UnmappedFields);
        Assert.Equal(CustomFieldValue.FromText("Isfahan"), result.Account!.CustomFields["SalesRegion"]);
        Assert.Equal("Met at the Tehran expo (seats: 50)", result.Opportunity!.Description);
    }

    [Fact]
    public void Convert_rules_change_a_value_on_the_way()
    {
        var details = Full with { NumberOfEmployees = null, CustomFields = new Dictionary<string, CustomFieldValue> { ["Staff"] = CustomFieldValue.FromNumber(42.0m) } };
        var map = ConversionMap.Default.ToBuilder()
            .Remove(AccountFields.NumberOfEmployees)
            .Transform<decimal, int>(LeadField.Custom("Staff", CustomFieldKind.Number), AccountFields.NumberOfEmployees, static d => (int)d)
            .Remove(AccountFields.Phone)
            .Transform<string, string?>(LeadField.BusinessPhone, AccountFields.Phone, static phone => phone.Replace(" ", string.Empty, StringComparison.Ordinal))
            .Build();

        var result = map.Preview(QualifiedLead(details), Ids);

        Assert.Equal(42, result.Account!.NumberOfEmployees);
        Assert.Equal("02188880000", result.Account.Phone);
        Assert.Empty(result.UnmappedFields);
    }

    [Fact]
    public void A_custom_field_holding_another_kind_than_the_rule_expects_is_reported_not_converted()
    {
        var details = Full with { CustomFields = new Dictionary<string, CustomFieldValue> { ["Seats"] = CustomFieldValue.FromText("fifty") } };
        var map = ConversionMap.Default.ToBuilder()
            .Map(LeadField.Custom("Seats", CustomFieldKind.Number), TargetField.Custom(ConversionTarget.Opportunity, "Seats", CustomFieldKind.Number))
            .Build();

        var result = map.Preview(QualifiedLead(details), Ids);

        Assert.Equal([LeadField.Custom("Seats", CustomFieldKind.Text)], result.UnmappedFields);
        Assert.Empty(result.Opportunity!.CustomFields);
    }

    [Fact]
    public void Skipping_a_record_reports_the_fields_only_it_would_have_carried()
    {
        var result = ConversionMap.Default.Preview(QualifiedLead(), Ids with { CreateOpportunity = false, NewOpportunityId = null });

        Assert.Null(result.Opportunity);
        Assert.Equal(
            [LeadField.Topic, LeadField.Campaign, LeadField.Budget, LeadField.PurchaseTimeframe, LeadField.IsDecisionMaker, LeadField.StatedNeed, LeadField.Rating],
            result.UnmappedFields);
    }

    [Fact]
    public void Strict_mode_refuses_a_conversion_that_would_lose_fields_and_leaves_the_lead_unchanged()
    {
        var lead = QualifiedLead();
        var before = lead.ToSnapshot();

        var error = Assert.Throws<UnmappedLeadFieldsException>(() =>
            ConversionMap.Default.Convert(lead, "sara", Ids with { CreateOpportunity = false, NewOpportunityId = null, Strict = true }));

        Assert.Equal(lead.Id, error.LeadId);
        Assert.Contains(LeadField.Topic, error.Fields);
        Assert.Contains("Topic", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void Strict_mode_converts_when_nothing_is_lost()
    {
        var lead = QualifiedLead();

        ConversionMap.Default.Convert(lead, "sara", Ids with { Strict = true });

        Assert.Equal(LeadState.Converted, lead.State);
    }

    [Fact]
    public void Attaching_to_an_existing_account_fills_its_blanks_and_keeps_its_values_owner_and_source()
    {
        var existing = new AccountRecord { Id = "existing-7", Name = "Kimia Group", Owner = "reza", Source = LeadSource.Partner, Industry = "Retail" };
        var options = new ConversionOptions { ExistingAccount = existing, NewContactId = "con-1", NewOpportunityId = "opp-1" };

        var result = ConversionMap.Default.Preview(QualifiedLead(), options);

        var account = result.Account!;
        Assert.Equal(("existing-7", false, null), (account.Id, account.IsNew, account.OriginatingLeadId));
        Assert.Equal(("Kimia Group", "reza", LeadSource.Partner, "Retail"), (account.Name, account.Owner, account.Source, account.Industry));
        Assert.Equal(new Money(2_000_000, "USD"), account.AnnualRevenue);
        Assert.Equal("021 8888 0000", account.Phone);
        Assert.Equal("existing-7", result.Contact!.AccountId);
        Assert.Equal("existing-7", result.Opportunity!.AccountId);
        Assert.Equal(new LeadConversion("existing-7", "con-1", "opp-1"), result.Conversion);
        Assert.Contains(new FieldMerge(AccountFields.Name, FieldMergeAction.Kept, "Kimia Group", "شرکت کیمیا"), result.MergedFields);
        Assert.Contains(new FieldMerge(AccountFields.Owner, FieldMergeAction.Kept, "reza", "sara"), result.MergedFields);
        Assert.Contains(new FieldMerge(AccountFields.Source, FieldMergeAction.Kept, LeadSource.Partner, LeadSource.TradeShow), result.MergedFields);
        Assert.Contains(new FieldMerge(AccountFields.Industry, FieldMergeAction.Kept, "Retail", "Software"), result.MergedFields);
        Assert.Contains(new FieldMerge(AccountFields.AnnualRevenue, FieldMergeAction.Filled, null, new Money(2_000_000, "USD")), result.MergedFields);
        Assert.DoesNotContain(LeadField.CompanyName, result.UnmappedFields);
    }

    [Fact]
    public void Overwrite_and_keep_can_be_chosen_for_all_fields_or_field_by_field()
    {
        var existing = new AccountRecord { Id = "a-1", Name = "Kimia Group", Industry = "Retail" };

        var overwrite = ConversionMap.Default.Preview(QualifiedLead(), new ConversionOptions
        {
            ExistingAccount = existing,
            MergePolicy = FieldMergePolicy.Overwrite,
            FieldPolicies = new Dictionary<TargetField, FieldMergePolicy> { [AccountFields.Industry] = FieldMergePolicy.Keep },
        });
        var keep = ConversionMap.Default.Preview(QualifiedLead(), new ConversionOptions { ExistingAccount = existing, MergePolicy = FieldMergePolicy.Keep });

        Assert.Equal(("شرکت کیمیا", "Retail"), (overwrite.Account!.Name, overwrite.Account.Industry));
        Assert.Contains(new FieldMerge(AccountFields.Name, FieldMergeAction.Overwritten, "Kimia Group", "شرکت کیمیا"), overwrite.MergedFields);
        Assert.Null(keep.Account!.AnnualRevenue);
        Assert.All(keep.MergedFields, m => Assert.Equal(FieldMergeAction.Kept, m.Action));
    }

    [Fact]
    public void Attaching_to_an_existing_contact_links_the_opportunity_to_it_and_writes_its_source_only_on_request()
    {
        var account = new AccountRecord { Id = "a-9" };
        var contact = new ContactRecord { Id = "c-9", AccountId = "a-9", LastName = "Rezaei", Source = LeadSource.Web, Emails = ["old@kimia.example"] };
        var options = new ConversionOptions { ExistingAccount = account, ExistingContact = contact };

        var result = ConversionMap.Default.Preview(QualifiedLead(), options);
        var overwritten = ConversionMap.Default.Preview(QualifiedLead(), options with { OverwriteLeadSource = true });

        Assert.Equal(("c-9", false, "a-9"), (result.Contact!.Id, result.Contact.IsNew, result.Contact.AccountId));
        Assert.Equal("c-9", result.Opportunity!.ContactId);
        Assert.Equal(("Rezaei", LeadSource.Web), (result.Contact.LastName, result.Contact.Source));
        Assert.Equal(["old@kimia.example"], result.Contact.Emails);
        Assert.Equal("علی", result.Contact.FirstName);
        Assert.Equal(LeadSource.TradeShow, overwritten.Contact!.Source);
        Assert.Null(overwritten.Account!.Source);
        Assert.Contains(new FieldMerge(ContactFields.Source, FieldMergeAction.Overwritten, LeadSource.Web, LeadSource.TradeShow), overwritten.MergedFields);
    }

    [Fact]
    public void An_existing_contact_of_another_account_is_refused_naming_both()
    {
        var options = new ConversionOptions
        {
            ExistingAccount = new AccountRecord { Id = "a-1" },
            ExistingContact = new ContactRecord { Id = "c-2", AccountId = "a-2" },
        };

        var error = Assert.Throws<InvalidConversionOptionsException>(() => ConversionMap.Default.Preview(QualifiedLead(), options));

        Assert.Contains("c-2", error.Message, StringComparison.Ordinal);
        Assert.Contains("a-2", error.Message, StringComparison.Ordinal);
        Assert.Contains("a-1", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidConversionOptionsException>(() => ConversionMap.Default.Preview(QualifiedLead(), options with { ExistingAccount = null }));
    }

    [Fact]
    public void A_contact_without_an_account_joins_the_account_of_the_conversion()
    {
        var result = ConversionMap.Default.Preview(QualifiedLead(), Ids with { ExistingContact = new ContactRecord { Id = "c-3" }, NewContactId = null });

        Assert.Equal("acc-1", result.Contact!.AccountId);
        Assert.False(result.Contact.IsNew);
    }

    [Fact]
    public void The_opportunity_name_and_the_owner_can_be_overridden_and_the_overridden_values_are_reported()
    {
        var result = ConversionMap.Default.Preview(QualifiedLead(), Ids with { OpportunityName = " Kimia renewal ", Owner = "reza" });

        Assert.Equal("Kimia renewal", result.Opportunity!.Name);
        Assert.Equal(("reza", "reza", "reza"), (result.Account!.Owner, result.Contact!.Owner, result.Opportunity.Owner));
        Assert.Equal([LeadField.Topic, LeadField.Owner], result.UnmappedFields);
    }

    [Fact]
    public void The_owner_override_leaves_an_existing_account_alone()
    {
        var result = ConversionMap.Default.Preview(QualifiedLead(), new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a-9", Owner = "sara" }, Owner = "reza" });

        Assert.Equal("sara", result.Account!.Owner);
        Assert.Equal("reza", result.Contact!.Owner);
    }

    [Fact]
    public void Only_an_account_can_be_created()
    {
        var result = ConversionMap.Default.Convert(QualifiedLead(), "sara", new ConversionOptions { CreateContact = false, CreateOpportunity = false, NewAccountId = "a" });

        Assert.Null(result.Contact);
        Assert.Null(result.Opportunity);
        Assert.Equal(new LeadConversion("a", null, null), result.Conversion);
    }

    [Fact]
    public void Without_a_contact_an_account_takes_the_first_e_mail_and_the_others_are_reported_unmapped()
    {
        var one = ConversionMap.Default.Preview(QualifiedLead(), new ConversionOptions { CreateContact = false });
        var two = ConversionMap.Default.Preview(
            QualifiedLead(Full with { Emails = ["ali@kimia.example", "sales@kimia.example"] }), new ConversionOptions { CreateContact = false });
        var withContact = ConversionMap.Default.Preview(QualifiedLead(Full with { Emails = ["ali@kimia.example", "sales@kimia.example"] }));

        Assert.Equal("ali@kimia.example", one.Account!.Email);
        Assert.DoesNotContain(LeadField.Emails, one.UnmappedFields);
        Assert.Equal("ali@kimia.example", two.Account!.Email);
        Assert.Contains(LeadField.Emails, two.UnmappedFields);      // the second e-mail reaches no record
        Assert.DoesNotContain(LeadField.Emails, withContact.UnmappedFields);
    }

    [Theory]
    [InlineData("contact", "a new contact needs an account")]
    [InlineData("opportunity", "an opportunity needs an account")]
    [InlineData("nothing", "creates or attaches nothing")]
    [InlineData("blank", "ExistingAccount.Id is empty")]
    [InlineData("new-id", "NewAccountId is given, but no account is created")]
    [InlineData("name", "OpportunityName is given, but no opportunity is created")]
    [InlineData("source", "OverwriteLeadSource is set, but no existing contact")]
    [InlineData("owner", "Owner is given, but no record is created")]
    [InlineData("policy", "FieldPolicies names Account.Name, but no existing Account")]
    [InlineData("merge", "MergePolicy is Overwrite, but no existing account or contact")]
    [InlineData("create", "CreateAccount is false, but ExistingAccount is given")]
    [InlineData("create-contact", "CreateContact is false, but ExistingContact is given: the existing contact is attached; leave CreateContact at its default")]
    [InlineData("foreign-contact", "ExistingContact c-2 belongs to account a-2: give that account as ExistingAccount (Salesforce's rule)")]
    [InlineData("new-contact-id", "NewContactId is given, but no contact is created")]
    [InlineData("new-opportunity-id", "NewOpportunityId is given, but no opportunity is created")]
    [InlineData("blank-contact", "ExistingContact.Id is empty or white space; leave it null instead")]
    public void Inconsistent_options_are_refused_before_anything_changes(string kind, string message)
    {
        var options = kind switch
        {
            "contact" => new ConversionOptions { CreateAccount = false, CreateOpportunity = false },
            "opportunity" => new ConversionOptions { CreateAccount = false, CreateContact = false },
            "nothing" => new ConversionOptions { CreateAccount = false, CreateContact = false, CreateOpportunity = false },
            "blank" => new ConversionOptions { ExistingAccount = new AccountRecord { Id = " " } },
            "new-id" => new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a" }, NewAccountId = "b" },
            "source" => new ConversionOptions { OverwriteLeadSource = true },
            "owner" => new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a" }, CreateContact = false, CreateOpportunity = false, Owner = "reza" },
            "policy" => new ConversionOptions { FieldPolicies = new Dictionary<TargetField, FieldMergePolicy> { [AccountFields.Name] = FieldMergePolicy.Keep } },
            "merge" => new ConversionOptions { MergePolicy = FieldMergePolicy.Overwrite },
            "create" => new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a" }, CreateAccount = false },
            "create-contact" => new ConversionOptions { ExistingContact = new ContactRecord { Id = "c" }, CreateContact = false },
            "foreign-contact" => new ConversionOptions { ExistingContact = new ContactRecord { Id = "c-2", AccountId = "a-2" } },
            "new-contact-id" => new ConversionOptions { CreateContact = false, NewContactId = "c" },
            "new-opportunity-id" => new ConversionOptions { CreateOpportunity = false, NewOpportunityId = "o" },
            "blank-contact" => new ConversionOptions { ExistingAccount = new AccountRecord { Id = "a" }, ExistingContact = new ContactRecord { Id = "" } },
            _ => new ConversionOptions { CreateOpportunity = false, OpportunityName = "x" },
        };
        var lead = QualifiedLead();
        var before = lead.ToSnapshot();

        var error = Assert.Throws<InvalidConversionOptionsException>(() => ConversionMap.Default.Convert(lead, "sara", options));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Problems, p => p.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void An_open_lead_is_refused_unless_the_options_qualify_it_in_the_same_call()
    {
        var lead = TestLeads.NewLead(details: Full);
        var before = lead.ToSnapshot();

        var error = Assert.Throws<InvalidLeadTransitionException>(() => ConversionMap.Default.Convert(lead, "sara", Ids));
        Assert.Equal(LeadTrigger.Convert, error.Trigger);
        Assert.Equal(before, lead.ToSnapshot());

        ConversionMap.Default.Convert(lead, "sara", Ids with { QualifyOpenLead = true });
        Assert.Equal(LeadState.Converted, lead.State);
        Assert.Equal([LeadStatusReason.New, LeadStatusReason.Qualified, LeadStatusReason.Converted], lead.History.Select(h => h.To));
    }

    [Fact]
    public void Qualifying_in_the_same_call_respects_the_qualification_policy_and_changes_nothing_when_it_is_not_met()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Reachable.Require("Budget is known", l => l.Details.Budget is not null));
        var lead = lifecycle.Create(Full with { Budget = null }, "sara");
        var before = lead.ToSnapshot();

        var error = Assert.Throws<InvalidLeadTransitionException>(() => ConversionMap.Default.Convert(lead, "sara", Ids with { QualifyOpenLead = true }));

        Assert.Equal(LeadTrigger.Qualify, error.Trigger);
        Assert.Equal(before, lead.ToSnapshot());
    }

    [Fact]
    public void A_disqualified_or_converted_lead_is_refused()
    {
        var disqualified = TestLeads.NewLead(details: Full);
        disqualified.Disqualify(DisqualificationReason.Lost, "sara");
        var converted = QualifiedLead();
        ConversionMap.Default.Convert(converted, "sara", Ids);

        Assert.Throws<InvalidLeadTransitionException>(() => ConversionMap.Default.Convert(disqualified, "sara", Ids with { QualifyOpenLead = true }));
        Assert.Throws<InvalidLeadTransitionException>(() => ConversionMap.Default.Convert(converted, "sara", Ids));
        Assert.Throws<InvalidConversionOptionsException>(() => ConversionMap.Default.Convert(QualifiedLead(), "sara", Ids with { QualifyOpenLead = true }));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var lead = QualifiedLead();

        Assert.Throws<ArgumentNullException>(() => ConversionMap.Default.Convert(null!, "sara"));
        Assert.Throws<ArgumentException>(() => ConversionMap.Default.Convert(lead, " "));
        Assert.Throws<ArgumentNullException>(() => ConversionMap.Default.Preview(null!));
        Assert.Throws<ArgumentException>(() => LeadField.Custom(" ", CustomFieldKind.Text));
        Assert.Throws<ArgumentException>(() => TargetField.Custom(ConversionTarget.Account, "", CustomFieldKind.Text));
        Assert.Throws<ArgumentNullException>(() => ConversionMap.CreateBuilder().Compose(AccountFields.Description, null!, LeadField.Industry));
        Assert.Throws<ArgumentNullException>(() => ConversionMap.CreateBuilder().Transform<string, string>(LeadField.Industry, AccountFields.Description, null!));
        Assert.Equal(LeadState.Qualified, lead.State);
    }

    [Fact]
    public void Convert_checks_its_arguments_before_the_options_and_the_strict_check()
    {
        var lead = TestLeads.NewLead(details: Full);
        var strict = Ids with { Strict = true, QualifyOpenLead = true };
        var map = ConversionMap.CreateBuilder().Map(LeadField.LastName, ContactFields.LastName).Build();

        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => map.Convert(null!, "sara", strict)).ParamName);
        Assert.Equal("actingUser", Assert.ThrowsAny<ArgumentException>(() => map.Convert(lead, " ", strict)).ParamName);
        Assert.Equal(LeadState.Open, lead.State);
    }

    [Fact]
    public void A_lead_that_cannot_be_converted_is_refused_for_its_state_before_the_strict_check()
    {
        var lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Reachable.Require("Budget is known", l => l.Details.Budget is not null));
        var map = ConversionMap.CreateBuilder().Map(LeadField.LastName, ContactFields.LastName).Build();
        var open = lifecycle.Create(Full, "sara");
        var unqualifiable = lifecycle.Create(Full with { Budget = null }, "sara");

        Assert.Equal(LeadTrigger.Convert, Assert.Throws<InvalidLeadTransitionException>(() => map.Convert(open, "sara", Ids with { Strict = true })).Trigger);
        Assert.Equal(LeadTrigger.Qualify, Assert.Throws<InvalidLeadTransitionException>(() => map.Convert(unqualifiable, "sara", Ids with { Strict = true, QualifyOpenLead = true })).Trigger);
        Assert.Throws<UnmappedLeadFieldsException>(() => map.Convert(open, "sara", Ids with { Strict = true, QualifyOpenLead = true }));
        Assert.Equal(LeadState.Open, open.State);
    }

    [Fact]
    public void QualifyOpenLead_on_a_qualified_lead_is_refused_naming_the_lead()
    {
        var lead = QualifiedLead();

        var error = Assert.Throws<InvalidConversionOptionsException>(() => ConversionMap.Default.Convert(lead, "sara", Ids with { QualifyOpenLead = true }));

        Assert.Equal([$"QualifyOpenLead is set, but lead {lead.Id} is already Qualified: it needs no qualifying"], error.Problems);
    }

    [Fact]
    public void An_existing_account_keeps_its_owner_even_when_the_other_fields_are_overwritten()
    {
        var existing = new AccountRecord { Id = "a-1", Owner = "reza", Industry = "Retail" };

        var result = ConversionMap.Default.Preview(QualifiedLead(), new ConversionOptions { ExistingAccount = existing, MergePolicy = FieldMergePolicy.Overwrite });

        Assert.Equal(("reza", "Software"), (result.Account!.Owner, result.Account.Industry));
        Assert.Contains(new FieldMerge(AccountFields.Owner, FieldMergeAction.Kept, "reza", "sara"), result.MergedFields);
    }

    [Fact]
    public void Records_without_a_given_id_get_distinct_new_ids()
    {
        var result = ConversionMap.Default.Preview(QualifiedLead());

        var ids = new[] { result.Account!.Id, result.Contact!.Id, result.Opportunity!.Id };
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void The_map_and_strict_exceptions_say_every_problem_and_every_field_left_behind()
    {
        var map = Assert.Throws<InvalidConversionMapException>(() => ConversionMap.CreateBuilder()
            .Map(LeadField.Industry, AccountFields.Industry).Map(LeadField.JobTitle, AccountFields.Industry).Build());
        var lead = QualifiedLead();
        var strict = Assert.Throws<UnmappedLeadFieldsException>(() => ConversionMap.CreateBuilder().Map(LeadField.LastName, ContactFields.LastName).Build()
            .Convert(lead, "sara", Ids with { Strict = true }));

        Assert.Equal("The conversion map is not valid: Account.Industry is written by rules 1 and 2; keep one (Remove the others).", map.Message);
        Assert.StartsWith($"Lead {lead.Id} was not converted: no rule carries Topic, ", strict.Message, StringComparison.Ordinal);
        Assert.Contains(", CompanyName, ", strict.Message, StringComparison.Ordinal);
        Assert.EndsWith(" to the records it would create or attach. Map them, or convert without Strict to accept the loss.", strict.Message, StringComparison.Ordinal);
    }
}
