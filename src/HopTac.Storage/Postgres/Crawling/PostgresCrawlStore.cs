using System.Globalization;
using HopTac.Storage.Crawling;
using Npgsql;

namespace HopTac.Storage.Postgres.Crawling;

/// <summary>
/// The PostgreSQL <see cref="ICrawlStore"/>: tables of migration 0008 in the pages' database, the SQLite store's rules
/// over hand-written SQL. Each method is one transaction on a pooled connection; a host's lease is decided under the
/// row's lock, so crawlers on several machines agree on who holds it.
/// </summary>
public sealed class PostgresCrawlStore : ICrawlStore
{
    private const string FrontierColumns = "url, host, kind, source_id, state, hops, attempts, etag, last_modified, content_hash, revisit_seconds, content_type, final_url, fetched_at";
    private const string SourceColumns = "id, url, name, kind, every_seconds, paused, added_at, next_check_at, last_checked_at, last_error";

    private readonly PostgresConnections connections;
    private readonly TimeProvider clock;

    private PostgresCrawlStore(string connectionString, TimeProvider clock)
    {
        connections = new PostgresConnections(connectionString);
        this.clock = clock;
    }

    /// <summary>Opens and migrates the database at <paramref name="address"/> (a postgres:// URL or an Npgsql connection string).</summary>
    public static async Task<PostgresCrawlStore> OpenAsync(string address, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentNullException.ThrowIfNull(clock);
        var store = new PostgresCrawlStore(PostgresUrl.ToConnectionString(address), clock);
        try
        {
            await using var connection = await store.connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await PostgresMigrator.MigrateAsync(connection, clock, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<CrawlSource> AddSourceAsync(string url, string name, SourceKind kind, TimeSpan every, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO crawl_sources (url, name, kind, every_seconds, added_at, next_check_at)
                VALUES (@url, @name, @kind, @every, @now, @now)
                ON CONFLICT (url) DO NOTHING
                """, cancellationToken, ("url", url), ("name", name), ("kind", Text(kind)), ("every", (long)Math.Max(1, every.TotalSeconds)),
                ("now", Utc(clock.GetUtcNow()))).ConfigureAwait(false);
            return (await QuerySourcesAsync(connection, transaction, "WHERE url = @url", cancellationToken, ("url", url)).ConfigureAwait(false))[0];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveSourceAsync(string idOrUrl, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var byId = long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
            return await ExecuteAsync(connection, transaction, byId ? "DELETE FROM crawl_sources WHERE id = @key" : "DELETE FROM crawl_sources WHERE url = @key",
                cancellationToken, ("key", byId ? id : idOrUrl)).ConfigureAwait(false) > 0;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPausedAsync(long id, bool paused, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await ExecuteAsync(connection, transaction, "UPDATE crawl_sources SET paused = @paused WHERE id = @id", cancellationToken,
                ("paused", paused), ("id", id)).ConfigureAwait(false) > 0, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sources = await QuerySourcesAsync(connection, null, "ORDER BY id", cancellationToken).ConfigureAwait(false);
        var summaries = new List<SourceSummary>(sources.Count);
        foreach (var source in sources)
        {
            await using var command = Command(connection, null, """
                SELECT
                    (SELECT count(*) FROM crawl_frontier WHERE source_id = @id AND kind = 'article' AND page_id IS NOT NULL),
                    (SELECT count(*) FROM crawl_frontier WHERE source_id = @id AND state IN ('pending', 'fetched')),
                    (SELECT count(*) FROM crawl_fetch_log WHERE source_id = @id AND (status = 0 OR status >= 400)),
                    (SELECT max(at) FROM crawl_fetch_log WHERE source_id = @id)
                """, ("id", source.Id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            summaries.Add(new SourceSummary(source, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), At(reader, 3)));
        }

        return summaries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrawlSource>> DueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QuerySourcesAsync(connection, null, "WHERE NOT paused AND next_check_at <= @now ORDER BY id", cancellationToken, ("now", Utc(now))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task MarkSourceCheckedAsync(CrawlSource source, DateTimeOffset now, string? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WriteAsync(
            (connection, transaction) => ExecuteAsync(connection, transaction,
                "UPDATE crawl_sources SET last_checked_at = @now, next_check_at = @next, last_error = @error::text WHERE id = @id",
                cancellationToken, ("now", Utc(now)), ("next", Utc(now + source.Every)), ("error", problem), ("id", source.Id)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> EnqueueAsync(IReadOnlyList<NewUrl> urls, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Count == 0 ? Task.FromResult(0) : WriteAsync(
            (connection, transaction) => ExecuteAsync(connection, transaction, """
                INSERT INTO crawl_frontier (url, host, kind, source_id, state, hops, discovered_at, due_at, revisit_seconds)
                SELECT u, h, k, s, 'pending', n, @now, @now, 3600
                FROM unnest(@urls::text[], @hosts::text[], @kinds::text[], @sources::bigint[], @hops::integer[]) AS t (u, h, k, s, n)
                ON CONFLICT (url) DO NOTHING
                """, cancellationToken, ("urls", urls.Select(u => u.Url).ToArray()), ("hosts", urls.Select(u => u.Host).ToArray()),
                ("kinds", urls.Select(u => Text(u.Kind)).ToArray()), ("sources", urls.Select(u => u.SourceId).ToArray()),
                ("hops", urls.Select(u => u.Hops).ToArray()), ("now", Utc(now))),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> DueAsync(DateTimeOffset now, int limit, string? host, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryFrontierAsync(connection, $"""
            SELECT {FrontierColumns}, NULL::bytea FROM crawl_frontier
            WHERE state IN ('pending', 'done') AND due_at <= @now AND (@host::text IS NULL OR host = @host::text)
                AND (source_id IS NULL OR source_id NOT IN (SELECT id FROM crawl_sources WHERE paused))
            ORDER BY kind = 'article', due_at, url LIMIT @limit
            """, cancellationToken, ("now", Utc(now)), ("limit", (long)limit), ("host", host)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<HostLease> LeaseHostAsync(string host, string holder, DateTimeOffset now, DateTimeOffset until, string? replacing, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        return WriteAsync(async (connection, transaction) =>
        {
            if (await ExecuteAsync(connection, transaction, "INSERT INTO crawl_host_leases (host, holder, until) VALUES (@host, @holder, @until) ON CONFLICT (host) DO NOTHING",
                cancellationToken, ("host", host), ("holder", holder), ("until", Utc(until))).ConfigureAwait(false) == 1)
            {
                return new HostLease(host, holder, until, null);
            }

            string current;
            DateTimeOffset currentUntil;
            await using (var read = Command(connection, transaction, "SELECT holder, until FROM crawl_host_leases WHERE host = @host FOR UPDATE", ("host", host)))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                current = reader.GetString(0);
                currentUntil = reader.GetFieldValue<DateTimeOffset>(1);
            }

            if (current != holder && currentUntil > now && current != replacing)
            {
                return new HostLease(host, current, currentUntil, null);
            }

            await ExecuteAsync(connection, transaction, "UPDATE crawl_host_leases SET holder = @holder, until = @until WHERE host = @host",
                cancellationToken, ("host", host), ("holder", holder), ("until", Utc(until))).ConfigureAwait(false);
            return new HostLease(host, holder, until, current == holder ? null : current);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseHostsAsync(IReadOnlyCollection<string> hosts, string holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        return hosts.Count == 0 ? Task.CompletedTask : WriteAsync(
            (connection, transaction) => ExecuteAsync(connection, transaction,
                "UPDATE crawl_host_leases SET until = @now WHERE holder = @holder AND host = ANY(@hosts)",
                cancellationToken, ("now", Utc(now)), ("holder", holder), ("hosts", hosts.ToArray())),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT min(due_at) FROM crawl_frontier WHERE state IN ('pending', 'done')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? At(reader, 0) : null;
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
                UPDATE crawl_frontier SET state = 'fetched', attempts = attempts + 1, fetched_at = @at, status = @status, error = NULL,
                    content_type = @type::text, etag = @etag::text, last_modified = @modified::text, final_url = @final, body = @body
                WHERE url = @url
                """, cancellationToken, ("at", Utc(log.At)), ("status", body.Status), ("type", body.ContentType), ("etag", body.ETag),
                ("modified", body.LastModified), ("final", body.FinalUrl), ("body", body.Body), ("url", entry.Url)).ConfigureAwait(false);
            return await InsertLogAsync(connection, transaction, log, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordOutcomeAsync(FrontierEntry entry, UrlState state, DateTimeOffset dueAt, TimeSpan revisit, int? status, string? problem, FetchLogEntry? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, """
                UPDATE crawl_frontier SET state = @state, attempts = attempts + 1, due_at = @due, revisit_seconds = @revisit,
                    status = coalesce(@status::integer, status), error = @error::text, fetched_at = coalesce(@at::timestamptz, fetched_at)
                WHERE url = @url
                """, cancellationToken, ("state", Text(state)), ("due", Utc(dueAt)), ("revisit", (long)revisit.TotalSeconds), ("status", status),
                ("error", problem), ("at", log is null ? null : (object)Utc(log.At)), ("url", entry.Url)).ConfigureAwait(false);
            return log is null ? 0 : await InsertLogAsync(connection, transaction, log, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> FetchedAsync(int limit, string? host, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryFrontierAsync(connection, $"""
            SELECT {FrontierColumns}, body FROM crawl_frontier WHERE state = 'fetched' AND (@host::text IS NULL OR host = @host::text)
            ORDER BY fetched_at, url LIMIT @limit
            """, cancellationToken, ("limit", (long)limit), ("host", host)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task CompleteAsync(string url, UrlState state, string? contentHash, long? pageId, DateTimeOffset dueAt, TimeSpan revisit, string? problem, CancellationToken cancellationToken) =>
        WriteAsync(
            (connection, transaction) => ExecuteAsync(connection, transaction, """
                UPDATE crawl_frontier SET state = @state, content_hash = coalesce(@hash::text, content_hash), page_id = coalesce(@page::bigint, page_id),
                    due_at = @due, revisit_seconds = @revisit, error = @error::text, body = NULL
                WHERE url = @url
                """, cancellationToken, ("state", Text(state)), ("hash", contentHash), ("page", pageId), ("due", Utc(dueAt)),
                ("revisit", (long)revisit.TotalSeconds), ("error", problem), ("url", url)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<string?> FindByHashAsync(string contentHash, string exceptUrl, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT url FROM crawl_frontier WHERE content_hash = @hash AND url <> @url AND state = 'done' LIMIT 1",
            ("hash", contentHash), ("url", exceptUrl));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc />
    public async Task<FrontierEntry?> GetAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await QueryFrontierAsync(connection, $"SELECT {FrontierColumns}, body FROM crawl_frontier WHERE url = @url", cancellationToken, ("url", url)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<UrlState, long>> CountByStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT state, count(*) FROM crawl_frontier GROUP BY state");
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
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT url, host, source_id, at, status, bytes, millis, outcome, error FROM crawl_fetch_log ORDER BY id DESC LIMIT @limit", ("limit", (long)limit));
        var entries = new List<FetchLogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new FetchLogEntry(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return entries;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => connections.DisposeAsync();

    private async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> InsertLogAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, FetchLogEntry log, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, """
            INSERT INTO crawl_fetch_log (url, host, source_id, at, status, bytes, millis, outcome, error)
            VALUES (@url, @host, @source::bigint, @at, @status, @bytes, @millis, @outcome, @error::text)
            """, cancellationToken, ("url", log.Url), ("host", log.Host), ("source", log.SourceId), ("at", Utc(log.At)), ("status", log.Status),
            ("bytes", log.Bytes), ("millis", log.Millis), ("outcome", log.Outcome), ("error", log.Error));

    private static async Task<List<CrawlSource>> QuerySourcesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, $"SELECT {SourceColumns} FROM crawl_sources {where}", parameters);
        var sources = new List<CrawlSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new CrawlSource(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Enum.Parse<SourceKind>(reader.GetString(3), ignoreCase: true),
                TimeSpan.FromSeconds(reader.GetInt64(4)), reader.GetBoolean(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<DateTimeOffset>(7))
            {
                LastCheckedAt = At(reader, 8),
                LastError = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return sources;
    }

    private static async Task<List<FrontierEntry>> QueryFrontierAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
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
                FetchedAt = At(reader, 13),
                Body = reader.IsDBNull(14) ? null : reader.GetFieldValue<byte[]>(14),
            });
        }

        return entries;
    }

    private static DateTimeOffset? At(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static DateTimeOffset Utc(DateTimeOffset at) => at.ToUniversalTime();

    private static string Text<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
