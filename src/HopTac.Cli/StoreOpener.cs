using HopTac.Storage;

namespace HopTac.Cli;

/// <summary>Opens the configured store through <see cref="Stores"/>: a path is a SQLite file, a postgres:// URL a PostgreSQL database.</summary>
internal static class StoreOpener
{
    public static Task<IPageStore> OpenAsync(string db, CancellationToken cancellationToken) => Stores.OpenAsync(db, TimeProvider.System, cancellationToken);

    /// <summary>Whether an exception is the store's (I/O, database) rather than a bug.</summary>
    public static bool IsStorageFailure(Exception e) => Stores.IsStorageFailure(e);
}
