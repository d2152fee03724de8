using LeadDomain.Conversion;
using LeadDomain.FollowUp;
using LeadDomain.Hosting;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Hosting;

public sealed class LeadDomainOptionsTests
{
    [Fact]
    public void The_defaults_are_Dynamics_365s_with_no_models()
    {
        var options = new LeadDomainOptions();

        Assert.Equal(1_000, options.MaxHistoryEntries);
        Assert.Equal(10_000, options.MaxActivities);
        Assert.Same(LeadCreationPolicy.Dynamics, options.CreationPolicy);
        Assert.Same(QualificationPolicy.Default, options.QualificationPolicy);
        Assert.Empty(options.DisqualificationReasons);
        Assert.Empty(options.ActivityTypes);
        Assert.Null(options.ScoringModelFile);
        Assert.Null(options.PredictionModelFile);
        Assert.Null(options.ScoringModel);
        Assert.Null(options.PredictionModel);
        Assert.Null(options.ConversionMap);
        Assert.Null(options.FollowUpPolicy);
    }

    [Fact]
    public void The_lifecycle_options_carry_every_lifecycle_setting_and_list()
    {
        var options = Full();

        var lifecycle = options.ToLifecycleOptions();

        Assert.Same(options.CreationPolicy, lifecycle.CreationPolicy);
        Assert.Same(options.QualificationPolicy, lifecycle.QualificationPolicy);
        Assert.Equal(5, lifecycle.MaxHistoryEntries);
        Assert.Equal(6, lifecycle.MaxActivities);
        Assert.Equal(options.DisqualificationReasons, lifecycle.DisqualificationReasons);
        Assert.Equal(options.ActivityTypes, lifecycle.ActivityTypes);
    }

    [Fact]
    public void CopyTo_copies_every_option_and_replaces_the_targets_lists()
    {
        var source = Full();
        var target = new LeadDomainOptions();
        target.DisqualificationReasons.Add(DisqualificationReason.Define(50, "Old"));
        target.ActivityTypes.Add(ActivityType.Define(150, "Old"));

        source.CopyTo(target);

        Assert.Equal(5, target.MaxHistoryEntries);
        Assert.Equal(6, target.MaxActivities);
        Assert.Equal("s.json", target.ScoringModelFile);
        Assert.Equal("p.json", target.PredictionModelFile);
        Assert.Same(source.CreationPolicy, target.CreationPolicy);
        Assert.Same(source.QualificationPolicy, target.QualificationPolicy);
        Assert.Same(source.ScoringModel, target.ScoringModel);
        Assert.Same(source.PredictionModel, target.PredictionModel);
        Assert.Same(source.ConversionMap, target.ConversionMap);
        Assert.Same(source.FollowUpPolicy, target.FollowUpPolicy);
        Assert.Equal(source.DisqualificationReasons, target.DisqualificationReasons);
        Assert.Equal(source.ActivityTypes, target.ActivityTypes);
        Assert.NotSame(source.ActivityTypes, target.ActivityTypes);
    }

    private static LeadDomainOptions Full()
    {
        var options = new LeadDomainOptions
        {
            MaxHistoryEntries = 5,
            MaxActivities = 6,
            ScoringModelFile = "s.json",
            PredictionModelFile = "p.json",
            CreationPolicy = LeadCreationPolicy.Lenient,
            QualificationPolicy = QualificationPolicy.Reachable,
            ScoringModel = ScoringModel.CreateBuilder().Build(),
            PredictionModel = PredictionModelJson.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Schemas", "Examples", "prediction-naive-bayes.json"))),
            ConversionMap = ConversionMap.Default,
            FollowUpPolicy = FollowUpPolicy.CreateBuilder().Build(),
        };
        options.DisqualificationReasons.Add(DisqualificationReason.Define(20, "Budget Cut"));
        options.DisqualificationReasons.Add(DisqualificationReason.Define(21, "Merged"));
        options.ActivityTypes.Add(ActivityType.Define(100, "Webinar Attended"));
        options.ActivityTypes.Add(ActivityType.Define(101, "Trial Started"));
        return options;
    }
}
