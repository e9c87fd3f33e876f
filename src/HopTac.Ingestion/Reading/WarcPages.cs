using System.IO.Compression;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using HopTac.Core.Pages;

namespace HopTac.Ingestion.Reading;

/// <summary>
/// Reads the pages of WARC files (ISO 28500, versions 1.0 and 1.1; <c>.warc</c>, or <c>.warc.gz</c> with a gzip
/// member per record as crawlers and Common Crawl write them): each <c>response</c> record of an HTTP 200 answer
/// whose type is HTML is one page, named by its WARC-Target-URI, with the charset of its Content-Type.
/// Chunked or gzip-coded payloads (as archived by some crawlers) are decoded. Other records are skipped; a record
/// larger than <see cref="IngestOptions.MaxBytes"/> is rejected with a reason; a file cut short ends with a reason.
/// </summary>
public static class WarcPages
{
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>Whether the path names a WARC file (by its extension).</summary>
    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's pages, in record order.</summary>
    public static async IAsyncEnumerable<ReadOutcome> ReadAsync(string path, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file = Stream.Null;
        }

        if (file == Stream.Null)
        {
            yield return ReadOutcome.Fail(path, "cannot be read");
            yield break;
        }

        await using var input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16)
            : (Stream)new BufferedStream(file, 1 << 16);
        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Record? record;
            string? error = null;
            try
            {
                record = await ReadRecordAsync(input, options.MaxBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
            {
                record = null;
                error = $"record {number + 1}: the file is truncated or not WARC ({e.Message})";
            }

            if (error is not null)
            {
                yield return ReadOutcome.Fail(path, error);
                yield break;
            }

            if (record is null)
            {
                yield break;
            }

            number++;
            if (record.Page is { } page)
            {
                yield return ReadOutcome.Ok(page);
            }
            else if (record.Problem is { } problem)
            {
                yield return ReadOutcome.Fail($"{path} record {number}", problem);
            }
        }
    }

    private sealed record Record(RawPage? Page, string? Problem);

    private static async Task<Record?> ReadRecordAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(input, allowEnd: true, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return null;
        }

        var lines = head.Split("\r\n");
        if (!lines[0].StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InvalidDataException("a record does not start with WARC/");
        }

        var fields = Fields(lines.Skip(1));
        if (!long.TryParse(fields.GetValueOrDefault("content-length"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length) || length < 0)
        {
            throw new InvalidDataException("a record has no Content-Length");
        }

        var isPage = fields.GetValueOrDefault("warc-type") == "response"
            && (fields.GetValueOrDefault("content-type") ?? string.Empty).StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
        if (!isPage || length > maxBytes + MaxHeaderBytes)
        {
            await SkipAsync(input, length + 4, cancellationToken).ConfigureAwait(false);
            return new Record(null, isPage ? $"{fields.GetValueOrDefault("warc-target-uri")}: the archived response is larger than {maxBytes / (1024 * 1024)} MB" : null);
        }

        var block = new byte[length];
        await input.ReadExactlyAsync(block, cancellationToken).ConfigureAwait(false);
        await SkipAsync(input, 4, cancellationToken).ConfigureAwait(false);
        return new Record(Page(fields.GetValueOrDefault("warc-target-uri") ?? "warc record", block), null);
    }

    private static RawPage? Page(string uri, byte[] block)
    {
        var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(block, 0, end).Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || status[1] != "200")
        {
            return null;
        }

        var headers = Fields(lines.Skip(1));
        var body = block[(end + 4)..];
        if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }

        if (headers.GetValueOrDefault("content-encoding") is "gzip" or "x-gzip")
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            body = plain.ToArray();
        }

        var type = MediaTypeHeaderValue.TryParse(headers.GetValueOrDefault("content-type"), out var parsed) ? parsed : null;
        var media = type?.MediaType ?? "text/html";
        // News pages are HTML; the archive's plain-text records are robots.txt files and the like, not articles.
        if (!media.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) && !media.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new RawPage(uri, body, PageKind.Html) { Charset = type?.CharSet?.Trim('"') };
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.AsSpan(at).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            at += lineEnd + 2;
            output.Write(body, at, Math.Min(size, body.Length - at));
            at += size + 2;
        }

        return output.ToArray();
    }

    private static Dictionary<string, string> Fields(IEnumerable<string> lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return fields;
    }

    // The record's header block up to its blank line; null at a clean end of the file.
    private static async Task<string?> ReadHeadAsync(Stream input, bool allowEnd, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(512);
        var one = new byte[1];
        while (true)
        {
            if (await input.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                if (bytes.All(b => b is (byte)'\r' or (byte)'\n') && allowEnd)
                {
                    return null;
                }

                throw new InvalidDataException("the file ends inside a record's header");
            }

            // Blank lines between records (some writers add more than the two CRLFs) are skipped.
            if (bytes.Count == 0 && one[0] is (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            bytes.Add(one[0]);
            if (bytes.Count > MaxHeaderBytes)
            {
                throw new InvalidDataException("a record's header is too long");
            }

            var n = bytes.Count;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')
            {
                return Encoding.UTF8.GetString(bytes.ToArray(), 0, n - 4);
            }
        }
    }

    private static async Task SkipAsync(Stream input, long count, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            count -= read;
        }
    }
}
