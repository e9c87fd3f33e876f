using HopTac.Core.Pages;
using HopTac.Storage.Rules;
using HopTac.Storage.Sqlite.Knowledge;
using Microsoft.Data.Sqlite;
using static HopTac.Storage.Sqlite.SqlCommands;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>Replaces the facts of a stored page version by a fresh extraction of the same text (re-extraction).</summary>
internal sealed class PageReextraction(SqliteConnections connections, SqliteKnowledgeBase knowledge, SemaphoreSlim writeLock)
{
    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<ReextractResult> ReplaceFactsAsync(long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!PageRules.CanReplaceFacts(record))
        {
            return new ReextractResult(ReextractOutcome.Refused, pageId);
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BusyRetry.RunAsync(
                async () =>
                {
                    await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
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

        var (outcome, replaced, replacedJson) = PageRules.ReplaceFacts(hash, text, json, source, record);
        if (outcome != ReextractOutcome.Updated)
        {
            return outcome;
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
            update.Parameters.AddWithValue("$relevant", replaced!.Relevant ? 1 : 0);
            update.Parameters.AddWithValue("$published", Db(replaced.Published));
            update.Parameters.AddWithValue("$json", replacedJson!);
            update.Parameters.AddWithValue("$id", pageId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var commands = new PreparedCommands(connection, transaction))
        {
            await FactRows.InsertAsync(commands, pageId, replaced, cancellationToken).ConfigureAwait(false);
        }

        // Only current versions have mentions; the page is its own old version, so its mentions are swapped as a save swaps them.
        if (current)
        {
            var known = await SyndicationLinks.IsCopyAsync(connection, transaction, pageId, cancellationToken).ConfigureAwait(false)
                ? HopTac.Storage.Syndication.SyndicatedCopies.WithoutFacts(replaced)
                : replaced;
            await knowledge.PageSavedAsync(connection, transaction, pageId, pageId, known, cancellationToken).ConfigureAwait(false);
        }

        return ReextractOutcome.Updated;
    }
}
