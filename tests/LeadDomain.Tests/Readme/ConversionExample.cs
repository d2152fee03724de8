using LeadDomain.Conversion;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Readme;

/// <summary>README's "Conversion" example, compiled and run; <see cref="ReadmeExampleTests"/> checks README holds this text.</summary>
public sealed class ConversionExample
{
    [Fact]
    public void Runs()
    {
        var lifecycle = TestLeads.NewLifecycle();
        var details = TestLeads.Qualifiable with
        {
            Budget = new Money(80_000m, "BRL"),
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["region"] = CustomFieldValue.FromText("São Paulo"), ["seats"] = CustomFieldValue.FromNumber(40),
            },
        };
        var lead = lifecycle.Create(details, "ali");
        lead.Qualify("ali");
        var other = lifecycle.Create(details, "ali");
        other.Qualify("ali");
        var openLead = lifecycle.Create(details, "ali");
        var customer = lifecycle.Create(details, "ali");
        customer.Qualify("ali");
        var saved = new List<object?>();
        void Save(params object?[] records) => saved.AddRange(records);

        // README: conversion
        // The default map (Dynamics 365's): company -> account, person -> contact, topic -> opportunity name.
        ConversionResult result = ConversionMap.Default.Convert(lead, "ali");    // the lead must be qualified
        Save(result.Account, result.Contact, result.Opportunity);                // plain records; their ids are on the lead

        // Onto an existing customer: pass the account as stored, get it back as it should be saved.
        var stored = new AccountRecord { Id = "acc-42", Name = "Contoso Ltda.", Owner = "reza", Industry = "Retail" };
        ConversionResult onto = ConversionMap.Default.Convert(customer, "ali",
            new ConversionOptions { ExistingAccount = stored });                 // fill blanks only (Salesforce's rule)
        foreach (FieldMerge change in onto.MergedFields)
        {
            Console.WriteLine($"{change.Field}: {change.Action}");               // Account.Name: Kept, Account.Email: Filled, ...
        }

        Save(onto.Account, onto.Contact, onto.Opportunity);                     // name, owner, industry kept; blanks filled

        // A custom map: the default plus a custom field renamed on the account, and one composed into a description.
        ConversionMap map = ConversionMap.Default.ToBuilder()
            .Map(LeadField.Custom("region", CustomFieldKind.Text),
                 TargetField.Custom(ConversionTarget.Account, "sales_region", CustomFieldKind.Text))
            .Remove(OpportunityFields.Description)
            .Compose(OpportunityFields.Description, "{0} (seats: {1})",
                     LeadField.Description, LeadField.Custom("seats", CustomFieldKind.Number))
            .Build();   // unknown fields, type mismatches, two rules on one field: InvalidConversionMapException, here

        // What would be left behind? Preview changes nothing.
        ConversionResult preview = map.Preview(other, new ConversionOptions { CreateOpportunity = false });
        foreach (LeadField field in preview.UnmappedFields)
        {
            Console.WriteLine($"not carried: {field}");                          // Topic, Budget, custom field 'seats' (Number)
        }

        // Strict: refuse (UnmappedLeadFieldsException, lead unchanged) rather than lose data.
        map.Convert(other, "ali", new ConversionOptions { Strict = true });

        // Qualify and convert in one call (Dynamics' QualifyLead).
        map.Convert(openLead, "ali", new ConversionOptions { QualifyOpenLead = true });
        // README: end

        Assert.Equal(6, saved.Count);
        Assert.Equal(("acc-42", false, "Contoso Ltda.", "reza", "Retail"), (onto.Account!.Id, onto.Account.IsNew, onto.Account.Name, onto.Account.Owner, onto.Account.Industry));
        Assert.Equal("sara@contoso.example", onto.Account.Email);
        Assert.Contains(new FieldMerge(AccountFields.Name, FieldMergeAction.Kept, "Contoso Ltda.", "Contoso Ltda"), onto.MergedFields);
        Assert.Contains(new FieldMerge(AccountFields.Email, FieldMergeAction.Filled, null, "sara@contoso.example"), onto.MergedFields);
        Assert.Equal("acc-42", onto.Contact!.AccountId);
        Assert.Equal(["region", "seats"], result.UnmappedFields.Select(f => f.Name));
        Assert.Equal([LeadField.Topic, LeadField.Budget, LeadField.Custom("seats", CustomFieldKind.Number)], preview.UnmappedFields);
        Assert.Equal(LeadState.Converted, other.State);
        Assert.Equal(LeadState.Converted, openLead.State);
    }
}
