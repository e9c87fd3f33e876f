using System.Globalization;
using System.Text.Json;

namespace HopTac.Bench.Html;

/// <summary>Counts and timings of one run. <see cref="PagesPerSecond"/> uses extraction wall time only.</summary>
internal sealed record HtmlBenchResult(string Extractor, int Pages, int Errors, int Threads, TimeSpan ReadTime, TimeSpan ExtractTime)
{
    public double PagesPerSecond => ExtractTime > TimeSpan.Zero ? Pages / ExtractTime.TotalSeconds : 0;

    /// <summary>
    /// Garbage collections (generations 0, 1, 2) and the time they paused the process, counted inside the timed
    /// extraction only: with workstation GC a collection stops both workers, so it is part of the threaded figure.
    /// </summary>
    public (int Gen0, int Gen1, int Gen2, TimeSpan Pause) Collections { get; init; }

    /// <summary>One JSON object for scripts; field names are what bench/html-bench.sh reads.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["extractor"] = Extractor,
        ["pages"] = Pages,
        ["errors"] = Errors,
        ["threads"] = Threads,
        ["read_seconds"] = Math.Round(ReadTime.TotalSeconds, 3),
        ["extract_seconds"] = Math.Round(ExtractTime.TotalSeconds, 3),
        ["pages_per_second"] = Math.Round(PagesPerSecond, 1),
        ["gc_counts"] = new[] { Collections.Gen0, Collections.Gen1, Collections.Gen2 },
        ["gc_pause_seconds"] = Math.Round(Collections.Pause.TotalSeconds, 3),
    });

    public string ToText() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Extractor}: {Pages} pages ({Errors} errors) on {Threads} thread(s): extraction {ExtractTime.TotalSeconds:F2} s = {PagesPerSecond:F1} pages/s (file reading, gunzip and decoding excluded: {ReadTime.TotalSeconds:F2} s); GC during extraction: {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2} collections (gen 0/1/2), {Collections.Pause.TotalSeconds:F2} s paused");
}
