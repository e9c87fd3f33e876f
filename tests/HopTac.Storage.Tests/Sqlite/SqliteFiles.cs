using HopTac.Storage.Sqlite;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>A fresh SQLite file per store, in a temp folder the suite removes.</summary>
internal sealed class SqliteFiles
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hoptac-contract-tests", Guid.NewGuid().ToString("N"));

    public Task<SqlitePageStore> OpenAsync() => OpenAsync(NewPath());

    public static Task<SqlitePageStore> OpenAsync(string path) => SqlitePageStore.OpenAsync(path, TempStore.Clock, TestContext.Current.CancellationToken);

    /// <summary>A path for a new store file in the suite's folder.</summary>
    public string NewPath() => Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");

    public void Delete()
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
