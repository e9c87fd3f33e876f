using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using HopTac.Core.Pages;
using SharpCompress.Compressors.Xz;

namespace HopTac.Ingestion.Reading;

/// <summary>
/// Pages exported by other tools as JSON Lines: one object a line with <c>url</c> or <c>id</c> (the page's source;
/// the url wins), <c>title</c>, <c>text</c> or <c>html</c>, and <c>published</c> (ISO date), other members ignored.
/// Files ending <c>.jsonl</c> or <c>.ndjson</c>, optionally <c>.gz</c> or <c>.xz</c>, or standard input. Read as a
/// stream, one line at a time, so a file of 100,000 pages never sits in memory. A line that is not such an object
/// becomes a rejection naming the file, the line number and the reason; the other lines go on.
/// </summary>
public static class JsonLinesPages
{
    private static readonly string[] Extensions = [".jsonl", ".ndjson"];

    /// <summary>Whether the path names a JSON Lines file (by extension, under any .gz or .xz layer).</summary>
    public static bool IsJsonLines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens a JSON Lines file ("-": <paramref name="stdin"/>), decompressing .gz and .xz on the fly.</summary>
    public static Stream Open(string path, Stream? stdin)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
        {
            return stdin ?? throw new IOException("standard input is not available");
        }

        var file = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return new GZipStream(file, CompressionMode.Decompress, leaveOpen: false);
        }

        return path.EndsWith(".xz", StringComparison.OrdinalIgnoreCase) ? new XZStream(file) : file;
    }

    /// <summary>
    /// The lines of <paramref name="path"/> as pages or rejections, in file order. A line longer than
    /// <see cref="IngestOptions.MaxBytes"/> is rejected; a file that cannot be read is one rejection.
    /// </summary>
    public static async IAsyncEnumerable<ReadOutcome> ReadAsync(
        string path, Stream? stdin, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        Stream stream;
        string? failure = null;
        try
        {
            stream = Open(path, stdin);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = Stream.Null;
            failure = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot be read: {e.Message}";
        }

        if (failure is not null)
        {
            yield return ReadOutcome.Fail(path, failure);
            yield break;
        }

        var leaveOpen = path == "-";
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: leaveOpen);
        var number = 0;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or SharpCompress.Common.ArchiveException)
            {
                line = null;
                error = $"line {number + 1}: the file is truncated or corrupt ({e.Message})";
            }

            if (error is not null)
            {
                yield return ReadOutcome.Fail(path, error);
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(path, number, line, options);
        }
    }

    /// <summary>One line as a page, or why it is not one.</summary>
    public static ReadOutcome Parse(string path, int number, string line, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        var where = $"{path}:{number}";
        if (Encoding.UTF8.GetMaxByteCount(line.Length) > options.MaxBytes && Encoding.UTF8.GetByteCount(line) > options.MaxBytes)
        {
            return ReadOutcome.Fail(where, $"line {number}: larger than {options.MaxBytes / (1024 * 1024)} MB");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return ReadOutcome.Fail(where, $"line {number}: not JSON ({e.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadOutcome.Fail(where, $"line {number}: not a JSON object");
            }

            var source = String(root, "url") ?? String(root, "id");
            if (string.IsNullOrWhiteSpace(source))
            {
                return ReadOutcome.Fail(where, $"line {number}: no \"url\" or \"id\"");
            }

            var html = String(root, "html");
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
            {
                return ReadOutcome.Fail(source, $"line {number}: no \"text\" or \"html\"");
            }

            var given = String(root, "published")?.Trim();
            var published = Published(given);
            if (given is { Length: > 0 } && published is null)
            {
                return ReadOutcome.Fail(source, $"line {number}: \"published\" is not an ISO date (2024-04-10, 2024-04, 2024)");
            }

            var title = String(root, "title");
            var page = html is { Length: > 0 } && string.IsNullOrWhiteSpace(text)
                ? new RawPage(source, Encoding.UTF8.GetBytes(html), PageKind.Html)
                // A text dump's first line is its headline (TextDumpExtractor): a given title goes there.
                : new RawPage(source, Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(title) ? text! : title.Trim() + "\n\n" + text), PageKind.Text);
            return ReadOutcome.Ok(page with { Published = published });
        }
    }

    // A machine-written date, read as the HTML metadata's dates are (one calendar check, the product's published form:
    // "2024-04-10T18:00+07:00" becomes 2024-04-10T18:00); a bare year or month through the one date parser.
    private static string? Published(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : Articles.Html.DateText.ParseMachine(value)
          ?? (HopTac.Core.Extraction.Dates.PartialDate.Parse(value) is { HasYear: true, IsRange: false } date ? date.ToIso() : null);

    // Numbers are accepted as ids ("id": 17); anything else that is not a string counts as absent.
    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
