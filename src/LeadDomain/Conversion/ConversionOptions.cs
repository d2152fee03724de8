using System.Collections.Immutable;
using LeadDomain.Leads;

namespace LeadDomain.Conversion;

/// <summary>
/// What a conversion creates or attaches, and what it overrides: the union of Dynamics 365's <c>QualifyLead</c> and
/// Salesforce's <c>LeadConvert</c>. The defaults create an account, a contact and an opportunity, as both products do.
/// </summary>
/// <remarks>
/// <para>
/// A new contact needs an account, and so does an opportunity: either one this conversion creates or an existing one
/// (<see cref="ExistingAccount"/>). Giving an existing record attaches the lead to it instead of creating one: the
/// record comes back with the lead's values merged in by <see cref="MergePolicy"/> (fill blanks only, by default,
/// Salesforce's rule) and <see cref="FieldPolicies"/>, and <see cref="ConversionResult.MergedFields"/> says what was
/// filled, overwritten or kept. An existing record's owner and lead source are kept unless a field policy (the owner)
/// or <see cref="OverwriteLeadSource"/> (the contact's source, as Salesforce) says otherwise.
/// </para>
/// <para>
/// Every option has an effect or is refused with <see cref="InvalidConversionOptionsException"/> naming it: an option
/// that cannot apply is never silently ignored.
/// </para>
/// </remarks>
public sealed record ConversionOptions
{
    /// <summary>Gets the default options: create an account, a contact and an opportunity; nothing overridden.</summary>
    public static ConversionOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether to create an account. Default: true. Set it to false only to convert without one (no <see cref="ExistingAccount"/> either).</summary>
    public bool CreateAccount { get; init; } = true;

    /// <summary>Gets a value indicating whether to create a contact. Default: true. Set it to false only to convert without one (no <see cref="ExistingContact"/> either).</summary>
    public bool CreateContact { get; init; } = true;

    /// <summary>Gets a value indicating whether to create an opportunity. Default: true.</summary>
    public bool CreateOpportunity { get; init; } = true;

    /// <summary>
    /// Gets an existing account to attach the lead to instead of creating one (for example a match), with its current
    /// field values; the result holds it with the lead's values merged in.
    /// </summary>
    public AccountRecord? ExistingAccount { get; init; }

    /// <summary>
    /// Gets an existing contact to attach the lead to instead of creating one, with its current field values. A contact
    /// that belongs to an account is attached with that account as <see cref="ExistingAccount"/> (Salesforce's rule).
    /// </summary>
    public ContactRecord? ExistingContact { get; init; }

    /// <summary>Gets how the lead's values are applied to the existing records' fields. Default: <see cref="FieldMergePolicy.FillBlanks"/>.</summary>
    public FieldMergePolicy MergePolicy { get; init; } = FieldMergePolicy.FillBlanks;

    /// <summary>Gets per-field exceptions to <see cref="MergePolicy"/>, for fields of the existing account or contact. Never null.</summary>
    public IReadOnlyDictionary<TargetField, FieldMergePolicy> FieldPolicies { get; init; } =
        ImmutableDictionary<TargetField, FieldMergePolicy>.Empty;

    /// <summary>Gets the id to give the new account; a new GUID when <see langword="null"/>.</summary>
    public string? NewAccountId { get; init; }

    /// <summary>Gets the id to give the new contact; a new GUID when <see langword="null"/>.</summary>
    public string? NewContactId { get; init; }

    /// <summary>Gets the id to give the new opportunity; a new GUID when <see langword="null"/>.</summary>
    public string? NewOpportunityId { get; init; }

    /// <summary>Gets the opportunity's name, instead of the one the map gives (the lead's topic by default).</summary>
    public string? OpportunityName { get; init; }

    /// <summary>Gets the owner of the records the conversion creates, instead of the one the map gives; never applied to attached records.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// Gets a value indicating whether the lead's source is written to the existing contact (Salesforce's
    /// <c>overwriteLeadSource</c>, which writes only the contact's). Default: false: an existing record keeps its source.
    /// </summary>
    public bool OverwriteLeadSource { get; init; }

    /// <summary>
    /// Gets a value indicating whether an open lead is qualified and converted in one call (Dynamics 365). Default:
    /// false: the lead must have been qualified first (Salesforce). Refused for a lead that is qualified already.
    /// </summary>
    public bool QualifyOpenLead { get; init; }

    /// <summary>
    /// Gets a value indicating whether a conversion that would leave a lead field behind is refused with
    /// <see cref="UnmappedLeadFieldsException"/>. Default: false: the result reports such fields. A check, not a
    /// setting: it changes nothing when nothing would be left behind.
    /// </summary>
    public bool Strict { get; init; }

    internal bool CreatesAccount => ExistingAccount is null && CreateAccount;

    internal bool CreatesContact => ExistingContact is null && CreateContact;

    internal bool HasAccount => ExistingAccount is not null || CreateAccount;

    internal bool HasContact => ExistingContact is not null || CreateContact;

