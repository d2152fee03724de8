using System.Diagnostics;
using LeadDomain.Diagnostics;

namespace LeadDomain.Tests;

/// <summary>Records, while it lives, each span the library's activity source stops: its name and its <c>leaddomain.leads</c> tag.</summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly List<(string Name, object? Leads)> _spans = [];
    private readonly ActivityListener _listener;

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadDomainMetrics.ActivitySourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                lock (_spans)
                {
                    _spans.Add((activity.OperationName, activity.GetTagItem("leaddomain.leads")));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Gets the spans stopped so far (other tests' spans may be among them), in the order they stopped.</summary>
    public IReadOnlyList<(string Name, object? Leads)> Spans
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
