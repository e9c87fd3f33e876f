using HopTac.Core.Pages;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Sqlite.Pages;
using HopTac.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The ranking contract on SQLite: bm25 times the adjacency boost, in one statement per tier.</summary>
public sealed class SearchRankingTests : SearchRankingContract
{
    protected override async Task<(Func<SearchQuery, Task<SearchResults>> InSql, Func<SearchQuery, Task<SearchResults>> FullScan)> CreateAsync(
        IReadOnlyList<PageRecord> records)
    {
        var temp = Track(await TempStore.CreateAsync());
        await temp.Store.SaveBatchAsync(records, Ct);
        var connections = new SqliteConnections(new SqliteConnectionStringBuilder { DataSource = temp.FilePath, Pooling = false }.ToString());
        return (q => new PageSearch(connections).SearchAsync(q, Ct), q => new PageSearch(connections) { FullScan = true }.SearchAsync(q, Ct));
    }

    protected override async Task<Func<SearchQuery, Task<SearchResults>>> CreateBoundedAsync(IReadOnlyList<PageRecord> records, int bound)
    {
        var temp = Track(await TempStore.CreateAsync());
        await temp.Store.SaveBatchAsync(records, Ct);
        var connections = new SqliteConnections(new SqliteConnectionStringBuilder { DataSource = temp.FilePath, Pooling = false }.ToString());
        return q => new PageSearch(connections) { TotalBound = bound }.SearchAsync(q, Ct);
    }
}
