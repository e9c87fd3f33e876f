using HopTac.Storage.Tests.Postgres;

namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>
/// Where a crawl test keeps its store: a SQLite file in the test's folder, or a new database on the PostgreSQL server
/// of HOPTAC_TEST_PG (skipped locally without one, failed under CI=true), dropped when the test ends.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly PostgresDatabases databases = new();

    private TestStore(string address) => Address = address;

    /// <summary>The store's --db address: a file path or a postgres:// URL.</summary>
    public string Address { get; private set; }

    /// <summary>A new empty store of <paramref name="kind"/> ("sqlite" or "postgres").</summary>
    public static async Task<TestStore> CreateAsync(string kind, string folder)
    {
        var store = new TestStore(Path.Combine(folder, "hoptac.db"));
        if (kind == "postgres")
        {
            store.Address = await store.databases.CreateAsync();
        }

        return store;
    }

    public ValueTask DisposeAsync() => databases.DropAllAsync();
}
