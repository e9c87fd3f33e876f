using HopTac.Storage.Postgres;
using HopTac.Storage.Tests.Contracts;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>The page store contract on PostgreSQL: each store in a database of its own.</summary>
public sealed class PostgresPageStoreContractTests : PageStoreContract
{
    private readonly List<string> databases = [];

    protected override async Task<IPageStore> CreateStoreAsync()
    {
        var (url, name) = await PostgresServer.CreateDatabaseAsync();
        databases.Add(name);
        return await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct);
    }

    protected override async ValueTask CleanUpAsync()
    {
        foreach (var name in databases)
        {
            await PostgresServer.DropDatabaseAsync(name);
        }
    }
}
