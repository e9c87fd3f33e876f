using HopTac.Core.Pages;
using HopTac.Storage.Knowledge.Consolidation;
using HopTac.Storage.Postgres.Knowledge;
using HopTac.Storage.Rules;
using Npgsql;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>Replaces the facts of a stored page version by a fresh extraction of the same text (rules: <see cref="PageRules.ReplaceFacts"/>).</summary>
internal sealed class PostgresReextraction(PostgresConnections connections, TimeProvider clock)
{
    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<ReextractResult> ReplaceFactsAsync(long pageId, PageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!PageRules.CanReplaceFacts(record))
        {
            return new ReextractResult(ReextractOutcome.Refused, pageId);
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresConnections.LockWritesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        string hash, text, json, source;
        bool current;
        await using (var find = new NpgsqlCommand(
            "SELECT p.content_hash, p.text, p.record_json, s.source, p.is_current FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.id = @id",
            connection, transaction))
        {
            find.Parameters.AddWithValue("id", pageId);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return new ReextractResult(ReextractOutcome.NotFound, pageId);
            }

            (hash, text, json, source, current) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4));
        }

        var (outcome, replaced, replacedJson) = PageRules.ReplaceFacts(hash, text, json, source, record);
        if (outcome != ReextractOutcome.Updated)
        {
            return new ReextractResult(outcome, pageId);
        }

        // Agreements point at events and participants at people: delete the pointing rows first.
        await using (var replace = new NpgsqlCommand("""
            DELETE FROM agreements WHERE page_id = @id;
            DELETE FROM events WHERE page_id = @id;
            DELETE FROM people WHERE page_id = @id;
            DELETE FROM organizations WHERE page_id = @id;
            DELETE FROM figures WHERE page_id = @id;
            DELETE FROM page_areas WHERE page_id = @id;
            UPDATE pages SET relevant = @relevant, published = @published, record_json = @json WHERE id = @id;
            """, connection, transaction))
        {
            replace.Parameters.AddWithValue("id", pageId);
            replace.Parameters.AddWithValue("relevant", replaced!.Relevant);
            replace.Parameters.AddWithValue("published", (object?)replaced.Published ?? DBNull.Value);
            replace.Parameters.AddWithValue("json", replacedJson!);
            await replace.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await PostgresFactRows.InsertAsync(connection, transaction, pageId, replaced, cancellationToken).ConfigureAwait(false);

        // Only current versions have mentions; the page is its own old version, so its mentions are swapped as a save swaps them.
        if (current)
        {
            var known = await PostgresSyndicationLinks.IsCopyAsync(connection, transaction, pageId, cancellationToken).ConfigureAwait(false)
                ? HopTac.Storage.Syndication.SyndicatedCopies.WithoutFacts(replaced)
                : replaced;
            await new ConsolidationEngine(new PostgresConsolidationStore(new PostgresStatementQueue(connection, transaction, cancellationToken) { Defer = false }, connection, transaction, cancellationToken), clock)
                .PageSavedAsync(pageId, pageId, known).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ReextractResult(ReextractOutcome.Updated, pageId);
    }
}
