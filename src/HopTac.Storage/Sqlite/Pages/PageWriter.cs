using System.Globalization;
using System.Text.Json;
using HopTac.Core.Pages;
using HopTac.Core.Text;
using HopTac.Storage.Rules;
using HopTac.Storage.Sqlite.Knowledge;
using Microsoft.Data.Sqlite;
using static HopTac.Storage.Sqlite.SqlCommands;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// Saves pages and their versions (see <see cref="SqlitePageStore"/> for the version rules): one transaction per
/// save or batch, with the page's fact rows, its full-text entry and its knowledge-base consolidation.
/// </summary>
internal sealed class PageWriter(SqliteConnections connections, SqliteKnowledgeBase knowledge, TimeProvider clock, SemaphoreSlim writeLock)
{
    /// <summary>Whether saves consolidate the knowledge base in their transaction (see <see cref="SqlitePageStore.ConsolidateOnSave"/>).</summary>
    public bool Consolidate { get; set; } = true;

    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<SaveResult> SaveAsync(PageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (PageRules.Prepare(record) is not { } stored)
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

    /// <summary>See <see cref="IPageStore"/>.</summary>
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
        var (results, prepared) = PageRules.PrepareBatch(records);

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
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var commands = new PreparedCommands(connection, transaction);
        var unit = Consolidate ? knowledge.NewUnit(connection, transaction, cancellationToken) : null;

        // Re-anchoring curators' decisions compares what one save deleted with what it added: with decisions in the
        // store, a new version of a known page is consolidated as its own unit, as a single save would.
        var hasDecisions = records.Count > 1 && await SqliteKnowledgeBase.HasDecisionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var results = new SaveResult[records.Count];
        var changed = false;
        for (var i = 0; i < records.Count; i++)
        {
            results[i] = await SaveInTransactionAsync(commands, connection, transaction, records[i], unit, hasDecisions, cancellationToken).ConfigureAwait(false);
            changed |= results[i].Outcome != SaveOutcome.Unchanged;
        }

        if (unit is not null)
        {
            await unit.FlushAsync().ConfigureAwait(false);
        }

        if (changed)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    private async Task<SaveResult> SaveInTransactionAsync(
        PreparedCommands commands, SqliteConnection connection, SqliteTransaction transaction, PageRecord record, Consolidation? unit, bool ownUnitForVersions,
        CancellationToken cancellationToken)
    {
        var hash = record.ContentHash!;
        long? sourceId = null;
        long? currentId = null;
        var currentVersion = 0;
        string? currentHash = null;
        var currentIndexed = false;
        {
            var find = commands.Command("""
            SELECT s.id, p.id, p.version, p.content_hash, p.is_indexed
            FROM sources s LEFT JOIN pages p ON p.source_id = s.id AND p.is_current = 1
            WHERE s.source = $source
            """);
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
            var insertSource = commands.Command("INSERT INTO sources (source, created_at) VALUES ($source, $at) RETURNING id");
            insertSource.Parameters.AddWithValue("$source", record.Source);
            insertSource.Parameters.AddWithValue("$at", now);
            sourceId = Convert.ToInt64(await insertSource.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        if (currentId is { } oldId)
        {
            {
                var demote = commands.Command("UPDATE pages SET is_current = 0, is_indexed = 0 WHERE id = $id");
                demote.Parameters.AddWithValue("$id", oldId);
                await demote.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (currentIndexed)
            {
                // The marked index has external content: its 'delete' command takes the values it indexed, read from the row.
                {
                    var unindex = commands.Command("""
                    DELETE FROM pages_fts WHERE rowid = $id;
                    INSERT INTO pages_marked_fts (pages_marked_fts, rowid, title, text) SELECT 'delete', id, title, text FROM pages WHERE id = $id;
                    """);
                    unindex.Parameters.AddWithValue("$id", oldId);
                    await unindex.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await PromoteTwinAsync(commands, currentHash!, cancellationToken).ConfigureAwait(false);
            }
        }

        bool indexed;
        {
            var twin = commands.Command("SELECT count(*) FROM pages WHERE content_hash = $hash AND is_current = 1 AND is_indexed = 1");
            twin.Parameters.AddWithValue("$hash", hash);
            indexed = Convert.ToInt64(await twin.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0;
        }

        var version = currentVersion + 1;
        long pageId;
        {
            var insert = commands.Command("""
            INSERT INTO pages (source_id, version, content_hash, ingested_at, title, published, authors, text, encoding,
                               relevant, record_json, is_current, is_indexed)
            VALUES ($source_id, $version, $hash, $at, $title, $published, $authors, $text, $encoding,
                    $relevant, $json, 1, $indexed)
            RETURNING id
            """);
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

        await FactRows.InsertAsync(commands, pageId, record, cancellationToken).ConfigureAwait(false);

        // A syndicated copy of another source's page keeps its facts on its page but gives none to the knowledge base.
        var copyOf = await SyndicationLinks.LinkAsync(commands, pageId, record.Text, cancellationToken).ConfigureAwait(false);
        var known = copyOf is null ? record : HopTac.Storage.Syndication.SyndicatedCopies.WithoutFacts(record);
        if (indexed)
        {
            await IndexAsync(commands, pageId, record.Title, record.Text, cancellationToken).ConfigureAwait(false);
        }

        // Consolidation in the same transaction: the knowledge base never lags behind or disagrees with the pages.
        if (unit is null)
        {
            // A bulk load without consolidation: `hoptac reconsolidate` builds the knowledge base afterwards.
        }
        else if (currentId is not null && ownUnitForVersions)
        {
            await unit.FlushAsync().ConfigureAwait(false);
            await knowledge.PageSavedAsync(connection, transaction, pageId, currentId, known, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await unit.AddPageAsync(pageId, currentId, known).ConfigureAwait(false);
        }

        return new SaveResult(currentId is null ? SaveOutcome.New : SaveOutcome.NewVersion, pageId, version);
    }

    /// <summary>Puts the oldest other current page with this content into the index, if there is one.</summary>
    private static async Task PromoteTwinAsync(PreparedCommands commands, string hash, CancellationToken cancellationToken)
    {
        long id;
        string? title;
        string text;
        {
            var find = commands.Command("SELECT id, title, text FROM pages WHERE content_hash = $hash AND is_current = 1 AND is_indexed = 0 ORDER BY id LIMIT 1");
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

        {
            var mark = commands.Command("UPDATE pages SET is_indexed = 1 WHERE id = $id");
            mark.Parameters.AddWithValue("$id", id);
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await IndexAsync(commands, id, title, text, cancellationToken).ConfigureAwait(false);
    }

    private static async Task IndexAsync(
        PreparedCommands commands, long pageId, string? title, string text, CancellationToken cancellationToken)
    {
        var index = commands.Command("""
            INSERT INTO pages_fts (rowid, title, body) VALUES ($id, $title, $body);
            INSERT INTO pages_marked_fts (rowid, title, text) VALUES ($id, $rawTitle, $text);
            """);
        index.Parameters.AddWithValue("$id", pageId);
        index.Parameters.AddWithValue("$title", VietnameseText.Fold(title));
        index.Parameters.AddWithValue("$body", VietnameseText.Fold(text));
        index.Parameters.AddWithValue("$rawTitle", Db(title));
        index.Parameters.AddWithValue("$text", text);
        await index.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
