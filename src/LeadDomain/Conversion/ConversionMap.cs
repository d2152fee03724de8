using Ardalis.GuardClauses;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// Declarative rules that say which lead field goes to which field of the account, contact and opportunity a lead is
/// converted into. Immutable and thread-safe: build it once, share it. A conversion either returns the full result
/// and moves the lead to Converted, or throws and changes nothing; every lead field holding a value that no rule
/// carried to a record is reported (or, in strict mode, refuses the conversion).
/// </summary>
public sealed class ConversionMap
{
    private readonly ConversionRule[] _rules;

    internal ConversionMap(ConversionRule[] rules) => _rules = rules;

    /// <summary>
    /// Gets Dynamics 365's default lead mappings (its "Field mappings to other entities" for lead → account, contact
    /// and opportunity): the company, website, business phone, fax, first e-mail, address, industry, revenue, employees,
    /// description and consent flags to the account; the person's names, salutation, job title, e-mails, every phone,
    /// fax, address, contact method, description and consent flags to the contact; the topic (as the name), budget,
    /// timeframe, need, decision maker, rating, campaign and description to the opportunity; source and owner to all
    /// three. Every standard lead field has a target; custom fields are reported until a rule carries them. README's
    /// "Conversion" table lists it.
    /// </summary>
    public static ConversionMap Default { get; } = CreateBuilder()
        .Map(LeadField.CompanyName, AccountFields.Name)
        .Map(LeadField.Industry, AccountFields.Industry)
        .Map(LeadField.AnnualRevenue, AccountFields.AnnualRevenue)
        .Map(LeadField.NumberOfEmployees, AccountFields.NumberOfEmployees)
        .Map(LeadField.BusinessPhone, AccountFields.Phone)
        .Map(LeadField.Fax, AccountFields.Fax)
        .First(LeadField.Emails, AccountFields.Email)
        .Map(LeadField.Website, AccountFields.Website)
        .Map(LeadField.Address, AccountFields.Address)
        .Map(LeadField.Source, AccountFields.Source)
        .Map(LeadField.Owner, AccountFields.Owner)
        .Map(LeadField.Description, AccountFields.Description)
        .Map(LeadField.DoNotEmail, AccountFields.DoNotEmail)
        .Map(LeadField.DoNotBulkEmail, AccountFields.DoNotBulkEmail)
        .Map(LeadField.DoNotPhone, AccountFields.DoNotPhone)
        .Map(LeadField.DoNotFax, AccountFields.DoNotFax)
        .Map(LeadField.DoNotPostalMail, AccountFields.DoNotPostalMail)
        .Map(LeadField.Salutation, ContactFields.Salutation)
        .Map(LeadField.FirstName, ContactFields.FirstName)
        .Map(LeadField.MiddleName, ContactFields.MiddleName)
        .Map(LeadField.LastName, ContactFields.LastName)
        .Map(LeadField.JobTitle, ContactFields.JobTitle)
        .Map(LeadField.Emails, ContactFields.Emails)
        .Map(LeadField.BusinessPhone, ContactFields.BusinessPhone)
        .Map(LeadField.MobilePhone, ContactFields.MobilePhone)
        .Map(LeadField.HomePhone, ContactFields.HomePhone)
        .Map(LeadField.OtherPhone, ContactFields.OtherPhone)
        .Map(LeadField.Fax, ContactFields.Fax)
        .Map(LeadField.Address, ContactFields.Address)
        .Map(LeadField.PreferredContactMethod, ContactFields.PreferredContactMethod)
        .Map(LeadField.Source, ContactFields.Source)
        .Map(LeadField.Owner, ContactFields.Owner)
        .Map(LeadField.Description, ContactFields.Description)
        .Map(LeadField.DoNotEmail, ContactFields.DoNotEmail)
        .Map(LeadField.DoNotBulkEmail, ContactFields.DoNotBulkEmail)
        .Map(LeadField.DoNotPhone, ContactFields.DoNotPhone)
        .Map(LeadField.DoNotFax, ContactFields.DoNotFax)
        .Map(LeadField.DoNotPostalMail, ContactFields.DoNotPostalMail)
        .Map(LeadField.Topic, OpportunityFields.Name)
        .Map(LeadField.Budget, OpportunityFields.Budget)
        .Map(LeadField.PurchaseTimeframe, OpportunityFields.PurchaseTimeframe)
        .Map(LeadField.StatedNeed, OpportunityFields.CustomerNeed)
        .Map(LeadField.IsDecisionMaker, OpportunityFields.IsDecisionMaker)
        .Map(LeadField.Rating, OpportunityFields.Rating)
        .Map(LeadField.Source, OpportunityFields.Source)
        .Map(LeadField.Campaign, OpportunityFields.Campaign)
        .Map(LeadField.Owner, OpportunityFields.Owner)
        .Map(LeadField.Description, OpportunityFields.Description)
        .Build();

