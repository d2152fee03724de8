using System.Collections.Immutable;
using LeadDomain.Leads;
using LeadDomain.Prediction;

namespace LeadDomain.Tests.Prediction;

/// <summary>Small data sets the prediction tests share, and random ones built from a seed.</summary>
internal static class PredictionData
{
    public static readonly PredictionOptions Tiny = new() { Fields = [PredictionField.Source], MinimumConverted = 1, MinimumDisqualified = 1 };

    public static PredictionExample Example(LeadSource? source, bool converted) =>
        new(new LeadDetails { Source = source }, converted);

    /// <summary>3 converted (Web, Web, TradeShow), 4 disqualified (Web, Partner, Partner, Partner).</summary>
    public static PredictionExample[] SourceTable =>
    [
        Example(LeadSource.Web, true), Example(LeadSource.Web, true), Example(LeadSource.TradeShow, true),
        Example(LeadSource.Web, false), Example(LeadSource.Partner, false), Example(LeadSource.Partner, false), Example(LeadSource.Partner, false),
    ];

    public static readonly string?[] Industries = ["Software", " software ", "نرم‌افزار", "نرم افزار", "Retail", "RETAIL", "Banking", null, "   "];

    public static readonly IReadOnlyList<PredictionField> MixedFields =
    [
        PredictionField.Source, PredictionField.Industry, PredictionField.IsDecisionMaker, PredictionField.NumberOfEmployees,
        PredictionField.CustomCategory("region"), PredictionField.CustomNumber("seats"),
    ];

    public static readonly IReadOnlyList<PredictionField> CategoryFields =
        [PredictionField.Source, PredictionField.Industry, PredictionField.IsDecisionMaker, PredictionField.CustomCategory("region")];

    /// <summary>A random lead: some fields missing, text in several spellings, custom fields of several kinds.</summary>
    public static LeadDetails RandomLead(Random random)
    {
        var custom = ImmutableSortedDictionary.CreateBuilder<string, CustomFieldValue>(StringComparer.Ordinal);
        switch (random.Next(5))
        {
            case 0: custom["region"] = CustomFieldValue.FromText(random.Next(2) == 0 ? "North" : "south"); break;
            case 1: custom["region"] = CustomFieldValue.FromBoolean(random.Next(2) == 0); break;
            case 2: custom["region"] = CustomFieldValue.FromNumber(random.Next(3)); break;
            case 3: custom["region"] = CustomFieldValue.FromText("جنوب"); break;
        }

        if (random.Next(4) > 0)
        {
            custom["seats"] = CustomFieldValue.FromNumber(random.Next(-5, 500) / 4m);
        }

        return new LeadDetails
        {
            Source = random.Next(6) == 0 ? null : (LeadSource)random.Next(1, 11),
            Industry = Industries[random.Next(Industries.Length)],
            IsDecisionMaker = random.Next(3) switch { 0 => null, 1 => true, _ => false },
            NumberOfEmployees = random.Next(5) == 0 ? null : random.Next(0, 10_000),
            CustomFields = custom.ToImmutable(),
        };
    }

    /// <summary>Random examples with both outcomes, the outcome leaning on the source so that there is signal.</summary>
    public static PredictionExample[] RandomExamples(Random random, int count)
    {
        var examples = new PredictionExample[Math.Max(count, 2)];
        for (var i = 0; i < examples.Length; i++)
        {
            var lead = RandomLead(random);
            var converted = i switch { 0 => true, 1 => false, _ => random.NextDouble() < (lead.Source is LeadSource.Web ? 0.6 : 0.3) };
            examples[i] = new PredictionExample(lead, converted);
        }

        return examples;
    }

    public static PredictionModel Train(PredictionExample[] examples, PredictionAlgorithm algorithm, IReadOnlyList<PredictionField>? fields = null)
    {
        var training = PredictionTrainer.Train(examples, new PredictionOptions
        {
            Algorithm = algorithm,
            Fields = fields ?? MixedFields,
            MinimumConverted = 1,
            MinimumDisqualified = 1,
            NumberBins = 4,
        });
        return training.Model ?? throw new InvalidOperationException(training.Refusal);
    }
}
