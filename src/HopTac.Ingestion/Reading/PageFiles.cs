using System.IO.Compression;
using HopTac.Core.Pages;

namespace HopTac.Ingestion.Reading;

/// <summary>
/// Finds and reads pages: a file, a folder (recursively, in ordinal path order) or standard input ("-").
/// <c>.gz</c> files are decompressed transparently; the kind comes from the extension under any <c>.gz</c>
/// (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c> are HTML; everything else is text unless the bytes start like HTML).
/// </summary>
public static class PageFiles
{
    private static readonly string[] PageExtensions = [".txt", ".html", ".htm", ".xhtml", ".text", ""];

    /// <summary>Expands the given paths to page paths. Missing paths are returned as they are, to be rejected when read.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsPageFile)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Whether a file in a folder looks like a page by its name.</summary>
    public static bool IsPageFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return false;
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var ext = Path.GetExtension(name).ToLowerInvariant();
        return PageExtensions.Contains(ext, StringComparer.Ordinal);
    }

    /// <summary>Reads one page, bounded by <see cref="IngestOptions.MaxBytes"/>.</summary>
    public static async Task<ReadOutcome> ReadAsync(string path, IngestOptions options, Stream? stdin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            if (path == "-")
            {
                if (stdin is null)
                {
                    return ReadOutcome.Fail("-", "standard input is not available");
                }

                return await ReadStreamAsync("-", stdin, gz: false, options, cancellationToken).ConfigureAwait(false);
            }

            if (!File.Exists(path))
            {
                return ReadOutcome.Fail(path, Directory.Exists(path) ? "is a folder with no pages" : "no such file");
            }

            var gz = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            if (!gz && new FileInfo(path).Length > options.MaxBytes)
            {
                return ReadOutcome.Fail(path, $"the file is larger than {options.MaxBytes / (1024 * 1024)} MB");
            }

            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                return await ReadStreamAsync(path, stream, gz, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException e)
        {
            return ReadOutcome.Fail(path, $"cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return ReadOutcome.Fail(path, "permission denied");
        }
        catch (InvalidDataException)
        {
            return ReadOutcome.Fail(path, "the gzip data is corrupt or truncated");
        }
    }

    /// <summary>The page kind from a path's extension, looking under a <c>.gz</c> layer; sniffed from bytes otherwise.</summary>
    public static PageKind KindOf(string path, ReadOnlySpan<byte> bytes)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml")
        {
            return PageKind.Html;
        }

        if (ext is ".txt" or ".text")
        {
            return PageKind.Text;
        }

        return LooksLikeHtml(bytes) ? PageKind.Html : PageKind.Text;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var text = System.Text.Encoding.Latin1.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', 'ï', '»', '¿');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith('<') && text.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<ReadOutcome> ReadStreamAsync(string source, Stream stream, bool gz, IngestOptions options, CancellationToken cancellationToken)
    {
        Stream input = gz ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                var read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                if (buffer.Length + read > options.MaxBytes)
                {
                    return ReadOutcome.Fail(source, $"the page is larger than {options.MaxBytes / (1024 * 1024)} MB");
                }

                buffer.Write(chunk, 0, read);
            }

            var bytes = buffer.ToArray();
            if (gz && !GzipTrailer.Matches(stream, bytes))
            {
                return ReadOutcome.Fail(source, "the gzip data is truncated or corrupt (its checksum does not match)");
            }

            return ReadOutcome.Ok(new RawPage(source, bytes, KindOf(source, bytes)));
        }
        finally
        {
            if (gz)
            {
                await input.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}

/// <summary>A page's bytes, or why they could not be read.</summary>
public readonly record struct ReadOutcome(RawPage? Page, string Source, string? Error)
{
    public static ReadOutcome Ok(RawPage page) => new(page, page.Source, null);

    public static ReadOutcome Fail(string source, string error) => new(null, source, error);
}
