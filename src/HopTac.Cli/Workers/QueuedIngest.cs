using HopTac.Cli.Commands;
using HopTac.Ingestion;
using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Jobs;
using Microsoft.Extensions.Logging;

namespace HopTac.Cli.Workers;

/// <summary>
/// <c>hoptac ingest --workers N</c> on PostgreSQL: enqueues the pages as one batch of jobs, runs N
/// <see cref="IngestWorker"/>s in this process until the queue is empty, and reports what became of the batch.
/// Threads rather than child processes: one process compiles the extraction code once (the CLI compiles fully, up
/// front) and holds one connection pool; a worker's death is still survived, because the jobs, not the process, hold
/// the work (restarting the command, or any <c>hoptac worker</c>, finishes it).
/// </summary>
internal static class QueuedIngest
{
    public static async Task<JobsReport> RunAsync(
        PostgresPageStore store, IReadOnlyList<string> files, CliConsole console, IngestOptions options, bool jsonl, int workers,
        ILoggerFactory loggers, bool verbose, IngestProgress? progress, CancellationToken ct)
    {
        var batch = JobEnqueuer.NewBatch("ingest", TimeProvider.System);
        var enqueued = await JobEnqueuer.EnqueueAsync(store.Jobs, batch, files, console.In, jsonl, options, ct).ConfigureAwait(false);
        if (verbose)
        {
            await console.Error.WriteLineAsync($"ingest: {enqueued} pages enqueued as {batch}; {workers} workers").ConfigureAwait(false);
        }

        // The machine's reading threads are shared out between the workers (at least one each).
        var reading = options with { Parallelism = Math.Max(1, options.Parallelism / workers) };
        // Small runs are cut finer so that every worker gets a share (about four claims each), large ones in full batches.
        var size = Math.Clamp(enqueued / (workers * 4), 10, WorkerSettings.DefaultBatch);
        var settings = new WorkerSettings(size, WorkerSettings.DefaultLease, Wait: false);
        var gate = new Lock();
        var running = Enumerable.Range(0, workers).Select(k => new IngestWorker(
            store.Jobs, new PageBatch(new PageReader(reading), loggers.CreateLogger<PageBatch>()), settings, IngestWorker.NameFor(k))
        {
            Finished = pages =>
            {
                lock (gate)
                {
                    for (var i = 0; i < pages; i++)
                    {
                        progress?.Tick();
                    }

                    if (progress is not null && progress.Due())
                    {
                        console.Error.WriteLine("ingest: " + progress.Describe());
                    }
                }
            },
            Log = verbose ? line => { lock (gate) { console.Error.WriteLine(line); } } : null,
            Warn = line => { lock (gate) { console.Error.WriteLine(line); } },
        }.RunAsync(ct));
        await Task.WhenAll(running).ConfigureAwait(false);
        return await store.Jobs.ReportAsync(batch, ct).ConfigureAwait(false);
    }
}
