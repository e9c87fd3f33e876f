using System.Globalization;
using HopTac.Storage.Crawling;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Crawling;

/// <summary>
/// The SQLite <see cref="ICrawlStore"/>: tables of migration 0010 in the pages' database file. Each method is one
/// immediate transaction on its own pooled connection; busy errors from another process are retried whole.
/// Times are stored as fixed-width UTC text, so text order is time order.
/// </summary>
public sealed class SqliteCrawlStore : ICrawlStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string FrontierColumns = "url, host, kind, source_id, state, hops, attempts, etag, last_modified, content_hash, revisit_seconds, content_type, final_url, fetched_at";

    private readonly SqliteConnections connections;
    private readonly TimeProvider clock;

    private SqliteCrawlStore(string connectionString, TimeProvider clock)
    {
        connections = new SqliteConnections(connectionString);
        this.clock = clock;
    }

    /// <summary>Opens (creating and migrating if needed) the crawl tables of the store file at <paramref name="path"/>.</summary>
    public static async Task<SqliteCrawlStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        var store = new SqliteCrawlStore(SqliteFileConnections.Creating(path), clock);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await SqliteFileConnections.PrepareAsync(connection, clock, cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    public async Task<CrawlSource> AddSourceAsync(string url, string name, SourceKind kind, TimeSpan every, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        return await WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO crawl_sources (url, name, kind, every_seconds, added_at, next_check_at)
                VALUES ($url, $name, $kind, $every, $now, $now)
                ON CONFLICT (url) DO NOTHING
                """, cancellationToken, ("$url", url), ("$name", name), ("$kind", Text(kind)), ("$every", (long)Math.Max(1, every.TotalSeconds)),
                ("$now", Format(clock.GetUtcNow()))).ConfigureAwait(false);
            var sources = await QuerySourcesAsync(connection, transaction, "WHERE url = $url", cancellationToken, ("$url", url)).ConfigureAwait(false);
            return sources[0];
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> RemoveSourceAsync(string idOrUrl, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var byId = long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
            var removed = await ExecuteAsync(connection, transaction, byId ? "DELETE FROM crawl_sources WHERE id = $key" : "DELETE FROM crawl_sources WHERE url = $key",
                cancellationToken, ("$key", byId ? id : idOrUrl)).ConfigureAwait(false);
            return removed > 0;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPausedAsync(long id, bool paused, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await ExecuteAsync(connection, transaction, "UPDATE crawl_sources SET paused = $paused WHERE id = $id", cancellationToken,
                ("$paused", paused ? 1L : 0L), ("$id", id)).ConfigureAwait(false) > 0, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sources = await QuerySourcesAsync(connection, null, "ORDER BY id", cancellationToken).ConfigureAwait(false);
        var summaries = new List<SourceSummary>(sources.Count);
        foreach (var source in sources)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT
                    (SELECT count(*) FROM crawl_frontier WHERE source_id = $id AND kind = 'article' AND page_id IS NOT NULL),
                    (SELECT count(*) FROM crawl_frontier WHERE source_id = $id AND state IN ('pending', 'fetched')),
                    (SELECT count(*) FROM crawl_fetch_log WHERE source_id = $id AND (status = 0 OR status >= 400)),
                    (SELECT max(at) FROM crawl_fetch_log WHERE source_id = $id)
                """;
            command.Parameters.AddWithValue("$id", source.Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            summaries.Add(new SourceSummary(source, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : Parse(reader.GetString(3))));
        }

        return summaries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrawlSource>> DueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QuerySourcesAsync(connection, null, "WHERE paused = 0 AND next_check_at <= $now ORDER BY id", cancellationToken, ("$now", Format(now))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task MarkSourceCheckedAsync(CrawlSource source, DateTimeOffset now, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction,
                "UPDATE crawl_sources SET last_checked_at = $now, next_check_at = $next, last_error = $error WHERE id = $id",
                cancellationToken, ("$now", Format(now)), ("$next", Format(now + source.Every)), ("$error", problem), ("$id", source.Id)).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> EnqueueAsync(IReadOnlyList<NewUrl> urls, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count == 0)
        {
            return Task.FromResult(0);
        }

        return WriteAsync(async (connection, transaction) =>
        {
            var added = 0;
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO crawl_frontier (url, host, kind, source_id, state, hops, discovered_at, due_at, revisit_seconds)
                VALUES ($url, $host, $kind, $source, 'pending', $hops, $now, $now, 3600)
                ON CONFLICT (url) DO NOTHING
                """;
            var url = command.Parameters.Add("$url", SqliteType.Text);
            var host = command.Parameters.Add("$host", SqliteType.Text);
            var kind = command.Parameters.Add("$kind", SqliteType.Text);
            var source = command.Parameters.Add("$source", SqliteType.Integer);
            var hops = command.Parameters.Add("$hops", SqliteType.Integer);
            command.Parameters.AddWithValue("$now", Format(now));
            foreach (var item in urls)
            {
                url.Value = item.Url;
                host.Value = item.Host;
                kind.Value = Text(item.Kind);
                source.Value = (object?)item.SourceId ?? DBNull.Value;
                hops.Value = item.Hops;
                added += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return added;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> DueAsync(DateTimeOffset now, int limit, string? host, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryFrontierAsync(connection, $"""
            SELECT {FrontierColumns}, NULL FROM crawl_frontier
            WHERE state IN ('pending', 'done') AND due_at <= $now AND ($host IS NULL OR host = $host)
                AND (source_id IS NULL OR source_id NOT IN (SELECT id FROM crawl_sources WHERE paused = 1))
            ORDER BY kind = 'article', due_at, url LIMIT $limit
            """, cancellationToken, ("$now", Format(now)), ("$limit", (long)limit), ("$host", host)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<HostLease> LeaseHostAsync(string host, string holder, DateTimeOffset now, DateTimeOffset until, string? replacing, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        return WriteAsync(async (connection, transaction) =>
        {
            string? current = null;
            DateTimeOffset currentUntil = default;
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT holder, until FROM crawl_host_leases WHERE host = $host";
                read.Parameters.AddWithValue("$host", host);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    current = reader.GetString(0);
                    currentUntil = Parse(reader.GetString(1));
                }
            }

            if (current is not null && current != holder && currentUntil > now && current != replacing)
            {
                return new HostLease(host, current, currentUntil, null);
            }

            await ExecuteAsync(connection, transaction, """
                INSERT INTO crawl_host_leases (host, holder, until) VALUES ($host, $holder, $until)
                ON CONFLICT (host) DO UPDATE SET holder = excluded.holder, until = excluded.until
                """, cancellationToken, ("$host", host), ("$holder", holder), ("$until", Format(until))).ConfigureAwait(false);
            return new HostLease(host, holder, until, current == holder ? null : current);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseHostsAsync(IReadOnlyCollection<string> hosts, string holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        return hosts.Count == 0 ? Task.CompletedTask : WriteAsync(async (connection, transaction) =>
            await ExecuteAsync(connection, transaction,
                "UPDATE crawl_host_leases SET until = $now WHERE holder = $holder AND host IN (SELECT value FROM json_each($hosts))",
                cancellationToken, ("$now", Format(now)), ("$holder", holder), ("$hosts", System.Text.Json.JsonSerializer.Serialize(hosts))).ConfigureAwait(false), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(due_at) FROM crawl_frontier WHERE state IN ('pending', 'done')";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string at ? Parse(at) : null;
    }

    /// <inheritdoc />
    public Task RecordFetchedAsync(FrontierEntry entry, FetchedBody body, FetchLogEntry log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(log);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, """
                UPDATE crawl_frontier SET state = 'fetched', attempts = attempts + 1, fetched_at = $at, status = $status, error = NULL,
                    content_type = $type, etag = $etag, last_modified = $modified, final_url = $final, body = $body
                WHERE url = $url
                """, cancellationToken, ("$at", Format(log.At)), ("$status", (long)body.Status), ("$type", body.ContentType), ("$etag", body.ETag),
                ("$modified", body.LastModified), ("$final", body.FinalUrl), ("$body", body.Body), ("$url", entry.Url)).ConfigureAwait(false);
            await InsertLogAsync(connection, transaction, log, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordOutcomeAsync(FrontierEntry entry, UrlState state, DateTimeOffset dueAt, TimeSpan revisit, int? status, string? problem, FetchLogEntry? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, """
                UPDATE crawl_frontier SET state = $state, attempts = attempts + 1, due_at = $due, revisit_seconds = $revisit,
                    status = coalesce($status, status), error = $error, fetched_at = coalesce($at, fetched_at)
                WHERE url = $url
                """, cancellationToken, ("$state", Text(state)), ("$due", Format(dueAt)), ("$revisit", (long)revisit.TotalSeconds),
                ("$status", status is { } s ? s : null), ("$error", problem), ("$at", log is null ? null : Format(log.At)), ("$url", entry.Url)).ConfigureAwait(false);
            if (log is not null)
            {
                await InsertLogAsync(connection, transaction, log, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> FetchedAsync(int limit, string? host, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryFrontierAsync(connection, $"""
            SELECT {FrontierColumns}, body FROM crawl_frontier WHERE state = 'fetched' AND ($host IS NULL OR host = $host) ORDER BY fetched_at, url LIMIT $limit
            """, cancellationToken, ("$limit", (long)limit), ("$host", host)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task CompleteAsync(string url, UrlState state, string? contentHash, long? pageId, DateTimeOffset dueAt, TimeSpan revisit, string? problem, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, """
                UPDATE crawl_frontier SET state = $state, content_hash = coalesce($hash, content_hash), page_id = coalesce($page, page_id),
                    due_at = $due, revisit_seconds = $revisit, error = $error, body = NULL
                WHERE url = $url
                """, cancellationToken, ("$state", Text(state)), ("$hash", contentHash), ("$page", pageId), ("$due", Format(dueAt)),
                ("$revisit", (long)revisit.TotalSeconds), ("$error", problem), ("$url", url)).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<string?> FindByHashAsync(string contentHash, string exceptUrl, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT url FROM crawl_frontier WHERE content_hash = $hash AND url <> $url AND state = 'done' LIMIT 1";
        command.Parameters.AddWithValue("$hash", contentHash);
        command.Parameters.AddWithValue("$url", exceptUrl);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc />
    public async Task<FrontierEntry?> GetAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryFrontierAsync(connection, $"SELECT {FrontierColumns}, body FROM crawl_frontier WHERE url = $url", cancellationToken, ("$url", url)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<UrlState, long>> CountByStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, count(*) FROM crawl_frontier GROUP BY state";
        var counts = Enum.GetValues<UrlState>().ToDictionary(s => s, _ => 0L);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[Enum.Parse<UrlState>(reader.GetString(0), ignoreCase: true)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FetchLogEntry>> RecentFetchesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, host, source_id, at, status, bytes, millis, outcome, error FROM crawl_fetch_log ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var entries = new List<FetchLogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new FetchLogEntry(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), Parse(reader.GetString(3)),
                reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return entries;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => connections.OpenAsync(cancellationToken);

    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        BusyRetry.RunAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            // Microsoft.Data.Sqlite begins IMMEDIATE: a writer queues on the lock instead of failing busy on its first write.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }, cancellationToken);

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertLogAsync(SqliteConnection connection, SqliteTransaction transaction, FetchLogEntry log, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, """
            INSERT INTO crawl_fetch_log (url, host, source_id, at, status, bytes, millis, outcome, error)
            VALUES ($url, $host, $source, $at, $status, $bytes, $millis, $outcome, $error)
            """, cancellationToken, ("$url", log.Url), ("$host", log.Host), ("$source", log.SourceId), ("$at", Format(log.At)), ("$status", (long)log.Status),
            ("$bytes", log.Bytes), ("$millis", log.Millis), ("$outcome", log.Outcome), ("$error", log.Error)).ConfigureAwait(false);

    private static async Task<List<CrawlSource>> QuerySourcesAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT id, url, name, kind, every_seconds, paused, added_at, next_check_at, last_checked_at, last_error FROM crawl_sources {where}";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var sources = new List<CrawlSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new CrawlSource(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Enum.Parse<SourceKind>(reader.GetString(3), ignoreCase: true),
                TimeSpan.FromSeconds(reader.GetInt64(4)), reader.GetInt64(5) != 0, Parse(reader.GetString(6)), Parse(reader.GetString(7)))
            {
                LastCheckedAt = reader.IsDBNull(8) ? null : Parse(reader.GetString(8)),
                LastError = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return sources;
    }

    private static async Task<List<FrontierEntry>> QueryFrontierAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var entries = new List<FrontierEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new FrontierEntry(reader.GetString(0), reader.GetString(1), Enum.Parse<UrlKind>(reader.GetString(2), ignoreCase: true),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), Enum.Parse<UrlState>(reader.GetString(4), ignoreCase: true), reader.GetInt32(5), reader.GetInt32(6))
            {
                ETag = reader.IsDBNull(7) ? null : reader.GetString(7),
                LastModified = reader.IsDBNull(8) ? null : reader.GetString(8),
                ContentHash = reader.IsDBNull(9) ? null : reader.GetString(9),
                Revisit = TimeSpan.FromSeconds(reader.GetInt64(10)),
                ContentType = reader.IsDBNull(11) ? null : reader.GetString(11),
                FinalUrl = reader.IsDBNull(12) ? null : reader.GetString(12),
                FetchedAt = reader.IsDBNull(13) ? null : Parse(reader.GetString(13)),
                Body = reader.IsDBNull(14) ? null : (byte[])reader.GetValue(14),
            });
        }

        return entries;
    }

    private static string Text<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) =>
        DateTimeOffset.ParseExact(at, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
