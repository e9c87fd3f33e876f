using HopTac.Storage;
using HopTac.Storage.Sqlite;

namespace HopTac.Cli;

/// <summary>Opens the configured store. SQLite is the default (and, for now, the only) backend.</summary>
internal static class StoreOpener
{
    public static async Task<IPageStore> OpenAsync(string dbPath, CancellationToken cancellationToken) =>
        await SqlitePageStore.OpenAsync(dbPath, TimeProvider.System, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether an exception is the store's (I/O, database) rather than a bug.</summary>
    public static bool IsStorageFailure(Exception e) =>
        e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidDataException;
}
