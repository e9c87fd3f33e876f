using System.Runtime.CompilerServices;

namespace HopTac.Ingestion.Reading;

/// <summary>
/// The pages a path holds, as bytes not yet read as articles: a web archive or a JSON Lines file (or standard input
/// marked as JSON Lines) holds many, any other file one. <see cref="PageBatch"/> reads them into records; the queued
/// ingest (<c>hoptac enqueue</c>, <c>ingest --workers</c> on PostgreSQL) stores them as jobs for workers to read.
/// </summary>
public static class PageSources
{
    /// <summary>The records of a file that holds many pages, in file order; null for a file that is one page.</summary>
    public static IAsyncEnumerable<ReadOutcome>? ManyPages(string path, Stream? stdin, bool jsonLinesStdin, IngestOptions options, CancellationToken cancellationToken) =>
        WarcPages.IsWarc(path) ? WarcPages.ReadAsync(path, options, cancellationToken)
        : JsonLinesPages.IsJsonLines(path) || (path == "-" && jsonLinesStdin) ? JsonLinesPages.ReadAsync(path, stdin, options, cancellationToken)
        : null;

    /// <summary>
    /// Every page of <paramref name="files"/> (paths already expanded by <see cref="PageFiles.Expand(IEnumerable{string}, IngestOptions, Action{string, string})"/>)
    /// as its bytes or the reason it cannot be read, in input order, one at a time.
    /// </summary>
    public static async IAsyncEnumerable<ReadOutcome> ReadAllAsync(
        IEnumerable<string> files, Stream? stdin, bool jsonLinesStdin, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ManyPages(path, stdin, jsonLinesStdin, options, cancellationToken) is { } records)
            {
                await foreach (var record in records.ConfigureAwait(false))
                {
                    yield return record;
                }

                continue;
            }

            yield return await PageFiles.ReadAsync(path, options, stdin, cancellationToken).ConfigureAwait(false);
        }
    }
}
