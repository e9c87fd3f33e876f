using HopTac.Storage.Syndication;
using Npgsql;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// Links a saved page version to the page it is a near-duplicate copy of (<c>page_fingerprints</c>, migration 0004),
/// as the SQLite store does; the rules are <see cref="SyndicatedCopies"/>'.
/// </summary>
internal static class PostgresSyndicationLinks
{
    /// <summary>
    /// Signs the page version and links it to the earliest current original of another source, stored before it, whose
    /// estimated resemblance is at least <see cref="TextFingerprint.MinResemblance"/>. Returns that original's page id,
    /// or null when the page is an original (or too short to tell). Only earlier pages are candidates, so a save and a
    /// re-link in page order (<see cref="RelinkAfterAsync"/>) reach the same links.
    /// </summary>
    public static async Task<long?> LinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long pageId, string text, CancellationToken cancellationToken)
    {
        if (TextFingerprint.Of(text) is not { } signature)
        {
            return null;
        }

        var bands = TextFingerprint.BandKeys(signature);
        long? original;
        var find = new NpgsqlBatch(connection, transaction) { BatchCommands = { CandidatesStatement(pageId, bands) } };
        await using (find.ConfigureAwait(false))
        {
            var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                original = await OriginalAsync(reader, signature, cancellationToken).ConfigureAwait(false);
            }
        }

        var sign = new NpgsqlBatch(connection, transaction);
        await using (sign.ConfigureAwait(false))
        {
            foreach (var statement in SignStatements(pageId, signature, bands, original))
            {
                sign.BatchCommands.Add(statement);
            }

            await sign.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return original;
    }

    /// <summary>
    /// The statement reading the page's candidate originals (see <see cref="LinkAsync"/>); <paramref name="pageId"/>
    /// null: the page inserted just before it in the same session, so a save sends it in the page's own round trip.
    /// The earlier pages sharing a band are found first (the bands' primary key), then filtered: left to itself the
    /// planner walked every earlier fingerprint and probed its bands (18 ms at 1,000 pages, growing with the store;
    /// 0.5 ms this way).
    /// </summary>
    public static NpgsqlBatchCommand CandidatesStatement(long? pageId, long[] bands) => new("""
        WITH near AS MATERIALIZED (
            SELECT DISTINCT b.page_id FROM page_fingerprint_bands b
            WHERE b.band = ANY($2) AND b.page_id < (SELECT coalesce($1, currval(pg_get_serial_sequence('pages', 'id')))))
        SELECT f.page_id, f.signature FROM near JOIN page_fingerprints f ON f.page_id = near.page_id JOIN pages p ON p.id = f.page_id
        WHERE f.original_id = f.page_id AND p.is_current
          AND p.source_id <> (SELECT source_id FROM pages WHERE id = (SELECT coalesce($1, currval(pg_get_serial_sequence('pages', 'id')))))
        ORDER BY f.page_id LIMIT $3
        """)
    {
        Parameters =
        {
            new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint, Value = (object?)pageId ?? DBNull.Value },
            new NpgsqlParameter { Value = bands },
            new NpgsqlParameter { Value = SyndicatedCopies.MaxCandidates },
        },
    };

    /// <summary>The first candidate (rows of <see cref="CandidatesStatement"/>, in page order) that resembles <paramref name="signature"/> enough, if any.</summary>
    public static async Task<long?> OriginalAsync(NpgsqlDataReader reader, uint[] signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
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

    /// <summary>The statements that keep the page's signature, its bands and its original (itself when null).</summary>
    public static NpgsqlBatchCommand[] SignStatements(long pageId, uint[] signature, long[] bands, long? original) =>
    [
        new("""
            INSERT INTO page_fingerprints (page_id, signature, original_id) VALUES ($1, $2, $3)
            ON CONFLICT (page_id) DO UPDATE SET signature = excluded.signature, original_id = excluded.original_id
            """)
        {
            Parameters = { new NpgsqlParameter { Value = pageId }, new NpgsqlParameter { Value = TextFingerprint.ToBytes(signature) }, new NpgsqlParameter { Value = original ?? pageId } },
        },
        new("INSERT INTO page_fingerprint_bands (band, page_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING")
        {
            Parameters = { new NpgsqlParameter { Value = bands }, new NpgsqlParameter { Value = pageId } },
        },
    ];

    /// <summary>
    /// Part of a rebuild: signs again up to <paramref name="count"/> current pages with ids above <paramref name="after"/>
    /// and links each afresh, in id order, as the SQLite store's <c>SyndicationLinks.RelinkAfterAsync</c> does.
    /// </summary>
    public static async Task RelinkAfterAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long after, int count, CancellationToken cancellationToken)
    {
        var pages = new List<(long Id, string Text)>();
        await using (var select = new NpgsqlCommand("SELECT id, text FROM pages WHERE is_current AND id > @after ORDER BY id LIMIT @count", connection, transaction))
        {
            select.Parameters.AddWithValue("after", after);
            select.Parameters.AddWithValue("count", count);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pages.Add((reader.GetInt64(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1)));
            }
        }

        await using var forget = new NpgsqlCommand(
            "DELETE FROM page_fingerprint_bands WHERE page_id = @page; DELETE FROM page_fingerprints WHERE page_id = @page", connection, transaction);
        var page = forget.Parameters.Add("page", NpgsqlTypes.NpgsqlDbType.Bigint);
        foreach (var (id, text) in pages)
        {
            page.Value = id;
            await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await LinkAsync(connection, transaction, id, text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the page version is a copy of another page (its facts stay out of the knowledge base).</summary>
    public static async Task<bool> IsCopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long pageId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM page_fingerprints WHERE page_id = @page AND original_id <> page_id)", connection, transaction);
        command.Parameters.AddWithValue("page", pageId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
