using System.Collections;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Conversion;
using LeadDomain.Leads;
using Xunit.Abstractions;

namespace LeadDomain.Tests.Fuzzing;

/// <summary>
/// Conversion maps built from random rules (maps, composite formats good and bad, conversions, removals, custom fields
/// of matching and mismatched kinds): a map is refused when built, with <see cref="InvalidConversionMapException"/>, or
/// converts every lead without losing a text silently: each text field holding a value reaches a record (whole, as
/// the lead holds it) or is listed in <see cref="ConversionResult.UnmappedFields"/>.
/// </summary>
public sealed class ConversionMapFuzzTests(ITestOutputHelper output)
{
    private static readonly LeadLifecycle Lifecycle = LeadInvariants.NewLifecycle();

    private static readonly LeadField[] Fields =
    [
        .. LeadField.Standard,
        LeadField.Custom("region", CustomFieldKind.Text), LeadField.Custom("seats", CustomFieldKind.Number),
        LeadField.Custom("region", CustomFieldKind.Number), LeadField.Custom("vip", CustomFieldKind.Boolean),
    ];

    private static readonly TargetField[] Targets =
    [
        .. typeof(AccountFields).GetProperties().Concat(typeof(ContactFields).GetProperties()).Concat(typeof(OpportunityFields).GetProperties())
            .Where(p => p.PropertyType == typeof(TargetField)).Select(p => (TargetField)p.GetValue(null)!),
        TargetField.Custom(ConversionTarget.Account, "region", CustomFieldKind.Text),
        TargetField.Custom(ConversionTarget.Opportunity, "notes", CustomFieldKind.Text),
        TargetField.Custom(ConversionTarget.Contact, "seats", CustomFieldKind.Number),
    ];

    private static readonly string[] Formats =
    [
        "{0}", "{0} {1}", "{{0}} {1}", "{0} {{1}}", "{1} - {0}", "{0,-8}|{1}", "{0,8}", "{0:N2} {1}", "[{0}]", "{0}{1}{2}",
        "{2} {1} {0}", "{{{0}}}", "{0", "}{0}", "{0} {2}", "{0:{{}}}", "x", "  {0}   {1}  ", "{0}\n{1}", "{0} {0}", "{{}}{0}",
        "{0}}}", "{{{{0}}}}", "{ 0}", "{0 }", "{00}", "{0,-300}",
    ];

    private static readonly ConversionOptions[] Options =
    [
        new() { NewAccountId = "acc-1", NewContactId = "con-1", NewOpportunityId = "opp-1" },
        new() { CreateContact = false },
        new() { CreateContact = false, CreateOpportunity = false },
        new() { ExistingAccount = new AccountRecord { Id = "acc-9", Name = "Contoso" }, ExistingContact = new ContactRecord { Id = "con-9", AccountId = "acc-9", LastName = "Lima" }, OverwriteLeadSource = true },
        new() { CreateAccount = false, CreateOpportunity = false, ExistingContact = new ContactRecord { Id = "con-9", LastName = "Lima" } },
    ];

    private static readonly LeadDetails[] Details =
    [
        TestLeads.Qualifiable,
        TestLeads.Persian with { Emails = ["ali@kimia.example", "sales@kimia.example"], MobilePhone = "۰۹۱۲ ۳۴۵ ۶۷۸۹", HomePhone = "021 7777 0000" },
        TestLeads.Qualifiable with
        {
            JobTitle = "Head  of   Sales", Description = "Met at   the expo;\n  wants {0} seats", Industry = "{1}", Owner = "sara",
            Salutation = "Dr.", Website = "https://contoso.example", Fax = "021 5555 0000", OtherPhone = "021 6666 0000",
            Address = new PostalAddress("Rua  Augusta 10", null, null, "Lisboa", null, "1100-053", "Portugal"),
            CustomFields = new Dictionary<string, CustomFieldValue>
            {
                ["region"] = CustomFieldValue.FromText("  North  "),
                ["seats"] = CustomFieldValue.FromNumber(40),
                ["vip"] = CustomFieldValue.FromBoolean(true),
            },
        },
    ];

