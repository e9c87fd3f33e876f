using HopTac.Storage;

namespace HopTac.Cli.Commands;

/// <summary>
/// Runs a command body against an existing store, turning storage failures into exit code 3. Only <c>ingest</c>
/// creates a store: a mistyped --db given to any other command is refused (exit 3) instead of answering from a new,
/// empty file with zeros.
/// </summary>
internal static class StoreCommand
{
    public static async Task<int> RunAsync(CliConsole console, string db, Func<IPageStore, Task<int>> body, CancellationToken ct)
    {
        if (!HopTac.Storage.Stores.IsPostgres(db) && !File.Exists(db))
        {
            console.Fail(Directory.Exists(db)
                ? $"{Path.GetFullPath(db)} is a folder, not a store: --db names the store file (hoptac.db)"
                : $"no store at {Path.GetFullPath(db)}: ingest pages first (hoptac ingest PATH --db {db}), or give the store with --db FILE");
            return ExitCodes.StorageFailure;
        }

        try
        {
            var store = await StoreOpener.OpenAsync(db, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                return await body(store).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (StoreOpener.IsStorageFailure(e))
        {
            console.Fail($"the store {db} failed: {e.Message}");
            return ExitCodes.StorageFailure;
        }
    }
}
