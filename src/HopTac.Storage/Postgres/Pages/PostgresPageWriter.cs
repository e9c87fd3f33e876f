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
        var records = pages.ConvertAll(p => p.Record);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresConnections.LockWritesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var consolidation = new PostgresConsolidationStore(connection, transaction, cancellationToken);
        var unit = new ConsolidationEngine(consolidation, clock);

        // Re-anchoring curators' decisions compares what one save deleted with what it added: with decisions in the
        // store, a new version of a known page is consolidated as its own unit, as a single save would (as on SQLite).
        var hasDecisions = records.Count > 1 && (await consolidation.DecisionRevisionsAsync().ConfigureAwait(false)).Count > 0;
        var results = new SaveResult[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            (results[i], var oldId, var known) = await SaveInTransactionAsync(connection, transaction, records[i], cancellationToken).ConfigureAwait(false);
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
        if (alsoCommit is not null)
        {
            await alsoCommit(connection, transaction, [.. pages.Select((p, i) => (p.Index, results[i]))], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>Saves one record; returns what happened, the id of the version it replaced, if any, and the record the knowledge base reads.</summary>
    private async Task<(SaveResult Result, long? OldId, PageRecord Known)> SaveInTransactionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PageRecord record, CancellationToken cancellationToken)
    {
        var hash = record.ContentHash!;
        long? sourceId = null;
        long? currentId = null;
        var currentVersion = 0;
        string? currentHash = null;
        var currentIndexed = false;
        await using (var find = new NpgsqlCommand("""
            SELECT s.id, p.id, p.version, p.content_hash, p.is_indexed
            FROM sources s LEFT JOIN pages p ON p.source_id = s.id AND p.is_current
            WHERE s.source = @source
            """, connection, transaction))
        {
            find.Parameters.AddWithValue("source", record.Source);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sourceId = reader.GetInt64(0);
                if (!reader.IsDBNull(1))
                {
                    currentId = reader.GetInt64(1);
                    currentVersion = reader.GetInt32(2);
                    currentHash = reader.GetString(3);
                    currentIndexed = reader.GetBoolean(4);
                }
            }
        }

        if (currentId is { } unchangedId && string.Equals(currentHash, hash, StringComparison.Ordinal))
        {
            return (new SaveResult(SaveOutcome.Unchanged, unchangedId, currentVersion), null, record);
        }

        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        if (sourceId is null)
        {
            await using var insertSource = new NpgsqlCommand("INSERT INTO sources (source, created_at) VALUES (@source, @at) RETURNING id", connection, transaction);
            insertSource.Parameters.AddWithValue("source", record.Source);
            insertSource.Parameters.AddWithValue("at", now);
            sourceId = (long)(await insertSource.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        if (currentId is { } oldId)
        {
            // The old version leaves the index; the oldest other current page with its content takes its place.
            await using var demote = new NpgsqlCommand("""
                UPDATE pages SET is_current = false, is_indexed = false, folded = NULL, marked = NULL WHERE id = @id;
                UPDATE pages SET is_indexed = true WHERE @indexed AND id = (SELECT min(id) FROM pages WHERE content_hash = @hash AND is_current AND NOT is_indexed);
                """, connection, transaction);
            demote.Parameters.AddWithValue("id", oldId);
            demote.Parameters.AddWithValue("indexed", currentIndexed);
            demote.Parameters.AddWithValue("hash", currentHash!);
            await demote.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var version = currentVersion + 1;
        var (folded, marked) = SearchVectors.Of(record.Title, record.Text!);
        var day = PartialDate.DayOf(record.Published);
        long pageId;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO pages (source_id, version, content_hash, ingested_at, title, published, published_first, published_last, authors, text,
                               encoding, relevant, record_json, is_current, is_indexed, folded, marked)
            SELECT @source_id, @version, @hash, @at, @title, @published, @first, @last, @authors, @text,
                   @encoding, @relevant, @json, true, indexed, @folded::tsvector, @marked::tsvector
            FROM (SELECT NOT EXISTS (SELECT 1 FROM pages WHERE content_hash = @hash AND is_current AND is_indexed) AS indexed) twin
            RETURNING id
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("source_id", sourceId);
            insert.Parameters.AddWithValue("version", version);
            insert.Parameters.AddWithValue("hash", hash);
            insert.Parameters.AddWithValue("at", now);
            insert.Parameters.AddWithValue("title", (object?)record.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("published", (object?)record.Published ?? DBNull.Value);
            insert.Parameters.AddWithValue("first", NpgsqlTypes.NpgsqlDbType.Date, (object?)day?.FirstDay ?? DBNull.Value);
            insert.Parameters.AddWithValue("last", NpgsqlTypes.NpgsqlDbType.Date, (object?)day?.LastDay ?? DBNull.Value);
            insert.Parameters.AddWithValue("authors", JsonSerializer.Serialize(record.Authors ?? [], PageRecordJson.Options));
            insert.Parameters.AddWithValue("text", record.Text!);
            insert.Parameters.AddWithValue("encoding", (object?)record.Encoding ?? DBNull.Value);
            insert.Parameters.AddWithValue("relevant", record.Relevant);
            insert.Parameters.AddWithValue("json", PageRecordJson.Serialize(record));
            insert.Parameters.AddWithValue("folded", folded);
            insert.Parameters.AddWithValue("marked", marked);
            pageId = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await PostgresFactRows.InsertAsync(connection, transaction, pageId, record, cancellationToken).ConfigureAwait(false);

        // A syndicated copy of another source's page keeps its facts on its page but gives none to the knowledge base.
        var copyOf = await PostgresSyndicationLinks.LinkAsync(connection, transaction, pageId, record.Text!, cancellationToken).ConfigureAwait(false);
        var known = copyOf is null ? record : SyndicatedCopies.WithoutFacts(record);
        return (new SaveResult(currentId is null ? SaveOutcome.New : SaveOutcome.NewVersion, pageId, version), currentId, known);
    }
}
