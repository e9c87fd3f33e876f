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
