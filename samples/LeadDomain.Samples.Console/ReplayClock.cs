using NodaTime;

namespace LeadDomain.Samples.Console;

/// <summary>
/// A clock the importer sets to each recorded instant, so that a lead read from a file is created and contacted at
/// the times the file says, and its history, funnel times and follow-up deadlines are the real ones. Not thread-safe:
/// the import runs on one thread.
/// </summary>
public sealed class ReplayClock : IClock
{
    /// <summary>Creates the clock.</summary>
    /// <param name="now">The first instant it tells.</param>
    public ReplayClock(Instant now) => Now = now;

    /// <summary>Gets or sets the instant the clock tells.</summary>
    public Instant Now { get; set; }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;
}