    /// <summary>Gets the target fields the map writes, in rule order.</summary>
    public IReadOnlyList<TargetField> Targets => [.. _rules.Select(r => r.Target)];

    /// <summary>Starts an empty map.</summary>
    /// <returns>A builder.</returns>
    public static ConversionMapBuilder CreateBuilder() => new([]);

    /// <summary>Starts a builder with this map's rules, to change some of them (for example the default map plus a custom field).</summary>
    /// <returns>A builder.</returns>
    public ConversionMapBuilder ToBuilder() => new(_rules);

    /// <summary>
    /// Shows what converting <paramref name="lead"/> would produce, and which fields it would leave behind, without
    /// changing the lead. Ids not given in the options are generated anew on every call.
    /// </summary>
    /// <param name="lead">The lead, in any state.</param>
    /// <param name="options">What to create or attach; <see cref="ConversionOptions.Default"/> when null.
    /// <see cref="ConversionOptions.QualifyOpenLead"/> and <see cref="ConversionOptions.Strict"/> act on
    /// <see cref="Convert"/> only.</param>
    /// <returns>The records (an existing one with the lead's values merged in), what was merged into existing records,
    /// and the unmapped-fields report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    /// <exception cref="InvalidConversionOptionsException">An option cannot apply (the message names each), for example
    /// a new contact without an account, an opportunity name with no opportunity, or an existing contact of another account.</exception>
    public ConversionResult Preview(Lead lead, ConversionOptions? options = null)
    {
        Guard.Against.Null(lead);
        options ??= ConversionOptions.Default;
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidConversionOptionsException(problems);
        }

        var details = lead.Details;
        var leadId = lead.Id.ToString();
        var accountId = options.ExistingAccount?.Id ?? (options.CreateAccount ? options.NewAccountId ?? NewId() : null);
        var contactId = options.ExistingContact?.Id ?? (options.CreateContact ? options.NewContactId ?? NewId() : null);
        var opportunityId = options.CreateOpportunity ? options.NewOpportunityId ?? NewId() : null;

        var account = options.ExistingAccount is { } existingAccount ? RecordValues.Of(existingAccount) : new RecordValues();
        var contact = options.ExistingContact is { } existingContact ? RecordValues.Of(existingContact) : new RecordValues();
        var opportunity = new RecordValues();
        var carried = new HashSet<LeadField>();
        var merged = new List<FieldMerge>();
        foreach (var rule in _rules)
        {
            var (values, exists) = rule.Target.Target switch
            {
                ConversionTarget.Account => (accountId is null ? null : account, options.ExistingAccount is not null),
                ConversionTarget.Contact => (contactId is null ? null : contact, options.ExistingContact is not null),
                _ => (opportunityId is null ? null : opportunity, false),
            };
            if (values is null || (!exists && Overridden(rule.Target, options)) || rule.Produce(details) is not { } value)
            {
                continue;
            }

            if (exists && Merge(values, rule.Target, value, options.PolicyFor(rule.Target)) is { } merge)
            {
                merged.Add(merge);
            }
            else if (!exists)
            {
                values.Set(rule.Target, value);
            }

            foreach (var source in rule.Sources)
            {
                if (source.Read(details) is not null && rule.CarriesAll(details))
                {
                    carried.Add(source);
                }
            }
        }

        if (options.OpportunityName is { } name)
        {
            opportunity.Set(OpportunityFields.Name, name.Trim());
        }

        if (options.Owner is { } owner)
        {
            foreach (var (values, field, isNew) in new[]
            {
                (account, AccountFields.Owner, options.CreatesAccount), (contact, ContactFields.Owner, options.CreatesContact),
                (opportunity, OpportunityFields.Owner, true),
            })
            {
                if (isNew)
                {
                    values.Set(field, owner.Trim());
                }
            }
        }

