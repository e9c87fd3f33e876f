using HopTac.Core.Pages;
using HopTac.Storage.Postgres.Pages;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Postgres.Jobs;

/// <summary>
/// The ingest job table (<c>ingest_jobs</c>, migration 0007) that <c>hoptac worker</c> processes share, on one machine
/// or many. Jobs are claimed oldest first with <c>FOR UPDATE SKIP LOCKED</c>, so two workers never take the same job;
/// a claim holds for a lease on the server's clock, which the worker renews while it works; a job whose lease has
/// run out (its worker died or stalled) is claimed again, and given up as <c>failed</c> after
/// <see cref="MaxAttempts"/> claims (a page that kills every worker that reads it). A job is closed in the
/// transaction that stores its page (<see cref="StoreAsync"/>), so a page is stored once: if a stalled worker's job
/// was claimed again meanwhile, the later of the two saves finds the same content and stores nothing new.
/// </summary>
/// <remarks>
/// Consolidation under several workers needs nothing more: every save holds the store's advisory write lock
/// (<see cref="PostgresConnections.LockWritesAsync"/>), so saves take turns while workers read and extract in parallel,
/// and the knowledge base is what saving the same pages one after another gives.
/// </remarks>
public sealed class PostgresIngestJobs
{
    /// <summary>Claims after which a job whose lease keeps running out is given up.</summary>
    public const int MaxAttempts = 3;

    private readonly PostgresConnections connections;
    private readonly PostgresPageWriter writer;

    internal PostgresIngestJobs(PostgresConnections connections, PostgresPageWriter writer)
    {
        this.connections = connections;
        this.writer = writer;
    }

