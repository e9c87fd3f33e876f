using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace HopTac.Ingestion;

/// <summary>
/// Reads many pages in parallel and yields their results in input order. A page that fails in an unexpected way
/// (a bug, not bad input) becomes a rejection with its reason logged: one bad page never stops a batch.
/// </summary>
public sealed partial class PageBatch(PageReader reader, ILogger<PageBatch> logger)
{
    /// <summary>Expands <paramref name="paths"/> (files, folders, "-") and reads every page.</summary>
    public async IAsyncEnumerable<IngestResult> ReadAllAsync(
        IEnumerable<string> paths,
        Stream? stdin,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inFlight = new Queue<Task<IngestResult>>();
        var limit = Math.Max(1, reader.Options.Parallelism) * 2;
        foreach (var path in Reading.PageFiles.Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Reading.JsonLinesPages.IsJsonLines(path) || (path == "-" && JsonLinesStdin))
            {
                // A JSON Lines file is read line by line here; each line's page is extracted in parallel.
                await foreach (var line in Reading.JsonLinesPages.ReadAsync(path, stdin, reader.Options, cancellationToken).ConfigureAwait(false))
                {
                    while (inFlight.Count >= limit)
                    {
                        yield return await inFlight.Dequeue().ConfigureAwait(false);
                    }

                    inFlight.Enqueue(line.Page is { } page
                        ? Task.Run(() => ReadOne(page), cancellationToken)
                        : Task.FromResult<IngestResult>(new IngestResult.Rejected(line.Source, line.Error ?? "cannot be read")));
                }

                continue;
            }

            while (inFlight.Count >= limit)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }

            inFlight.Enqueue(Task.Run(() => ReadOneAsync(path, stdin, cancellationToken), cancellationToken));
        }

        while (inFlight.Count > 0)
        {
            yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>Whether "-" (standard input) holds JSON Lines rather than one page.</summary>
    public bool JsonLinesStdin { get; init; }

    private IngestResult ReadOne(Reading.RawPage page)
    {
        try
        {
            return reader.Read(page);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPageFailed(logger, page.Source, e);
            return new IngestResult.Rejected(page.Source, $"an internal error stopped this page ({e.GetType().Name}); please report it");
        }
    }

    private async Task<IngestResult> ReadOneAsync(string path, Stream? stdin, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(path, stdin, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            LogPageFailed(logger, path, e);
            return new IngestResult.Rejected(path, $"an internal error stopped this page ({e.GetType().Name}); please report it");
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Page {Path} failed unexpectedly")]
    private static partial void LogPageFailed(ILogger logger, string path, Exception exception);
}
