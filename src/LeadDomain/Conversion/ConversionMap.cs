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
    /// Gets the map Dynamics 365 and Salesforce apply out of the box: company, industry, revenue, employees and phone
    /// to the account; names, job title, e-mails, phones and contact method to the contact; topic (as the name),
    /// budget, timeframe, need, decision maker, rating and description to the opportunity; source and owner to all
    /// three. Custom fields are not mapped: they are reported until a rule carries them.
    /// </summary>
    public static ConversionMap Default { get; } = CreateBuilder()
        .Map(LeadField.CompanyName, AccountFields.Name)
        .Map(LeadField.Industry, AccountFields.Industry)
        .Map(LeadField.AnnualRevenue, AccountFields.AnnualRevenue)
        .Map(LeadField.NumberOfEmployees, AccountFields.NumberOfEmployees)
        .Map(LeadField.BusinessPhone, AccountFields.Phone)
        .Map(LeadField.Source, AccountFields.Source)
        .Map(LeadField.Owner, AccountFields.Owner)
        .Map(LeadField.FirstName, ContactFields.FirstName)
        .Map(LeadField.LastName, ContactFields.LastName)
        .Map(LeadField.JobTitle, ContactFields.JobTitle)
        .Map(LeadField.Emails, ContactFields.Emails)
        .Convert<string, IReadOnlyList<string>>(LeadField.MobilePhone, ContactFields.Phones, static phone => [phone])
        .Map(LeadField.PreferredContactMethod, ContactFields.PreferredContactMethod)
        .Map(LeadField.Source, ContactFields.Source)
        .Map(LeadField.Owner, ContactFields.Owner)
        .Map(LeadField.Topic, OpportunityFields.Name)
        .Map(LeadField.Budget, OpportunityFields.Budget)
        .Map(LeadField.PurchaseTimeframe, OpportunityFields.PurchaseTimeframe)
        .Map(LeadField.StatedNeed, OpportunityFields.CustomerNeed)
        .Map(LeadField.IsDecisionMaker, OpportunityFields.IsDecisionMaker)
        .Map(LeadField.Rating, OpportunityFields.Rating)
        .Map(LeadField.Source, OpportunityFields.Source)
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
    /// <param name="options">What to create or attach; <see cref="ConversionOptions.Default"/> when null.</param>
    /// <returns>The records and the unmapped-fields report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not consistent (the message names each problem), for
    /// example a new contact without an account.</exception>
    public ConversionResult Preview(Lead lead, ConversionOptions? options = null)
    {
        Guard.Against.Null(lead);
        options ??= ConversionOptions.Default;
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The conversion options are not valid: {string.Join("; ", problems)}.", nameof(options));
        }

        var details = lead.Details;
        var accountId = options.ExistingAccountId ?? (options.CreateAccount ? options.NewAccountId ?? NewId() : null);
        var contactId = options.ExistingContactId ?? (options.CreateContact ? options.NewContactId ?? NewId() : null);
        var opportunityId = options.CreateOpportunity ? options.NewOpportunityId ?? NewId() : null;

        var account = new RecordValues();
        var contact = new RecordValues();
        var opportunity = new RecordValues();
        var carried = new HashSet<LeadField>();
        foreach (var rule in _rules)
        {
            var (values, isNew) = rule.Target.Target switch
            {
                ConversionTarget.Account => (accountId is null ? null : account, options.CreatesAccount),
                ConversionTarget.Contact => (contactId is null ? null : contact, options.CreatesContact),
                _ => (opportunityId is null ? null : opportunity, true),
            };
            if (values is null || Overridden(rule.Target, isNew, options) || rule.Produce(details) is not { } value)
            {
                continue;
            }

            values.Set(rule.Target, value);
            foreach (var source in rule.Sources)
            {
                if (source.Read(details) is not null)
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

        return new ConversionResult(
            lead.Id,
            accountId is null ? null : AccountRecord.From(accountId, options.CreatesAccount, account),
            contactId is null ? null : ContactRecord.From(contactId, options.CreatesContact, options.CreatesContact ? accountId : null, contact),
            opportunityId is null ? null : OpportunityRecord.From(opportunityId, accountId!, contactId, opportunity),
            [.. LeadField.WithValues(details).Where(f => !carried.Contains(f))]);
    }

    /// <summary>
    /// Converts <paramref name="lead"/>: computes the records, then moves the lead to Converted with their ids
    /// (raising <see cref="LeadConverted"/>). With <see cref="ConversionOptions.QualifyOpenLead"/>, an open lead is
    /// qualified first, in the same call. Either everything happens or nothing does.
    /// </summary>
    /// <param name="lead">A qualified lead (or an open one, with <see cref="ConversionOptions.QualifyOpenLead"/>).</param>
    /// <param name="actingUser">Who converts the lead.</param>
    /// <param name="options">What to create or attach; <see cref="ConversionOptions.Default"/> when null.</param>
    /// <returns>The records for the host to save, and the unmapped-fields report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> or <paramref name="actingUser"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actingUser"/> is empty or white space, or the options are not consistent.</exception>
    /// <exception cref="InvalidLeadTransitionException">The lead cannot be converted: it is not qualified (nor open
    /// with <see cref="ConversionOptions.QualifyOpenLead"/>), or it does not meet the qualification policy.</exception>
    /// <exception cref="UnmappedLeadFieldsException">The options are <see cref="ConversionOptions.Strict"/> and lead
    /// fields would be left behind; the exception lists them.</exception>
    public ConversionResult Convert(Lead lead, string actingUser, ConversionOptions? options = null)
    {
        Guard.Against.Null(lead);
        Guard.Against.NullOrWhiteSpace(actingUser);
        options ??= ConversionOptions.Default;
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

    private static bool Overridden(TargetField target, bool isNew, ConversionOptions options) =>
        !target.IsCustom && target.Name switch
        {
            nameof(OpportunityRecord.Name) => target.Target == ConversionTarget.Opportunity && options.OpportunityName is not null,
            nameof(OpportunityRecord.Owner) => isNew && options.Owner is not null,
            nameof(OpportunityRecord.Source) => !isNew && !options.OverwriteLeadSourceOnExisting,
            _ => false,
        };

    private static string NewId() => Guid.NewGuid().ToString("N");
}