    /// <summary>Whether <paramref name="other"/> holds the same values; lists and dictionaries compare by content.</summary>
    /// <param name="other">The other options.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(ConversionOptions? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (CreateAccount == other.CreateAccount
                && CreateContact == other.CreateContact
                && CreateOpportunity == other.CreateOpportunity
                && ExistingAccount == other.ExistingAccount
                && ExistingContact == other.ExistingContact
                && MergePolicy == other.MergePolicy
                && ValueEquality.SameEntries(FieldPolicies, other.FieldPolicies)
                && NewAccountId == other.NewAccountId
                && NewContactId == other.NewContactId
                && NewOpportunityId == other.NewOpportunityId
                && OpportunityName == other.OpportunityName
                && Owner == other.Owner
                && OverwriteLeadSource == other.OverwriteLeadSource
                && QualifyOpenLead == other.QualifyOpenLead
                && Strict == other.Strict));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CreateAccount, CreateContact, CreateOpportunity, ExistingAccount, ExistingContact, MergePolicy, FieldPolicies.Count, NewAccountId);

    /// <summary>The policy for one field of an existing record: the field's own, or the defaults (owner and source kept).</summary>
    internal FieldMergePolicy PolicyFor(TargetField field) =>
        FieldPolicies.TryGetValue(field, out var policy) ? policy : DefaultPolicyFor(field);

    /// <summary>The policy a field gets without a policy of its own.</summary>
    private FieldMergePolicy DefaultPolicyFor(TargetField field)
    {
        if (!field.IsCustom && field.Name == nameof(AccountRecord.Source))
        {
            return field.Target == ConversionTarget.Contact && OverwriteLeadSource ? FieldMergePolicy.Overwrite : FieldMergePolicy.Keep;
        }

        return !field.IsCustom && field.Name == nameof(AccountRecord.Owner) ? FieldMergePolicy.Keep : MergePolicy;
    }

    /// <summary>The options' problems, each naming the option; empty when they all apply.</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, value) in new[]
        {
            (nameof(NewAccountId), NewAccountId), (nameof(NewContactId), NewContactId), (nameof(NewOpportunityId), NewOpportunityId),
            (nameof(OpportunityName), OpportunityName), (nameof(Owner), Owner),
            ("ExistingAccount.Id", ExistingAccount?.Id ?? "x"), ("ExistingContact.Id", ExistingContact?.Id ?? "x"),
        })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is empty or white space; leave it null instead");
            }
        }

        if (ExistingAccount is not null && !CreateAccount)
        {
            problems.Add("CreateAccount is false, but ExistingAccount is given: the existing account is attached; leave CreateAccount at its default");
        }

        if (ExistingContact is not null && !CreateContact)
        {
            problems.Add("CreateContact is false, but ExistingContact is given: the existing contact is attached; leave CreateContact at its default");
        }

        if (ExistingContact is { AccountId: { } owning } contact && ExistingAccount?.Id != owning)
        {
            problems.Add(ExistingAccount is null
                ? $"ExistingContact {contact.Id} belongs to account {owning}: give that account as ExistingAccount (Salesforce's rule)"
                : $"ExistingContact {contact.Id} belongs to account {owning}, not to ExistingAccount {ExistingAccount.Id}: attach a contact with its own account");
        }

        if (CreatesContact && !HasAccount)
        {
            problems.Add("a new contact needs an account: create one or give ExistingAccount");
        }

        if (CreateOpportunity && !HasAccount)
        {
            problems.Add("an opportunity needs an account: create one or give ExistingAccount");
        }

        if (!HasAccount && !HasContact && !CreateOpportunity)
        {
            problems.Add("the conversion creates or attaches nothing");
        }

        if (NewAccountId is not null && !CreatesAccount)
        {
            problems.Add("NewAccountId is given, but no account is created");
        }

        if (NewContactId is not null && !CreatesContact)
        {
            problems.Add("NewContactId is given, but no contact is created");
        }

        if (NewOpportunityId is not null && !CreateOpportunity)
        {
            problems.Add("NewOpportunityId is given, but no opportunity is created");
        }

        if (OpportunityName is not null && !CreateOpportunity)
        {
            problems.Add("OpportunityName is given, but no opportunity is created");
        }

        if (Owner is not null && !CreatesAccount && !CreatesContact && !CreateOpportunity)
        {
            problems.Add("Owner is given, but no record is created (an attached record keeps its owner)");
        }

        if (OverwriteLeadSource && ExistingContact is null)
        {
            problems.Add("OverwriteLeadSource is set, but no existing contact is attached (Salesforce writes the lead source only to an existing contact)");
        }

        if (MergePolicy != FieldMergePolicy.FillBlanks && ExistingAccount is null && ExistingContact is null)
        {
            problems.Add($"MergePolicy is {MergePolicy}, but no existing account or contact is attached");
        }

        if (!Enum.IsDefined(MergePolicy))
        {
            problems.Add($"MergePolicy is {MergePolicy}, which is not a FieldMergePolicy");
        }

        if (FieldPolicies is null)
        {
            problems.Add("FieldPolicies is null; leave it empty instead");
            return problems;
        }

        foreach (var (field, policy) in FieldPolicies)
        {
            var attached = field.Target switch
            {
                ConversionTarget.Account => ExistingAccount is not null,
                ConversionTarget.Contact => ExistingContact is not null,
                _ => false,
            };
            if (!field.IsKnown || !Enum.IsDefined(policy))
            {
                problems.Add($"FieldPolicies holds {field} => {policy}, which is not a known field and policy");
            }
            else if (!attached)
            {
                problems.Add($"FieldPolicies names {field}, but no existing {field.Target} is attached (policies apply to existing records)");
            }
            else if (policy == DefaultPolicyFor(field))
            {
                problems.Add($"FieldPolicies gives {field} the policy {policy}, which it has without it; remove the entry");
            }
        }

        return problems;
    }
}
