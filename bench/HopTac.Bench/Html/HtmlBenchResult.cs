using System.Globalization;
using System.Text.Json;

namespace HopTac.Bench.Html;

/// <summary>Counts and timings of one run. <see cref="PagesPerSecond"/> uses extraction wall time only.</summary>
internal sealed record HtmlBenchResult(string Extractor, int Pages, int Errors, int Threads, TimeSpan ReadTime, TimeSpan ExtractTime)
{
    public double PagesPerSecond => ExtractTime > TimeSpan.Zero ? Pages / ExtractTime.TotalSeconds : 0;

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
    });

    public string ToText() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Extractor}: {Pages} pages ({Errors} errors) on {Threads} thread(s): extraction {ExtractTime.TotalSeconds:F2} s = {PagesPerSecond:F1} pages/s (file reading, gunzip and decoding excluded: {ReadTime.TotalSeconds:F2} s)");
}
