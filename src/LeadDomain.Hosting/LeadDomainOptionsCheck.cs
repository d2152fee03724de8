using System.Globalization;
using LeadDomain.Leads;
using LeadDomain.Prediction;
using LeadDomain.Scoring;
using Microsoft.Extensions.Options;
using NodaTime;

namespace LeadDomain.Hosting;

/// <summary>
/// Checks <see cref="LeadDomainOptions"/> when the host starts: the generated data-annotation checks, the lifecycle's
/// own rules, one source per model, and each model file (found, readable, valid). Every problem names its
/// configuration key, such as <c>LeadDomain:MaxActivities</c>.
/// </summary>
/// <param name="section">The configuration section's path (such as <c>LeadDomain</c>), or <c>LeadDomainOptions</c> when set in code.</param>
internal sealed class LeadDomainOptionsCheck(string section) : IValidateOptions<LeadDomainOptions>
{
    private readonly LeadDomainOptionsValidator _annotations = new();

    /// <summary>Gets the prefix of every key named in a problem.</summary>
    public string Section { get; } = section;

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, LeadDomainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var annotations = _annotations.Validate(Section, options);
        if (annotations.Failed)
        {
            // Each failure reads "Member: Section.Member must be ...": keep the sentence, named by the configuration key.
            failures.AddRange(annotations.Failures.Select(f => f[(f.IndexOf(": ", StringComparison.Ordinal) + 2)..].Replace(Section + ".", Section + ":", StringComparison.Ordinal)));
        }
        else
        {
            try
            {
#pragma warning disable RS0030 // Only to check the options: the lifecycle built here never reads the clock.
                _ = new LeadLifecycle(SystemClock.Instance, options.ToLifecycleOptions());
#pragma warning restore RS0030
            }
            catch (ArgumentException e)
            {
                failures.Add($"{Section}: {e.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal)}");
            }
        }

        Check(failures, options.ScoringModelFile, options.ScoringModel is not null, nameof(options.ScoringModelFile), nameof(options.ScoringModel), LoadScoringModel);
        Check(failures, options.PredictionModelFile, options.PredictionModel is not null, nameof(options.PredictionModelFile), nameof(options.PredictionModel), LoadPredictionModel);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Reads the scoring model file named by the options.</summary>
    /// <exception cref="InvalidScoringModelException">The file is not a valid scoring model.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ScoringModel LoadScoringModel(string path) => ScoringModelJson.Parse(File.ReadAllBytes(FullPath(path)));

    /// <summary>Reads the prediction model file named by the options.</summary>
    /// <exception cref="InvalidPredictionModelException">The file is not a valid prediction model.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PredictionModel LoadPredictionModel(string path) => PredictionModelJson.Parse(File.ReadAllBytes(FullPath(path)));

    private static string FullPath(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);

    private void Check<T>(List<string> failures, string? path, bool inCode, string fileKey, string codeName, Func<string, T> load)
    {
        if (path is null)
        {
            return;
        }

        if (inCode)
        {
            failures.Add($"{Section}:{fileKey} is set beside a {codeName} set in code: keep one of them.");
            return;
        }

        try
        {
            _ = load(path);
        }
        catch (InvalidStoredDataException e)
        {
            failures.Add($"{Section}:{fileKey}: '{FullPath(path)}' is not a valid model file: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:{fileKey}: '{path}' cannot be read: {e.Message}"));
        }
    }
}
