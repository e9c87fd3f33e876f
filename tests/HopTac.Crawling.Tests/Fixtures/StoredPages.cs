using HopTac.Storage;

namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>The current pages of a store (a file or a postgres:// URL) as source → (text, version).</summary>
internal static class StoredPages
{
    public static async Task<Dictionary<string, (string Text, int Version)>> ReadAsync(string db)
    {
        await using var store = await Stores.OpenAsync(db, TimeProvider.System, CancellationToken.None);
        var pages = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        await foreach (var page in store.ListAsync(CancellationToken.None))
        {
            pages[page.Record.Source] = (page.Record.Text, page.Version);
        }

        return pages;
    }
}
