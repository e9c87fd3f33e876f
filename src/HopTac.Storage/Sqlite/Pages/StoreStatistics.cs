using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>The counts of <c>hoptac stats</c>, over current pages.</summary>
internal sealed class StoreStatistics(SqliteConnections connections)
{
    /// <summary>See <see cref="IPageStore"/>.</summary>
    /// <remarks>
    /// Pages counts current pages (one per source, what <see cref="IPageStore.ListAsync"/> yields); Versions every stored
    /// version; Characters the length of the current texts in code points (SQLite's length(), equal to UTF-16
    /// length for Vietnamese, which lies in the Basic Multilingual Plane); ByEncoding current pages by encoding
    /// ("unknown" where none was recorded).
    /// </remarks>
    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
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
}
