using LeadDomain.Leads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// LeadDomain.Hosting as README's "Use in an app" uses it: options bound from a configuration section (by generated
/// code, so the NativeAOT binary proves the binding is AOT-safe) and checked at start, naming the bad key.
/// </summary>
internal static class HostingCheck
{
    public static IEnumerable<string> Run()
    {
        using (var provider = Provider("40"))
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            var lifecycle = provider.GetRequiredService<LeadLifecycle>();
            if (lifecycle.MaxActivities != 40)
            {
                yield return $"LeadDomain:MaxActivities 40 was bound as {lifecycle.MaxActivities}";
            }
        }

        using (var provider = Provider("0"))
        {
            string? failure = null;
            try
            {
                provider.GetRequiredService<IStartupValidator>().Validate();
            }
            catch (OptionsValidationException e)
            {
                failure = string.Join(" ", e.Failures);
            }

            if (failure?.StartsWith("LeadDomain:MaxActivities must be at least 1", StringComparison.Ordinal) != true)
            {
                yield return $"LeadDomain:MaxActivities 0 was reported as: {failure ?? "nothing"}";
            }
        }
    }

    private static ServiceProvider Provider(string maxActivities)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LeadDomain:MaxActivities"] = maxActivities })
            .Build();
        return new ServiceCollection().AddLeadDomain(configuration.GetSection("LeadDomain")).BuildServiceProvider();
    }
}
