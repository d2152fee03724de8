using LeadDomain.Conversion;
using LeadDomain.FollowUp;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;

namespace LeadDomain.Hosting;

/// <summary>
/// What <c>services.AddLeadDomain(...)</c> registers: the lifecycle's options, and the scoring model, prediction model,
/// conversion map and follow-up policy, each registered only when set. The numbers and the model file paths bind from
/// configuration (a section such as <c>"LeadDomain"</c>); the policies and models made in code are set in code.
/// Checked when the host starts (<c>ValidateOnStart</c>): a problem names its configuration key.
/// </summary>
public sealed class LeadDomainOptions
{
    /// <summary>Gets or sets how many status changes a lead may have (see <see cref="LeadLifecycleOptions.MaxHistoryEntries"/>); 1,000 by default, at least 2.</summary>
    [AtLeast(2, "(creation and one change)")]
    public int MaxHistoryEntries { get; set; } = 1_000;

    /// <summary>Gets or sets how many activities a lead's log may hold (see <see cref="LeadLifecycleOptions.MaxActivities"/>); 10,000 by default, at least 1.</summary>
    [AtLeast(1)]
    public int MaxActivities { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets the path of a scoring model file (the format of <see cref="ScoringModelJson"/>), relative to the
    /// application's folder (<see cref="AppContext.BaseDirectory"/>) unless rooted; a <see cref="Scoring.ScoringModel"/>
    /// singleton is then registered. Not beside <see cref="ScoringModel"/>.
    /// </summary>
    public string? ScoringModelFile { get; set; }

    /// <summary>
    /// Gets or sets the path of a prediction model file (the format of <see cref="PredictionModelJson"/>), relative to
    /// the application's folder unless rooted; a <see cref="Prediction.PredictionModel"/> singleton is then registered.
    /// Not beside <see cref="PredictionModel"/>.
    /// </summary>
    public string? PredictionModelFile { get; set; }

    /// <summary>Gets or sets what a lead must hold to be created or edited (code only); <see cref="LeadCreationPolicy.Dynamics"/> by default.</summary>
    public LeadCreationPolicy CreationPolicy { get; set; } = LeadCreationPolicy.Dynamics;

    /// <summary>Gets or sets what an open lead must satisfy to be qualified (code only); <see cref="QualificationPolicy.Default"/> by default.</summary>
    public QualificationPolicy QualificationPolicy { get; set; } = QualificationPolicy.Default;

    /// <summary>Gets the host's own disqualification reasons (code only; see <see cref="LeadLifecycleOptions.DisqualificationReasons"/>).</summary>
    public IList<DisqualificationReason> DisqualificationReasons { get; } = [];

    /// <summary>Gets the host's own activity types (code only; see <see cref="LeadLifecycleOptions.ActivityTypes"/>).</summary>
    public IList<ActivityType> ActivityTypes { get; } = [];

    /// <summary>Gets or sets a scoring model made in code, registered as a singleton; none by default. Not beside <see cref="ScoringModelFile"/>.</summary>
    public ScoringModel? ScoringModel { get; set; }

    /// <summary>Gets or sets a prediction model made in code, registered as a singleton; none by default. Not beside <see cref="PredictionModelFile"/>.</summary>
    public PredictionModel? PredictionModel { get; set; }

    /// <summary>Gets or sets the conversion map, registered as a singleton (code only); none by default (conversion then uses <see cref="ConversionMap.Default"/>).</summary>
    public ConversionMap? ConversionMap { get; set; }

    /// <summary>Gets or sets the follow-up policy, registered as a singleton (code only); none by default.</summary>
    public FollowUpPolicy? FollowUpPolicy { get; set; }

    /// <summary>The lifecycle's options, as <see cref="LeadLifecycle"/> takes them.</summary>
    internal LeadLifecycleOptions ToLifecycleOptions()
    {
        var lifecycle = new LeadLifecycleOptions
        {
            CreationPolicy = CreationPolicy,
            QualificationPolicy = QualificationPolicy,
            MaxHistoryEntries = MaxHistoryEntries,
            MaxActivities = MaxActivities,
        };
        foreach (var reason in DisqualificationReasons)
        {
            lifecycle.DisqualificationReasons.Add(reason);
        }

        foreach (var type in ActivityTypes)
        {
            lifecycle.ActivityTypes.Add(type);
        }

        return lifecycle;
    }

    /// <summary>Copies every option into <paramref name="target"/>, lists included.</summary>
    internal void CopyTo(LeadDomainOptions target)
    {
        target.MaxHistoryEntries = MaxHistoryEntries;
        target.MaxActivities = MaxActivities;
        target.ScoringModelFile = ScoringModelFile;
        target.PredictionModelFile = PredictionModelFile;
        target.CreationPolicy = CreationPolicy;
        target.QualificationPolicy = QualificationPolicy;
        target.ScoringModel = ScoringModel;
        target.PredictionModel = PredictionModel;
        target.ConversionMap = ConversionMap;
        target.FollowUpPolicy = FollowUpPolicy;
        target.DisqualificationReasons.Clear();
        target.ActivityTypes.Clear();
        foreach (var reason in DisqualificationReasons)
        {
            target.DisqualificationReasons.Add(reason);
        }

        foreach (var type in ActivityTypes)
        {
            target.ActivityTypes.Add(type);
        }
    }
}
