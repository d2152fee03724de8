namespace LeadDomain.Hosting;

/// <summary>
/// The part of <see cref="LeadDomainOptions"/> that configuration holds: what the binding generator reads, so that the
/// policies and models made in code are never bound (it cannot make them, and says so).
/// </summary>
internal sealed class LeadDomainSettings
{
    private static readonly LeadDomainOptions Defaults = new();

    public int MaxHistoryEntries { get; set; } = Defaults.MaxHistoryEntries;

    public int MaxActivities { get; set; } = Defaults.MaxActivities;

    public string? ScoringModelFile { get; set; }

    public string? PredictionModelFile { get; set; }

    public LeadDomainOptions ToOptions() => new()
    {
        MaxHistoryEntries = MaxHistoryEntries,
        MaxActivities = MaxActivities,
        ScoringModelFile = ScoringModelFile,
        PredictionModelFile = PredictionModelFile,
    };
}
