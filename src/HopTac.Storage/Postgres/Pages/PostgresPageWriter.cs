using System.Globalization;
using System.Text.Json;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Pages;
using HopTac.Storage.Knowledge.Consolidation;
using HopTac.Storage.Postgres.Knowledge;
using HopTac.Storage.Rules;
using HopTac.Storage.Syndication;
using Npgsql;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// Saves pages and their versions by the rules of <see cref="PostgresPageStore"/> (those of the SQLite store): one
/// transaction per save or batch, holding the store's write lock, with the page's fact rows, search vectors and its
/// knowledge-base consolidation (the store-independent <see cref="ConsolidationEngine"/> over
/// <see cref="PostgresConsolidationStore"/>), so the knowledge base never lags behind the pages.
/// </summary>
internal sealed class PostgresPageWriter(PostgresConnections connections, TimeProvider clock)
{
    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<SaveResult> SaveAsync(PageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return PageRules.Prepare(record) is { } stored
            ? (await SaveManyAsync([(0, stored)], null, cancellationToken).ConfigureAwait(false))[0]
            : new SaveResult(SaveOutcome.Rejected, 0, 0);
    }

    /// <summary>See <see cref="IPageStore"/>: one transaction; a page that breaks it is retried alone and reported.</summary>
    public Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<PageRecord> records, CancellationToken cancellationToken) =>
        SaveBatchAsync(records, null, cancellationToken);

    /// <summary>
    /// As <see cref="SaveBatchAsync(IReadOnlyList{PageRecord}, CancellationToken)"/>, running <paramref name="alsoCommit"/>
    /// inside every transaction that stores pages, just before it commits, with the pages that transaction saved: what it
    /// writes is committed with those pages or not at all (the job queue closes the pages' jobs this way).
    /// </summary>
    public async Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<PageRecord> records, AlsoCommit? alsoCommit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var (results, prepared) = PageRules.PrepareBatch(records);

        if (prepared.Count == 0)
        {
            return results;
        }

        try
        {
            var saved = await SaveManyAsync(prepared, alsoCommit, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < prepared.Count; i++)
            {
                results[prepared[i].Index] = saved[i];
            }
        }
        catch (PostgresException e) when (prepared.Count > 1 && IsPageFailure(e))
        {
            foreach (var (index, record) in prepared)
            {
                try
                {
                    results[index] = (await SaveManyAsync([(index, record)], alsoCommit, cancellationToken).ConfigureAwait(false))[0];
                }
                catch (PostgresException pageError) when (IsPageFailure(pageError))
                {
                    results[index] = new SaveResult(SaveOutcome.Rejected, 0, 0)
                    {
                        Reason = $"the store failed on this page ({pageError.SqlState}: {pageError.MessageText}); please report it",
                    };
                }
            }
        }

        return results;
    }

    // Data errors (class 22: a value PostgreSQL refuses) and integrity violations (23) are the page's; the rest is infrastructure.
    private static bool IsPageFailure(PostgresException e) => e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState.StartsWith("23", StringComparison.Ordinal);

    private async Task<SaveResult[]> SaveManyAsync(List<(int Index, PageRecord Record)> pages, AlsoCommit? alsoCommit, CancellationToken cancellationToken)
    {
        // What needs no database (search vectors, fingerprints, JSON) is made before the write lock is taken.
        var prepared = pages.Count == 1
            ? [PreparedPage.Of(pages[0].Record)]
            : pages.AsParallel().AsOrdered().Select(p => PreparedPage.Of(p.Record)).ToList();
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresConnections.LockWritesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var statements = new PostgresStatementQueue(connection, transaction, cancellationToken);
        var consolidation = new PostgresConsolidationStore(statements, connection, transaction, cancellationToken);
        var unit = new ConsolidationEngine(consolidation, clock);

        // Re-anchoring curators' decisions compares what one save deleted with what it added: with decisions in the
        // store, a new version of a known page is consolidated as its own unit, as a single save would (as on SQLite).
        var hasDecisions = prepared.Count > 1 && (await consolidation.DecisionRevisionsAsync().ConfigureAwait(false)).Count > 0;
        var results = new SaveResult[prepared.Count];
        for (var i = 0; i < prepared.Count; i++)
        {
            (results[i], var oldId, var known) = await SaveInTransactionAsync(statements, consolidation, prepared[i]).ConfigureAwait(false);
            if (results[i].Outcome == SaveOutcome.Unchanged)
            {
                continue;
            }

            if (oldId is not null && hasDecisions)
            {
                await unit.FlushAsync().ConfigureAwait(false);
                await new ConsolidationEngine(consolidation, clock).PageSavedAsync(results[i].PageId, oldId, known).ConfigureAwait(false);
            }
            else
            {
                await unit.AddPageAsync(results[i].PageId, oldId, known).ConfigureAwait(false);
            }
        }

        await unit.FlushAsync().ConfigureAwait(false);
        await consolidation.FinishAsync().ConfigureAwait(false);
        if (alsoCommit is not null)
        {
            await alsoCommit(connection, transaction, [.. pages.Select((p, i) => (p.Index, results[i]))], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Saves one record in two round trips (the writes queued before it travel with the first): the source's current
    /// version, then the page with its fact rows, the ids of those rows and its candidate originals. Returns what
    /// happened, the id of the version it replaced, if any, and the record the knowledge base reads.
    /// </summary>
    private async Task<(SaveResult Result, long? OldId, PageRecord Known)> SaveInTransactionAsync(
        PostgresStatementQueue statements, PostgresConsolidationStore consolidation, PreparedPage page)
    {
        var record = page.Record;
        var (sourceId, currentId, currentVersion, currentHash, currentIndexed) = await statements.ReadAsync<(long?, long?, int, string?, bool)>(
            async (reader, ct) => await reader.ReadAsync(ct).ConfigureAwait(false)
                ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? 0 : reader.GetInt32(2),
                   reader.IsDBNull(3) ? null : reader.GetString(3), !reader.IsDBNull(4) && reader.GetBoolean(4))
                : (null, null, 0, null, false),
            PostgresStatementQueue.Statement("""
                SELECT s.id, p.id, p.version, p.content_hash, p.is_indexed
                FROM sources s LEFT JOIN pages p ON p.source_id = s.id AND p.is_current
                WHERE s.source = @source
                """, ("source", record.Source))).ConfigureAwait(false);

        if (currentId is { } unchangedId && string.Equals(currentHash, page.Hash, StringComparison.Ordinal))
        {
            return (new SaveResult(SaveOutcome.Unchanged, unchangedId, currentVersion), null, record);
        }

        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var batch = new List<NpgsqlBatchCommand>();
        if (sourceId is null)
        {
            batch.Add(PostgresStatementQueue.Statement("INSERT INTO sources (source, created_at) VALUES (@source, @at)", ("source", record.Source), ("at", now)));
        }

        if (currentId is { } oldId)
        {
            // The old version leaves the index; the oldest other current page with its content takes its place.
            batch.Add(PostgresStatementQueue.Statement(
                "UPDATE pages SET is_current = false, is_indexed = false, folded = NULL, marked = NULL WHERE id = @id", ("id", oldId)));
            batch.Add(PostgresStatementQueue.Statement(
                "UPDATE pages SET is_indexed = true WHERE @indexed AND id = (SELECT min(id) FROM pages WHERE content_hash = @hash AND is_current AND NOT is_indexed)",
                ("indexed", currentIndexed), ("hash", currentHash!)));
        }

        var version = currentVersion + 1;
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO pages (source_id, version, content_hash, ingested_at, title, published, published_first, published_last, authors, text,
                               encoding, relevant, record_json, is_current, is_indexed, folded, marked)
            SELECT (SELECT id FROM sources WHERE source = @source), @version, @hash, @at, @title, @published, @first, @last, @authors, @text,
                   @encoding, @relevant, @json, true, indexed, @folded::tsvector, @marked::tsvector
            FROM (SELECT NOT EXISTS (SELECT 1 FROM pages WHERE content_hash = @hash AND is_current AND is_indexed) AS indexed) twin
            RETURNING id
            """);
        insert.Parameters.AddWithValue("source", record.Source);
        insert.Parameters.AddWithValue("version", version);
        insert.Parameters.AddWithValue("hash", page.Hash);
        insert.Parameters.AddWithValue("at", now);
        insert.Parameters.AddWithValue("title", (object?)record.Title ?? DBNull.Value);
        insert.Parameters.AddWithValue("published", (object?)record.Published ?? DBNull.Value);
        insert.Parameters.AddWithValue("first", NpgsqlTypes.NpgsqlDbType.Date, (object?)page.Day?.FirstDay ?? DBNull.Value);
        insert.Parameters.AddWithValue("last", NpgsqlTypes.NpgsqlDbType.Date, (object?)page.Day?.LastDay ?? DBNull.Value);
        insert.Parameters.AddWithValue("authors", page.AuthorsJson);
        insert.Parameters.AddWithValue("text", record.Text!);
        insert.Parameters.AddWithValue("encoding", (object?)record.Encoding ?? DBNull.Value);
        insert.Parameters.AddWithValue("relevant", record.Relevant);
        insert.Parameters.AddWithValue("json", page.RecordJson);
        insert.Parameters.AddWithValue("folded", page.Folded);
        insert.Parameters.AddWithValue("marked", page.Marked);
        batch.Add(insert);
        batch.AddRange(PostgresFactRows.Statements(null, record));
        batch.Add(new NpgsqlBatchCommand($"""
            SELECT 'e', id FROM events WHERE page_id = {CurrentPage}
            UNION ALL SELECT 'a', id FROM agreements WHERE page_id = {CurrentPage}
            UNION ALL SELECT 'f', id FROM figures WHERE page_id = {CurrentPage}
            UNION ALL SELECT 'p', id FROM people WHERE page_id = {CurrentPage}
            """));
        if (page.Signature is not null)
        {
            batch.Add(PostgresSyndicationLinks.CandidatesStatement(null, page.Bands!));
        }

        var (pageId, rows, copyOf) = await statements.ReadAsync(
            async (reader, ct) =>
            {
                await reader.ReadAsync(ct).ConfigureAwait(false);
                var id = reader.GetInt64(0);
                await reader.NextResultAsync(ct).ConfigureAwait(false);
                var rows = new List<(string Kind, long Id)>();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1)));
                }

                long? original = null;
                if (page.Signature is { } signature)
                {
                    await reader.NextResultAsync(ct).ConfigureAwait(false);
                    original = await PostgresSyndicationLinks.OriginalAsync(reader, signature, ct).ConfigureAwait(false);
                }

                return (id, PostgresConsolidationStore.RowsOf(rows), original);
            },
            [.. batch]).ConfigureAwait(false);

        if (page.Signature is { } signed)
        {
            foreach (var statement in PostgresSyndicationLinks.SignStatements(pageId, signed, page.Bands!, copyOf))
            {
                await statements.WriteAsync(statement).ConfigureAwait(false);
            }
        }

        consolidation.KnowRows(pageId, rows);

        // A syndicated copy of another source's page keeps its facts on its page but gives none to the knowledge base.
        var known = copyOf is null ? record : SyndicatedCopies.WithoutFacts(record);
        return (new SaveResult(currentId is null ? SaveOutcome.New : SaveOutcome.NewVersion, pageId, version), currentId, known);
    }

    // The page the round trip has just inserted (its identity's last value in this session), as a scalar subquery
    // evaluated once, so that `page_id = …` uses the index (currval itself is volatile: compared row by row).
    private const string CurrentPage = "(SELECT currval(pg_get_serial_sequence('pages', 'id')))";

    /// <summary>A record with what its save computes without the database, made before the write lock is taken.</summary>
    private sealed record PreparedPage(PageRecord Record, string Hash, string Folded, string Marked, PartialDate? Day, string AuthorsJson, string RecordJson, uint[]? Signature, long[]? Bands)
    {
        public static PreparedPage Of(PageRecord record)
        {
            var (folded, marked) = SearchVectors.Of(record.Title, record.Text!);
            var signature = TextFingerprint.Of(record.Text);
            return new PreparedPage(
                record,
                record.ContentHash!,
                folded,
                marked,
                PartialDate.DayOf(record.Published),
                JsonSerializer.Serialize(record.Authors ?? [], PageRecordJson.Options),
                PageRecordJson.Serialize(record),
                signature,
                signature is null ? null : TextFingerprint.BandKeys(signature));
        }
    }
}
