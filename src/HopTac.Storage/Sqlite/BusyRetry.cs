using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Sqlite;

/// <summary>
/// Runs a whole write transaction again when SQLite reports the database busy or locked after its busy timeout:
/// another process (a second <c>hoptac ingest</c>, <c>serve</c> curating) held the write lock too long. The attempt
/// is rolled back before the retry, so a page is never written twice; the wait doubles from 100 ms with jitter, and
/// after the last attempt the error reaches the caller as a storage failure.
/// </summary>
internal static class BusyRetry
{
    /// <summary>Attempts in all; with the 30 s busy timeout of each attempt, a writer gives up after some minutes.</summary>
    public const int MaxAttempts = 6;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var delay = TimeSpan.FromMilliseconds(100);
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (SqliteException e) when (IsBusy(e) && tries < MaxAttempts)
            {
                await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100)), cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED, extended codes included.</summary>
    public static bool IsBusy(SqliteException e) =>
        e is not null && ((e.SqliteErrorCode & 0xFF) == SqliteBusy || (e.SqliteErrorCode & 0xFF) == SqliteLocked);
}
