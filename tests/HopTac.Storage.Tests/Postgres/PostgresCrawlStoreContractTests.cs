using HopTac.Storage.Crawling;
using HopTac.Storage.Postgres.Crawling;
using HopTac.Storage.Tests.Contracts;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>The crawl store contract on PostgreSQL: each store in a database of its own.</summary>
public sealed class PostgresCrawlStoreContractTests : CrawlStoreContract
{
    private readonly PostgresDatabases databases = new();

    protected override async Task<ICrawlStore> CreateStoreAsync() => await PostgresCrawlStore.OpenAsync(await databases.CreateAsync(), TempStore.Clock, Ct);

    protected override ValueTask CleanUpAsync() => databases.DropAllAsync();
}
