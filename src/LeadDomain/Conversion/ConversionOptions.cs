namespace LeadDomain.Conversion;

/// <summary>
/// What a conversion creates or attaches, and what it overrides: the union of Dynamics 365's QualifyLead and
/// Salesforce's LeadConvert. The defaults create an account, a contact and an opportunity, as both products do.
/// </summary>
/// <remarks>
/// A new contact needs an account, and so does an opportunity: either one this conversion creates or an existing one
/// (<see cref="ExistingAccountId"/>). Naming an existing record attaches to it instead of creating one, whatever
/// <see cref="CreateAccount"/> or <see cref="CreateContact"/> say.
/// </remarks>
public sealed record ConversionOptions
{
    /// <summary>Gets the default options: create an account, a contact and an opportunity; nothing overridden.</summary>
    public static ConversionOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether to create an account (unless <see cref="ExistingAccountId"/> is given). Default: true.</summary>
    public bool CreateAccount { get; init; } = true;

    /// <summary>Gets a value indicating whether to create a contact (unless <see cref="ExistingContactId"/> is given). Default: true.</summary>
    public bool CreateContact { get; init; } = true;

    /// <summary>Gets a value indicating whether to create an opportunity. Default: true.</summary>
    public bool CreateOpportunity { get; init; } = true;

    /// <summary>Gets the id of an existing account to attach the lead to instead of creating one (for example a match).</summary>
    public string? ExistingAccountId { get; init; }

    /// <summary>Gets the id of an existing contact to attach the lead to instead of creating one.</summary>
    public string? ExistingContactId { get; init; }

    /// <summary>Gets the id to give the new account; a new GUID when <see langword="null"/>.</summary>
    public string? NewAccountId { get; init; }

    /// <summary>Gets the id to give the new contact; a new GUID when <see langword="null"/>.</summary>
    public string? NewContactId { get; init; }

    /// <summary>Gets the id to give the new opportunity; a new GUID when <see langword="null"/>.</summary>
    public string? NewOpportunityId { get; init; }

    /// <summary>Gets the opportunity's name, instead of the one the map gives (the lead's topic by default).</summary>
    public string? OpportunityName { get; init; }

    /// <summary>Gets the owner of the records the conversion creates, instead of the one the map gives.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// Gets a value indicating whether the lead's source is written to an existing account or contact it is attached
    /// to (Salesforce's "overwrite lead source"). Default: false: an existing record keeps the source it came from.
    /// </summary>
    public bool OverwriteLeadSourceOnExisting { get; init; }

    /// <summary>
    /// Gets a value indicating whether an open lead is qualified and converted in one call (Dynamics 365). Default:
    /// false: the lead must have been qualified first (Salesforce).
    /// </summary>
    public bool QualifyOpenLead { get; init; }

    /// <summary>
    /// Gets a value indicating whether a conversion that would leave a lead field behind is refused with
    /// <see cref="UnmappedLeadFieldsException"/>. Default: false: the result reports such fields.
    /// </summary>
    public bool Strict { get; init; }

    internal bool CreatesAccount => ExistingAccountId is null && CreateAccount;

    internal bool CreatesContact => ExistingContactId is null && CreateContact;

    internal bool HasAccount => ExistingAccountId is not null || CreateAccount;

    internal bool HasContact => ExistingContactId is not null || CreateContact;

    /// <summary>The options' problems, each naming the option; empty when they are consistent.</summary>
    internal IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(ExistingAccountId), ExistingAccountId), (nameof(ExistingContactId), ExistingContactId),
            (nameof(NewAccountId), NewAccountId), (nameof(NewContactId), NewContactId), (nameof(NewOpportunityId), NewOpportunityId),
            (nameof(OpportunityName), OpportunityName), (nameof(Owner), Owner),
        })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                yield return $"{name} is empty or white space; leave it null instead";
            }
        }

        if (CreatesContact && !HasAccount)
        {
            yield return "a new contact needs an account: create one or give ExistingAccountId";
        }

        if (CreateOpportunity && !HasAccount)
        {
            yield return "an opportunity needs an account: create one or give ExistingAccountId";
        }

        if (!HasAccount && !HasContact && !CreateOpportunity)
        {
            yield return "the conversion creates or attaches nothing";
        }

        if (NewAccountId is not null && !CreatesAccount)
        {
            yield return "NewAccountId is given, but no account is created";
        }

        if (NewContactId is not null && !CreatesContact)
        {
            yield return "NewContactId is given, but no contact is created";
        }

        if (NewOpportunityId is not null && !CreateOpportunity)
        {
            yield return "NewOpportunityId is given, but no opportunity is created";
        }

        if (OpportunityName is not null && !CreateOpportunity)
        {
            yield return "OpportunityName is given, but no opportunity is created";
        }
    }
}
