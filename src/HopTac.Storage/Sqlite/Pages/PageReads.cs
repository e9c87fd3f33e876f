using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HopTac.Core.Pages;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite.Pages;

/// <summary>Reads stored page versions: one by id, or every current page.</summary>
internal sealed class PageReads(SqliteConnections connections)
{
    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async Task<StoredPage?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, version, ingested_at, record_json FROM pages WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadStoredPage(reader) : null;
    }

    /// <summary>See <see cref="IPageStore"/>.</summary>
    public async IAsyncEnumerable<StoredPage> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, version, ingested_at, record_json FROM pages WHERE is_current = 1 ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var page = ReadStoredPage(reader);
            if (page is not null)
            {
                yield return page;
            }
        }
    }

    private static StoredPage? ReadStoredPage(SqliteDataReader reader)
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

        if (record is null)
        {
            return null;
        }

        var ingestedAt = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new StoredPage(reader.GetInt64(0), reader.GetInt32(1), ingestedAt, record);
    }
}
