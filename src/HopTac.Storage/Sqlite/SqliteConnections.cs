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

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            SqliteDateFunctions.Register(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}; PRAGMA synchronous = NORMAL;";
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
