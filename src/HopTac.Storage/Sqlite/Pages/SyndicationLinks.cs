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
    /// Files the page version's signature (<see cref="TextFingerprint.Of"/> of its text, null when it has none) and links it to the earliest current original of another source, stored before it, whose
    /// estimated resemblance is at least <see cref="TextFingerprint.MinResemblance"/>. Returns that original's page id,
    /// or null when the page is an original (or too short to tell). Only earlier pages are candidates, so a save (the
    /// newest page) and a re-link in page order (<see cref="RelinkAfterAsync"/>) reach the same links.
    /// </summary>
    public static async Task<long?> LinkAsync(PreparedCommands commands, long pageId, uint[]? signature, CancellationToken cancellationToken)
    {
        if (signature is null)
        {
            return null;
        }

        var bands = TextFingerprint.BandKeys(signature);
        var original = await FindOriginalAsync(commands, pageId, signature, bands, cancellationToken).ConfigureAwait(false);
        var insert = commands.Command("INSERT OR REPLACE INTO page_fingerprints (page_id, signature, original_id) VALUES ($page, $signature, $original)");
        insert.Parameters.AddWithValue("$page", pageId);
        insert.Parameters.AddWithValue("$signature", TextFingerprint.ToBytes(signature));
        insert.Parameters.AddWithValue("$original", original ?? pageId);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        // The 16 band rows in one statement: binding and running one insert per band was most of a save's link cost.
        var band = commands.Command(
            "INSERT OR IGNORE INTO page_fingerprint_bands (band, page_id) SELECT value, $page FROM json_each($bands)");
        band.Parameters.AddWithValue("$bands", System.Text.Json.JsonSerializer.Serialize(bands));
        band.Parameters.AddWithValue("$page", pageId);
        await band.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return original;
    }

    // The earliest current original of another source, stored before the page, that the signature resembles enough.
    private static async Task<long?> FindOriginalAsync(
        PreparedCommands commands, long pageId, uint[] signature, long[] bands, CancellationToken cancellationToken)
    {
        var find = commands.Command("""
            SELECT f.page_id, f.signature FROM page_fingerprints f JOIN pages p ON p.id = f.page_id
            WHERE f.page_id IN (SELECT b.page_id FROM page_fingerprint_bands b WHERE b.band IN (SELECT value FROM json_each($bands)))
              AND f.original_id = f.page_id AND p.is_current = 1 AND f.page_id < $page
              AND p.source_id <> (SELECT source_id FROM pages WHERE id = $page)
            ORDER BY f.page_id LIMIT $limit
            """);
        find.Parameters.AddWithValue("$bands", System.Text.Json.JsonSerializer.Serialize(bands));
        find.Parameters.AddWithValue("$page", pageId);
        find.Parameters.AddWithValue("$limit", SyndicatedCopies.MaxCandidates);
        await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var other = TextFingerprint.FromBytes((byte[])reader.GetValue(1));
            if (TextFingerprint.Resemblance(signature, other) >= TextFingerprint.MinResemblance)
            {
                return reader.GetInt64(0);
            }
        }

        return null;
    }

    /// <summary>
    /// Part of a rebuild: signs again up to <paramref name="count"/> current pages with ids above <paramref name="after"/>
    /// (the batch <see cref="Knowledge.SqliteConsolidationStore.CurrentPagesAfterAsync"/> reads) and links each afresh,
    /// in id order. A rebuild that walks every page so ends with the links a save of the pages in that order would
    /// make: a copy whose original was replaced or deleted, pages saved side by side by two processes (neither saw
    /// the other) and pages signed under older rules or none are all linked again.
    /// </summary>
    public static async Task RelinkAfterAsync(PreparedCommands commands, long after, int count, CancellationToken cancellationToken)
    {
        var pages = new List<(long Id, string Text, byte[]? Signature, long Original)>();
        {
            var select = commands.Command("""
            SELECT p.id, p.text, f.signature, f.original_id FROM pages p LEFT JOIN page_fingerprints f ON f.page_id = p.id
            WHERE p.is_current = 1 AND p.id > $after ORDER BY p.id LIMIT $count
            """);
            select.Parameters.AddWithValue("$after", after);
            select.Parameters.AddWithValue("$count", count);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pages.Add((reader.GetInt64(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1),
                    reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2), reader.IsDBNull(3) ? 0 : reader.GetInt64(3)));
            }
        }

        var forget = commands.Command(
            "DELETE FROM page_fingerprint_bands WHERE page_id = $page; DELETE FROM page_fingerprints WHERE page_id = $page");
        var page = forget.Parameters.Add("$page", SqliteType.Integer);

        // Signing is pure CPU and a third of a rebuild's link cost: the batch's pages are signed on every core at
        // once, before the writer walks them in order (the links depend on that order, the signatures do not).
        var signatures = pages.AsParallel().AsOrdered().Select(p => TextFingerprint.Of(p.Text)).ToArray();
        for (var i = 0; i < pages.Count; i++)
        {
            var (id, _, stored, storedOriginal) = pages[i];
            if (stored is not null && signatures[i] is { } signature && TextFingerprint.ToBytes(signature).AsSpan().SequenceEqual(stored)
                && await HasBandsAsync(commands, id, TextFingerprint.BandKeys(signature), cancellationToken).ConfigureAwait(false))
            {
                // Signed as the rules sign it now, with its bands: only the link can have changed (its original
                // replaced or deleted, pages saved side by side). Rewriting the same rows was most of a rebuild's link cost.
                var original = await FindOriginalAsync(commands, id, signature, TextFingerprint.BandKeys(signature), cancellationToken).ConfigureAwait(false) ?? id;
                if (original != storedOriginal)
                {
                    var relink = commands.Command("UPDATE page_fingerprints SET original_id = $original WHERE page_id = $page");
                    relink.Parameters.AddWithValue("$original", original);
                    relink.Parameters.AddWithValue("$page", id);
                    await relink.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            page.Value = id;
            await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await LinkAsync(commands, id, signatures[i], cancellationToken).ConfigureAwait(false);
        }
    }

    // Whether the page's band rows are exactly these keys.
    private static async Task<bool> HasBandsAsync(PreparedCommands commands, long pageId, long[] bands, CancellationToken cancellationToken)
    {
        var command = commands.Command("SELECT band FROM page_fingerprint_bands WHERE page_id = $page");
        command.Parameters.AddWithValue("$page", pageId);
        var stored = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(reader.GetInt64(0));
        }

        return stored.SetEquals(bands);
    }

    /// <summary>Whether the page version is a copy of another page (its facts stay out of the knowledge base).</summary>
    public static async Task<bool> IsCopyAsync(SqliteConnection connection, SqliteTransaction transaction, long pageId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT count(*) FROM page_fingerprints WHERE page_id = $page AND original_id <> page_id");
        command.Parameters.AddWithValue("$page", pageId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }
}
