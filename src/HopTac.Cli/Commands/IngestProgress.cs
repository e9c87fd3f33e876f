using System.Diagnostics;
using System.Globalization;

namespace HopTac.Cli.Commands;

/// <summary>
/// How far an ingest has come: pages done (of how many, when known), pages per second since the start, and the time
/// left at that rate. Printed as a line every <see cref="Interval"/> where no progress bar is drawn (a pipe, a log, a
/// JSON Lines file of unknown length), and as the bar's label where one is.
/// </summary>
internal sealed class IngestProgress(int? total)
{
    /// <summary>How often a progress line is printed where no bar is drawn.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastPrinted;

    public int Done { get; private set; }

    public TimeSpan Elapsed => clock.Elapsed;

    public void Tick() => Done++;

    /// <summary>Whether a progress line is due (once per <see cref="Interval"/>).</summary>
    public bool Due()
    {
        if (clock.Elapsed - lastPrinted < Interval)
        {
            return false;
        }

        lastPrinted = clock.Elapsed;
        return true;
    }

    public string Describe() => Describe(Done, total, clock.Elapsed);

    /// <summary>"1,200/5,000 pages, 41.3 pages/s, about 1 min 32 s left" (no total: no share and no time left).</summary>
    internal static string Describe(int done, int? total, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var pages = total is { } t ? string.Create(inv, $"{done:N0}/{t:N0} pages") : string.Create(inv, $"{done:N0} pages");
        var line = string.Create(inv, $"{pages}, {rate:0.0} pages/s");
        if (total is { } all && rate > 0 && done < all)
        {
            line += ", about " + Duration(TimeSpan.FromSeconds((all - done) / rate)) + " left";
        }

        return line;
    }

    internal static string Duration(TimeSpan span)
    {
        var inv = CultureInfo.InvariantCulture;
        return span.TotalHours >= 1 ? string.Create(inv, $"{(int)span.TotalHours} h {span.Minutes} min")
            : span.TotalMinutes >= 1 ? string.Create(inv, $"{span.Minutes} min {span.Seconds} s")
            : string.Create(inv, $"{Math.Max(1, (int)Math.Ceiling(span.TotalSeconds))} s");
    }
}
