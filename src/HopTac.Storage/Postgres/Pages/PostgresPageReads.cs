using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HopTac.Core.Pages;
using Npgsql;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>Reads stored page versions (one by id, or every current page) and the counts of <c>hoptac stats</c>.</summary>
internal sealed class PostgresPageReads(PostgresConnections connections)
{
    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<StoredPage?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT id, version, ingested_at, record_json FROM pages WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadStoredPage(reader) : null;
    }

    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async IAsyncEnumerable<StoredPage> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT id, version, ingested_at, record_json FROM pages WHERE is_current ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ReadStoredPage(reader) is { } page)
            {
                yield return page;
            }
        }
    }

    /// <summary>See <see cref="IPageStore"/>; Characters counts code points, as SQLite's length() does.</summary>
    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT
                (SELECT count(*) FROM pages WHERE is_current),
                (SELECT count(*) FROM pages),
                (SELECT count(*) FROM sources),
                (SELECT coalesce(sum(length(text)), 0)::bigint FROM pages WHERE is_current),
                (SELECT count(*) FROM pages WHERE is_current AND relevant),
                (SELECT count(*) FROM people JOIN pages ON pages.id = people.page_id WHERE pages.is_current),
                (SELECT count(*) FROM organizations JOIN pages ON pages.id = organizations.page_id WHERE pages.is_current),
                (SELECT count(*) FROM figures JOIN pages ON pages.id = figures.page_id WHERE pages.is_current);
            SELECT 'e', coalesce(nullif(encoding, ''), 'unknown'), count(*) FROM pages WHERE is_current GROUP BY 2
            UNION ALL SELECT 'v', e.type, count(*) FROM events e JOIN pages p ON p.id = e.page_id WHERE p.is_current GROUP BY 2
            UNION ALL SELECT 'a', a.type, count(*) FROM agreements a JOIN pages p ON p.id = a.page_id WHERE p.is_current GROUP BY 2;
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var counts = Enumerable.Range(0, 8).Select(reader.GetInt64).ToArray();
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var groups = new Dictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal)
        {
            ["e"] = new(StringComparer.Ordinal), ["v"] = new(StringComparer.Ordinal), ["a"] = new(StringComparer.Ordinal),
        };
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            groups[reader.GetString(0)][reader.GetString(1)] = reader.GetInt64(2);
        }

        return new StoreStats(counts[0], counts[1], counts[2], counts[3], groups["e"])
        {
            RelevantPages = counts[4],
            People = counts[5],
            Organizations = counts[6],
            Figures = counts[7],
            EventsByType = groups["v"],
            AgreementsByType = groups["a"],
        };
    }

    private static StoredPage? ReadStoredPage(NpgsqlDataReader reader)
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

        var ingestedAt = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return record is null ? null : new StoredPage(reader.GetInt64(0), reader.GetInt32(1), ingestedAt, record);
    }
}
