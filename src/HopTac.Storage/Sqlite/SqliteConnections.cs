using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to one store file, each with the store's date functions registered and the busy timeout
/// and synchronous mode set: every part of the SQLite store reads and writes through one of these.
/// </summary>
internal sealed class SqliteConnections(string connectionString)
{
    public const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>
    /// Page cache per connection, in KiB (SQLite's default is 2,000 KiB). A store of 100k pages is some gigabytes and
    /// a save touches the B-trees of pages, facts, mentions and their lookup terms all over the file: with the default
    /// cache every level below the top few is read through the operating system again on each statement, which made a
    /// save's cost grow with the store (issue 14's profile at 20,000 pages). The cache fills only as pages are read.
    /// </summary>
    public const int CacheKibibytes = 65_536;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            SqliteDateFunctions.Register(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{CacheKibibytes.ToString(CultureInfo.InvariantCulture)};";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the pooled handles, which releases the file (and its -wal/-shm) so callers can move or delete it.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
