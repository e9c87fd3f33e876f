using HopTac.Storage.Postgres;
using HopTac.Storage.Tests.Contracts;
using HopTac.Storage.Tests.Sqlite;

namespace HopTac.Storage.Tests.Postgres;

/// <summary>The knowledge-base contract on PostgreSQL: each store in a database of its own.</summary>
public sealed class PostgresKnowledgeBaseContractTests : KnowledgeBaseContract
{
    private readonly PostgresDatabases databases = new();

    protected override async Task<IPageStore> CreateStoreAsync() => await PostgresPageStore.OpenAsync(await databases.CreateAsync(), TempStore.Clock, Ct);

    protected override ValueTask CleanUpAsync() => databases.DropAllAsync();
}