    /// <summary>Adds pages to the queue under <paramref name="batch"/> (the name of one enqueue run), in order, by binary COPY.</summary>
    public async Task EnqueueAsync(string batch, IReadOnlyList<IngestJob> pages, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batch);
        ArgumentNullException.ThrowIfNull(pages);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY ingest_jobs (batch, source, kind, content, published, charset) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var page in pages)
        {
            await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(batch, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(page.Source, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(page.Kind.ToString(), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await import.WriteAsync(page.Content, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
            await WriteTextOrNullAsync(import, page.Published, cancellationToken).ConfigureAwait(false);
            await WriteTextOrNullAsync(import, page.Charset, cancellationToken).ConfigureAwait(false);
        }

        await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records pages that could not even be read (a missing file, a broken JSON line) as rejected jobs of <paramref name="batch"/>, so the run's report names them.</summary>
    public async Task EnqueueRefusedAsync(string batch, IReadOnlyList<(string Source, string Reason)> refused, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batch);
        ArgumentNullException.ThrowIfNull(refused);
        if (refused.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO ingest_jobs (batch, source, kind, state, reason, finished_at)
            SELECT @batch, r.source, 'Text', 'rejected', r.reason, clock_timestamp() FROM unnest(@sources, @reasons) WITH ORDINALITY AS r(source, reason, n) ORDER BY r.n
            """, connection);
        insert.Parameters.AddWithValue("batch", batch);
        insert.Parameters.AddWithValue("sources", refused.Select(r => r.Source).ToArray());
        insert.Parameters.AddWithValue("reasons", refused.Select(r => r.Reason).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims up to <paramref name="count"/> of the oldest open jobs for <paramref name="worker"/> until the lease runs
    /// out (jobs no other worker holds, or whose lease has run out), in id order. First gives up the expired jobs that
    /// have had <see cref="MaxAttempts"/> claims.
    /// </summary>
    public async Task<IReadOnlyList<IngestJob>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var giveUp = new NpgsqlCommand("""
            UPDATE ingest_jobs SET state = 'failed', content = NULL, lease_until = NULL, finished_at = clock_timestamp(),
                reason = 'claimed ' || attempts || ' times and never finished: every worker that read it stopped (check the workers'' logs)'
            WHERE state = 'claimed' AND lease_until < clock_timestamp() AND attempts >= @max
            """, connection))
        {
            giveUp.Parameters.AddWithValue("max", MaxAttempts);
            await giveUp.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var claim = new NpgsqlCommand("""
            WITH picked AS (
                SELECT id FROM ingest_jobs
                WHERE state = 'queued' OR (state = 'claimed' AND lease_until < clock_timestamp())
                ORDER BY id
                LIMIT @count
                FOR UPDATE SKIP LOCKED)
            UPDATE ingest_jobs j
            SET state = 'claimed', worker = @worker, lease_until = clock_timestamp() + @lease, attempts = j.attempts + 1
            FROM picked WHERE j.id = picked.id
            RETURNING j.id, j.source, j.kind, j.content, j.published, j.charset, j.attempts
            """, connection);
        claim.Parameters.AddWithValue("count", count);
        claim.Parameters.AddWithValue("worker", worker);
        claim.Parameters.AddWithValue("lease", lease);
        var jobs = new List<IngestJob>(count);
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                jobs.Add(new IngestJob(reader.GetInt64(0), reader.GetString(1), Enum.Parse<PageKind>(reader.GetString(2)), reader.GetFieldValue<byte[]>(3))
                {
                    Published = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Charset = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Attempts = reader.GetInt32(6),
                });
            }
        }

        // RETURNING gives no order; workers read and store in the order the pages were enqueued.
        jobs.Sort((a, b) => a.Id.CompareTo(b.Id));
        return jobs;
    }

    /// <summary>Extends the lease of the jobs <paramref name="worker"/> still holds; returns how many it holds.</summary>
    public async Task<int> RenewAsync(string worker, IReadOnlyList<long> jobIds, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var renew = new NpgsqlCommand(
            "UPDATE ingest_jobs SET lease_until = clock_timestamp() + @lease WHERE id = ANY(@ids) AND worker = @worker AND state = 'claimed'", connection);
        renew.Parameters.AddWithValue("lease", lease);
        renew.Parameters.AddWithValue("ids", jobIds.ToArray());
        renew.Parameters.AddWithValue("worker", worker);
        return await renew.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores the pages read from <paramref name="worker"/>'s jobs as <see cref="IPageStore.SaveBatchAsync"/> does, and
    /// closes each job still open in the transaction that stores its page, even if another worker has claimed it since
    /// this one's lease ran out: the first save of a page closes its job with what it did, and a later one finds the job
    /// closed and the page unchanged. A page the store refuses closes its job as rejected with the reason, if this worker
    /// still holds it (else the worker holding it decides). Results are in the order given.
    /// </summary>
    public async Task<IReadOnlyList<SaveResult>> StoreAsync(string worker, IReadOnlyList<(long JobId, PageRecord Record)> pages, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentNullException.ThrowIfNull(pages);
        var results = await writer.SaveBatchAsync([.. pages.Select(p => p.Record)], CloseAsync, cancellationToken).ConfigureAwait(false);
        var refused = new List<(long, string)>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Outcome == SaveOutcome.Rejected)
            {
                refused.Add((pages[i].JobId, results[i].Reason ?? "the store refused the page (no text, or text too long)"));
            }
        }

        await RejectAsync(worker, refused, cancellationToken).ConfigureAwait(false);
        return results;

        async Task CloseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(int Index, SaveResult Result)> saved, CancellationToken ct)
        {
            await using var close = new NpgsqlCommand("""
                UPDATE ingest_jobs j
                SET state = 'done', worker = @worker, page_id = d.page_id, outcome = d.outcome, content = NULL, lease_until = NULL, finished_at = clock_timestamp()
                FROM unnest(@ids, @pages, @outcomes) AS d(id, page_id, outcome)
                WHERE j.id = d.id AND j.state = 'claimed'
                """, connection, transaction);
            close.Parameters.AddWithValue("ids", saved.Select(s => pages[s.Index].JobId).ToArray());
            close.Parameters.AddWithValue("pages", saved.Select(s => s.Result.PageId).ToArray());
            close.Parameters.AddWithValue("outcomes", saved.Select(s => OutcomeName(s.Result.Outcome)).ToArray());
            close.Parameters.AddWithValue("worker", worker);
            await close.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Closes <paramref name="worker"/>'s jobs whose page could not be read or stored, each with its reason.</summary>
    public async Task RejectAsync(string worker, IReadOnlyList<(long JobId, string Reason)> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var reject = new NpgsqlCommand("""
            UPDATE ingest_jobs j
            SET state = 'rejected', reason = r.reason, content = NULL, lease_until = NULL, finished_at = clock_timestamp()
            FROM unnest(@ids, @reasons) AS r(id, reason)
            WHERE j.id = r.id AND j.worker = @worker AND j.state = 'claimed'
            """, connection);
        reject.Parameters.AddWithValue("ids", jobs.Select(j => j.JobId).ToArray());
        reject.Parameters.AddWithValue("reasons", jobs.Select(j => j.Reason).ToArray());
        reject.Parameters.AddWithValue("worker", worker);
        await reject.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many jobs wait and how many are held.</summary>
    public async Task<QueueState> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'claimed') FROM ingest_jobs WHERE state IN ('queued', 'claimed')", connection);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new QueueState(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>What became of the jobs of <paramref name="batch"/>.</summary>
    public async Task<JobsReport> ReportAsync(string batch, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        long jobs, created, versions, unchanged, open;
        await using (var count = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE outcome = 'new'), count(*) FILTER (WHERE outcome = 'new-version'),
                   count(*) FILTER (WHERE outcome = 'unchanged'), count(*) FILTER (WHERE state IN ('queued', 'claimed'))
            FROM ingest_jobs WHERE batch = @batch
            """, connection))
        {
            count.Parameters.AddWithValue("batch", batch);
            await using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (jobs, created, versions, unchanged, open) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        }

        var rejected = new List<(string, string)>();
        await using (var list = new NpgsqlCommand(
            "SELECT source, coalesce(reason, '') FROM ingest_jobs WHERE batch = @batch AND state IN ('rejected', 'failed') ORDER BY id", connection))
        {
            list.Parameters.AddWithValue("batch", batch);
            await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rejected.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return new JobsReport(jobs, created, versions, unchanged, open, rejected);
    }

    private static string OutcomeName(SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.New => "new",
        SaveOutcome.NewVersion => "new-version",
        SaveOutcome.Unchanged => "unchanged",
        _ => "rejected",
    };

    private static async Task WriteTextOrNullAsync(NpgsqlBinaryImporter import, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await import.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await import.WriteAsync(value, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }
    }
}
