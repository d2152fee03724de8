using LeadDomain.Hosting;
using Microsoft.Extensions.Configuration;

namespace LeadDomain.Tests.Hosting;

public sealed class LeadDomainSettingsTests
{
    [Fact]
    public void Unbound_numbers_keep_the_options_defaults_and_the_files_are_none()
    {
        var options = new LeadDomainSettings().ToOptions();

        Assert.Equal(1_000, options.MaxHistoryEntries);
        Assert.Equal(10_000, options.MaxActivities);
        Assert.Null(options.ScoringModelFile);
        Assert.Null(options.PredictionModelFile);
    }

    [Fact]
    public void Every_bound_setting_reaches_the_options()
    {
        var settings = new LeadDomainSettings();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MaxHistoryEntries"] = "7",
            ["MaxActivities"] = "8",
            ["ScoringModelFile"] = "s.json",
            ["PredictionModelFile"] = "p.json",
        }).Build().Bind(settings);

        var options = settings.ToOptions();

        Assert.Equal(7, options.MaxHistoryEntries);
        Assert.Equal(8, options.MaxActivities);
        Assert.Equal("s.json", options.ScoringModelFile);
        Assert.Equal("p.json", options.PredictionModelFile);
    }
}
