using HopTac.Storage.Accounts;
using HopTac.Storage.Postgres;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Accounts;
using HopTac.Storage.Watchlists;

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

    /// <summary>
    /// The accounts, tokens and audit log kept beside the pages at <paramref name="address"/> (open the page store first:
    /// it applies the migrations). Dispose it when it is <see cref="IAsyncDisposable"/> (the PostgreSQL one holds a pool).
    /// </summary>
    public static IAccountStore OpenAccounts(string address, TimeProvider clock) =>
        IsPostgres(address)
            ? new Postgres.Accounts.PostgresAccountStore(address, clock)
            : new SqliteAccountStore(address, clock);

    /// <summary>The watchlists kept beside the pages at <paramref name="address"/> (open the page store first: it applies the migrations).</summary>
    public static IWatchlistStore OpenWatchlists(string address, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (IsPostgres(address))
        {
            var connectionString = PostgresUrl.ToConnectionString(address);
            return new WatchlistStore(
                async ct =>
                {
                    var connection = new Npgsql.NpgsqlConnection(connectionString);
                    await connection.OpenAsync(ct).ConfigureAwait(false);
                    return connection;
                },
                clock);
        }

        var sqlite = SqliteFileConnections.For(address);
        return new WatchlistStore(
            async ct =>
            {
                var connection = new Microsoft.Data.Sqlite.SqliteConnection(sqlite);
                await connection.OpenAsync(ct).ConfigureAwait(false);
                return connection;
            },
            clock);
    }

    /// <summary>The crawler's sources, frontier and fetch log, kept beside the pages at <paramref name="address"/> (a SQLite file or a postgres:// URL).</summary>
    public static async Task<Crawling.ICrawlStore> OpenCrawlAsync(string address, TimeProvider clock, CancellationToken cancellationToken) =>
        IsPostgres(address)
            ? await Postgres.Crawling.PostgresCrawlStore.OpenAsync(address, clock, cancellationToken).ConfigureAwait(false)
            : await Sqlite.Crawling.SqliteCrawlStore.OpenAsync(address, clock, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether an exception is a store's (I/O, database, connection) rather than a bug.</summary>
    public static bool IsStorageFailure(Exception e) =>
        e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or InvalidDataException
            or FormatException or StoreCapabilityException;
}
