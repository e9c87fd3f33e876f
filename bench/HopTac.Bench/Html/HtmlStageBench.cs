using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using HopTac.Ingestion;
using HopTac.Ingestion.Articles.Html;
using HopTac.Ingestion.Decoding;

namespace HopTac.Bench.Html;

/// <summary>
/// Where HopTac's extraction time goes: every page is extracted <c>repeat</c> times on one thread and each stage
/// keeps its fastest run, so other processes on a shared machine inflate the figures little and two builds can be
/// compared in one sitting. The sum is a single-thread cost, not the threaded pages/s of <c>html</c>.
/// </summary>
internal static class HtmlStageBench
{
    public const string Usage = "usage: stages --pages DIR [--limit N (0 = all)] [--repeat N (default 3)]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? pages = null;
        int limit = 0, repeat = 3;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var ok = args[i] switch
            {
                "--pages" => (pages = args[i + 1]) is not null,
                "--limit" => int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out limit),
                "--repeat" => int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out repeat) && repeat >= 1,
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine(Usage);
                return 1;
            }
        }

        if (pages is null || args.Count % 2 != 0 || !Directory.Exists(pages))
        {
            error.WriteLine(Usage);
            return pages is null || args.Count % 2 != 0 ? 1 : 2;
        }

        var files = PageFolder.List(pages, limit);
        var options = IngestOptions.Default;
        var stages = HtmlStageTimes.Names.Count;
        var best = new long[stages];
        long chars = 0, parsedChars = 0, parsedTags = 0;
        foreach (var file in files)
        {
            var html = Read(file);
            chars += html.Length;
            var fastest = new long[stages];
            Array.Fill(fastest, long.MaxValue);
            for (var r = 0; r < repeat; r++)
            {
                HtmlArticleExtractor.TryExtract(html, options, out _, out _, out var times);
                if (r == 0)
                {
                    parsedChars += times.ParserInputChars;
                    parsedTags += times.ParserInputTags;
                }

                var ticks = times.Ticks;
                for (var s = 0; s < stages; s++)
                {
                    fastest[s] = Math.Min(fastest[s], ticks[s]);
                }
            }

            for (var s = 0; s < stages; s++)
            {
                best[s] += fastest[s];
            }
        }

        var total = best.Sum();
        var ms = (double)Stopwatch.Frequency / 1000;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} pages, {chars / 1e6:F1} M chars, fastest of {repeat} per page and stage, one thread"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parser input: {parsedChars / 1e6:F1} M chars, {parsedTags / 1e3:F0} k '<'"));
        output.WriteLine("| stage | ms/page | share |");
        output.WriteLine("|---|---|---|");
        for (var s = 0; s < stages; s++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {HtmlStageTimes.Names[s]} | {best[s] / ms / files.Count:F3} | {100.0 * best[s] / Math.Max(1, total):F1}% |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| total | {total / ms / files.Count:F3} | {files.Count / (total / (double)Stopwatch.Frequency):F0} pages/s on one thread |"));
        return 0;
    }

    private static string Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return TextDecoder.Decode(buffer.ToArray(), "utf-8").Text?.Text ?? string.Empty;
    }
}
