// Beyond README's quick start: what a host stores and loads, checked on the packed package and in the NativeAOT
// binary, where a reflection-based serializer would fail or warn: a snapshot and its events through the shipped
// LeadDomainJsonContext, and both model files (the example files of LeadDomain.Tests, embedded here).
using System.Text.Json;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using LeadDomain.Serialization;

internal static class StorageCheck
{
    public static IEnumerable<string> Run(LeadLifecycle lifecycle, Lead converted)
    {
        var lead = lifecycle.Create(new LeadDetails
        {
            LastName = "رضایی", CompanyName = "شرکت نمونه", Source = LeadSource.Web,
            CustomFields = new Dictionary<string, CustomFieldValue> { ["seats"] = CustomFieldValue.FromNumber(40), ["renewal"] = CustomFieldValue.FromDate(new NodaTime.LocalDate(2027, 3, 21)) },
        }, "ali");
        lead.Disqualify(DisqualificationReason.NoLongerInterested, "ali");
        foreach (var original in new[] { converted.ToSnapshot(), lead.ToSnapshot() })
        {
            var json = JsonSerializer.Serialize(original, LeadDomainJsonContext.Default.LeadSnapshot);
            var read = JsonSerializer.Deserialize(json, LeadDomainJsonContext.Default.LeadSnapshot)!;
            if (!original.Equals(read) || !original.Equals(lifecycle.Restore(read).ToSnapshot()))
            {
                yield return $"the snapshot read back differently from {json}";
            }
        }

        var events = lead.DrainEvents();
        var eventsJson = JsonSerializer.Serialize(events, LeadDomainJsonContext.Default.IReadOnlyListLeadEvent);
        if (!events.SequenceEqual(JsonSerializer.Deserialize(eventsJson, LeadDomainJsonContext.Default.IReadOnlyListLeadEvent)!))
        {
            yield return $"the events read back differently from {eventsJson}";
        }

        var scoring = ScoringModelJson.Parse(Resource("scoring-model.json"));
        if (scoring.RuleNames.Count != 11 || scoring.Score(converted, converted.ModifiedAt).Total <= 0)
        {
            yield return $"the scoring model file read as {scoring.RuleNames.Count} rules";
        }

        var prediction = PredictionModelJson.Parse(Resource("prediction-naive-bayes.json"));
        if (prediction.Predict(lead.Details).Probability is not (> 0 and < 1) || ScoringModelJson.Write(scoring).Length == 0)
        {
            yield return "the prediction model file did not predict";
        }

        string? refused = null;
        try
        {
            ScoringModelJson.Parse("""{ "version": 1, "fit": [ { "kind": "present", "name": "a", "field": "Fax", "points": 1 } ] }""");
        }
        catch (InvalidStoredDataException e)
        {
            refused = e.Problems[0];
        }

        if (refused?.StartsWith("$.fit[0].field: 'Fax'", StringComparison.Ordinal) != true)
        {
            yield return $"a bad model file was refused with '{refused}'";
        }
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(StorageCheck).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is not embedded");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
