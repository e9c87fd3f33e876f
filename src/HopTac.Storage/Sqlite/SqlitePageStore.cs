using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Facts;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Search;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// The SQLite <see cref="IPageStore"/>: one file, WAL journal, foreign keys on, FTS5 over folded title and text.
/// Thread-safe: every operation opens its own pooled connection; saves are serialised by a lock in this process
/// and by <c>BEGIN IMMEDIATE</c> plus a busy timeout across processes.
/// </summary>
/// <remarks>
/// Versions: a save whose content hash equals the source's current version is <see cref="SaveOutcome.Unchanged"/>;
/// any other hash at a known source is a <see cref="SaveOutcome.NewVersion"/> (reverting to an older text is a
/// new version too, so the history reads in order). The same content under a second source is stored as that
/// source's own page (<see cref="SaveOutcome.New"/>; listing and facts see it), but only the first current page
/// holding a content is in the full-text index, so search never returns one text twice. When that page is
/// superseded, the next current page with the same content takes its place in the index.
/// <see cref="SearchHit.Rank"/> is the negated bm25 score (title weighted 3:1 over text), multiplied up for pages
/// that spell the query with the user's marks or hold its words side by side: higher is more relevant.
/// </remarks>
public sealed class SqlitePageStore : IPageStore
{
    /// <summary>Longer texts are rejected rather than indexed: no news article comes near this.</summary>
    public const int MaxTextLength = 4_000_000;

    /// <summary>The most hits one search returns, whatever the query asks.</summary>
    public const int MaxLimit = 200;

    /// <summary>
    /// How many bm25 candidates at most are re-ranked (see <see cref="RelevanceBoost"/>): a page beyond this bm25
    /// rank cannot be boosted into the results.
    /// </summary>
    private const int MaxCandidates = 400;

    private const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>bm25 column weights (title, body): a word in the headline says more about the page.</summary>
    private const string Bm25 = "bm25(pages_fts, 3.0, 1.0)";

    private readonly string connectionString;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private int disposed;

    private readonly Knowledge.SqliteKnowledgeBase knowledge;

    private SqlitePageStore(string connectionString, TimeProvider clock)
    {
        this.connectionString = connectionString;
        this.clock = clock;
        knowledge = new Knowledge.SqliteKnowledgeBase(OpenConnectionAsync, clock, writeLock);
        Facts = new Facts.SqliteFactReader(OpenConnectionAsync);
    }

    /// <summary>The database file this store uses.</summary>
    public string FilePath { get; private init; } = string.Empty;

    /// <summary>The migration versions applied when this store was opened (empty when the file was up to date).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private set; } = [];

    /// <inheritdoc />
    public IKnowledgeBase Knowledge => knowledge;

    /// <inheritdoc />
    public HopTac.Storage.Facts.IFactReader Facts { get; }

