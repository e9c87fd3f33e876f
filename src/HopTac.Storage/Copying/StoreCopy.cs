using System.Globalization;
using HopTac.Core.Extraction.Dates;
using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Pages;
using HopTac.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace HopTac.Storage.Copying;

/// <summary>
/// Copies a SQLite store into an empty PostgreSQL one row for row, ids included: pages and their versions, fact rows,
/// the knowledge base with every revision and curator's decision, accounts with their tokens and sessions, the audit
/// log, watchlists and syndication fingerprints. Nothing is recomputed but what only PostgreSQL keeps (a page's
/// publication days, its search vectors), so the copy reads back as the source did. One transaction: a failed copy
/// leaves the target empty. Identity counters continue after the source's (SQLite's AUTOINCREMENT high-water marks
/// included), so an id is never handed out twice.
/// </summary>
public static class StoreCopy
{
    /// <summary>Tables in an order that satisfies their foreign keys. Every table the PostgreSQL schema has is here.</summary>
    private static readonly string[] Tables =
    [
        "sources", "pages", "people", "organizations", "figures", "events", "event_participants", "event_actors", "agreements",
        "page_areas", "accounts", "api_tokens", "revoked_sessions", "audit_log", "kb_mentions", "kb_mention_terms", "kb_facts",
        "kb_members", "kb_fact_actors", "kb_revisions", "kb_decision_keys", "kb_applied", "kb_anchor_snapshots", "kb_group_terms",
        "page_fingerprints", "page_fingerprint_bands", "watchlists", "crawl_sources", "crawl_frontier", "crawl_fetch_log", "crawl_host_leases",
    ];

    // Tables only the PostgreSQL store has, with nothing in a SQLite store to fill them: the ingest job table of the
    // workers, and the search table its triggers fill from the pages' vectors (migration 0009) as DerivePagesAsync sets them.
    private static readonly string[] PostgresOnlyTables = ["ingest_jobs", "page_search"];

    // Columns only the PostgreSQL store has; the copy derives them from the page (see DerivePagesAsync).
    private static readonly HashSet<string> DerivedPageColumns = new(StringComparer.Ordinal) { "published_first", "published_last", "folded", "marked" };

    /// <summary>Copies the SQLite store at <paramref name="from"/> into the PostgreSQL database at <paramref name="to"/>, which must hold no pages and no accounts.</summary>
    /// <returns>Rows copied per table, in copy order.</returns>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(string from, string to, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        if (!File.Exists(from))
        {
            throw new FileNotFoundException($"no SQLite store at {from}", from);
        }

        // Opening both stores applies their migrations, so both schemas are the current ones.
        await (await SqlitePageStore.OpenAsync(from, clock, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        await (await PostgresPageStore.OpenAsync(to, clock, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);

        await using var source = new SqliteConnection(SqliteFileConnections.For(from));
        await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        // No command timeout: a copy is one transaction whose COPY and index statements take minutes on a large store
        // (Npgsql's default 30 s broke the copy of 105k pages, 2 GB, after 3.5 minutes under load).
        var address = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(to)) { CommandTimeout = 0 };
        await using var target = new NpgsqlConnection(address.ConnectionString);
        await target.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await target.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresConnections.LockWritesAsync(target, transaction, cancellationToken).ConfigureAwait(false);
        await CheckTablesAsync(target, transaction, cancellationToken).ConfigureAwait(false);
        if (await CountAsync(target, transaction, "pages", cancellationToken).ConfigureAwait(false) > 0
            || await CountAsync(target, transaction, "accounts", cancellationToken).ConfigureAwait(false) > 0)
        {
            throw new InvalidOperationException("the target database already holds pages or accounts; copy into a new, empty database");
        }

        var copied = new List<(string, long)>();
        foreach (var table in Tables)
        {
            var columns = await ColumnsAsync(target, transaction, table, cancellationToken).ConfigureAwait(false);
            copied.Add((table, await CopyTableAsync(source, target, table, columns, cancellationToken).ConfigureAwait(false)));
        }

        await DerivePagesAsync(target, transaction, cancellationToken).ConfigureAwait(false);
        await ContinueIdentitiesAsync(source, target, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return copied;
    }

    private static async Task CheckTablesAsync(NpgsqlConnection target, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'",
            target,
            transaction);
        var missing = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!Tables.Contains(reader.GetString(0), StringComparer.Ordinal) && !PostgresOnlyTables.Contains(reader.GetString(0), StringComparer.Ordinal))
            {
                missing.Add(reader.GetString(0));
            }
        }

