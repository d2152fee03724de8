using System.Collections.Immutable;

namespace LeadDomain.Leads;

/// <summary>
/// A lead's activity log. It is appended to far more often than the history (web visits, opened e-mails), so it grows
/// in a buffer of doubling capacity: logging n activities costs O(n), not the O(n²) of copying an immutable array on
/// every append. The immutable form that <see cref="Lead.Activities"/> and snapshots share is made when first read after
/// a change, and kept until the next.
/// </summary>
internal sealed class ActivityLog
{
    private LeadActivity[]? _buffer;
    private int _count;
    private ImmutableArray<LeadActivity> _frozen;
    private IReadOnlyList<LeadActivity>? _view;

    public ActivityLog(ImmutableArray<LeadActivity> activities)
    {
        _frozen = activities;
        _view = activities;
        _count = activities.Length;
    }

    public int Count => _count;

    /// <summary>Gets the activities as a span, for scoring without allocation.</summary>
    public ReadOnlySpan<LeadActivity> Span => _buffer is null ? _frozen.AsSpan() : _buffer.AsSpan(0, _count);

    /// <summary>Gets the activities as an immutable list (boxed once per change, so reading it allocates nothing).</summary>
    public IReadOnlyList<LeadActivity> List => _view ??= Freeze();

    public void Append(LeadActivity activity)
    {
        if (_buffer is null)
        {
            _buffer = new LeadActivity[Math.Max(4, _frozen.Length * 2)];
            _frozen.CopyTo(_buffer);
        }
        else if (_count == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[_count++] = activity;
        _frozen = default;
        _view = null;
    }

    private ImmutableArray<LeadActivity> Freeze()
    {
        if (_frozen.IsDefault)
        {
            _frozen = ImmutableArray.Create(_buffer!, 0, _count);
        }

        return _frozen;
    }
}
