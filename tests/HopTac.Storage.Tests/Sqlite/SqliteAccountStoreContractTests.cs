using HopTac.Storage.Accounts;
using HopTac.Storage.Sqlite.Accounts;
using HopTac.Storage.Tests.Contracts;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The account store contract on SQLite.</summary>
public sealed class SqliteAccountStoreContractTests : AccountStoreContract
{
    private readonly SqliteFiles files = new();

    protected override async Task<IAccountStore> CreateStoreAsync()
    {
        // The page store applies the migrations (accounts live in the same file); it stays open for the test.
        var pages = Track(await files.OpenAsync());
        return new SqliteAccountStore(pages.FilePath, TempStore.Clock);
    }

    protected override ValueTask CleanUpAsync()
    {
        files.Delete();
        return ValueTask.CompletedTask;
    }
}
