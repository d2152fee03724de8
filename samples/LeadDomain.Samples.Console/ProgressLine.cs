using System.Diagnostics;
using System.Globalization;

namespace LeadDomain.Samples.Console;

/// <summary>
/// Progress of one long step on one terminal line, redrawn in place at most every 50 ms. When the output is
/// redirected (a log, CI) only the finished line is written, so that logs do not fill with redraws.
/// </summary>
public sealed class ProgressLine
{
    private const int Width = 30;
    private readonly TextWriter _out;
    private readonly string _label;
    private readonly long _total;
    private readonly bool _live;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;

    /// <summary>Starts a step.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="label">What the step does.</param>
    /// <param name="total">How many items it has.</param>
    /// <param name="live">Whether to redraw in place (a terminal).</param>
    public ProgressLine(TextWriter output, string label, long total, bool live)
    {
        _out = output;
        _label = label;
        _total = total;
        _live = live;
    }

    /// <summary>Reports that <paramref name="done"/> items are done.</summary>
    /// <param name="done">Items done so far.</param>
    public void Report(long done)
    {
        if (_live && _watch.ElapsedMilliseconds - _lastDrawMs >= 50)
        {
            _lastDrawMs = _watch.ElapsedMilliseconds;
            _out.Write($"\r{Line(done)}");
        }
    }

    /// <summary>Writes the finished line.</summary>
    /// <param name="done">Items done.</param>
    /// <param name="note">What to add, such as a count of refusals.</param>
    public void Finish(long done, string? note = null)
    {
        var ms = _watch.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture);
        _out.WriteLine($"{(_live ? "\r" : string.Empty)}{Line(done)} {ms} ms{(note is null ? string.Empty : "  " + note)}");
    }

    private string Line(long done)
    {
        var filled = _total == 0 ? Width : (int)(Width * Math.Min(done, _total) / _total);
        return string.Create(CultureInfo.InvariantCulture, $"  {_label,-24} [{new string('#', filled)}{new string('.', Width - filled)}] {done,6:N0}/{_total:N0}");
    }
}
