using HopTac.Storage.Postgres;
using HopTac.Storage.Sqlite;

namespace HopTac.Storage;

/// <summary>
/// The one place that decides which store an address names: a <c>postgres://</c> (or <c>postgresql://</c>) URL is a
/// PostgreSQL database (<see cref="PostgresPageStore"/>), anything else a SQLite file path (<see cref="SqlitePageStore"/>,
/// the default). Hosts (the CLI, <c>serve</c>) open their store here and take the address from <c>--db</c> or
/// <c>HOPTAC_DB</c>.
/// </summary>
public static class Stores
{
    /// <summary>The environment variable that names the store when no <c>--db</c> is given.</summary>
    public const string Variable = "HOPTAC_DB";

    /// <summary>Whether <paramref name="address"/> names a PostgreSQL database.</summary>
    public static bool IsPostgres(string? address) => PostgresUrl.IsPostgres(address);

    /// <summary>Opens (creating a SQLite file, migrating either store) the store at <paramref name="address"/>.</summary>
    public static async Task<IPageStore> OpenAsync(string address, TimeProvider clock, CancellationToken cancellationToken) =>
        IsPostgres(address)
            ? await PostgresPageStore.OpenAsync(address, clock, cancellationToken).ConfigureAwait(false)
            : await SqlitePageStore.OpenAsync(address, clock, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether an exception is a store's (I/O, database, connection) rather than a bug.</summary>
    public static bool IsStorageFailure(Exception e) =>
        e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or InvalidDataException
            or FormatException or StoreCapabilityException;
}
