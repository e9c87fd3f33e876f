using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HopTac.Core.Pages;

namespace HopTac.Bench.Html;

/// <summary>
/// Runs one extractor over a folder of pages and writes one page record per line, in file-name order. Pages are read
/// and extracted in chunks so memory stays bounded like the one-process-per-chunk Readability driver; only the
/// extraction calls are inside the timed span, reading (gunzip, decoding) is timed separately.
/// </summary>
internal sealed class HtmlBench(IHtmlExtractor extractor, int threads, int chunkSize, long maxBytes)
{
    public async Task<HtmlBenchResult> RunAsync(IReadOnlyList<string> files, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        var readTime = TimeSpan.Zero;
        var extractTime = TimeSpan.Zero;
        var errors = 0;
        var collections = (Gen0: 0, Gen1: 0, Gen2: 0, Pause: TimeSpan.Zero);
        for (var start = 0; start < files.Count; start += chunkSize)
        {
            var chunk = files.Skip(start).Take(chunkSize).ToArray();
            var watch = Stopwatch.StartNew();
            var inputs = chunk.Select(Read).ToArray();
            readTime += watch.Elapsed;

            var lines = new PageLine[chunk.Length];
            var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            watch.Restart();
            Parallel.For(
                0,
                chunk.Length,
                new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                i => lines[i] = ExtractLine(inputs[i]));
            extractTime += watch.Elapsed;
            collections = (
                collections.Gen0 + GC.CollectionCount(0) - gen0,
                collections.Gen1 + GC.CollectionCount(1) - gen1,
                collections.Gen2 + GC.CollectionCount(2) - gen2,
                collections.Pause + GC.GetTotalPauseDuration() - pause);

            foreach (var line in lines)
            {
                errors += line.Failed ? 1 : 0;
                await output.WriteLineAsync(line.Json.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        return new HtmlBenchResult(extractor.Name, files.Count, errors, threads, readTime, extractTime) { Collections = collections };
    }

    private PageInput Read(string path)
    {
        var source = Path.GetFileName(path);
        try
        {
            var bytes = ReadBounded(path);
            return bytes is null
                ? new PageInput(source, null, $"the page is larger than {maxBytes} bytes")
                : new PageInput(source, extractor.Decode(bytes), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new PageInput(source, null, "the page could not be read: " + e.Message);
        }
    }

    private byte[]? ReadBounded(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var buffer = new MemoryStream();
        var block = new byte[81920];
        int n;
        while ((n = stream.Read(block, 0, block.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return null;
            }

            buffer.Write(block, 0, n);
        }

        return buffer.ToArray();
    }

    private PageLine ExtractLine(PageInput input)
    {
        if (input.Html is null)
        {
            return Failed(input.Source, input.Error ?? "the page could not be read");
        }

        try
        {
            var article = extractor.Extract(input.Html, input.Source);
            return new PageLine(PageRecordJson.Serialize(PageRecord.FromArticle(input.Source, article)), false);
        }
#pragma warning disable CA1031 // A peer library failing on one page is a measured outcome, not a reason to stop the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(input.Source, $"{extractor.Name} threw {e.GetType().Name}");
        }
    }

    private static PageLine Failed(string source, string reason) =>
        new(PageRecordJson.Serialize(PageRecord.Failed(source, reason)), true);

    private readonly record struct PageLine(string Json, bool Failed);

    private sealed record PageInput(string Source, string? Html, string? Error);
}
