using HopTac.Storage.Crawling;
using HopTac.Storage.Sqlite.Crawling;
using HopTac.Storage.Tests.Contracts;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The crawl store contract on SQLite.</summary>
public sealed class SqliteCrawlStoreContractTests : CrawlStoreContract
{
    private readonly SqliteFiles files = new();

    protected override async Task<ICrawlStore> CreateStoreAsync() => await SqliteCrawlStore.OpenAsync(files.NewPath(), TempStore.Clock, Ct);

    protected override ValueTask CleanUpAsync()
    {
        files.Delete();
        return ValueTask.CompletedTask;
    }
}
