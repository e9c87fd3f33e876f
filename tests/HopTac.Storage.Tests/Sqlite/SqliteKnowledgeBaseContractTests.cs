using HopTac.Storage.Tests.Contracts;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The knowledge-base contract on SQLite.</summary>
public sealed class SqliteKnowledgeBaseContractTests : KnowledgeBaseContract
{
    private readonly SqliteFiles files = new();

    protected override async Task<IPageStore> CreateStoreAsync() => await files.OpenAsync();

    protected override ValueTask CleanUpAsync()
    {
        files.Delete();
        return ValueTask.CompletedTask;
    }
}
