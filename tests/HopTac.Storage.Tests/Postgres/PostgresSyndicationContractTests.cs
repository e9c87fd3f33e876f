using HopTac.Storage.Postgres;
using HopTac.Storage.Tests.Contracts;
using HopTac.Storage.Tests.Sqlite;
using Npgsql;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>The syndication contract on PostgreSQL: each store in a database of its own.</summary>
public sealed class PostgresSyndicationContractTests : SyndicationContract
{
    private readonly PostgresDatabases databases = new();
    private readonly Dictionary<IPageStore, string> urls = [];

    protected override async Task<IPageStore> CreateStoreAsync()
    {
        var url = await databases.CreateAsync();
        var store = await PostgresPageStore.OpenAsync(url, TempStore.Clock, Ct);
        urls[store] = url;
        return store;
    }

    protected override async Task ForgetLinksAsync(IPageStore store)
    {
        await using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(urls[store]));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("DELETE FROM page_fingerprint_bands; DELETE FROM page_fingerprints", connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override ValueTask CleanUpAsync() => databases.DropAllAsync();
}
