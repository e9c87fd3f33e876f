using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HopTac.Ingestion.Guards;
using HopTac.Ingestion.Reading;
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
        foreach (var path in Reading.PageFiles.Expand(paths, reader.Options, Skipped))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A JSON Lines file or a web archive holds many pages: read record by record here, each page extracted in parallel.
            if (Reading.PageSources.ManyPages(path, stdin, JsonLinesStdin, reader.Options, cancellationToken) is { } records)
            {
                await foreach (var line in records.ConfigureAwait(false))
                {
                    while (inFlight.Count >= limit)
                    {
                        yield return await inFlight.Dequeue().ConfigureAwait(false);
                    }

                    inFlight.Enqueue(line.Page is { } page
                        ? ReadLineAsync(page, cancellationToken)
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

    /// <summary>Told about each entry of a folder that is not read, and why (see <see cref="Reading.PageFiles.Expand(IEnumerable{string}, IngestOptions, Action{string, string})"/>).</summary>
    public Action<string, string>? Skipped { get; init; }

    /// <summary>The reading options: bounds, time budget, pages read at once.</summary>
    public IngestOptions Options => reader.Options;

    /// <summary>Whether "-" (standard input) holds JSON Lines rather than one page.</summary>
    public bool JsonLinesStdin { get; init; }

    private Task<IngestResult> ReadOneAsync(string path, Stream? stdin, CancellationToken cancellationToken) =>
        // Reading the file waits on the disk, not on a core: the wall-clock bound covers it; the CPU budget covers what
        // is computed from its bytes.
        UnderBudgetAsync(path, budget => reader.ReadAsync(path, stdin, page => budget.Metered(token => reader.Read(page, token)), budget.Token), cancellationToken);

    /// <summary>Reads one page already in memory (a crawled response) under the same time budget and guards as a file's.</summary>
    public Task<IngestResult> ReadPageAsync(Reading.RawPage page, CancellationToken cancellationToken) => ReadLineAsync(page, cancellationToken);

    private Task<IngestResult> ReadLineAsync(Reading.RawPage page, CancellationToken cancellationToken) =>
        UnderBudgetAsync(page.Source, budget => Task.FromResult(budget.Metered(token => (ReadInMemory ?? reader.Read)(page, token))), cancellationToken);

    /// <summary>Tests only: reads a page in memory instead of the reader, to make a stage fail in a chosen way.</summary>
    internal Func<Reading.RawPage, CancellationToken, IngestResult>? ReadInMemory { get; init; }

    /// <summary>
    /// Reads one page under its time budget (<see cref="IngestOptions.PageTimeout"/>, counted in CPU time by
    /// <see cref="PageBudget"/>). The stages stop at their next check of the budget's token; a stage that does not
    /// check it (the HTML parser) is not waited for past a short grace: the page is rejected and the batch goes on
    /// while that work finishes in the background.
    /// </summary>
    private async Task<IngestResult> UnderBudgetAsync(string source, Func<PageBudget, Task<IngestResult>> read, CancellationToken cancellationToken)
    {
        var timeout = reader.Options.PageTimeout;
        // The budget runs from when the page's work starts, not from when it was queued: under load a page can wait
        // in the thread pool's queue behind the pages read before it, and that wait is not the page's cost (session
        // 10 saw a 2-CPU-second page rejected by a 300 s budget at load 50).
        var started = new TaskCompletionSource<PageBudget>(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Task.Run(
            async () =>
            {
                // Disposed by the work itself when it ends: an abandoned page may still be running after its result.
                using var budget = new PageBudget(timeout, Grace, cancellationToken);
                started.TrySetResult(budget);
                return await read(budget).ConfigureAwait(false);
            },
            CancellationToken.None);
        var budget = await started.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var waited = work.WaitAsync(budget.Wall + Grace, cancellationToken);
            if (await Task.WhenAny(waited, budget.Abandoned).ConfigureAwait(false) != waited)
            {
                throw new TimeoutException();
            }

            var result = await waited.ConfigureAwait(false);
            return budget.Exceeded && !cancellationToken.IsCancellationRequested ? OverBudget(source, timeout) : result;
        }
        catch (RegexMatchTimeoutException e)
        {
            // A pattern past its own limit (RegexBudget, per match) is not the page's budget, though it is a
            // TimeoutException: on a machine so loaded that a match waits seconds for a core, the page was reported as
            // over a 300 s budget after a minute. Said as it is, the page can be read again when the machine is free.
            LogPatternTimedOut(logger, PathDisplay.Escape(source), e.MatchTimeout.TotalSeconds);
            return new IngestResult.Rejected(PathDisplay.Escape(source), $"a text pattern ran past its limit ({e.MatchTimeout.TotalSeconds:0.#} s per match; a very busy machine or an unusual text); rejected, read it again later");
        }
        catch (Exception e) when ((e is OperationCanceledException || e is TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            // An abandoned page's late failure is observed here, not left to the finalizer.
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return OverBudget(source, timeout);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            LogPageFailed(logger, PathDisplay.Escape(source), e);
            return new IngestResult.Rejected(PathDisplay.Escape(source), $"an internal error stopped this page ({e.GetType().Name}); please report it");
        }
    }

    private IngestResult.Rejected OverBudget(string source, TimeSpan timeout)
    {
        LogPageTimedOut(logger, PathDisplay.Escape(source), timeout.TotalSeconds);
        return new IngestResult.Rejected(PathDisplay.Escape(source), $"reading the page took longer than its time budget ({timeout.TotalSeconds:0.###} s of CPU); rejected");
    }

    /// <summary>How long past the budget the batch waits for a stage that cannot be stopped before it moves on.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Page {Path} took longer than its time budget of {Seconds} s and was rejected")]
    private static partial void LogPageTimedOut(ILogger logger, string path, double seconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Page {Path}: a text pattern ran past its limit of {Seconds} s per match; the page was rejected")]
    private static partial void LogPatternTimedOut(ILogger logger, string path, double seconds);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Page {Path} failed unexpectedly")]
    private static partial void LogPageFailed(ILogger logger, string path, Exception exception);
}