        var contactAccountId = options.ExistingContact is { AccountId: { } own } ? own : accountId;
        return new ConversionResult(
            lead.Id,
            accountId is null ? null : AccountRecord.From(accountId, options.CreatesAccount, options.CreatesAccount ? leadId : null, account),
            contactId is null ? null : ContactRecord.From(contactId, options.CreatesContact, contactAccountId, options.CreatesContact ? leadId : null, contact),
            opportunityId is null ? null : OpportunityRecord.From(opportunityId, accountId!, contactId, leadId, opportunity),
            merged,
            [.. LeadField.WithValues(details).Where(f => !carried.Contains(f))]);
    }

    /// <summary>
    /// Converts a lead: maps it onto the account, contact and opportunity the options create or attach, and marks it
    /// converted with their ids. The lead must be qualified (or open, with <see cref="ConversionOptions.QualifyOpenLead"/>).
    /// </summary>
    /// <param name="lead">The lead.</param>
    /// <param name="actingUser">Who converts the lead.</param>
    /// <param name="options">What to create or attach; <see cref="ConversionOptions.Default"/> when null.</param>
    /// <returns>The records to save (existing ones with the lead's values merged in), and what was merged and left behind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space.</exception>
    /// <exception cref="InvalidConversionOptionsException">An option cannot apply (see <see cref="Preview"/>), or
    /// <see cref="ConversionOptions.QualifyOpenLead"/> is set for a lead that is qualified already.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead is not qualified (nor open with
    /// <see cref="ConversionOptions.QualifyOpenLead"/>), or does not meet the qualification policy.</exception>
    /// <exception cref="UnmappedLeadFieldsException"><see cref="ConversionOptions.Strict"/> is set and a field would be left behind.</exception>
    public ConversionResult Convert(Lead lead, string actingUser, ConversionOptions? options = null)
    {
        Guard.Against.Null(lead);
        Guard.Against.NullOrWhiteSpace(actingUser);
        options ??= ConversionOptions.Default;
        if (options.QualifyOpenLead && lead.State == LeadState.Qualified)
        {
            throw new InvalidConversionOptionsException(
                [$"QualifyOpenLead is set, but lead {lead.Id} is already Qualified: it needs no qualifying"]);
        }

        var result = Preview(lead, options);
        var qualifyFirst = options.QualifyOpenLead && lead.State == LeadState.Open;
        if (qualifyFirst ? !lead.CanFire(LeadTrigger.Qualify) : !lead.CanFire(LeadTrigger.Convert))
        {
            // Let the lead raise its own exception (state, trigger, unmet requirements); it changes nothing.
            if (qualifyFirst)
            {
                lead.Qualify(actingUser);
            }
            else
            {
                lead.MarkConverted(result.Conversion, actingUser);
            }
        }

        if (options.Strict && result.UnmappedFields.Count > 0)
        {
            throw new UnmappedLeadFieldsException(lead.Id, result.UnmappedFields);
        }

        if (qualifyFirst)
        {
            lead.Qualify(actingUser);
        }

        lead.MarkConverted(result.Conversion, actingUser);
        return result;
    }

    /// <summary>Applies a lead's value to an existing record's field under a policy; returns what happened, or null when the values agree.</summary>
    private static FieldMerge? Merge(RecordValues values, TargetField field, object leadValue, FieldMergePolicy policy)
    {
        var existing = values.Read(field);
        if (existing is not null && RecordValues.Same(existing, leadValue))
        {
            return null;
        }

        if (existing is null && policy != FieldMergePolicy.Keep)
        {
            values.Set(field, leadValue);
            return new FieldMerge(field, FieldMergeAction.Filled, null, leadValue);
        }

        if (existing is not null && policy == FieldMergePolicy.Overwrite)
        {
            values.Set(field, leadValue);
            return new FieldMerge(field, FieldMergeAction.Overwritten, existing, leadValue);
        }

        return new FieldMerge(field, FieldMergeAction.Kept, existing, leadValue);
    }

    private static bool Overridden(TargetField target, ConversionOptions options) =>
        !target.IsCustom && target.Name switch
        {
            nameof(OpportunityRecord.Name) => target.Target == ConversionTarget.Opportunity && options.OpportunityName is not null,
            nameof(OpportunityRecord.Owner) => options.Owner is not null,
            _ => false,
        };

    private static string NewId() => Guid.NewGuid().ToString("N");
}
