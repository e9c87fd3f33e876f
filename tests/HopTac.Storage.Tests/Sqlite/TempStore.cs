using HopTac.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>A real SQLite file in its own temp folder, removed on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string folder, string path, SqlitePageStore store)
    {
        Folder = folder;
        FilePath = path;
        Store = store;
    }

    public string Folder { get; }

    public string FilePath { get; }

    public SqlitePageStore Store { get; private set; }

    public static FixedClock Clock { get; } = new(new DateTimeOffset(2024, 10, 8, 10, 0, 0, TimeSpan.Zero));

    public static async Task<TempStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hoptac-store-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "hoptac.db");
        var store = await SqlitePageStore.OpenAsync(path, Clock, TestContext.Current.CancellationToken);
        return new TempStore(folder, path, store);
    }

    /// <summary>Closes the store and opens the same file again, as a restarted process would.</summary>
    public async Task<SqlitePageStore> ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await SqlitePageStore.OpenAsync(FilePath, Clock, TestContext.Current.CancellationToken);
        return Store;
    }

    /// <summary>A raw connection for assertions and for injecting faults behind the store's back.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
