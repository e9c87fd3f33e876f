using HopTac.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>The syndication contract on SQLite.</summary>
public sealed class SqliteSyndicationContractTests : SyndicationContract
{
    private readonly SqliteFiles files = new();
    private readonly Dictionary<IPageStore, string> paths = [];

    protected override async Task<IPageStore> CreateStoreAsync()
    {
        var path = files.NewPath();
        var store = await SqliteFiles.OpenAsync(path);
        paths[store] = path;
        return store;
    }

    protected override async Task ForgetLinksAsync(IPageStore store)
    {
        await using var connection = new SqliteConnection($"Data Source={paths[store]};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM page_fingerprint_bands; DELETE FROM page_fingerprints";
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override ValueTask CleanUpAsync()
    {
        files.Delete();
        return ValueTask.CompletedTask;
    }
}
