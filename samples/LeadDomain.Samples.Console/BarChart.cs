using System.Globalization;

namespace LeadDomain.Samples.Console;

/// <summary>Horizontal bars drawn with block characters, scaled to the largest value: a chart any terminal shows.</summary>
public static class BarChart
{
    /// <summary>Writes one bar per item.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="bars">Label, value and the text after the bar.</param>
    /// <param name="width">The longest bar's width in characters.</param>
    public static void Write(TextWriter output, IReadOnlyList<(string Label, long Value, string Note)> bars, int width = 40)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Max(b => b.Value));
        var labelWidth = bars.Max(b => b.Label.Length);
        foreach (var (label, value, note) in bars)
        {
            // Eighth blocks give the bar's end a finer step than one character.
            var eighths = (int)Math.Round(value * width * 8.0 / max);
            var bar = new string('█', eighths / 8) + (eighths % 8 == 0 ? string.Empty : new string("▏▎▍▌▋▊▉"[(eighths % 8) - 1], 1));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label.PadRight(labelWidth)} {bar.PadRight(width + 1)} {value,6:N0}  {note}"));
        }
    }
}
