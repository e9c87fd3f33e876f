using HopTac.Storage;

namespace HopTac.Cli.Commands;

/// <summary>Runs a command body against the store, turning storage failures into exit code 3.</summary>
internal static class StoreCommand
{
    public static async Task<int> RunAsync(CliConsole console, string db, Func<IPageStore, Task<int>> body, CancellationToken ct)
    {
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
