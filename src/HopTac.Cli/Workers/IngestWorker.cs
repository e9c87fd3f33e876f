using System.Diagnostics;
using System.Globalization;
using HopTac.Ingestion;
using HopTac.Ingestion.Reading;
using HopTac.Storage;
using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Jobs;

namespace HopTac.Cli.Workers;

/// <summary>
/// One worker of the PostgreSQL job table: claims a batch of jobs, reads them into records in parallel (each page
/// under its time budget, as <c>ingest</c> does), stores them with their jobs closed in the same transaction, and goes
/// on until no job is left (or, with <see cref="WorkerSettings.Wait"/>, for ever). While it works it renews its lease,
/// so a slow batch is not taken from it; if it dies, its jobs are claimed again once the lease runs out. A lost
/// database connection (a restarted server, a terminated backend, a network cut) is retried step by step with
/// doubling waits for <see cref="WorkerSettings.Reconnect"/>, then the worker stops with an <see cref="IOException"/>
/// saying so: every step is safe to repeat (a claim is a new claim; a save of pages already stored finds them unchanged
/// and closes only jobs still open), and the jobs it held come back to the queue when its lease runs out.
/// </summary>
internal sealed class IngestWorker(PostgresIngestJobs jobs, PageBatch reader, WorkerSettings settings, string name)
{
    /// <summary>This worker's name in the job table: host, process and a number within the process.</summary>
    public string Name { get; } = name;

    /// <summary>Told the number of pages after each batch is finished (progress).</summary>
    public Action<int>? Finished { get; init; }

    /// <summary>Told one line per batch (--verbose).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Told each time the database connection is lost and the worker waits to try again (always shown).</summary>
    public Action<string>? Warn { get; init; }

    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(15);

    /// <summary>The name of worker <paramref name="number"/> of this process.</summary>
    public static string NameFor(int number) => $"{Environment.MachineName}:{Environment.ProcessId}:{number}";

    public async Task<WorkerTally> RunAsync(CancellationToken cancellationToken)
    {
        var tally = new WorkerTally();
        while (true)
        {
            var claimed = await AgainAsync("claiming jobs", ct => jobs.ClaimAsync(Name, settings.Batch, settings.Lease, ct), cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                // Jobs other workers hold are not finished: their lease may run out, and then they are this worker's to take.
                if (!settings.Wait && (await AgainAsync("reading the queue", jobs.StateAsync, cancellationToken).ConfigureAwait(false)).IsEmpty)
                {
                    return tally;
                }

                await Task.Delay(settings.Poll, cancellationToken).ConfigureAwait(false);
                continue;
            }

            tally.Claims++;
            using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var renewal = RenewAsync([.. claimed.Select(j => j.Id)], renewing.Token);
            try
            {
                await WorkAsync(claimed, tally, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await renewing.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }

            Finished?.Invoke(claimed.Count);
        }
    }

    private async Task WorkAsync(IReadOnlyList<IngestJob> claimed, WorkerTally tally, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var read = new IngestResult[claimed.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, claimed.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, reader.Options.Parallelism), CancellationToken = cancellationToken },
            async (i, ct) => read[i] = await reader.ReadPageAsync(ToRaw(claimed[i]), ct).ConfigureAwait(false)).ConfigureAwait(false);

        var pages = new List<(long, Core.Pages.PageRecord)>(claimed.Count);
        var rejected = new List<(long, string)>();
        for (var i = 0; i < claimed.Count; i++)
        {
            switch (read[i])
            {
                case IngestResult.Accepted accepted:
                    pages.Add((claimed[i].Id, accepted.Record));
                    break;
                case IngestResult.Rejected refusal:
                    rejected.Add((claimed[i].Id, refusal.Reason));
                    break;
            }
        }

        var readTime = started.Elapsed;
        await AgainAsync("closing unreadable pages", async ct => { await jobs.RejectAsync(Name, rejected, ct).ConfigureAwait(false); return 0; }, cancellationToken).ConfigureAwait(false);
        tally.Rejected += rejected.Count;
        foreach (var saved in await AgainAsync("storing pages", ct => jobs.StoreAsync(Name, pages, ct), cancellationToken).ConfigureAwait(false))
        {
            switch (saved.Outcome)
            {
                case SaveOutcome.New: tally.New++; break;
                case SaveOutcome.NewVersion: tally.NewVersions++; break;
                case SaveOutcome.Unchanged: tally.Unchanged++; break;
                default: tally.Rejected++; break;
            }
        }

        Log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"worker {Name}: {claimed.Count} jobs from #{claimed[0].Id}, read in {readTime.TotalSeconds:0.00} s, stored in {(started.Elapsed - readTime).TotalSeconds:0.00} s"));
    }

    /// <summary>
    /// Runs one step against the database, again on a new connection while the connection is lost, waiting 0.5 s, 1 s,
    /// 2 s… (at most 15 s) between tries, until <see cref="WorkerSettings.Reconnect"/> has passed since the first loss.
    /// </summary>
    private async Task<T> AgainAsync<T>(string step, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        var wait = FirstWait;
        long? lostAt = null;
        while (true)
        {
            try
            {
                return await run(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (PostgresFailures.IsConnectionLost(e) && !cancellationToken.IsCancellationRequested)
            {
                lostAt ??= Stopwatch.GetTimestamp();
                var lost = Stopwatch.GetElapsedTime(lostAt.Value);
                if (lost + wait > settings.Reconnect)
                {
                    throw new IOException(string.Create(CultureInfo.InvariantCulture,
                        $"worker {Name} lost its database connection and could not get it back in {lost.TotalSeconds:0} s (while {step}): {e.Message}"), e);
                }

                Warn?.Invoke(string.Create(CultureInfo.InvariantCulture,
                    $"worker {Name}: lost its database connection ({e.Message}); trying again in {wait.TotalSeconds:0.#} s"));
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                wait = wait * 2 < LongestWait ? wait * 2 : LongestWait;
            }
        }
    }

    // Renews the claim at a third of the lease until the batch is stored. A renewal the database refuses is not fatal:
    // at worst the lease runs out and another worker takes the jobs, whose save then finds the pages already stored.
    private async Task RenewAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(settings.Lease / 3, cancellationToken).ConfigureAwait(false);
                try
                {
                    await jobs.RenewAsync(Name, ids, settings.Lease, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (Stores.IsStorageFailure(e))
                {
                    Log?.Invoke($"worker {Name}: could not renew its lease ({e.Message})");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The batch is finished (or the worker stops): nothing left to hold.
        }
    }

    private static RawPage ToRaw(IngestJob job) => new(job.Source, job.Content, job.Kind) { Published = job.Published, Charset = job.Charset };
}
