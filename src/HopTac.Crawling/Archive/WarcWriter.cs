using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using HopTac.Crawling.Fetching;

namespace HopTac.Crawling.Archive;

/// <summary>
/// Writes every answered exchange to WARC 1.1 files (ISO 28500:2017): a warcinfo record opening each file, then a
/// response record and its request record (WARC-Concurrent-To) per exchange, each record its own gzip member so a
/// reader can seek to any record and a file cut by a crash loses at most its last record. Files rotate when they pass
/// <see cref="MaxFileBytes"/>. Thread-safe; each record is flushed before the crawl goes on.
/// </summary>
public sealed class WarcWriter : IFetchArchive, IAsyncDisposable
{
    /// <summary>Default rotation size, the common 1 GB of web archives.</summary>
    public const long DefaultMaxFileBytes = 1_000_000_000;

    private readonly string folder;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim gate = new(1, 1);
    private FileStream? file;
    private string? fileName;
    private int sequence;

    public WarcWriter(string folder, TimeProvider clock, long maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFileBytes, 1024);
        this.folder = Path.GetFullPath(folder);
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        MaxFileBytes = maxFileBytes;
        Directory.CreateDirectory(this.folder);
    }

    /// <summary>A file is closed and the next one started once it reaches this size.</summary>
    public long MaxFileBytes { get; }

    /// <summary>The files written so far by this writer, in order.</summary>
    public IReadOnlyList<string> Files => files;

    private readonly List<string> files = [];

    /// <inheritdoc />
    public async ValueTask RecordAsync(FetchResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = await CurrentFileAsync(cancellationToken).ConfigureAwait(false);
            var date = response.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var responseId = NewId();
            var head = Encoding.ASCII.GetBytes(response.ResponseHead);
            byte[] responseBlock = [.. head, .. response.Body];
            await WriteRecordAsync(stream, responseBlock, cancellationToken,
                ("WARC-Type", "response"),
                ("WARC-Record-ID", responseId),
                ("WARC-Date", date),
                ("WARC-Target-URI", response.Url.AbsoluteUri),
                ("WARC-Warcinfo-ID", warcinfoId!),
                ("WARC-Payload-Digest", Sha1(response.Body)),
                ("WARC-Block-Digest", Sha1(responseBlock)),
                ("Content-Type", "application/http;msgtype=response")).ConfigureAwait(false);
            var requestBlock = Encoding.ASCII.GetBytes(response.RequestHead);
            await WriteRecordAsync(stream, requestBlock, cancellationToken,
                ("WARC-Type", "request"),
                ("WARC-Record-ID", NewId()),
                ("WARC-Date", date),
                ("WARC-Target-URI", response.Url.AbsoluteUri),
                ("WARC-Warcinfo-ID", warcinfoId!),
                ("WARC-Concurrent-To", responseId),
                ("WARC-Block-Digest", Sha1(requestBlock)),
                ("Content-Type", "application/http;msgtype=request")).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (stream.Length >= MaxFileBytes)
            {
                await CloseFileAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private string? warcinfoId;

    private async Task<FileStream> CurrentFileAsync(CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            return file;
        }

        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        fileName = $"hoptac-{stamp}-{Environment.ProcessId}-{sequence++:00000}.warc.gz";
        var path = Path.Combine(folder, fileName);
        file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        files.Add(path);
        warcinfoId = NewId();
        var fields = Encoding.UTF8.GetBytes("software: HopTac/0.1 crawler\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        await WriteRecordAsync(file, fields, cancellationToken,
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", warcinfoId),
            ("WARC-Date", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("WARC-Filename", fileName),
            ("WARC-Block-Digest", Sha1(fields)),
            ("Content-Type", "application/warc-fields")).ConfigureAwait(false);
        return file;
    }

    private static async Task WriteRecordAsync(Stream target, byte[] block, CancellationToken cancellationToken, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder("WARC/1.1\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {block.Length}\r\n\r\n");
        var member = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true);
        await using (member.ConfigureAwait(false))
        {
            await member.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
            await member.WriteAsync(block, cancellationToken).ConfigureAwait(false);
            await member.WriteAsync("\r\n\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string NewId() => $"<urn:uuid:{Guid.NewGuid():D}>";

    /// <summary>A SHA-1 digest labelled and in base 32, as WARC readers (warcio, pywb, Heritrix) write and check them.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "WARC digests are SHA-1 by convention; an integrity check, not security.")]
    private static string Sha1(byte[] data)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var hash = SHA1.HashData(data);
        var text = new StringBuilder("sha1:", 37);
        int buffer = 0, bits = 0;
        foreach (var b in hash)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }

    private async Task CloseFileAsync()
    {
        if (file is not null)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            file = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await CloseFileAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }

        gate.Dispose();
    }
}