    /// <summary>Opens (creating the file and its folders if missing) and migrates the database at <paramref name="path"/>.</summary>
    public static async Task<SqlitePageStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);

        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };

        var store = new SqlitePageStore(builder.ToString(), clock) { FilePath = fullPath };
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var wal = connection.CreateCommand())
            {
                // WAL lets searches read while a save writes; it is a property of the file, set once.
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            store.AppliedMigrations = await SqliteMigrator.MigrateAsync(connection, clock, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<SaveResult> SaveAsync(PageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (Prepare(record) is not { } stored)
        {
            return new SaveResult(SaveOutcome.Rejected, 0, 0);
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SaveOneAsync(stored, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction for the batch and one re-consolidation of the knowledge-base components the batch touched,
    /// which gives the knowledge base that saving the pages one by one gives (clustering is a function of the set of
    /// current mentions). A page that throws rolls the batch back, and the batch is then saved page by page, each in
    /// its own transaction: that page alone is reported (<see cref="SaveOutcome.Rejected"/> with the reason), the
    /// others are stored. Storage failures (busy past the retries, disk, I/O) are thrown as by <see cref="SaveAsync"/>.
    /// </remarks>
    public async Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<PageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var results = new SaveResult[records.Count];
        var prepared = new List<(int Index, PageRecord Record)>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is not null && Prepare(records[i]) is { } stored)
            {
                prepared.Add((i, stored));
            }
            else
            {
                results[i] = new SaveResult(SaveOutcome.Rejected, 0, 0);
            }
        }

        if (prepared.Count == 0)
        {
            return results;
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            try
            {
                var saved = await BusyRetry.RunAsync(() => SaveManyAsync(prepared.ConvertAll(p => p.Record), cancellationToken), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < prepared.Count; i++)
                {
                    results[prepared[i].Index] = saved[i];
                }
            }
            catch (Exception e) when (prepared.Count > 1 && IsPageFailure(e))
            {
                // Some page broke the batch (a bug, not infrastructure): find it by saving the pages one at a time.
                foreach (var (index, record) in prepared)
                {
                    try
                    {
                        results[index] = await SaveOneAsync(record, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception pageError) when (IsPageFailure(pageError))
                    {
                        results[index] = new SaveResult(SaveOutcome.Rejected, 0, 0)
                        {
                            Reason = $"the store failed on this page ({pageError.GetType().Name}: {pageError.Message}); please report it",
                        };
                    }
                }
            }
        }
        finally
        {
            writeLock.Release();
        }

        return results;
    }

    /// <summary>The record as stored (text never null, content hash set), or null when the store refuses it.</summary>
    private static PageRecord? Prepare(PageRecord record)
    {
        var text = record.Text ?? string.Empty;
        if (record.Error is not null || string.IsNullOrWhiteSpace(record.Source) || text.Length > MaxTextLength)
        {
            return null;
        }

        var hash = string.IsNullOrWhiteSpace(record.ContentHash) ? HashText(text) : record.ContentHash;
        return record with { Text = text, ContentHash = hash };
    }

    // Infrastructure failures (SQLite's own errors other than a constraint, I/O, cancellation) are not the page's.
    private static bool IsPageFailure(Exception e) => e switch
    {
        OperationCanceledException or IOException or UnauthorizedAccessException or OutOfMemoryException => false,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => true,
    };

    private Task<SaveResult> SaveOneAsync(PageRecord stored, CancellationToken cancellationToken) =>
        BusyRetry.RunAsync(async () => (await SaveManyAsync([stored], cancellationToken).ConfigureAwait(false))[0], cancellationToken);

    private async Task<SaveResult[]> SaveManyAsync(List<PageRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var unit = knowledge.NewUnit(connection, transaction, cancellationToken);

        // Re-anchoring curators' decisions compares what one save deleted with what it added: with decisions in the
        // store, a new version of a known page is consolidated as its own unit, as a single save would.
        var hasDecisions = records.Count > 1 && await HopTac.Storage.Sqlite.Knowledge.SqliteKnowledgeBase.HasDecisionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var results = new SaveResult[records.Count];
        var changed = false;
        for (var i = 0; i < records.Count; i++)
        {
            results[i] = await SaveInTransactionAsync(connection, transaction, records[i], unit, hasDecisions, cancellationToken).ConfigureAwait(false);
            changed |= results[i].Outcome != SaveOutcome.Unchanged;
        }

        await unit.FlushAsync().ConfigureAwait(false);
        if (changed)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <inheritdoc />
    public async Task<ReextractResult> ReplaceFactsAsync(long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (record.Error is not null || record.Text is null || record.Text.Length > MaxTextLength)
        {
            return new ReextractResult(ReextractOutcome.Refused, pageId);
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BusyRetry.RunAsync(
                async () =>
                {
                    await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    var outcome = await ReplaceFactsInTransactionAsync(connection, transaction, pageId, record, cancellationToken).ConfigureAwait(false);
                    if (outcome == ReextractOutcome.Updated)
                    {
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return new ReextractResult(outcome, pageId);
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<StoredPage?> GetAsync(long id, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, version, ingested_at, record_json FROM pages WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadStoredPage(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (query is null)
        {
            return [];
        }

        var terms = SearchTerms.Parse(query.Text);
        if (terms.IsEmpty && !query.HasFacets)
        {
            return [];
        }

        var from = DateFilter(query.From);
        var to = DateFilter(query.To);
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // Facets are EXISTS filters on the page's own fact rows, so a facet never multiplies a page's hits.
        const string Filters = """
              AND p.is_current = 1
              AND (($from IS NULL AND $to IS NULL) OR date_place(p.published, $from, $to) = 1)
              AND ($partner IS NULL
                   OR EXISTS (SELECT 1 FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE e.page_id = p.id AND ea.actor = $partner)
                   OR EXISTS (SELECT 1 FROM agreements g, json_each(g.actors) j WHERE g.page_id = p.id AND j.value = $partner))
              AND ($area IS NULL OR EXISTS (SELECT 1 FROM page_areas pa WHERE pa.page_id = p.id AND pa.area = $area))
              AND ($type IS NULL OR EXISTS (SELECT 1 FROM events e2 WHERE e2.page_id = p.id AND e2.type = $type))
            """;
        if (terms.IsEmpty)
        {
            // Facets alone: every page index-eligible (one per content) that matches, newest first.
            command.CommandText = $"""
                SELECT p.id, s.source, p.title, p.published, p.text, 0.0 AS score
                FROM pages p
                JOIN sources s ON s.id = p.source_id
                WHERE p.is_indexed = 1
                {Filters}
                ORDER BY p.published IS NULL, p.published DESC, p.id
                LIMIT $limit
                """;
        }
        else
        {
            command.CommandText = $"""
                SELECT p.id, s.source, p.title, p.published, p.text, {Bm25} AS score
                FROM pages_fts
                JOIN pages p ON p.id = pages_fts.rowid
                JOIN sources s ON s.id = p.source_id
                WHERE pages_fts MATCH $match
                {Filters}
                ORDER BY score, p.id
                LIMIT $limit
                """;
            command.Parameters.AddWithValue("$match", terms.ToFts5());
        }

        command.Parameters.AddWithValue("$from", (object?)from ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)to ?? DBNull.Value);
        command.Parameters.AddWithValue("$partner", (object?)Facet(query.Partner, upper: true) ?? DBNull.Value);
        command.Parameters.AddWithValue("$area", (object?)Facet(query.Area, upper: false) ?? DBNull.Value);
        command.Parameters.AddWithValue("$type", (object?)Facet(query.EventType, upper: false) ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", terms.IsEmpty ? limit : Math.Min(MaxCandidates, Math.Max(limit * 3, 60)));

        var candidates = new List<(long Id, string Source, string? Title, string? Published, string Text, double Score)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var title = NullableString(reader, 2);
                var text = reader.GetString(4);
                var score = terms.IsEmpty ? 0.0 : -reader.GetDouble(5) * RelevanceBoost.Factor(title, text, terms);
                candidates.Add((reader.GetInt64(0), reader.GetString(1), title, NullableString(reader, 3), text, score));
            }
        }

        if (terms.IsEmpty)
        {
            return candidates
                .Select(c => new SearchHit(c.Id, c.Source, c.Title, c.Published, SnippetBuilder.Build(c.Text, terms), c.Score))
                .ToList();
        }

        var hits = candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => new SearchHit(c.Id, c.Source, c.Title, c.Published, SnippetBuilder.Build(c.Text, terms), c.Score))
            .ToList();
        return hits;
    }

    /// <summary>A facet value as stored (codes upper-case, areas and types lower-case), or null when blank or too long to be one.</summary>
    private static string? Facet(string? value, bool upper)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 64)
        {
            return null;
        }

        return upper ? trimmed.ToUpperInvariant() : trimmed.ToLowerInvariant();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredPage> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, version, ingested_at, record_json FROM pages WHERE is_current = 1 ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var page = ReadStoredPage(reader);
            if (page is not null)
            {
                yield return page;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Pages counts current pages (one per source, what <see cref="ListAsync"/> yields); Versions every stored
    /// version; Characters the length of the current texts in code points (SQLite's length(), equal to UTF-16
    /// length for Vietnamese, which lies in the Basic Multilingual Plane); ByEncoding current pages by encoding
    /// ("unknown" where none was recorded).
    /// </remarks>
    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        long pages, versions, sources, characters;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT
                    (SELECT count(*) FROM pages WHERE is_current = 1),
                    (SELECT count(*) FROM pages),
                    (SELECT count(*) FROM sources),
                    (SELECT coalesce(sum(length(text)), 0) FROM pages WHERE is_current = 1)
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            pages = reader.GetInt64(0);
            versions = reader.GetInt64(1);
            sources = reader.GetInt64(2);
            characters = reader.GetInt64(3);
        }

        var byEncoding = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT coalesce(nullif(encoding, ''), 'unknown') AS enc, count(*)
                FROM pages WHERE is_current = 1 GROUP BY enc ORDER BY enc
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                byEncoding[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        long relevant, people, organizations, figures;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT
                    (SELECT count(*) FROM pages WHERE is_current = 1 AND relevant = 1),
                    (SELECT count(*) FROM people JOIN pages ON pages.id = people.page_id WHERE pages.is_current = 1),
                    (SELECT count(*) FROM organizations JOIN pages ON pages.id = organizations.page_id WHERE pages.is_current = 1),
                    (SELECT count(*) FROM figures JOIN pages ON pages.id = figures.page_id WHERE pages.is_current = 1)
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            relevant = reader.GetInt64(0);
            people = reader.GetInt64(1);
            organizations = reader.GetInt64(2);
            figures = reader.GetInt64(3);
        }

        return new StoreStats(pages, versions, sources, characters, byEncoding)
        {
            RelevantPages = relevant,
            People = people,
            Organizations = organizations,
            Figures = figures,
            EventsByType = await CountByTypeAsync(connection, "events", cancellationToken).ConfigureAwait(false),
            AgreementsByType = await CountByTypeAsync(connection, "agreements", cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountByTypeAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        // table is one of two constants above, never user input.
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = table switch
        {
            "events" => "SELECT e.type, count(*) FROM events e JOIN pages p ON p.id = e.page_id WHERE p.is_current = 1 GROUP BY e.type",
            "agreements" => "SELECT a.type, count(*) FROM agreements a JOIN pages p ON p.id = a.page_id WHERE p.is_current = 1 GROUP BY a.type",
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            // Closing pooled handles releases the file (and its -wal/-shm) so callers can move or delete it.
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
            writeLock.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex: the content hash when the reader gave none.</summary>
    internal static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            SqliteDateFunctions.Register(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}; PRAGMA synchronous = NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<SaveResult> SaveInTransactionAsync(
        SqliteConnection connection, SqliteTransaction transaction, PageRecord record, Knowledge.Consolidation unit, bool ownUnitForVersions,
        CancellationToken cancellationToken)
    {
        var hash = record.ContentHash!;
        long? sourceId = null;
        long? currentId = null;
        var currentVersion = 0;
        string? currentHash = null;
        var currentIndexed = false;
        await using (var find = Command(connection, transaction, """
            SELECT s.id, p.id, p.version, p.content_hash, p.is_indexed
            FROM sources s LEFT JOIN pages p ON p.source_id = s.id AND p.is_current = 1
            WHERE s.source = $source
            """))
        {
            find.Parameters.AddWithValue("$source", record.Source);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sourceId = reader.GetInt64(0);
                if (!reader.IsDBNull(1))
                {
                    currentId = reader.GetInt64(1);
                    currentVersion = reader.GetInt32(2);
                    currentHash = reader.GetString(3);
                    currentIndexed = reader.GetInt64(4) == 1;
                }
            }
        }

        if (currentId is { } unchangedId && string.Equals(currentHash, hash, StringComparison.Ordinal))
        {
            return new SaveResult(SaveOutcome.Unchanged, unchangedId, currentVersion);
        }

        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        if (sourceId is null)
        {
            await using var insertSource = Command(connection, transaction,
                "INSERT INTO sources (source, created_at) VALUES ($source, $at) RETURNING id");
            insertSource.Parameters.AddWithValue("$source", record.Source);
            insertSource.Parameters.AddWithValue("$at", now);
            sourceId = Convert.ToInt64(await insertSource.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        if (currentId is { } oldId)
        {
            await using (var demote = Command(connection, transaction, "UPDATE pages SET is_current = 0, is_indexed = 0 WHERE id = $id"))
            {
                demote.Parameters.AddWithValue("$id", oldId);
                await demote.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (currentIndexed)
            {
                await using (var unindex = Command(connection, transaction, "DELETE FROM pages_fts WHERE rowid = $id"))
                {
                    unindex.Parameters.AddWithValue("$id", oldId);
                    await unindex.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await PromoteTwinAsync(connection, transaction, currentHash!, cancellationToken).ConfigureAwait(false);
            }
        }

        bool indexed;
        await using (var twin = Command(connection, transaction,
            "SELECT count(*) FROM pages WHERE content_hash = $hash AND is_current = 1 AND is_indexed = 1"))
        {
            twin.Parameters.AddWithValue("$hash", hash);
            indexed = Convert.ToInt64(await twin.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0;
        }

        var version = currentVersion + 1;
        long pageId;
        await using (var insert = Command(connection, transaction, """
            INSERT INTO pages (source_id, version, content_hash, ingested_at, title, published, authors, text, encoding,
                               relevant, record_json, is_current, is_indexed)
            VALUES ($source_id, $version, $hash, $at, $title, $published, $authors, $text, $encoding,
                    $relevant, $json, 1, $indexed)
            RETURNING id
            """))
        {
            insert.Parameters.AddWithValue("$source_id", sourceId);
            insert.Parameters.AddWithValue("$version", version);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$at", now);
            insert.Parameters.AddWithValue("$title", Db(record.Title));
            insert.Parameters.AddWithValue("$published", Db(record.Published));
            insert.Parameters.AddWithValue("$authors", JsonSerializer.Serialize(record.Authors ?? [], PageRecordJson.Options));
            insert.Parameters.AddWithValue("$text", record.Text);
            insert.Parameters.AddWithValue("$encoding", Db(record.Encoding));
            insert.Parameters.AddWithValue("$relevant", record.Relevant ? 1 : 0);
            insert.Parameters.AddWithValue("$json", PageRecordJson.Serialize(record));
            insert.Parameters.AddWithValue("$indexed", indexed ? 1 : 0);
            pageId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await InsertFactsAsync(connection, transaction, pageId, record, cancellationToken).ConfigureAwait(false);
        if (indexed)
        {
            await IndexAsync(connection, transaction, pageId, record.Title, record.Text, cancellationToken).ConfigureAwait(false);
        }

        // Consolidation in the same transaction: the knowledge base never lags behind or disagrees with the pages.
        if (currentId is not null && ownUnitForVersions)
        {
            await unit.FlushAsync().ConfigureAwait(false);
            await knowledge.PageSavedAsync(connection, transaction, pageId, currentId, record, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await unit.AddPageAsync(pageId, currentId, record).ConfigureAwait(false);
        }

        return new SaveResult(currentId is null ? SaveOutcome.New : SaveOutcome.NewVersion, pageId, version);
    }

    private async Task<ReextractOutcome> ReplaceFactsInTransactionAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        string hash, text, json, source;
        bool current;
        await using (var find = Command(connection, transaction, """
            SELECT p.content_hash, p.text, p.record_json, p.is_current, s.source FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.id = $id
            """))
        {
            find.Parameters.AddWithValue("$id", pageId);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return ReextractOutcome.NotFound;
            }

            hash = reader.GetString(0);
            text = reader.GetString(1);
            json = reader.GetString(2);
            current = reader.GetInt64(3) == 1;
            source = reader.GetString(4);
        }

        // Facts of one page must never be filed under another: same source, same text, and the same hash when the
        // caller read the page's bytes again (the same text decoded from other bytes is another version).
        if (!string.Equals(text, record.Text, StringComparison.Ordinal)
            || !string.Equals(source, record.Source, StringComparison.Ordinal)
            || (!string.IsNullOrEmpty(record.ContentHash) && !string.Equals(hash, record.ContentHash, StringComparison.Ordinal)))
        {
            return ReextractOutcome.Refused;
        }

        PageRecord? stored;
        try
        {
            stored = PageRecordJson.Deserialize(json);
        }
        catch (JsonException)
        {
            stored = null;
        }

        if (stored is null)
        {
            return ReextractOutcome.NotFound;
        }

        // Null entries can only come from hand-made records; dropping them keeps the stored record and rows in step.
        var replaced = stored with
        {
            Relevant = record.Relevant,
            Published = stored.Published ?? record.Published,
            People = [.. (record.People ?? []).Where(x => x is not null)],
            Organizations = [.. (record.Organizations ?? []).Where(x => x is not null)],
            Figures = [.. (record.Figures ?? []).Where(x => x is not null)],
            Events = [.. (record.Events ?? []).Where(x => x is not null)],
            Agreements = [.. (record.Agreements ?? []).Where(x => x is not null)],
            Areas = [.. (record.Areas ?? []).Where(x => x is not null)],
        };
        var replacedJson = PageRecordJson.Serialize(replaced);
        if (string.Equals(replacedJson, json, StringComparison.Ordinal))
        {
            return ReextractOutcome.Unchanged;
        }

        // Agreements point at events and participants at people: delete the pointing rows first.
        foreach (var table in (string[])["agreements", "events", "people", "organizations", "figures", "page_areas"])
        {
            await using var delete = Command(connection, transaction, $"DELETE FROM {table} WHERE page_id = $page");
            delete.Parameters.AddWithValue("$page", pageId);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var update = Command(connection, transaction,
            "UPDATE pages SET relevant = $relevant, published = $published, record_json = $json WHERE id = $id"))
        {
            update.Parameters.AddWithValue("$relevant", replaced.Relevant ? 1 : 0);
            update.Parameters.AddWithValue("$published", Db(replaced.Published));
            update.Parameters.AddWithValue("$json", replacedJson);
            update.Parameters.AddWithValue("$id", pageId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertFactsAsync(connection, transaction, pageId, replaced, cancellationToken).ConfigureAwait(false);

        // Only current versions have mentions; the page is its own old version, so its mentions are swapped as a save swaps them.
        if (current)
        {
            await knowledge.PageSavedAsync(connection, transaction, pageId, pageId, replaced, cancellationToken).ConfigureAwait(false);
        }

        return ReextractOutcome.Updated;
    }

    /// <summary>Puts the oldest other current page with this content into the index, if there is one.</summary>
    private static async Task PromoteTwinAsync(SqliteConnection connection, SqliteTransaction transaction, string hash, CancellationToken cancellationToken)
    {
        long id;
        string? title;
        string text;
        await using (var find = Command(connection, transaction,
            "SELECT id, title, text FROM pages WHERE content_hash = $hash AND is_current = 1 AND is_indexed = 0 ORDER BY id LIMIT 1"))
        {
            find.Parameters.AddWithValue("$hash", hash);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            id = reader.GetInt64(0);
            title = NullableString(reader, 1);
            text = reader.GetString(2);
        }

        await using (var mark = Command(connection, transaction, "UPDATE pages SET is_indexed = 1 WHERE id = $id"))
        {
            mark.Parameters.AddWithValue("$id", id);
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await IndexAsync(connection, transaction, id, title, text, cancellationToken).ConfigureAwait(false);
    }

    private static async Task IndexAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pageId, string? title, string text, CancellationToken cancellationToken)
    {
        await using var index = Command(connection, transaction, "INSERT INTO pages_fts (rowid, title, body) VALUES ($id, $title, $body)");
        index.Parameters.AddWithValue("$id", pageId);
        index.Parameters.AddWithValue("$title", VietnameseText.Fold(title));
        index.Parameters.AddWithValue("$body", VietnameseText.Fold(text));
        await index.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertFactsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        await using (var people = Command(connection, transaction, """
            INSERT INTO people (page_id, ordinal, name, title, country, evidence, evidence_start)
            VALUES ($page, $ordinal, $name, $title, $country, $evidence, $start)
            """))
        {
            var ordinal = 0;
            foreach (var person in record.People ?? [])
            {
                if (person is null)
                {
                    continue;
                }

                people.Parameters.Clear();
                people.Parameters.AddWithValue("$page", pageId);
                people.Parameters.AddWithValue("$ordinal", ordinal++);
                people.Parameters.AddWithValue("$name", Db(person.Name));
                people.Parameters.AddWithValue("$title", Db(person.Title));
                people.Parameters.AddWithValue("$country", Db(person.Country));
                people.Parameters.AddWithValue("$evidence", Db(person.Evidence));
                people.Parameters.AddWithValue("$start", person.EvidenceStart);
                await people.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var organizations = Command(connection, transaction, """
            INSERT INTO organizations (page_id, ordinal, name, country, evidence, evidence_start)
            VALUES ($page, $ordinal, $name, $country, $evidence, $start)
            """))
        {
            var ordinal = 0;
            foreach (var organization in record.Organizations ?? [])
            {
                if (organization is null)
                {
                    continue;
                }

                organizations.Parameters.Clear();
                organizations.Parameters.AddWithValue("$page", pageId);
                organizations.Parameters.AddWithValue("$ordinal", ordinal++);
                organizations.Parameters.AddWithValue("$name", Db(organization.Name));
                organizations.Parameters.AddWithValue("$country", Db(organization.Country));
                organizations.Parameters.AddWithValue("$evidence", Db(organization.Evidence));
                organizations.Parameters.AddWithValue("$start", organization.EvidenceStart);
                await organizations.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var figures = Command(connection, transaction, """
            INSERT INTO figures (page_id, ordinal, value, unit, per, text, evidence, evidence_start)
            VALUES ($page, $ordinal, $value, $unit, $per, $text, $evidence, $start)
            """))
        {
            var ordinal = 0;
            foreach (var figure in record.Figures ?? [])
            {
                if (figure is null)
                {
                    continue;
                }

                figures.Parameters.Clear();
                figures.Parameters.AddWithValue("$page", pageId);
                figures.Parameters.AddWithValue("$ordinal", ordinal++);
                figures.Parameters.AddWithValue("$value", figure.Value.ToString(CultureInfo.InvariantCulture));
                figures.Parameters.AddWithValue("$unit", Db(figure.Unit));
                figures.Parameters.AddWithValue("$per", Db(figure.Per));
                figures.Parameters.AddWithValue("$text", Db(figure.Text));
                figures.Parameters.AddWithValue("$evidence", Db(figure.Evidence));
                figures.Parameters.AddWithValue("$start", figure.EvidenceStart);
                await figures.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await InsertEventsAndAgreementsAsync(connection, transaction, pageId, record, cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertEventsAndAgreementsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        var personIds = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var people = Command(connection, transaction, "SELECT id, name FROM people WHERE page_id = $page ORDER BY ordinal"))
        {
            people.Parameters.AddWithValue("$page", pageId);
            await using var reader = await people.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                personIds.TryAdd(reader.GetString(1), reader.GetInt64(0));
            }
        }

        var eventIds = new List<long>(record.Events.Count);
        var ordinal = 0;
        foreach (var fact in record.Events)
        {
            await using var insert = Command(connection, transaction, """
                INSERT INTO events (page_id, ordinal, type, date, place, actors, evidence, evidence_start)
                VALUES ($page, $ordinal, $type, $date, $place, $actors, $evidence, $start) RETURNING id
                """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$ordinal", ordinal++);
            insert.Parameters.AddWithValue("$type", Db(fact.Type));
            insert.Parameters.AddWithValue("$date", Db(fact.Date));
            insert.Parameters.AddWithValue("$place", Db(fact.Place));
            insert.Parameters.AddWithValue("$actors", JsonSerializer.Serialize(fact.Actors));
            insert.Parameters.AddWithValue("$evidence", Db(fact.Evidence));
            insert.Parameters.AddWithValue("$start", fact.EvidenceStart);
            var eventId = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            eventIds.Add(eventId);

            var participant = 0;
            foreach (var name in fact.Participants)
            {
                await using var link = Command(connection, transaction,
                    "INSERT INTO event_participants (event_id, ordinal, name, person_id) VALUES ($event, $ordinal, $name, $person)");
                link.Parameters.AddWithValue("$event", eventId);
                link.Parameters.AddWithValue("$ordinal", participant++);
                link.Parameters.AddWithValue("$name", Db(name));
                link.Parameters.AddWithValue("$person", personIds.TryGetValue(name, out var personId) ? personId : DBNull.Value);
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var actor in fact.Actors.Distinct(StringComparer.Ordinal))
            {
                await using var link = Command(connection, transaction, "INSERT INTO event_actors (event_id, actor) VALUES ($event, $actor)");
                link.Parameters.AddWithValue("$event", eventId);
                link.Parameters.AddWithValue("$actor", actor);
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        ordinal = 0;
        foreach (var agreement in record.Agreements)
        {
            await using var insert = Command(connection, transaction, """
                INSERT INTO agreements (page_id, ordinal, type, title, date, period, actors, event_id, evidence, evidence_start)
                VALUES ($page, $ordinal, $type, $title, $date, $period, $actors, $event, $evidence, $start)
                """);
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$ordinal", ordinal++);
            insert.Parameters.AddWithValue("$type", Db(agreement.Type));
            insert.Parameters.AddWithValue("$title", Db(agreement.Title));
            insert.Parameters.AddWithValue("$date", Db(agreement.Date));
            insert.Parameters.AddWithValue("$period", Db(agreement.Period));
            insert.Parameters.AddWithValue("$actors", JsonSerializer.Serialize(agreement.Actors));
            var signing = SigningEventOf(agreement, record.Events);
            insert.Parameters.AddWithValue("$event", signing is { } index ? eventIds[index] : DBNull.Value);
            insert.Parameters.AddWithValue("$evidence", Db(agreement.Evidence));
            insert.Parameters.AddWithValue("$start", agreement.EvidenceStart);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var area in record.Areas.Distinct(StringComparer.Ordinal))
        {
            await using var insert = Command(connection, transaction, "INSERT INTO page_areas (page_id, area) VALUES ($page, $area)");
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$area", area);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The signing event that reports an agreement: one read from the same sentence, else the page's only signing
    /// whose date agrees with the agreement's (or either has none). Null when the page reports no such signing.
    /// </summary>
    internal static int? SigningEventOf(AgreementFact agreement, IReadOnlyList<EventFact> events)
    {
        var signings = events.Select((e, i) => (Event: e, Index: i)).Where(x => string.Equals(x.Event.Type, "signing", StringComparison.Ordinal)).ToList();
        foreach (var (e, i) in signings)
        {
            if (e.EvidenceStart == agreement.EvidenceStart)
            {
                return i;
            }
        }

        var compatible = signings.Where(x => x.Event.Date is null || agreement.Date is null
            || PartialDate.Within(x.Event.Date, agreement.Date) || PartialDate.Within(agreement.Date, x.Event.Date)).ToList();
        return compatible.Count == 1 ? compatible[0].Index : null;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static StoredPage? ReadStoredPage(SqliteDataReader reader)
    {
        PageRecord? record;
        try
        {
            record = PageRecordJson.Deserialize(reader.GetString(3));
        }
        catch (JsonException)
        {
            // A row this store wrote always parses; one edited by hand is skipped rather than failing a listing.
            return null;
        }

        if (record is null)
        {
            return null;
        }

        var ingestedAt = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new StoredPage(reader.GetInt64(0), reader.GetInt32(1), ingestedAt, record);
    }

    /// <summary>A date filter as given, or null when blank; long input cannot be a date, so it is cut.</summary>
    private static string? DateFilter(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > 32 ? trimmed[..32] : trimmed;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static object Db(object? value) => value ?? DBNull.Value;
}
