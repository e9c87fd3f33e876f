using System.Globalization;
using HopTac.Storage.Syndication;
using Microsoft.Data.Sqlite;
using static HopTac.Storage.Sqlite.SqlCommands;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>
/// Links a saved page version to the page it is a near-duplicate copy of (<c>page_fingerprints</c>, migration 0012);
/// the rules are <see cref="SyndicatedCopies"/>'.
/// </summary>
internal static class SyndicationLinks
{
    /// <summary>
    /// Signs the page version and links it to the earliest current original of another source, stored before it, whose
    /// estimated resemblance is at least <see cref="TextFingerprint.MinResemblance"/>. Returns that original's page id,
    /// or null when the page is an original (or too short to tell). Only earlier pages are candidates, so a save (the
    /// newest page) and a re-link in page order (<see cref="RelinkAfterAsync"/>) reach the same links.
    /// </summary>
    public static async Task<long?> LinkAsync(SqliteConnection connection, SqliteTransaction transaction, long pageId, string text, CancellationToken cancellationToken)
    {
        if (TextFingerprint.Of(text) is not { } signature)
        {
            return null;
        }

        var bands = TextFingerprint.BandKeys(signature);
        long? original = null;
        await using (var find = Command(connection, transaction, """
            SELECT f.page_id, f.signature FROM page_fingerprints f JOIN pages p ON p.id = f.page_id
            WHERE f.page_id IN (SELECT b.page_id FROM page_fingerprint_bands b WHERE b.band IN (SELECT value FROM json_each($bands)))
              AND f.original_id = f.page_id AND p.is_current = 1 AND f.page_id < $page
              AND p.source_id <> (SELECT source_id FROM pages WHERE id = $page)
            ORDER BY f.page_id LIMIT $limit
            """))
        {
            find.Parameters.AddWithValue("$bands", System.Text.Json.JsonSerializer.Serialize(bands));
            find.Parameters.AddWithValue("$page", pageId);
            find.Parameters.AddWithValue("$limit", SyndicatedCopies.MaxCandidates);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (original is null && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var other = TextFingerprint.FromBytes((byte[])reader.GetValue(1));
                if (TextFingerprint.Resemblance(signature, other) >= TextFingerprint.MinResemblance)
                {
                    original = reader.GetInt64(0);
                }
            }
        }

        await using (var insert = Command(connection, transaction,
            "INSERT OR REPLACE INTO page_fingerprints (page_id, signature, original_id) VALUES ($page, $signature, $original)"))
        {
            insert.Parameters.AddWithValue("$page", pageId);
            insert.Parameters.AddWithValue("$signature", TextFingerprint.ToBytes(signature));
            insert.Parameters.AddWithValue("$original", original ?? pageId);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var band = Command(connection, transaction, "INSERT OR IGNORE INTO page_fingerprint_bands (band, page_id) VALUES ($band, $page)");
        foreach (var key in bands)
        {
            band.Parameters.Clear();
            band.Parameters.AddWithValue("$band", key);
            band.Parameters.AddWithValue("$page", pageId);
            await band.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return original;
    }

    /// <summary>
    /// Part of a rebuild: signs again up to <paramref name="count"/> current pages with ids above <paramref name="after"/>
    /// (the batch <see cref="Knowledge.SqliteConsolidationStore.CurrentPagesAfterAsync"/> reads) and links each afresh,
    /// in id order. A rebuild that walks every page so ends with the links a save of the pages in that order would
    /// make: a copy whose original was replaced or deleted, pages saved side by side by two processes (neither saw
    /// the other) and pages signed under older rules or none are all linked again.
    /// </summary>
    public static async Task RelinkAfterAsync(SqliteConnection connection, SqliteTransaction transaction, long after, int count, CancellationToken cancellationToken)
    {
        var pages = new List<(long Id, string Text)>();
        await using (var select = Command(connection, transaction, "SELECT id, text FROM pages WHERE is_current = 1 AND id > $after ORDER BY id LIMIT $count"))
        {
            select.Parameters.AddWithValue("$after", after);
            select.Parameters.AddWithValue("$count", count);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pages.Add((reader.GetInt64(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1)));
            }
        }

        await using var forget = Command(connection, transaction,
            "DELETE FROM page_fingerprint_bands WHERE page_id = $page; DELETE FROM page_fingerprints WHERE page_id = $page");
        var page = forget.Parameters.Add("$page", SqliteType.Integer);
        foreach (var (id, text) in pages)
        {
            page.Value = id;
            await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await LinkAsync(connection, transaction, id, text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the page version is a copy of another page (its facts stay out of the knowledge base).</summary>
    public static async Task<bool> IsCopyAsync(SqliteConnection connection, SqliteTransaction transaction, long pageId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT count(*) FROM page_fingerprints WHERE page_id = $page AND original_id <> page_id");
        command.Parameters.AddWithValue("$page", pageId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }
}