        // A table added by a later migration must be copied too: refuse rather than leave it behind silently.
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"the copy does not know the PostgreSQL tables {string.Join(", ", missing)}");
        }
    }

    private static async Task<long> CountAsync(NpgsqlConnection target, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", target, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<List<(string Name, string Type)>> ColumnsAsync(NpgsqlConnection target, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            target,
            transaction);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    /// <summary>
    /// Streams one table through PostgreSQL's binary COPY, which writes identity columns as given (ids kept). Values
    /// are converted to the target column's type: SQLite keeps booleans as 0/1 and may hand text columns numbers.
    /// </summary>
    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table, List<(string Name, string Type)> columns, CancellationToken cancellationToken)
    {
        var copiedColumns = columns.Where(c => !(table == "pages" && DerivedPageColumns.Contains(c.Name))).ToList();
        var names = string.Join(", ", copiedColumns.Select(c => c.Name));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM {table}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var types = copiedColumns.Select(c => TypeOf(c.Type)).ToArray();
        long rows = 0;
        await using (var writer = await target.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < types.Length; i++)
                {
                    if (reader.IsDBNull(i))
                    {
                        await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await writer.WriteAsync(Convert(reader.GetValue(i), types[i]), types[i], cancellationToken).ConfigureAwait(false);
                    }
                }

                rows++;
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }

    private static NpgsqlDbType TypeOf(string dataType) => dataType switch
    {
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "boolean" => NpgsqlDbType.Boolean,
        "text" => NpgsqlDbType.Text,
        "bytea" => NpgsqlDbType.Bytea,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        _ => throw new InvalidOperationException($"the copy does not know the PostgreSQL type {dataType}"),
    };

    private static object Convert(object value, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Bigint => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Integer => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Boolean => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        NpgsqlDbType.Text => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
        // The crawl tables keep times as fixed-width UTC text on SQLite (SqliteCrawlStore).
        NpgsqlDbType.TimestampTz => DateTimeOffset.Parse(System.Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => value,
    };

    /// <summary>What only the PostgreSQL store keeps: a page's publication days, and the search vectors of current pages (as its writer makes them).</summary>
    private static async Task DerivePagesAsync(NpgsqlConnection target, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        const int Batch = 500;
        long after = 0;
        while (true)
        {
            var ids = new List<long>();
            var first = new List<DateOnly?>();
            var last = new List<DateOnly?>();
            var folded = new List<string?>();
            var marked = new List<string?>();
            await using (var read = new NpgsqlCommand("SELECT id, published, is_current, title, text FROM pages WHERE id > @after ORDER BY id LIMIT @batch", target, transaction))
            {
                read.Parameters.AddWithValue("after", after);
                read.Parameters.AddWithValue("batch", Batch);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetInt64(0));
                    var day = PartialDate.DayOf(reader.IsDBNull(1) ? null : reader.GetString(1));
                    first.Add(day?.FirstDay);
                    last.Add(day?.LastDay);
                    var (f, m) = reader.GetBoolean(2) ? SearchVectors.Of(reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)) : (null, null);
                    folded.Add(f);
                    marked.Add(m);
                }
            }

            if (ids.Count == 0)
            {
                return;
            }

            await using (var update = new NpgsqlCommand("""
                UPDATE pages p SET published_first = d.first, published_last = d.last, folded = d.folded::tsvector, marked = d.marked::tsvector
                FROM unnest(@ids, @first, @last, @folded, @marked) AS d(id, first, last, folded, marked)
                WHERE p.id = d.id
                """, target, transaction))
            {
                update.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
                update.Parameters.Add(new NpgsqlParameter("first", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = first.Select(d => d is { } x ? (object)x : DBNull.Value).ToArray() });
                update.Parameters.Add(new NpgsqlParameter("last", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = last.Select(d => d is { } x ? (object)x : DBNull.Value).ToArray() });
                update.Parameters.Add(new NpgsqlParameter("folded", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = folded.ToArray() });
                update.Parameters.Add(new NpgsqlParameter("marked", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = marked.ToArray() });
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            after = ids[^1];
        }
    }

    /// <summary>Each identity continues after the largest id copied, or after SQLite's AUTOINCREMENT mark when that is higher (ids of deleted rows are never reused).</summary>
    private static async Task ContinueIdentitiesAsync(SqliteConnection source, NpgsqlConnection target, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var marks = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var read = source.CreateCommand())
        {
            read.CommandText = "SELECT name, seq FROM sqlite_sequence";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                marks[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var identities = new List<(string Table, string Column)>();
        await using (var find = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES' AND table_name <> 'schema_migrations'",
            target,
            transaction))
        {
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            await using var set = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), greatest(coalesce((SELECT max({column}) FROM {table}), 0), @mark) + 1, false)",
                target,
                transaction);
            set.Parameters.AddWithValue("mark", marks.GetValueOrDefault(table));
            await set.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
