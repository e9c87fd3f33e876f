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

    /// <summary>Expands the given paths to page paths with the default options.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths) => Expand(paths, IngestOptions.Default);

    /// <summary>
    /// Expands the given paths to page paths: a folder is walked recursively and its pages come in ordinal path order.
    /// Each folder and each file is visited once by its identity (device and inode), so symbolic-link loops
    /// (<c>self → .</c>, <c>parent → ..</c>) end and a page reached under several names is read once; links are
    /// followed as <see cref="IngestOptions.Symlinks"/> says. Missing paths, folders that cannot be listed and special
    /// files (FIFOs, devices, sockets) with a page's name are returned as they are, to be rejected with a reason when read.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, IngestOptions options) => Expand(paths, options, null);

    /// <summary>
    /// As <see cref="Expand(IEnumerable{string}, IngestOptions)"/>, telling <paramref name="skipped"/> about every entry
    /// of a folder that is left out and why (not a page by its name, hidden, a link not followed), so that a
    /// <c>.pdf</c> or <c>.md</c> in a folder is reported, never dropped without a word.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, IngestOptions options, Action<string, string>? skipped)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var seen = new HashSet<(ulong, ulong)>();
        foreach (var path in paths)
        {
            if (path != "-" && FileStatus.Of(path, followLink: true) is { Kind: FileKind.Directory } folder)
            {
                var viaLink = FileStatus.Of(path, followLink: false) is { Kind: FileKind.SymbolicLink };
                var found = new List<string>();
                Walk(path, folder, viaLink, options, seen, found, skipped);
                foreach (var file in found.Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (path != "-" && FileStatus.Of(path, followLink: true) is { Kind: FileKind.Regular } file && !seen.Add((file.Device, file.Inode)))
            {
                // Named twice (or once more under another name): read once.
                continue;
            }
            else
            {
                yield return path;
            }
        }
    }

    private static void Walk(string folder, FileStatus status, bool viaLink, IngestOptions options, HashSet<(ulong, ulong)> seen, List<string> found, Action<string, string>? skipped)
    {
        if (!seen.Add((status.Device, status.Inode)))
        {
            return;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Reported when read: the folder's own path is rejected with the reason it could not be listed.
            found.Add(folder);
            return;
        }

        foreach (var entry in entries)
        {
            if (FileStatus.Of(entry, followLink: false) is not { } own)
            {
                // Gone since the listing, or unreadable: reported when read.
                if (IsPageFile(entry))
                {
                    found.Add(entry);
                }

                continue;
            }

            var linked = own.Kind == FileKind.SymbolicLink;
            if (linked && (viaLink || options.Symlinks == SymlinkPolicy.Never))
            {
                skipped?.Invoke(entry, viaLink ? "a link inside a linked folder is not followed" : "links are not followed (IngestOptions.Symlinks)");
                continue;
            }

            var target = linked ? FileStatus.Of(entry, followLink: true) : own;
            switch (target?.Kind)
            {
                case FileKind.Directory:
                    if (!Path.GetFileName(entry).StartsWith('.'))
                    {
                        Walk(entry, target.Value, viaLink || linked, options, seen, found, skipped);
                    }
                    else
                    {
                        skipped?.Invoke(entry, "a hidden folder");
                    }

                    break;
                case FileKind.Regular:
                    if (!IsPageFile(entry))
                    {
                        skipped?.Invoke(entry, WhyNotAPage(entry));
                    }
                    else if (seen.Add((target.Value.Device, target.Value.Inode)))
                    {
                        found.Add(entry);
                    }

                    break;
                default:
                    // A FIFO, a device, a socket or a dangling link: rejected with its kind when read, never opened.
                    if (IsPageFile(entry))
                    {
                        found.Add(entry);
                    }

                    break;
            }
        }
    }

    /// <summary>Why a file in a folder is not read as a page: hidden, or its kind by its extension.</summary>
    public static string WhyNotAPage(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.')
            ? "a hidden file"
            : $"not a page by its name ({Path.GetExtension(name).ToLowerInvariant()}): pages are .txt, .text, .html, .htm, .xhtml, .jsonl, those compressed (.gz), or files without an extension";
    }

    /// <summary>Whether a file in a folder looks like a page (or a JSON Lines file of pages) by its name.</summary>
    public static bool IsPageFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return false;
        }

        if (JsonLinesPages.IsJsonLines(path))
        {
            return true;
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        if (name.EndsWith(".warc", StringComparison.OrdinalIgnoreCase))
        {
            return true;
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

            if (NotReadable(path) is { } reason)
            {
                return ReadOutcome.Fail(PathDisplay.Escape(path), reason);
            }

            var gz = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            if (!gz && new FileInfo(path).Length > options.MaxBytes)
            {
                return ReadOutcome.Fail(PathDisplay.Escape(path), $"the file is larger than {options.MaxBytes / (1024 * 1024)} MB");
            }

            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                return await ReadStreamAsync(path, stream, gz, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException e)
        {
            return ReadOutcome.Fail(PathDisplay.Escape(path), $"cannot be read: {PathDisplay.Escape(e.Message)}");
        }
        catch (UnauthorizedAccessException)
        {
            return ReadOutcome.Fail(PathDisplay.Escape(path), "permission denied");
        }
        catch (InvalidDataException)
        {
            return ReadOutcome.Fail(PathDisplay.Escape(path), "the gzip data is corrupt or truncated");
        }
    }

    /// <summary>Why <paramref name="path"/> is not a file to open, or null: checked before opening, since opening a FIFO blocks.</summary>
    private static string? NotReadable(string path)
    {
        if (path.Contains('\ufffd', StringComparison.Ordinal) && FileStatus.Of(path, followLink: true) is null)
        {
            return "the file name is not valid UTF-8 (shown escaped) and cannot be opened by name";
        }

        switch (FileStatus.Of(path, followLink: true)?.Kind)
        {
            case null:
                return FileStatus.Of(path, followLink: false) is { Kind: FileKind.SymbolicLink } ? "a symbolic link to nothing" : "no such file";
            case FileKind.Regular:
                return null;
            case FileKind.Directory:
                try
                {
                    return Directory.EnumerateFileSystemEntries(path).Any() ? "is a folder with no pages" : "is an empty folder";
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    return "is a folder that cannot be listed (permission denied or gone); skipped";
                }

            case FileKind.Fifo:
                return "is a FIFO (named pipe), not a file; skipped";
            case FileKind.CharacterDevice or FileKind.BlockDevice:
                return "is a device, not a file; skipped";
            case FileKind.Socket:
                return "is a socket, not a file; skipped";
            default:
                return "is not a regular file; skipped";
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
                    return ReadOutcome.Fail(PathDisplay.Escape(source), $"the page is larger than {options.MaxBytes / (1024 * 1024)} MB");
                }

                buffer.Write(chunk, 0, read);
            }

            var bytes = buffer.ToArray();
            if (gz && !GzipTrailer.Matches(stream, bytes))
            {
                return ReadOutcome.Fail(PathDisplay.Escape(source), "the gzip data is truncated or corrupt (its checksum does not match)");
            }

            // The source is stored and printed: escaped, never raw control characters.
            return ReadOutcome.Ok(new RawPage(PathDisplay.Escape(source), bytes, KindOf(source, bytes)));
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
