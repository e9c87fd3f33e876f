using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// Connection strings and the first open of the store file. Stores that only share the page store's file (accounts,
/// watchlists) need it to exist; stores that may be opened first (pages, crawl) create it and its folder. Either way
/// connections are pooled, foreign keys on, a busy writer waited for 30 s.
/// </summary>
internal static class SqliteFileConnections
{
    /// <summary>The connection string of a store that may open the file first: the file and its folder are created if missing.</summary>
    public static string Creating(string databasePath)
    {
        var fullPath = Path.GetFullPath(databasePath);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = SqliteConnections.BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>
    /// Sets WAL (searches read while a save writes; a property of the file, set once) and applies the migrations
    /// not yet applied; returns their numbers.
    /// </summary>
    public static async Task<IReadOnlyList<int>> PrepareAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await SqliteMigrator.MigrateAsync(connection, clock, cancellationToken).ConfigureAwait(false);
    }

    public static string For(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = SqliteConnections.BusyTimeoutMilliseconds / 1000,
    }.ToString();
}
