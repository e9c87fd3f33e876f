using HopTac.Core.Pages;
using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Pages;
using HopTac.Storage.Tests.Contracts;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>
/// The ranking contract on PostgreSQL: ts_rank times the adjacency boost over the window of newest matches (here
/// larger than any query's matches, so the window holds them all), in one statement per tier.
/// </summary>
public sealed class PostgresSearchRankingTests : SearchRankingContract
{
    private readonly PostgresDatabases databases = new();

    protected override async Task<(Func<SearchQuery, Task<SearchResults>> InSql, Func<SearchQuery, Task<SearchResults>> FullScan)> CreateAsync(
        IReadOnlyList<PageRecord> records)
    {
        var url = await databases.CreateAsync();
        var store = Track(await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct));
        await store.SaveBatchAsync(records, Ct);
        var connections = Track(new PostgresConnections(PostgresUrl.ToConnectionString(url)));
        return (q => new PostgresPageSearch(connections).SearchAsync(q, Ct), q => new PostgresPageSearch(connections) { FullScan = true }.SearchAsync(q, Ct));
    }

    protected override async Task<Func<SearchQuery, Task<SearchResults>>> CreateBoundedAsync(IReadOnlyList<PageRecord> records, int bound)
    {
        var url = await databases.CreateAsync();
        var store = Track(await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct));
        await store.SaveBatchAsync(records, Ct);
        var connections = Track(new PostgresConnections(PostgresUrl.ToConnectionString(url)));
        return q => new PostgresPageSearch(connections) { TotalBound = bound }.SearchAsync(q, Ct);
    }

    protected override ValueTask CleanUpAsync() => databases.DropAllAsync();
}
