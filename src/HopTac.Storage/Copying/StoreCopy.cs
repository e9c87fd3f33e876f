using System.Globalization;
using System.Text;
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
    // workers, and the search table its triggers fill from the pages' vectors (migration 0009) as CopyPagesAsync writes them.
    private static readonly string[] PostgresOnlyTables = ["ingest_jobs", "page_search"];

    // Columns only the PostgreSQL store has; the copy derives them from the page (see CopyPagesAsync).
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

        // A bulk load into indexed tables updates every index row by row (a GIN index of search vectors worst of all:
        // the 1M-page store's copy did not end in an hour); PostgreSQL's own advice for populating a database is to
        // drop the indexes, load, and build each index once over the loaded rows. Indexes that back a primary key or a
        // unique constraint stay (the foreign keys checked during the load look them up).
        var indexes = await SecondaryIndexesAsync(target, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(target, transaction, $"DROP INDEX {name}", cancellationToken).ConfigureAwait(false);
        }

        var copied = new List<(string, long)>();
        foreach (var table in Tables)
        {
            var columns = await ColumnsAsync(target, transaction, table, cancellationToken).ConfigureAwait(false);
            var rows = table == "pages"
                ? await CopyPagesAsync(source, target, columns, cancellationToken).ConfigureAwait(false)
                : await CopyTableAsync(source, target, table, columns, cancellationToken).ConfigureAwait(false);
            copied.Add((table, rows));
        }

        foreach (var (_, definition) in indexes)
        {
            await ExecuteAsync(target, transaction, definition, cancellationToken).ConfigureAwait(false);
        }

        // Planner statistics of the loaded tables, so that the first searches after a copy are planned on them.
        await ExecuteAsync(target, transaction, "ANALYZE", cancellationToken).ConfigureAwait(false);
        await ContinueIdentitiesAsync(source, target, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return copied;
    }

    /// <summary>The target's indexes that no constraint owns, with the statement that makes each again.</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection target, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
            ORDER BY i.indexname
            """, target, transaction);
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static async Task ExecuteAsync(NpgsqlConnection target, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, target, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM {table}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var types = columns.Select(c => TypeOf(c.Type)).ToArray();
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

    /// <summary>
    /// Copies the pages with what only the PostgreSQL store keeps, derived as each row streams by: a page's publication
    /// days, and the search vectors of current pages (as its writer makes them; the insert trigger of migration 0009
    /// puts the indexed ones in <c>page_search</c>). The vectors are written as tsvector literals, so this table goes
    /// through COPY's text format, whose input is the same as the writer's <c>::tsvector</c> cast; binary COPY would
    /// need the vectors in PostgreSQL's binary layout. One pass: deriving afterwards (an UPDATE of every page) wrote
    /// each page and its search row twice.
    /// </summary>
    private static async Task<long> CopyPagesAsync(SqliteConnection source, NpgsqlConnection target, List<(string Name, string Type)> columns, CancellationToken cancellationToken)
    {
        var read = columns.Where(c => !DerivedPageColumns.Contains(c.Name)).Select(c => c.Name).ToList();
        int At(string name) => read.IndexOf(name) is >= 0 and var i ? i : throw new InvalidOperationException($"the pages table has no column {name}");
        var (published, current, title, text) = (At("published"), At("is_current"), At("title"), At("text"));
        await using var select = source.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", read)} FROM pages";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var values = new object?[read.Count];
        // Where each target column's value comes from in the row read (-1: derived below).
        var from = columns.Select(c => read.IndexOf(c.Name)).ToArray();
        long rows = 0;
        await using (var writer = await target.BeginTextImportAsync($"COPY pages ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN", cancellationToken).ConfigureAwait(false))
        {
            var line = new StringBuilder();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                var day = PartialDate.DayOf(values[published] as string);
                var (folded, marked) = values[current] is long and not 0
                    ? SearchVectors.Of(values[title] as string, (string)values[text]!)
                    : ((string?)null, (string?)null);
                line.Clear();
                for (var c = 0; c < columns.Count; c++)
                {
                    if (c > 0)
                    {
                        line.Append('\t');
                    }

                    object? value = from[c] >= 0 ? values[from[c]] : columns[c].Name switch
                    {
                        "published_first" => day?.FirstDay,
                        "published_last" => day?.LastDay,
                        "folded" => folded,
                        "marked" => marked,
                        _ => throw new InvalidOperationException($"the copy does not know how to derive pages.{columns[c].Name}"),
                    };
                    AppendText(line, value, columns[c].Type);
                }

                line.Append('\n');
                await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
                rows++;
            }
        }

        return rows;
    }

    /// <summary>One field of COPY's text format: <c>\N</c> for null, backslash escapes for the characters the format reserves.</summary>
    private static void AppendText(StringBuilder line, object? value, string type)
    {
        if (value is null)
        {
            line.Append("\\N");
            return;
        }

        var text = type switch
        {
            "boolean" => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 ? "t" : "f",
            "date" => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "bigint" or "integer" or "text" or "tsvector" => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ => throw new InvalidOperationException($"the copy does not know the PostgreSQL type {type} of a page column"),
        };
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': line.Append("\\\\"); break;
                case '\t': line.Append("\\t"); break;
                case '\n': line.Append("\\n"); break;
                case '\r': line.Append("\\r"); break;
                default: line.Append(c); break;
            }
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
