using HopTac.Storage.Accounts;
using HopTac.Storage.Postgres;
using HopTac.Storage.Postgres.Accounts;
using HopTac.Storage.Tests.Contracts;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>The account store contract on PostgreSQL: each store in a database of its own.</summary>
public sealed class PostgresAccountStoreContractTests : AccountStoreContract
{
    private readonly PostgresDatabases databases = new();

    protected override async Task<IAccountStore> CreateStoreAsync()
    {
        // The page store applies the migrations (accounts live in the same database); it stays open for the test.
        var url = await databases.CreateAsync();
        Track(await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct));
        return Track(new PostgresAccountStore(url, TempStore.Clock));
    }

    protected override ValueTask CleanUpAsync() => databases.DropAllAsync();
}
