namespace LeadDomain.Benchmarks.Prediction;

internal static class PredictionData
{
    /// <summary>The full Bank Marketing file: <c>LEADDOMAIN_BANK_MARKETING</c>, or <c>shared/data/bank-marketing/...</c> above the current or the base folder.</summary>
    public static string FullFile()
    {
        if (Environment.GetEnvironmentVariable("LEADDOMAIN_BANK_MARKETING") is { Length: > 0 } path)
        {
            return path;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "data", "bank-marketing", "bank-additional-full.csv");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("Set LEADDOMAIN_BANK_MARKETING to the path of bank-additional-full.csv.");
    }
}