    private static Gen<Step> Steps =>
        from kind in Gen.Frequency((5, Gen.Constant(0)), (4, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from format in Gen.Elements(Formats)
        from sources in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fields), n))
        from target in Gen.Frequency(
            (1, Gen.Elements(Targets)),
            (3, Gen.Elements(Fitting(kind == 0 ? sources.FirstOrDefault(LeadField.Industry).ValueType : typeof(string)))))
        select new Step(kind, target, format, sources);

    private static TargetField[] Fitting(Type type) => Targets.Where(t => t.ValueType == type).ToArray() is { Length: > 0 } fitting ? fitting : Targets;

    [Fact]
    public void Random_maps_are_refused_when_built_or_convert_every_lead_without_losing_a_text()
    {
        var cases =
            from useDefault in Gen.Elements(true, false)
            from count in Gen.Choose(1, 6)
            from steps in Gen.ArrayOf(Steps, count)
            from details in Gen.Choose(0, Details.Length - 1)
            from options in Gen.Choose(0, Options.Length - 1)
            select (useDefault, steps, details, options);

        var stats = Fuzz.Run(
            cases,
            c => Convert(c.useDefault, c.steps, Details[c.details], Options[c.options]),
            quick: 200,
            c => $"{(c.useDefault ? "default map plus" : "empty map plus")} {string.Join("; ", c.steps.Select(s => s.ToString()))}; details {c.details}; options {c.options}");

        output.WriteLine($"conversion maps: {stats}");
        Assert.True(stats.Accepted > 0 && stats.Refused > 0, stats.ToString());
    }

    private static Verdict Convert(bool useDefault, Step[] steps, LeadDetails details, ConversionOptions options)
    {
        var builder = useDefault ? ConversionMap.Default.ToBuilder() : ConversionMap.CreateBuilder();
        ConversionMap map;
        try
        {
            foreach (var step in steps)
            {
                // Mostly a rule in place of the one writing the same field, so that most maps build.
                builder = step.Format.Length % 4 == 0 ? builder : builder.Remove(step.Target);
                builder = step.Kind switch
                {
                    0 => builder.Map(step.Sources.FirstOrDefault(LeadField.Industry), step.Target),
                    1 => builder.Compose(step.Target, step.Format, step.Sources),
                    2 => builder.Transform<string, string>(step.Sources.FirstOrDefault(LeadField.Industry), step.Target, static s => "<" + s + ">"),
                    _ => builder.Remove(step.Target),
                };
            }

            map = builder.Build();
        }
        catch (InvalidConversionMapException refused)
        {
            if (refused.Problems.Count == 0)
            {
                throw new FuzzFailure("a map was refused without a problem");
            }

            return Verdict.Refused;
        }

        var lead = Lifecycle.Create(details, "ali");
        var preview = map.Preview(lead, options);
        // A value an existing record kept (FillBlanks, Keep) is reported in MergedFields, not lost.
        var written = Strings(preview.Account).Concat(Strings(preview.Contact)).Concat(Strings(preview.Opportunity))
            .Concat(preview.MergedFields.Select(m => m.LeadValue switch
            {
                string text => text,
                IReadOnlyList<string> list => string.Join(" | ", list),
                var other => other.ToString() ?? string.Empty,
            }))
            .ToList();
        foreach (var field in LeadField.WithValues(lead.Details))
        {
            if (preview.UnmappedFields.Contains(field))
            {
                continue;
            }

            var texts = field.Read(lead.Details) switch
            {
                string s => [s],
                IReadOnlyList<string> list => list,
                _ => [],
            };
            foreach (var text in texts)
            {
                if (!written.Any(w => w.Contains(text, StringComparison.Ordinal)))
                {
                    throw new FuzzFailure($"{field} ('{text}') is not reported as unmapped, but no record holds it whole: {string.Join(" | ", written)}");
                }
            }
        }

        lead.Qualify("ali");
        var result = map.Convert(lead, "ali", options);
        if (lead.State != LeadState.Converted || !result.UnmappedFields.SequenceEqual(preview.UnmappedFields))
        {
            throw new FuzzFailure("converting does not do what the preview showed");
        }

        LeadInvariants.Check(lead, Lifecycle, "converted");
        return Verdict.Accepted;
    }

    /// <summary>Every text a record holds: its string properties, list items and custom field values.</summary>
    private static IEnumerable<string> Strings(object? record)
    {
        if (record is null)
        {
            yield break;
        }

        foreach (var property in record.GetType().GetProperties())
        {
            switch (property.GetValue(record))
            {
                case string s:
                    yield return s;
                    break;
                case IReadOnlyDictionary<string, CustomFieldValue> custom:
                    foreach (var value in custom.Values)
                    {
                        yield return value.ToString();
                    }

                    break;
                case IEnumerable<string> list:
                    foreach (var item in list)
                    {
                        yield return item;
                    }

                    break;
                case IEnumerable:
                    break;
            }
        }
    }

    private sealed record Step(int Kind, TargetField Target, string Format, LeadField[] Sources)
    {
        public override string ToString() => Kind switch
        {
            0 => $"Map {Sources.FirstOrDefault(LeadField.Industry)} -> {Target}",
            1 => $"Compose {Target} \"{Format}\" from [{string.Join(", ", Sources.Select(s => s.ToString()))}]",
            2 => $"Convert {Sources.FirstOrDefault(LeadField.Industry)} -> {Target}",
            _ => $"Remove {Target}",
        };
    }
}
